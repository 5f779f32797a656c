/// Why the mailer cannot do what an administrator asked; each says what to change.
package enum MailerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `mail.enabled` is false.
    case mailOff
    /// `mail.from` is not set.
    case noSender
    /// The configured program cannot run.
    case programUnusable(String)

    package var description: String {
        switch self {
        case .mailOff: "mail is off: set mail.enabled: true (and mail.from) in the configuration, then reload"
        case .noSender: "mail.from is not set: give the address messages are sent from"
        case .programUnusable(let problem): problem
        }
    }
}
