import Domain
import Foundation
import Mail
import Mailer
import TestSupport
import Testing

@testable import Daemon

/// The `mail.*` section: defaults, every key read, and each bad value stopped with its key named.
@Suite struct MailConfigurationTests {
    func load(_ yaml: String, environment: [String: String] = [:]) async throws -> DaemonConfiguration {
        var loaded: DaemonConfiguration?
        try await withConfigFile(yaml) { path in
            loaded = try await ConfigurationLoader(
                filePath: path, environment: environment, workingDirectory: "/srv/tk"
            ).load().configuration
        }
        return try #require(loaded)
    }

    func refusal(_ yaml: String) async -> ConfigurationError? {
        do {
            _ = try await load(yaml)
            return nil
        } catch let error as ConfigurationError {
            return error
        } catch {
            return nil
        }
    }

    @Test func mailIsOffUntilConfigured() async throws {
        let mail = try await load("log:\n  level: info\n").mail
        #expect(!mail.enabled)
        #expect(mail.from == nil)
        #expect(mail.sendmail == ["/usr/sbin/sendmail", "-t", "-oi"])
        #expect(mail.timeout == .seconds(30))
        #expect(mail.retry == .init(firstDelay: 60, maximumDelay: 3600, giveUpAfter: 3 * 86_400))
    }

    @Test func readsEveryMailKey() async throws {
        let mail = try await load(
            """
            mail:
              enabled: true
              from: "Tredje kraften, Lund <tredjekraft@lund.example.org>"
              sendmail: [ops/dev-sendmail, /tmp/mail, -t]
              timeout: 5
              retry:
                first_delay: 10
                maximum_delay: 20
                give_up_after_days: 7
            """
        ).mail
        #expect(mail.enabled)
        #expect(mail.from?.address == "tredjekraft@lund.example.org")
        #expect(mail.from?.displayName == "Tredje kraften, Lund")
        #expect(mail.sendmail == ["/srv/tk/ops/dev-sendmail", "/tmp/mail", "-t"])
        #expect(mail.timeout == .seconds(5))
        #expect(mail.retry == .init(firstDelay: 10, maximumDelay: 20, giveUpAfter: 7 * 86_400))
    }

    @Test func theEnvironmentTurnsMailOn() async throws {
        let mail = try await load(
            "log:\n  level: info\n",
            environment: ["TREDJEKRAFT_MAIL_ENABLED": "true", "TREDJEKRAFT_MAIL_FROM": "drift@example.org"]
        ).mail
        #expect(mail.enabled && mail.from?.address == "drift@example.org")
    }

    @Test(arguments: [
        ("mail:\n  enabled: true\n", "mail.from"),
        ("mail:\n  from: \"Rad\\r\\nBcc: x@example.org <a@example.org>\"\n", "mail.from"),
        ("mail:\n  from: \"inte en adress\"\n", "mail.from"),
        ("mail:\n  enabled: ja\n", "mail.enabled"),
        ("mail:\n  sendmail: []\n", "mail.sendmail"),
        ("mail:\n  timeout: 0\n", "mail.timeout"),
        ("mail:\n  timeout: 99999999999999999999\n", "mail.timeout"),
        ("mail:\n  retry:\n    first_delay: 100\n    maximum_delay: 10\n", "mail.retry.maximum_delay"),
        ("mail:\n  retry:\n    give_up_after_days: 0\n", "mail.retry.give_up_after_days"),
    ])
    func aBadValueIsNamedByItsKey(_ yaml: String, _ key: String) async {
        let error = await refusal(yaml)
        #expect(error?.key == key, "\(String(describing: error))")
    }
}
