import Domain
import Foundation
import Mail
import Mailer

/// The `mail.*` section: whether and how the daemon sends e-mail.
extension ConfigurationLoader {
    static let mailKeys: Set<String> = [
        "mail.enabled", "mail.from", "mail.sendmail", "mail.timeout", "mail.retry.first_delay",
        "mail.retry.maximum_delay", "mail.retry.give_up_after_days", "mail.reply_to", "mail.reply_token.key_file",
        "mail.reply_token.valid_days",
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
                firstDelay: Double(first), maximumDelay: Double(maximum), giveUpAfter: Double(giveUpDays) * 86_400),
            replies: try await readReplies(values))
    }

    /// `mail.reply_to` and `mail.reply_token.*`: replies by mail, or `nil` when `mail.reply_to` is not set.
    func readReplies(_ values: KeyReader) async throws(ConfigurationError) -> ReplyConfiguration? {
        let validDays = try await seconds(
            "mail.reply_token.valid_days", values, default: ReplyConfiguration.defaultValidDays,
            in: ReplyConfiguration.validDaysRange)
        var keyFile: String?
        if let file = try await values.string("mail.reply_token.key_file") {
            guard !file.trimmingCharacters(in: .whitespaces).isEmpty, !file.contains("\0") else {
                throw .invalidValue(
                    key: "mail.reply_token.key_file", value: "\"\(file)\"", reason: "must be a file path")
            }
            keyFile = absolute(file)
        }
        guard let address = try await values.string("mail.reply_to"), !address.isEmpty else { return nil }
        do {
            return try ReplyConfiguration(address: address, keyFile: keyFile, validDays: validDays)
        } catch {
            throw .invalidValue(key: "mail.reply_to", value: address, reason: "\(error)")
        }
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
