import AdminProtocol
import Domain
import ReadModelTypes
import Wording

/// `reminders preview` in Swedish: each letter as it would go out, headed by its recipient.
enum RemindersRendering {
    static func preview(_ reply: PreviewRemindersReply) -> String {
        if let reason = reply.notAWorkingDay, let next = reply.nextWorkingDay {
            return "Inga påminnelser skickas \(reply.date): det är \(reason), och påminnelser skickas bara på "
                + "arbetsdagar. Det som faller ut då skickas \(next)."
        }
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

    static func run(_ reply: RunRemindersReply) -> String {
        guard reply.messages > 0 else {
            return "Inga nya påminnelser \(reply.date): allt som skulle skickas har redan skickats."
        }
        return """
            \(reply.messages == 1 ? "Ett brev" : "\(reply.messages) brev") lades i utkorgen \(reply.date): \
            \(reply.reminders) \(reply.reminders == 1 ? "påminnelse" : "påminnelser") och \
            \(reply.escalations) \(reply.escalations == 1 ? "besked" : "besked") till ledningen.
            Se dem med: tredjekraft mail list --pending
            """
    }

    static func escalations(_ reply: ListEscalationsReply) -> String {
        guard !reply.escalations.isEmpty else {
            return "Ledningen har inte fått veta något som fortfarande är olöst."
        }
        return Table(
            [
                .init("Datum"), .init("Verksamhet", maxWidth: 24), .init("Gäller", maxWidth: 36), .init("Id"),
                .init("Vad ledningen fick veta", maxWidth: 60),
            ],
            rows: reply.escalations.map { escalation in
                [
                    escalation.sentOn.description, escalation.unitName, escalation.title,
                    Swedish.shortID(escalation.subjectId), escalation.text,
                ]
            }
        ).render()
    }
}
