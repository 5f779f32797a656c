import Domain
import Mail

/// The `mail.*` settings, validated: whether the daemon sends mail, as whom, through which program,
/// and how it retries.
package struct MailerConfiguration: Sendable, Equatable {
    /// Off: messages are still queued (and wait), nothing is handed to sendmail.
    package var enabled: Bool
    /// The sender; required when mail is on.
    package var from: Mailbox?
    /// The program and its arguments.
    package var sendmail: [String]
    /// How long one hand-over may take before the program is stopped and the attempt counts as failed.
    package var timeout: Duration
    package var retry: RetryPolicy
    /// How often the mailer looks for due messages when there is nothing to do.
    package var pollInterval: Duration
    /// Replies by mail (`mail.reply_to`, `mail.reply_token.*`); `nil`: letters carry no reply address.
    /// Read at start: a reload keeps the value the daemon started with.
    package var replies: ReplyConfiguration?

    package init(
        enabled: Bool, from: Mailbox?, sendmail: [String] = Self.defaultSendmail, timeout: Duration = .seconds(30),
        retry: RetryPolicy = .defaults, pollInterval: Duration = .seconds(1), replies: ReplyConfiguration? = nil
    ) {
        self.replies = replies
        self.enabled = enabled
        self.from = from
        self.sendmail = sendmail
        self.timeout = timeout
        self.retry = retry
        self.pollInterval = pollInterval
    }

    /// `/usr/sbin/sendmail -t -oi`: recipients from the headers, a lone dot is not the end.
    package static let defaultSendmail = ["/usr/sbin/sendmail", "-t", "-oi"]

    /// Mail off: the default when `mail.enabled` is not set.
    package static let off = MailerConfiguration(enabled: false, from: nil)

    package var transport: SendmailTransport { SendmailTransport(command: sendmail, timeout: timeout) }
}
