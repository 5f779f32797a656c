/// A Varlink call as it travels on the wire: `{"method", "parameters", "oneway", "more"}`.
///
/// `parameters` may be missing or `null`; both mean "no parameters", as the protocol allows.
package struct VarlinkCallMessage: Codable, Sendable, Hashable {
    /// The fully qualified method name, e.g. `org.varlink.service.GetInfo`.
    package var method: String
    /// The call's parameters; `nil` when missing or `null` on the wire.
    package var parameters: VarlinkObject?
    /// The caller wants no reply.
    package var oneway: Bool?
    /// The caller accepts several replies (a stream), each but the last with `continues: true`.
    package var more: Bool?
    /// Protocol upgrade request; not supported by this implementation.
    package var upgrade: Bool?

    package init(
        method: String, parameters: VarlinkObject? = nil, oneway: Bool? = nil, more: Bool? = nil,
        upgrade: Bool? = nil
    ) {
        self.method = method
        self.parameters = parameters
        self.oneway = oneway
        self.more = more
        self.upgrade = upgrade
    }
}
