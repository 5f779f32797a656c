import AdminProtocol
import Synchronization
import Varlink

/// Decides what each admin call may do, from its peer credentials and the current role mapping.
///
/// Shared by every method handler. The mapping is replaced on SIGHUP (``update(_:)``), so handlers
/// must ask per call rather than cache a role.
package final class AdminAccess: Sendable {
    private let mapping: Mutex<RoleMapping>

    package init(mapping: RoleMapping) {
        self.mapping = Mutex(mapping)
    }

    /// The mapping in force.
    package var currentMapping: RoleMapping { mapping.withLock { $0 } }

    /// Replaces the mapping (configuration reload).
    package func update(_ newMapping: RoleMapping) {
        mapping.withLock { $0 = newMapping }
    }

    /// The role of these credentials under the current mapping; `nil` means none.
    package func role(for peer: VarlinkPeerCredentials) -> Role? {
        currentMapping.role(for: peer)
    }

    /// The caller of `call` if its role is at least `minimum`; otherwise `PermissionDenied` saying
    /// which role is needed and how to get it.
    package func caller(of call: VarlinkCall, requiring minimum: Role = .reader) throws(AdminError) -> AdminCaller {
        let peer = call.peer
        let name = peer.userName ?? "uid \(peer.uid)"
        guard let grant = currentMapping.grant(for: peer), let role = grant.role else {
            throw .permissionDenied(
                reason: "\(name) har ingen roll i Tredje kraften. Lägg till användaren eller en av dess grupper "
                    + "under roles.reader, roles.coordinator eller roles.admin i /etc/tredjekraft/tredjekraft.yaml "
                    + "och ladda om (systemctl reload tredjekraftd).")
        }
        guard role >= minimum else {
            throw .permissionDenied(
                reason:
                    "\(call.methodName) kräver rollen \(minimum.rawValue) (\(minimum.swedishName)); \(name) har rollen "
                    + "\(role.rawValue) (\(role.swedishName))" + (role == .reader ? " och får bara läsa." : "."))
        }
        return AdminCaller(
            userName: name, uid: peer.uid, groupNames: peer.groupNames, role: role, globalRole: grant.global,
            unitRoles: grant.units)
    }
}
