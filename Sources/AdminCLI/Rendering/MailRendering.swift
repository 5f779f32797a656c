import AdminProtocol
import Domain
import Foundation
import Wording

/// The contact directory, the outbox and the mail part of `status` in Swedish.
///
/// A message is shown by its recipient's kind and name only: the interface never sends the address
/// with it, so a list of the outbox shows no personal data beyond what the catalog already holds.
enum MailRendering {
    /// Where the configuration the hints point to lives.
    static let configurationHint =
        "mail.* i /etc/tredjekraft/tredjekraft.yaml (läses om med `systemctl reload tredjekraftd`)"

    // MARK: - The contact directory

    static func contacts(_ reply: ContactsReply) -> String {
        guard !reply.contacts.isEmpty else {
            return "Inga sparade adresser. Spara en med `tredjekraft contact set`."
        }
        return Table(
            [.init("Slag"), .init("Namn", maxWidth: 40), .init("Id"), .init("Adress"), .init("Ändrad")],
            rows: reply.contacts.map { contact in
                let kind = RecipientKey.Kind(rawValue: contact.kind)
                return [
                    kind.map(MailWording.describe) ?? contact.kind,
                    contact.name ?? (kind == .owner ? contact.id : Swedish.none),
                    // An owner's key is the title, already in the name column.
                    kind == .owner ? Swedish.none : Swedish.shortID(contact.id),
                    contact.address,
                    Swedish.instant(contact.changedAt),
                ]
            }
        ).render()
    }

    /// What `contact set` answers: "Adressen för ledningen för Vuxenstöd Lund är sparad."
    static func contactSet(_ reply: ContactChangeReply) -> String {
        "Adressen för \(recipient(kind: reply.kind, id: reply.id, name: reply.name)) är sparad."
            + (reply.warning.map { "\nObs: \($0)" } ?? "")
    }

    /// What `contact remove` answers, with what now happens to messages for the recipient.
    static func contactRemoved(_ reply: ContactChangeReply) -> String {
        "Adressen för \(recipient(kind: reply.kind, id: reply.id, name: reply.name)) är borttagen.\n"
            + "Nya meddelanden dit väntar tills en adress sparas igen."
    }

    /// A recipient as a sentence names it: a council by its name, "ledningen för Vuxenstöd Lund",
    /// "samordnaren för …", an owner by the role or title; by its short id when the name is unknown.
    static func recipient(kind: String, id: String, name: String?) -> String {
        guard let known = RecipientKey.Kind(rawValue: kind) else { return "\(kind) \(id)" }
        return MailWording.recipient(known, id: id, name: name)
    }

    // MARK: - The outbox

    static func messages(_ reply: ListMailReply) -> String {
        guard !reply.messages.isEmpty else { return "Inga meddelanden." }
        let table = Table(
            [
                .init("Id"), .init("Mottagare", maxWidth: 36), .init("Ämne", maxWidth: 40), .init("Läge"),
                .init("Försök", alignment: .right), .init("Senaste fel", maxWidth: 40), .init("Nästa försök"),
            ],
            rows: reply.messages.map { message in
                [
                    Swedish.shortID(message.id), addressee(message), message.subject, stage(message.state),
                    "\(message.attempts)", message.lastError ?? Swedish.none,
                    message.nextAttemptAt.map(Swedish.instant) ?? Swedish.none,
                ]
            }
        ).render()
        return ([table] + hints(reply.messages)).joined(separator: "\n\n")
    }

    /// What to do about held and failed messages in a list, so the list itself says the next step.
    static func hints(_ messages: [OutboxMessage]) -> [String] {
        var hints: [String] = []
        var held: [OutboxMessage] = []
        for message in messages where message.state == MailStage.Name.held.rawValue {
            if !held.contains(where: {
                $0.recipientKind == message.recipientKind && $0.recipientId == message.recipientId
            }) {
                held.append(message)
            }
        }
        if !held.isEmpty {
            hints.append(
                (held.count == 1
                    ? "Meddelanden väntar på en adress. Spara den, så skickas de:\n"
                    : "Meddelanden väntar på adresser. Spara dem, så skickas de:\n")
                    + held.map { "  " + contactSetCommand(kind: $0.recipientKind, id: $0.recipientId) }
                    .joined(separator: "\n"))
        }
        let stopped: Set<String> = [MailStage.Name.failed.rawValue, MailStage.Name.givenUp.rawValue]
        if messages.contains(where: { stopped.contains($0.state) }) {
            hints.append(
                "Meddelanden som misslyckades eller som daemonen gav upp skickas inte igen av sig själva.\n"
                    + "Rätta felet och skicka dem igen med `tredjekraft mail retry ID`.")
        }
        return hints
    }

    /// `tredjekraft contact set ledning 5e0c1a2b ADRESS`, ready to be completed and run.
    static func contactSetCommand(kind: String, id: String) -> String {
        let word = RecipientKey.Kind(rawValue: kind).map(MailWording.word) ?? kind
        let key =
            RecipientKey.Kind(rawValue: kind) == .owner
            ? "\"" + id.replacingOccurrences(of: "\"", with: "\\\"") + "\"" : Swedish.shortID(id)
        return "tredjekraft contact set \(word) \(key) ADRESS"
    }

    /// Who a message is for as a list shows it: "Ledningen, Vuxenstöd Lund", "Brukarrådet Iris Mullsjö".
    static func addressee(_ message: OutboxMessage) -> String {
        guard let kind = RecipientKey.Kind(rawValue: message.recipientKind) else {
            return "\(message.recipientKind) \(message.recipientId)"
        }
        guard let name = message.recipientName else {
            return "\(MailWording.describe(kind)) "
                + (kind == .owner ? message.recipientId : Swedish.shortID(message.recipientId))
        }
        return MailWording.displayName(kind, name: name)
    }

    /// A state as the interface sends it, in Swedish: "I kö", "Väntar på adress".
    static func stage(_ state: String) -> String {
        MailStage.Name(rawValue: state).map(MailWording.stage) ?? state
    }

    /// A purpose as the interface sends it, in Swedish: "Påminnelse", "Månadsbrev".
    static func purpose(_ purpose: String) -> String {
        MailPurpose(rawValue: purpose).map(MailWording.purpose) ?? purpose
    }

    /// What `mail tokens rotate` answers: the new key's number, what was kept and dropped, never a secret.
    static func rotated(_ reply: RotateReplyTokenKeyReply) -> String {
        var lines = ["Nya brev får nu svarsadresser med nyckel \(reply.keyId)."]
        switch reply.keysKept {
        case 0: lines.append("Inga äldre nycklar behövs längre.")
        case 1:
            lines.append(
                "En äldre nyckel sparas, så att svar på äldre brev fungerar i upp till \(reply.validDays) dagar.")
        default:
            lines.append(
                "\(reply.keysKept) äldre nycklar sparas, så att svar på äldre brev fungerar i upp till \(reply.validDays) dagar."
            )
        }
        if reply.keysDropped > 0 {
            lines.append(
                reply.keysDropped == 1
                    ? "En gammal nyckel togs bort, eftersom inga svar med den gäller längre."
                    : "\(reply.keysDropped) gamla nycklar togs bort, eftersom inga svar med dem gäller längre.")
        }
        lines.append("Nycklarna finns i \(reply.file).")
        return lines.joined(separator: "\n")
    }

    /// What `mail retry` answers: what became of the message, then the message itself.
    static func retried(_ message: OutboxMessage) -> String {
        let id = Swedish.shortID(message.id)
        var text: String
        switch MailStage.Name(rawValue: message.state) {
        case .pending, .failing:
            text = "Meddelandet \(id) skickas igen."
        case .held:
            text =
                "Meddelandet \(id) väntar fortfarande på en adress. Spara den, så skickas det:\n  "
                + contactSetCommand(kind: message.recipientKind, id: message.recipientId)
        case .delivered:
            text = "Meddelandet \(id) är redan skickat och skickas inte igen."
        case .failed, .givenUp, nil:
            text = "Meddelandet \(id) är inte i kö igen; se läget nedan."
        }
        var fields = Fields()
        fields.add("Mottagare", addressee(message))
        fields.add("Ämne", message.subject)
        fields.add("Slag", purpose(message.purpose))
        fields.add("Läge", stage(message.state))
        fields.add("Försök hittills", "\(message.attempts)")
        fields.add("Senaste fel", message.lastError)
        fields.add("Nästa försök", message.nextAttemptAt.map(Swedish.instant))
        text += "\n\n" + fields.render()
        return text
    }

    /// What `mail test` says, and whether the program took the message (only then does it exit with 0).
    static func testMail(_ reply: SendTestMailReply, to address: String) -> (accepted: Bool, text: String) {
        let detail = reply.detail.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap {
            $0.isEmpty ? nil : $0
        }
        let said = detail.map { ":\n  " + $0.split(whereSeparator: \.isNewline).joined(separator: "\n  ") } ?? "."
        switch reply.outcome {
        case "accepted":
            return (
                true,
                "Provmeddelandet lämnades till e-postprogrammet.\n"
                    + "Kommer det inte fram till \(address) inom några minuter: titta i skräpposten och i "
                    + "e-postserverns logg."
            )
        case "temporary_failure":
            return (
                false,
                "Provmeddelandet kunde inte lämnas just nu: e-postprogrammet svarade med ett tillfälligt fel\(said)\n"
                    + "Försök igen om en stund. Kvarstår felet: kontrollera e-postprogrammet och \(configurationHint)."
            )
        case "permanent_failure":
            return (
                false,
                "Provmeddelandet gick inte att skicka: e-postprogrammet tog inte emot det\(said)\n"
                    + "Kontrollera adressen \(address), e-postprogrammet och \(configurationHint)."
            )
        default:
            return (false, "Oväntat svar om provmeddelandet: \(reply.outcome)\(said)")
        }
    }

    // MARK: - Status

    /// The outbox's lines in `status`: whether mail is on and sent from here, what stops it, and the queue.
    static func status(_ mail: MailStatus) -> String {
        var fields = Fields()
        if !mail.enabled {
            fields.add("Påslagen", "nej: meddelandena samlas i kön men skickas inte (mail.enabled)")
        } else if mail.problem != nil {
            fields.add("Påslagen", "ja, men inget kan skickas just nu")
        } else if mail.delivering {
            fields.add("Påslagen", "ja, och den här daemonen skickar")
        } else {
            fields.add("Påslagen", "ja; en annan daemon med samma databas skickar")
        }
        fields.add("Problem", mail.problem)
        fields.add(MailWording.stage(.pending), "\(mail.queued)")
        fields.add(MailWording.stage(.failing), "\(mail.failing)")
        fields.add(
            MailWording.stage(.held),
            "\(mail.held)" + (mail.held > 0 ? " (spara adresser med `tredjekraft contact set`)" : ""))
        fields.add(
            "Misslyckade",
            "\(mail.failed)" + (mail.failed > 0 ? " (se `tredjekraft mail list --failed`)" : ""))
        fields.add("Skickade", "\(mail.delivered)")
        if let seconds = mail.oldestUndeliveredSeconds {
            fields.add(
                "Äldsta oskickade",
                "köades för \(Swedish.duration(seconds: seconds)) sedan"
                    + (mail.oldestUndeliveredQueuedAt.map { " (\(Swedish.instant($0)))" } ?? ""))
        } else if let queuedAt = mail.oldestUndeliveredQueuedAt {
            fields.add("Äldsta oskickade", "köades \(Swedish.instant(queuedAt))")
        }
        return "E-post:\n" + fields.render()
    }
}
