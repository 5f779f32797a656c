import AdminProtocol
import Varlink

/// Who gets which ``Role``: Unix user and group names per role, from `roles.*` in the configuration,
/// for the whole organisation or for some units only (`roles.units.<unit id or name>.*`).
///
/// Root (uid 0) is always admin. Otherwise the caller's user name and every group it belongs to
/// (as resolved by the Varlink server from SO_PEERCRED) are looked up; the highest matching role wins,
/// so a person in both the readers' and the coordinators' group can write.
package struct RoleMapping: Sendable, Equatable {
    /// `roles.admin`: user or group names.
    package var admins: Set<String>
    /// `roles.coordinator`: user or group names.
    package var coordinators: Set<String>
    /// `roles.reader`: user or group names.
    package var readers: Set<String>
    /// `roles.mailgate`: user or group names that may hand received mail to the daemon and do nothing else.
    package var mailgates: Set<String> = []
    /// `roles.units.<unit>`: roles for one unit, keyed by the unit's id or name as written.
    package var units: [String: UnitRoles]
    /// `roles.scope_reads`: whether a caller with unit roles only sees those units' issues and lists.
    package var scopeReads: Bool

    /// A unit's coordinators and readers (`roles.units.<unit>.coordinator` / `.reader`).
    package struct UnitRoles: Sendable, Equatable {
        package var coordinators: Set<String>
        package var readers: Set<String>

        package init(coordinators: Set<String> = [], readers: Set<String> = []) {
            self.coordinators = coordinators
            self.readers = readers
        }
    }

    /// What a caller may do: a role for the whole organisation, and roles for single units.
    package struct Grant: Sendable, Equatable {
        /// The role everywhere, if any.
        package var global: Role?
        /// Roles for single units, keyed as configured (a unit's id or name).
        package var units: [String: Role]

        /// The highest role anywhere: what the method's gate asks for.
        package var role: Role? { ([global].compactMap { $0 } + Array(units.values)).max() }
    }

    package init(
        admins: Set<String> = [], coordinators: Set<String> = [], readers: Set<String> = [],
        units: [String: UnitRoles] = [:], scopeReads: Bool = false
    ) {
        self.admins = admins
        self.coordinators = coordinators
        self.readers = readers
        self.units = units
        self.scopeReads = scopeReads
    }

    /// The caller's role, or `nil` when the configuration gives it none (answer `PermissionDenied`).
    package func role(for peer: VarlinkPeerCredentials) -> Role? {
        grant(for: peer)?.role
    }

    /// Everything the caller may do; `nil` when the configuration gives it nothing.
    package func grant(for peer: VarlinkPeerCredentials) -> Grant? {
        if peer.uid == 0 { return Grant(global: .admin, units: [:]) }
        let names = Set(peer.groupNames).union(peer.userName.map { [$0] } ?? [])
        let global: Role? =
            if !names.isDisjoint(with: admins) {
                .admin
            } else if !names.isDisjoint(with: coordinators) {
                .coordinator
            } else if !names.isDisjoint(with: readers) {
                .reader
            } else if !names.isDisjoint(with: mailgates) {
                .mailgate
            } else {
                nil
            }
        var scoped: [String: Role] = [:]
        for (unit, roles) in units {
            if !names.isDisjoint(with: roles.coordinators) {
                scoped[unit] = .coordinator
            } else if !names.isDisjoint(with: roles.readers) {
                scoped[unit] = .reader
            }
        }
        let grant = Grant(global: global, units: scoped)
        return grant.role == nil ? nil : grant
    }
}
