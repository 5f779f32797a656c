import Foundation
import Mail
import Mailer
import Testing

@testable import Daemon

/// `mail.reply_to` and `mail.reply_token.*` (issue 31): off until `mail.reply_to` is set, the address
/// checked with a token in its place, the key file beside the state directory, every bad value named.
@Suite struct ReplyConfigurationTests {
    @Test func repliesAreOffUntilAReplyAddressIsSet() async throws {
        let loaded = try await loadConfiguration("mail:\n  reply_token:\n    valid_days: 30\n")
        #expect(loaded.configuration.mail.replies == nil)
        #expect(DaemonServices.replyKeys(loaded.configuration) == nil)
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
    }

    @Test func readsEveryReplyKey() async throws {
        let configuration = try await loadConfiguration(
            """
            state_directory: /var/lib/tk
            mail:
              reply_to: "tredjekraft+{token}@lund.example.org"
              reply_token:
                key_file: /etc/tredjekraft/reply.keys
                valid_days: 90
            """
        ).configuration
        let replies = try #require(configuration.mail.replies)
        #expect(replies.address == "tredjekraft+{token}@lund.example.org")
        #expect(replies.keyFile == "/etc/tredjekraft/reply.keys")
        #expect(replies.validDays == 90)
        let keys = try #require(DaemonServices.replyKeys(configuration))
        // Under systemd with LoadCredential= the credential wins; here there is none.
        if ProcessInfo.processInfo.environment["CREDENTIALS_DIRECTORY"] == nil {
            #expect(keys.source == .file("/etc/tredjekraft/reply.keys"))
        }
        #expect(keys.validDays == 90)

        let defaults = try await loadConfiguration(
            "state_directory: /var/lib/tk\nmail:\n  reply_to: svar+{token}@lund.example.org\n"
        ).configuration
        #expect(defaults.mail.replies?.validDays == 60)
        #expect(defaults.mail.replies?.keyFile == nil)
        if ProcessInfo.processInfo.environment["CREDENTIALS_DIRECTORY"] == nil {
            #expect(DaemonServices.replyKeys(defaults)?.source == .file("/var/lib/tk/reply-token.keys"))
        }
    }

    @Test(arguments: [
        "tredjekraft@lund.example.org",  // no {token}
        "tredjekraft+{token}{token}@lund.example.org",  // twice
        "{token}@lund.example.org@x",  // not an address
        "tredjekraft@{token}.example.org",  // after the @
        "tredjekraft+{token}",  // no domain
        "tredje kraft+{token}@lund.example.org",  // a space
        "tredjekraft+{token}@lund.example.org\nBcc: alla@example.org",  // a second header
        String(repeating: "x", count: 20) + "+{token}@lund.example.org",  // too long with a token in it
    ])
    func aBadReplyAddressIsRefusedByName(_ address: String) async throws {
        let yaml = "mail:\n  reply_to: \(String(decoding: try JSONEncoder().encode(address), as: UTF8.self))\n"
        await expectRefused(yaml, naming: "mail.reply_to")
    }

    @Test func badTokenSettingsAreRefusedByName() async {
        for days in ["0", "3651", "-1", "sextio"] {
            await expectRefused(
                "mail:\n  reply_to: svar+{token}@lund.example.org\n  reply_token:\n    valid_days: \(days)\n",
                naming: "mail.reply_token.valid_days")
        }
        await expectRefused(
            "mail:\n  reply_to: svar+{token}@lund.example.org\n  reply_token:\n    key_file: \"  \"\n",
            naming: "mail.reply_token.key_file")
    }
}
