import AdminProtocol
import Varlink

/// Who is calling, and as what: the actor recorded on the events a call causes.
public struct AdminCaller: Sendable, Hashable {
    /// The Unix user name (or `uid <n>` when the user has no name on this machine).
    public var userName: String
    public var uid: UInt32
    public var groupNames: [String]
    public var role: Role
}
