import Domain
import Foundation
import Mail
import Mailer

/// The `mail.*` section: whether and how the daemon sends e-mail.
extension ConfigurationLoader {
    static let mailKeys: Set<String> = [
        "mail.enabled", "mail.from", "mail.sendmail", "mail.timeout", "mail.retry.first_delay",
        "mail.retry.maximum_delay", "mail.retry.give_up_after_days",
    ]

    func readMail(_ values: KeyReader) async throws(ConfigurationError) -> MailerConfiguration {
        let enabled = try await values.bool("mail.enabled") ?? false
        var from: Mailbox?
        if let text = try await values.string("mail.from"), !text.isEmpty {
            do {
                from = try Mailbox(parsing: text, field: "mail.from")
            } catch {
                throw .invalidValue(key: "mail.from", value: text, reason: "\(error)")
            }
        }
        if enabled, from == nil {
            throw .missingValue(
                key: "mail.from",
                reason:
                    "mail is on (mail.enabled: true): give the sender, e.g. \"Tredje kraften <tredjekraft@kommun.se>\"")
        }
        var sendmail = try await values.strings("mail.sendmail") ?? MailerConfiguration.defaultSendmail
        guard let program = sendmail.first, !program.isEmpty, !sendmail.contains(where: { $0.contains("\0") }) else {
            throw .invalidValue(
                key: "mail.sendmail", value: sendmail.joined(separator: " "),
                reason: "give the program's path and its arguments as a list, e.g. [/usr/sbin/sendmail, -t, -oi]")
        }
        // A relative program is found from the directory the daemon was started in, like other paths.
        sendmail[0] = absolute(program)
        let timeout = try await seconds("mail.timeout", values, default: 30, in: 1...3600)
        let first = try await seconds("mail.retry.first_delay", values, default: 60, in: 1...86_400)
        let maximum = try await seconds("mail.retry.maximum_delay", values, default: 3600, in: 1...7 * 86_400)
        guard maximum >= first else {
            throw .invalidValue(
                key: "mail.retry.maximum_delay", value: "\(maximum)",
                reason: "must be at least mail.retry.first_delay (\(first))")
        }
        let giveUpDays = try await seconds("mail.retry.give_up_after_days", values, default: 3, in: 1...60)
        return MailerConfiguration(
            enabled: enabled, from: from, sendmail: sendmail, timeout: .seconds(timeout),
            retry: RetryPolicy(
                firstDelay: Double(first), maximumDelay: Double(maximum), giveUpAfter: Double(giveUpDays) * 86_400))
    }

    /// A whole number within `range`, or the default.
    func seconds(
        _ key: String, _ values: KeyReader, default value: Int, in range: ClosedRange<Int>
    ) async throws(ConfigurationError) -> Int {
        guard let given = try await values.int(key) else { return value }
        guard range.contains(given) else {
            throw .invalidValue(
                key: key, value: "\(given)", reason: "must be between \(range.lowerBound) and \(range.upperBound)")
        }
        return given
    }
}
