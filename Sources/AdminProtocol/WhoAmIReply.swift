/// The reply of `WhoAmI`.
package struct WhoAmIReply: Codable, Sendable, Equatable {
    package var user: String
    package var uid: Int
    package var groups: [String]
    /// `admin`, `coordinator` or `reader`; `nil` when the configuration gives the caller no role.
    package var role: String?
    package var canWrite: Bool
    /// Roles for single units (`roles.units`), when the caller has any: the role above is then the
    /// highest of them, and changes are allowed only in those units.
    package var units: [UnitRoleEntry]?

    package init(
        user: String, uid: Int, groups: [String], role: String?, canWrite: Bool, units: [UnitRoleEntry]? = nil
    ) {
        self.units = units
        self.user = user
        self.uid = uid
        self.groups = groups
        self.role = role
        self.canWrite = canWrite
    }
}

/// A role for one unit: the unit as configured (its id or name) and `coordinator` or `reader`.
package struct UnitRoleEntry: Codable, Sendable, Equatable {
    package var unit: String
    package var role: String

    package init(unit: String, role: String) {
        self.unit = unit
        self.role = role
    }
}
