import Demo
import Domain
import Foundation
import PostgresTestSupport
import TestSupport
import Testing

/// `tredjekraft redact` and `retention` as people meet them: only an admin may erase (a coordinator
/// gets exit status 4 and nothing changes); retention shows what it would erase and needs `--yes`.
@Suite(.serialized) struct RedactCLITests {
    @Test(.timeLimit(.minutes(5))) func onlyAnAdminErasesAndRetentionAsksFirst() async throws {
        try await CLIEndToEndTests.withDaemon { running in
            let load = try await running.cli(["demo", "load"])
            #expect(load.status == 0, "\(load)")
            let proposal = DemoScenario.lundProposalTidAttLyssna.description

            let coordinator = try await running.cli(
                ["redact", "proposal", proposal, "--field", "text", "--reason", "Prov."], as: .daemon)
            #expect(coordinator.status == 4, "\(coordinator)")
            #expect(coordinator.error.contains("kräver rollen admin"), "\(coordinator)")
            let unchanged = try await running.cli(["trace", proposal])
            #expect(!unchanged.output.contains("[borttaget"), "\(unchanged)")

            let unknownField = try await running.cli(
                ["redact", "proposal", proposal, "--field", "rubrik", "--reason", "Prov."])
            #expect(unknownField.status == 1, "\(unknownField)")
            #expect(unknownField.error.contains("Fält som går att ta bort: text, pseudonym, reason"), "\(unknownField)")
            let unknownId = try await running.cli(
                ["redact", "proposal", "0123456789ab", "--field", "text", "--reason", "Prov."])
            #expect(unknownId.status == 1 && unknownId.error.contains("finns inte"), "\(unknownId)")
            let badKind = try await running.cli(["redact", "brev", proposal, "--field", "text", "--reason", "Prov."])
            #expect(badKind.status == 2, "\(badKind)")

            let erased = try await running.cli(
                ["redact", "proposal", String(proposal.prefix(8)), "--field", "text", "--reason", "Prov av radering."])
            #expect(erased.status == 0, "\(erased)")
            #expect(erased.output.contains("Där står nu \"[borttaget "), "\(erased)")
            let twice = try await running.cli(
                ["redact", "proposal", proposal, "--field", "text", "--reason", "Prov av radering."])
            #expect(twice.status == 0 && twice.output.contains("redan borttaget"), "\(twice)")
            let traced = try await running.cli(["trace", proposal])
            #expect(traced.output.contains("[borttaget "), "\(traced)")

            // Retention: nothing without a rule; a preview changes nothing; apply needs --yes.
            let noRule = try await running.cli(["retention", "preview"])
            #expect(noRule.status == 1 && noRule.error.contains("Ange en regel"), "\(noRule)")
            let preview = try await running.cli(["retention", "preview", "--closed-months", "1"])
            #expect(preview.status == 0, "\(preview)")
            let unconfirmed = try await running.cli(["retention", "apply", "--closed-months", "1"])
            #expect(unconfirmed.status == 1 && unconfirmed.error.contains("--yes"), "\(unconfirmed)")
            let coordinatorApply = try await running.cli(
                ["retention", "apply", "--closed-months", "1", "--yes"], as: .daemon)
            #expect(coordinatorApply.status == 4, "\(coordinatorApply)")
            let applied = try await running.cli(["retention", "apply", "--closed-months", "1", "--yes", "--json"])
            #expect(applied.status == 0, "\(applied)")
            let after = try await running.cli(["retention", "preview", "--closed-months", "1"])
            #expect(after.output.contains("når inga texter"), "\(after)")
        }
    }
}
