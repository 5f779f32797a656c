import AdminProtocol
import Varlink

/// Who gets which ``Role``: Unix user and group names per role, from `roles.*` in the configuration.
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

    package init(admins: Set<String> = [], coordinators: Set<String> = [], readers: Set<String> = []) {
        self.admins = admins
        self.coordinators = coordinators
        self.readers = readers
    }

    /// The caller's role, or `nil` when the configuration gives it none (answer `PermissionDenied`).
    package func role(for peer: VarlinkPeerCredentials) -> Role? {
        if peer.uid == 0 { return .admin }
        let names = Set(peer.groupNames).union(peer.userName.map { [$0] } ?? [])
        if !names.isDisjoint(with: admins) { return .admin }
        if !names.isDisjoint(with: coordinators) { return .coordinator }
        if !names.isDisjoint(with: readers) { return .reader }
        return nil
    }
}
