import Foundation
import Testing
import Varlink

@testable import AdminCLI

/// The CLI's client code against a real Unix socket: what it prints and how it exits.
@Suite struct SocketTests {
    @Test func listsIssuesAsATableAndSendsTheFilter() async throws {
        let daemon = StubDaemon()
        let result = try await daemon.serve { socket in
            await runCLI(["issue", "list", "--status", "decided", "--overdue", "--socket", socket])
        }
        #expect(result.status == 0)
        #expect(result.error.isEmpty)
        #expect(result.output.hasPrefix("Id        Ärende"))
        #expect(result.output.contains("7b1c2d3e  Knacka innan man går in  Beslutat (delvis bifall)"))
        let sent = try #require(daemon.parameters(of: "ListIssues").first)
        #expect(sent["filter"] == ["status": "decided", "overdue": true])
    }

    @Test func globalOptionsMayComeBeforeTheSubcommand() async throws {
        let daemon = StubDaemon()
        let result = try await daemon.serve { socket in
            await runCLI(["--socket", socket, "--json", "issue", "list"])
        }
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.hasPrefix("{"))
        #expect(GlobalOptions.movedAfterSubcommands(["--socket=/s", "status"]) == ["status", "--socket=/s"])
        #expect(GlobalOptions.movedAfterSubcommands(["--help"]) == ["--help"])
        #expect(GlobalOptions.movedAfterSubcommands(["issue", "list", "--json"]) == ["issue", "list", "--json"])
    }

    @Test func jsonPrintsTheDaemonsReplyAndNothingElse() async throws {
        let daemon = StubDaemon()
        let result = try await daemon.serve { socket in
            await runCLI(["issue", "list", "--json", "--socket", socket])
        }
        #expect(result.status == 0)
        let reply = try JSONDecoder().decode(VarlinkObject.self, from: Data(result.output.utf8))
        let expected = try JSONDecoder().decode(VarlinkObject.self, from: Data(Fixtures.issues.utf8))
        #expect(reply == expected)
        #expect(result.output.hasPrefix("{\n  \"issues\" : ["))
    }

    /// A reply with `lag`: stored, but the lists do not show it yet. The CLI says so in Swedish and
    /// exits with 5, so a script does not send the command again or take the next NotFound for a loss.
    @Test func aChangeTheListsDoNotShowYetSaysSoAndExitsWithItsOwnStatus() async throws {
        let daemon = StubDaemon()
        let (plain, json) = try await daemon.serve { socket in
            (
                await runCLI(["issue", "assign", "7b1c2d3e", "Enhetschef", "--socket", socket]),
                await runCLI(["issue", "assign", "7b1c2d3e", "Enhetschef", "--json", "--socket", socket])
            )
        }
        #expect(plain.status == Status.storedNotYetVisible.rawValue)
        #expect(Status.storedNotYetVisible.rawValue == 5)
        #expect(plain.output.hasPrefix("Ärendet fick en ansvarig") || !plain.output.isEmpty, "\(plain.output)")
        #expect(plain.error.contains("Ändringen är sparad, men den syns ännu inte i listorna"), "\(plain.error)")
        #expect(plain.error.contains("5 s"), "\(plain.error)")
        #expect(json.status == 5)
        let reply = try JSONDecoder().decode(VarlinkObject.self, from: Data(json.output.utf8))
        #expect(reply["lag"]?.objectValue?["reached"] == "812/40")
    }

    /// A run whose reply has `lag` (what it recorded is stored, the lists do not show it yet): the run's
    /// sentence, then the same warning and exit status as for a command.
    @Test func aRunTheListsDoNotShowYetSaysSoAndExitsWithItsOwnStatus() async throws {
        let daemon = StubDaemon()
        let (plain, json) = try await daemon.serve { socket in
            (
                await runCLI(["reminders", "run", "--socket", socket]),
                await runCLI(["reminders", "run", "--json", "--socket", socket])
            )
        }
        #expect(plain.status == Status.storedNotYetVisible.rawValue, "\(plain)")
        #expect(plain.output.hasPrefix("2 brev lades i utkorgen 2026-03-04"), "\(plain.output)")
        #expect(plain.error.contains("Ändringen är sparad, men den syns ännu inte i listorna"), "\(plain.error)")
        #expect(json.status == Status.storedNotYetVisible.rawValue)
        let reply = try JSONDecoder().decode(VarlinkObject.self, from: Data(json.output.utf8))
        #expect(reply["lag"]?.objectValue?["reached"] == "812/40")
    }

    @Test func aCommandSaysWhatItDidWithTheNewId() async throws {
        let daemon = StubDaemon()
        let result = try await daemon.serve { socket in
            await runCLI([
                "issue", "open", "--proposal", "2c3d4e5f", "--title", "Knacka", "--socket", socket, "--command-id",
                "0e3a7b2c-1d4f-4a5b-8c6d-7e8f9a0b1c2d",
            ])
        }
        #expect(result.status == 0)
        #expect(result.output == "Ärendet registrerades: \(Fixtures.issueId)\n")
        let sent = try #require(daemon.parameters(of: "OpenIssue").first)
        #expect(sent["source"] == ["kind": "proposal", "id": "2c3d4e5f"])
        #expect(sent["commandId"]?.stringValue?.lowercased() == "0e3a7b2c-1d4f-4a5b-8c6d-7e8f9a0b1c2d")
    }

    @Test func aRuleViolationExitsOneWithTheDaemonsReason() async throws {
        let result = try await StubDaemon().serve { socket in
            await runCLI([
                "issue", "decide", "7b1c2d3e", "--reject", "--motivation", "Nej.", "--by", "Ledningen", "--socket",
                socket,
            ])
        }
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        #expect(result.error == "tredjekraft: Ärendet är registrerat; det måste beredas innan det kan beslutas.\n")
    }

    @Test func notFoundExitsOneNamingKindAndId() async throws {
        let result = try await StubDaemon().serve { socket in
            await runCLI(["issue", "show", "7b1c2d3e", "--socket", socket])
        }
        #expect(result.status == 1)
        #expect(result.error == "tredjekraft: Hittar inget ärende med id 7b1c2d3e.\n")
    }

    @Test func permissionDeniedExitsFourWithTheReason() async throws {
        let result = try await StubDaemon().serve { socket in
            await runCLI(["status", "--socket", socket])
        }
        #expect(result.status == 4)
        #expect(result.error == "tredjekraft: Åtkomst nekad: gäst has no role in Tredje kraften.\n")
    }

    @Test func anUnreachableDatabaseExitsThree() async throws {
        let result = try await StubDaemon().serve { socket in
            await runCLI(["statistics", "--socket", socket])
        }
        #expect(result.status == 3)
        #expect(result.error.contains("Ingenting ändrades"))
    }

    @Test func aMethodTheDaemonLacksExitsOne() async throws {
        let result = try await StubDaemon().serve { socket in
            await runCLI(["unit", "list", "--socket", socket])
        }
        #expect(result.status == 1)
        #expect(result.error.contains("ListUnits"))
    }

    @Test func followPrintsEachStreamedEvent() async throws {
        let daemon = StubDaemon()
        let result = try await daemon.serve { socket in
            await runCLI(["follow", "--streams", "issue-", "--socket", socket])
        }
        #expect(result.status == 0)
        let printed = lines(result.output).filter { !$0.isEmpty }
        #expect(printed.count == 2)
        #expect(printed[0].hasSuffix("812/44  issue-\(Fixtures.issueId)  IssueOpened  (åsa)"))
        #expect(printed[1].contains("OwnerAssigned"))
        #expect(daemon.parameters(of: "Follow").first?["streamPrefix"] == "issue-")
    }

    @Test func aMissingSocketExitsThreeNamingIt() async {
        let socket = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID()).sock").path
        let result = await runCLI(["issue", "list", "--socket", socket])
        #expect(result.status == 3)
        #expect(result.output.isEmpty)
        #expect(result.error.hasPrefix("tredjekraft: Kan inte nå tredjekraftd: det finns ingen socket på \(socket)."))
        #expect(result.error.contains("tredjekraftd"))
    }
}
