/// A Varlink reply as it travels on the wire: `{"parameters", "continues", "error"}`.
package struct VarlinkReplyMessage: Codable, Sendable, Hashable {
    /// The reply's parameters (for an error reply: the error's parameters).
    package var parameters: VarlinkObject?
    /// More replies follow for the same call (only for calls made with `more`).
    package var continues: Bool?
    /// The fully qualified error name, e.g. `org.varlink.service.MethodNotFound`; `nil` on success.
    package var error: String?

    package init(parameters: VarlinkObject? = nil, continues: Bool? = nil, error: String? = nil) {
        self.parameters = parameters
        self.continues = continues
        self.error = error
    }
}
