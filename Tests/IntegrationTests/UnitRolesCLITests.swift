import Demo
import Domain
import Foundation
import TestSupport
import Testing
import Varlink

/// Roles scoped to units, as a coordinator meets them: Lund's coordinator may change Lund's issues and
/// nothing of Biskopsgården's (exit 4, the refusal names what she may act for); `whoami` says for which
/// units; SIGHUP gives her Biskopsgården too.
@Suite(.serialized) struct UnitRolesCLITests {
    static func roles(_ units: [UnitID]) -> [String] {
        ["roles:", "  reader: [nobody]", "  scope_reads: true", "  units:"]
            + units.flatMap { ["    \"\($0)\":", "      coordinator: [daemon]"] }
    }

    @Test(.timeLimit(.minutes(5))) func lundsCoordinatorChangesLundOnlyUntilReloaded() async throws {
        let lund = DemoScenario.lundUnit
        try await withAdminDaemon(AdminDaemonOptions(extraConfiguration: Self.roles([lund]))) { running in
            let load = try await running.cli(["demo", "load"])
            #expect(load.status == 0, "\(load)")
            let who = try await running.cli(["whoami"], as: .daemon)
            #expect(
                who.status == 0 && who.output.contains("För verksamheterna") && who.output.contains(lund.description),
                "\(who)")

            let biskopsgarden = DemoScenario.biskopsgardenIssueMyndigheter.description
            // With roles.scope_reads, she sees Lund's issues only.
            let list = try await running.cli(["issue", "list", "--json"], as: .daemon)
            let listed = try JSONDecoder().decode(VarlinkObject.self, from: Data(list.output.utf8))["issues"]?
                .arrayValue
            #expect(listed?.isEmpty == false, "\(list)")
            #expect(listed?.allSatisfy { $0.objectValue?["unitId"]?.stringValue == lund.description } == true)
            let hidden = try await running.cli(["issue", "show", biskopsgarden], as: .daemon)
            #expect(hidden.status == 4, "\(hidden)")
            let everyone = try await running.cli(["issue", "list", "--json"], as: .nobody)
            #expect(everyone.output.contains(biskopsgarden), "a global reader sees every unit")
            let refused = try await running.cli(["issue", "assign", biskopsgarden, "Enhetschef"], as: .daemon)
            #expect(refused.status == 4, "\(refused)")
            #expect(refused.error.contains("bara för \(lund.description)"), "\(refused)")
            let unchanged = try await running.call(
                "io.tredjekraft.admin.GetIssue", ["issueId": .string(biskopsgarden)])
            #expect(!"\(unchanged)".contains("\"Enhetschef\""))

            let issues = try await running.call(
                "io.tredjekraft.admin.ListIssues", ["unitId": .string(lund.description)])
            let open = issues["issues"]?.arrayValue?.first {
                ["registered", "in_preparation", "decided", "in_progress"].contains(
                    $0.objectValue?["status"]?.stringValue ?? "")
            }
            let lundIssue = try #require(open?.objectValue?["id"]?.stringValue)
            let allowed = try await running.cli(["issue", "assign", lundIssue, "Enhetschef Lund"], as: .daemon)
            #expect(allowed.status == 0, "\(allowed)")
            let newUnit = try await running.cli(["unit", "register", "Ny verksamhet"], as: .daemon)
            #expect(newUnit.status == 4 && newUnit.error.contains("hela organisationen"), "\(newUnit)")

            // SIGHUP: Biskopsgården too.
            let biskopsgardenUnit = try #require(
                try await running.call(
                    "io.tredjekraft.admin.GetIssue", ["issueId": .string(biskopsgarden)]
                )["issue"]?.objectValue?["summary"]?.objectValue?["unitId"]?.stringValue)
            try running.setup.writeConfiguration(
                extra: Self.roles([lund, UnitID(UUID(uuidString: biskopsgardenUnit)!)]))
            running.process.signal(SIGHUP)
            let reloaded = try await eventually {
                try await running.cli(["whoami"], as: .daemon).output.contains(biskopsgardenUnit)
            }
            #expect(reloaded, "\(running.log)")
            let now = try await running.cli(["issue", "assign", biskopsgarden, "Enhetschef"], as: .daemon)
            #expect(now.status == 0, "\(now)")
        }
    }
}
