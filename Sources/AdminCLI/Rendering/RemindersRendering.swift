import AdminProtocol
import Domain
import Wording

/// `reminders preview` in Swedish: each letter as it would go out, headed by its recipient.
enum RemindersRendering {
    static func preview(_ reply: PreviewRemindersReply) -> String {
        guard !reply.messages.isEmpty else {
            return "Inga påminnelser skulle skickas \(reply.date)."
        }
        let count = reply.messages.count
        var lines = [
            count == 1
                ? "Ett brev skulle skickas \(reply.date) (inget skickas nu):"
                : "\(count) brev skulle skickas \(reply.date) (inget skickas nu):"
        ]
        for message in reply.messages {
            let kind = RecipientKey.Kind(rawValue: message.recipientKind)
            let who =
                kind.map { MailWording.displayName($0, name: message.recipientName ?? message.recipientId) }
                ?? message.recipientId
            lines += ["", String(repeating: "─", count: 72), "Till:   \(who)"]
            if !message.hasAddress, let kind {
                lines.append(
                    "        (ingen adress ännu: tredjekraft contact set \(MailWording.word(kind)) "
                        + "\"\(message.recipientId)\" ADRESS)")
            }
            lines += ["Ämne:   \(message.subject)", "", message.text]
        }
        return lines.joined(separator: "\n")
    }
}
