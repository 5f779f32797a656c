import AdminProtocol
import Varlink

/// Who is calling, and as what: the actor recorded on the events a call causes.
package struct AdminCaller: Sendable, Hashable {
    /// The Unix user name (or `uid <n>` when the user has no name on this machine).
    package var userName: String
    package var uid: UInt32
    package var groupNames: [String]
    /// The highest role the caller has anywhere: what a method's gate checks.
    package var role: Role
    /// The role for the whole organisation, if any.
    package var globalRole: Role?
    /// Roles for single units, keyed as configured (a unit's id or name); see ``AdminContext/requireScope(_:unit:needing:)``.
    package var unitRoles: [String: Role]

    package init(
        userName: String, uid: UInt32, groupNames: [String], role: Role, globalRole: Role? = nil,
        unitRoles: [String: Role] = [:]
    ) {
        self.userName = userName
        self.uid = uid
        self.groupNames = groupNames
        self.role = role
        self.globalRole = globalRole ?? (unitRoles.isEmpty ? role : nil)
        self.unitRoles = unitRoles
    }
}
