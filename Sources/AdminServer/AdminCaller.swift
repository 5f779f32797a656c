import AdminProtocol
import Varlink

/// Who is calling, and as what: the actor recorded on the events a call causes.
package struct AdminCaller: Sendable, Hashable {
    /// The Unix user name (or `uid <n>` when the user has no name on this machine).
    package var userName: String
    package var uid: UInt32
    package var groupNames: [String]
    package var role: Role
}
