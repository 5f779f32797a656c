import AdminServer
import Testing

@testable import Daemon

/// `roles.units`: roles for single units, keyed by a unit's id or name, read from the file.
@Suite struct UnitRolesConfigurationTests {
    @Test func unitRolesAreReadByIdOrNameWithoutWarnings() async throws {
        let result = try await loadConfiguration(
            """
            roles:
              coordinator: [samordnare]
              scope_reads: true
              units:
                "Vuxenstöd Lund":
                  coordinator: [anna, lund-samordnare]
                  reader: [revisorer]
                5e0c1a2b-0000-4000-8000-000000000001:
                  coordinator: [bengt]
            """)
        let roles = result.configuration.roles
        #expect(roles.coordinators == ["samordnare"])
        #expect(roles.scopeReads)
        #expect(
            roles.units["Vuxenstöd Lund"]
                == RoleMapping.UnitRoles(coordinators: ["anna", "lund-samordnare"], readers: ["revisorer"]))
        #expect(roles.units["5e0c1a2b-0000-4000-8000-000000000001"]?.coordinators == ["bengt"])
        #expect(result.warnings.isEmpty, "\(result.warnings)")
    }

    @Test func aBadUnitRoleNamesItsKey() async {
        await expectRefused("roles:\n  units:\n    Lund:\n      chef: [anna]\n", naming: "roles.units.Lund.chef")
        await expectRefused(
            "roles:\n  units:\n    Lund:\n      coordinator: anna\n", naming: "roles.units.Lund.coordinator")
        await expectRefused(
            "roles:\n  units:\n    Lund:\n      coordinator: [\"två ord\"]\n", naming: "roles.units.Lund.coordinator")
        await expectRefused("roles:\n  units: [Lund]\n", naming: "roles.units")
    }
}
