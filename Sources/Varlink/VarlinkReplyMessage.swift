/// A Varlink reply as it travels on the wire: `{"parameters", "continues", "error"}`.
public struct VarlinkReplyMessage: Codable, Sendable, Hashable {
    /// The reply's parameters (for an error reply: the error's parameters).
    public var parameters: VarlinkObject?
    /// More replies follow for the same call (only for calls made with `more`).
    public var continues: Bool?
    /// The fully qualified error name, e.g. `org.varlink.service.MethodNotFound`; `nil` on success.
    public var error: String?

    public init(parameters: VarlinkObject? = nil, continues: Bool? = nil, error: String? = nil) {
        self.parameters = parameters
        self.continues = continues
        self.error = error
    }
}
