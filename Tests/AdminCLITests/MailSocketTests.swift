import Foundation
import Testing
import Varlink

@testable import AdminCLI

/// `contact` and `mail` against a stub daemon on a real Unix socket: what is sent, what is printed,
/// and how each way a test message can end exits.
@Suite struct MailSocketTests {
    @Test func contactSetSendsTheEnglishKindAndConfirmsInSwedish() async throws {
        let daemon = StubDaemon()
        let result = try await daemon.serve { socket in
            await runCLI(["contact", "set", "råd", "8d7e6f5a", "dialogmote@lund.se", "--socket", socket])
        }
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.isEmpty)
        #expect(result.output == "Adressen för Dialogmöte vuxenstöd Lund är sparad.\n")
        let sent = try #require(daemon.parameters(of: "SetContact").first)
        #expect(sent == ["kind": "council", "id": "8d7e6f5a", "address": "dialogmote@lund.se"])
    }

    @Test func contactSetWithJSONPrintsTheReply() async throws {
        let result = try await StubDaemon().serve { socket in
            await runCLI(["--json", "--socket", socket, "contact", "set", "rad", "8d7e6f5a", "dialogmote@lund.se"])
        }
        #expect(result.status == 0, "\(result.error)")
        let reply = try JSONDecoder().decode(VarlinkObject.self, from: Data(result.output.utf8))
        #expect(reply["kind"] == "council")
        #expect(reply["id"]?.stringValue == Fixtures.councilId)
    }

    @Test func mailListSendsTheStatesAndPrintsTheTable() async throws {
        let daemon = StubDaemon()
        let result = try await daemon.serve { socket in
            await runCLI(["mail", "list", "--failed", "--limit", "50", "--socket", socket])
        }
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.hasPrefix("Id        Mottagare "))
        #expect(result.output.contains("5e6f7081  Brukarråd 8d7e6f5a "))
        #expect(result.output.contains("`tredjekraft mail retry ID`"))
        let sent = try #require(daemon.parameters(of: "ListMail").first)
        #expect(sent == ["states": ["failed", "given_up"], "limit": 50])
        let all = try await daemon.serve { socket in await runCLI(["mail", "list", "--socket", socket]) }
        #expect(all.status == 0)
        #expect(daemon.parameters(of: "ListMail").last?["states"] ?? .null == .null)
    }

    @Test func tokensRotateSaysWhatHappenedInSwedish() async throws {
        let daemon = StubDaemon()
        let result = try await daemon.serve { socket in
            await runCLI(["mail", "tokens", "rotate", "--socket", socket])
        }
        #expect(result.status == 0, "\(result.error)")
        #expect(
            result.output == """
                Nya brev får nu svarsadresser med nyckel 4.
                2 äldre nycklar sparas, så att svar på äldre brev fungerar i upp till 60 dagar.
                En gammal nyckel togs bort, eftersom inga svar med den gäller längre.
                Nycklarna finns i /var/lib/tredjekraft/reply-token.keys.

                """)
        #expect(daemon.parameters(of: "RotateReplyTokenKey").count == 1)
    }

    @Test func anAcceptedTestMessageExitsZero() async throws {
        let daemon = StubDaemon()
        let result = try await daemon.serve { socket in
            await runCLI(["mail", "test", "--to", "it@lund.se", "--socket", socket])
        }
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.isEmpty)
        #expect(result.output.hasPrefix("Provmeddelandet lämnades till e-postprogrammet.\n"))
        #expect(daemon.parameters(of: "SendTestMail").first == ["to": "it@lund.se"])
    }

    @Test func aRefusedTestMessageExitsOneAlsoWithJSON() async throws {
        let (plain, json) = try await StubDaemon().serve { socket in
            (
                await runCLI(["mail", "test", "--to", MailFixtures.refusedAddress, "--socket", socket]),
                await runCLI(["mail", "test", "--to", MailFixtures.refusedAddress, "--json", "--socket", socket])
            )
        }
        #expect(plain.status == 1)
        #expect(plain.output.isEmpty)
        #expect(
            plain.error.hasPrefix(
                "tredjekraft: Provmeddelandet gick inte att skicka: e-postprogrammet tog inte emot det:\n"
                    + "  5.1.1 <nobody@lund.se>: User unknown\n"))
        #expect(json.status == 1)
        let reply = try JSONDecoder().decode(VarlinkObject.self, from: Data(json.output.utf8))
        #expect(reply["outcome"] == "permanent_failure")
        #expect(json.error.hasPrefix("tredjekraft: Provmeddelandet gick inte att skicka"))
    }

    @Test func mailUnavailableExitsOneSayingWhy() async throws {
        let result = try await StubDaemon().serve { socket in
            await runCLI(["mail", "test", "--to", MailFixtures.mailOffAddress, "--socket", socket])
        }
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        #expect(
            result.error.hasPrefix(
                "tredjekraft: E-posten går inte att använda: mail is off: set mail.enabled: true (and mail.from) "
                    + "in the configuration.\nKontrollera mail.* i /etc/tredjekraft/tredjekraft.yaml"))
    }
}
