import AdminProtocol
import Domain
import Wording

/// Mail that came in, in Swedish: what `mail receive` says to the mail system's log, and the list of
/// `mail received`. Never an address or a word of the message: those are personal data.
enum ReceivedMailRendering {
    /// One line for the MTA's or fetchmail's log.
    static func received(_ reply: ReceiveMailReply) -> String {
        let what = outcome(reply.outcome, reason: reply.reason)
        let again = reply.duplicate ? " (samma meddelande hade redan kommit; inget nytt gjordes)" : ""
        let answered = reply.replied ? " Avsändaren får ett svar." : ""
        return "Meddelandet \(Swedish.shortID(reply.id)): \(what)\(again).\(answered)"
    }

    static func list(_ reply: ListReceivedMailReply) -> String {
        guard !reply.messages.isEmpty else { return "Inga mottagna svar." }
        return Table(
            [
                .init("Id"), .init("Kom"), .init("Från", maxWidth: 36), .init("Bad om", maxWidth: 30),
                .init("Hur det gick", maxWidth: 60),
            ],
            rows: reply.messages.map { entry in
                [
                    Swedish.shortID(entry.id),
                    Swedish.instant(entry.receivedAt),
                    sender(entry),
                    entry.asked.isEmpty ? Swedish.none : entry.asked.map(asked).joined(separator: ", "),
                    outcome(entry.outcome, reason: entry.reason),
                ]
            }
        ).render()
    }

    /// Whom the answered letter went to, or that no letter of ours could be found for it.
    static func sender(_ entry: ReceivedMailEntry) -> String {
        guard let kind = entry.recipientKind, let id = entry.recipientId else { return "okänd avsändare" }
        return MailRendering.recipient(kind: kind, id: id, name: entry.recipientName)
    }

    static func asked(_ kind: String) -> String {
        switch InboundAnswerKind(rawValue: kind) {
        case .done: "genomfört"
        case .decision: "beslut"
        case .workStarted: "påbörjat"
        case .owner: "ansvarig"
        case .feedbackGiven: "återkopplat"
        case nil: kind
        }
    }

    /// What became of a message, with why when it changed nothing.
    static func outcome(_ outcome: String, reason: String?) -> String {
        switch InboundMailOutcome(rawValue: outcome) {
        case .applied: return "infört i ärendet"
        case .refused: return "avvisat: " + why(reason)
        case .ignored: return "inte besvarat: " + why(reason)
        case nil: return outcome
        }
    }

    static func why(_ reason: String?) -> String {
        switch reason.flatMap(InboundMailReason.init(rawValue:)) {
        case .noToken: "ingen svarskod (inte ett svar på ett brev från oss)"
        case .forged: "svarskoden stämmer inte"
        case .expired: "svarskoden har gått ut"
        case .unknownLetter: "brevet som svaret gäller finns inte"
        case .otherIssue: "svaret gällde en punkt som brevet inte hade"
        case .notAllowed: "ärendet tillåter inte det som svaret bad om"
        case .notDecider: "brevet bad inte mottagaren om ett beslut"
        case .notUnderstood: "svaret gick inte att förstå"
        case .tooLarge: "meddelandet var för stort"
        case .malformed: "meddelandet gick inte att läsa"
        case .autoSubmitted: "automatiskt svar"
        case .nullSender: "studsmeddelande"
        case .mailingList: "e-postlista"
        case .bulk: "massutskick"
        case .ownLetter: "vårt eget brev"
        case .rateLimited: "för många meddelanden från samma avsändare"
        case nil: reason ?? "okänt skäl"
        }
    }
}
