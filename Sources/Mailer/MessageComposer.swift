import Domain
import Foundation
import Mail

/// Turns a queued message into the e-mail that goes out: the same `Message-ID` and `Date` on every
/// attempt (both come from the queued event), the address looked up only now.
package enum MessageComposer {
    package static func message(
        _ id: MailID, _ queued: MailQueued, from: Mailbox, to address: String, displayName: String?,
        timeZone: TimeZone, replyTo: Mailbox? = nil
    ) throws(MailError) -> MailMessage {
        // A name the header cannot carry (from an event older than the one-line rule) is left out
        // rather than stopping the message.
        let recipient: Mailbox
        if let named = try? Mailbox(address, displayName: displayName, field: "To") {
            recipient = named
        } else {
            recipient = try Mailbox(address, field: "To")
        }
        return try MailMessage(
            from: from, to: [recipient], subject: queued.subject, kind: kind(queued.purpose),
            date: queued.queuedAt.date, timeZone: timeZone, messageKey: "tredjekraft.\(id)", text: queued.text,
            html: queued.html, replyTo: replyTo)
    }

    static func kind(_ purpose: MailPurpose) -> MailMessage.Kind {
        switch purpose {
        case .reminder: .reminder
        case .escalation: .escalation
        case .digest: .digest
        case .test: .test
        case .reply: .reply
        }
    }
}
