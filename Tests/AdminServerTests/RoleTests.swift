import AdminProtocol
import Testing
import Varlink

@testable import AdminServer

/// Peer credentials to roles.
@Suite struct RoleTests {
    let mapping = RoleMapping(admins: ["it-drift"], coordinators: ["samordnare", "eva"], readers: ["revisorer"])

    func peer(uid: UInt32 = 1000, user: String? = "kalle", groups: [String] = []) -> VarlinkPeerCredentials {
        VarlinkPeerCredentials(pid: 1, uid: uid, gid: uid, userName: user, groupNames: groups)
    }

    @Test func rootIsAlwaysAdmin() {
        #expect(RoleMapping().role(for: peer(uid: 0, user: "root", groups: ["root"])) == .admin)
    }

    @Test func byUserNameOrGroup() {
        #expect(mapping.role(for: peer(user: "eva")) == .coordinator)
        #expect(mapping.role(for: peer(groups: ["kalle", "revisorer"])) == .reader)
        #expect(mapping.role(for: peer(groups: ["it-drift"])) == .admin)
        #expect(mapping.role(for: peer(user: nil, groups: ["samordnare"])) == .coordinator)
    }

    @Test func highestRoleWins() {
        #expect(mapping.role(for: peer(groups: ["revisorer", "samordnare"])) == .coordinator)
    }

    @Test func noRoleForStrangers() {
        #expect(mapping.role(for: peer(groups: ["users"])) == nil)
    }

    @Test func roleAbilities() {
        #expect(!Role.reader.canWrite && Role.coordinator.canWrite && Role.admin.canWrite)
        #expect(Role.admin.isAdmin && !Role.coordinator.isAdmin)
    }

    @Test func accessRefusesWithAReason() throws {
        let access = AdminAccess(mapping: mapping)
        let readerCall = VarlinkCall(method: "io.tredjekraft.admin.Decide", peer: peer(groups: ["revisorer"]))
        #expect(try access.caller(of: readerCall).role == .reader)
        do {
            _ = try access.caller(of: readerCall, requiring: .coordinator)
            Issue.record("a reader must not write")
        } catch {
            #expect(error.varlinkError.name == "org.varlink.service.PermissionDenied")
            #expect(error.description.contains("kräver rollen coordinator (samordnare)"))
        }
        let strangerCall = VarlinkCall(method: "io.tredjekraft.admin.Status", peer: peer(groups: ["users"]))
        #expect(throws: AdminError.self) { try access.caller(of: strangerCall) }
        access.update(RoleMapping(readers: ["users"]))
        #expect(try access.caller(of: strangerCall).role == .reader)
    }
}

/// Roles for single units: the highest role gates a method; the units say where it may change things.
@Suite struct UnitRoleGrantTests {
    func peer(uid: UInt32 = 1000, user: String? = "kalle", groups: [String] = []) -> VarlinkPeerCredentials {
        VarlinkPeerCredentials(pid: 1, uid: uid, gid: uid, userName: user, groupNames: groups)
    }

    @Test func aUnitCoordinatorHasNoRoleElsewhere() {
        let mapping = RoleMapping(
            readers: ["alla"],
            units: [
                "Vuxenstöd Lund": .init(coordinators: ["anna"]), "Biskopsgården": .init(readers: ["anna", "bo"]),
            ])
        let anna = mapping.grant(for: peer(user: "anna", groups: ["alla"]))
        #expect(anna?.role == .coordinator)
        #expect(anna?.global == .reader)
        #expect(anna?.units == ["Vuxenstöd Lund": .coordinator, "Biskopsgården": .reader])
        let bo = mapping.grant(for: peer(user: "bo"))
        #expect(bo?.role == .reader && bo?.global == nil)
        #expect(mapping.grant(for: peer(user: "cecilia")) == nil)
        #expect(mapping.grant(for: peer(uid: 0, user: "x"))?.global == .admin)
    }
}
