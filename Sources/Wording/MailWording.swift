import Domain
import Foundation
import Mail

/// The outbox in Swedish: the words for recipient keys (also as the CLI takes them), the stages and
/// purposes of a message, and why mail cannot go out. The test message `mail test` sends is a letter
/// (`TestMessageWording`).
package enum MailWording {
    /// The CLI's word for each kind of recipient key: `contact set rad <id> <adress>`.
    package static func word(_ kind: RecipientKey.Kind) -> String {
        switch kind {
        case .council: "rad"
        case .management: "ledning"
        case .coordinator: "samordnare"
        case .owner: "agare"
        case .sender: "avsandare"
        }
    }

    /// The kind a CLI word stands for: `rad` (or `råd`), `ledning`, `samordnare`, `agare` (or `ägare`), or
    /// the English name a script may use.
    package static func kind(_ word: String) -> RecipientKey.Kind? {
        let folded = word.lowercased().replacingOccurrences(of: "å", with: "a").replacingOccurrences(of: "ä", with: "a")
        return RecipientKey.Kind.directory.first { Self.word($0) == folded || $0.rawValue == folded }
    }

    /// A key's kind as a table shows it.
    package static func describe(_ kind: RecipientKey.Kind) -> String {
        switch kind {
        case .council: "Brukarråd"
        case .management: "Ledning"
        case .coordinator: "Samordnare"
        case .owner: "Ägare (roll eller titel)"
        case .sender: "Avsändare av ett mottaget meddelande"
        }
    }

    /// The display name a message is addressed with, from what the read models call the recipient:
    /// "Brukarrådet Vuxenstöd", "Ledningen, Vuxenstöd Lund".
    package static func displayName(_ kind: RecipientKey.Kind, name: String) -> String {
        switch kind {
        case .council: name
        case .management: "Ledningen, \(name)"
        case .coordinator: "Samordnare, \(name)"
        case .owner, .sender: name
        }
    }

    /// A recipient as a sentence names it: a council by its name, "ledningen för Vuxenstöd Lund",
    /// "samordnaren för …", an owner by the role or title; by its short id when the name is unknown.
    package static func recipient(_ kind: RecipientKey.Kind, id: String, name: String?) -> String {
        switch kind {
        case .council: name ?? "rådet \(Swedish.shortID(id))"
        case .management: "ledningen för \(name ?? "verksamheten \(Swedish.shortID(id))")"
        case .coordinator: "samordnaren för \(name ?? "verksamheten \(Swedish.shortID(id))")"
        case .owner: name ?? id
        case .sender: "den som skrev till oss"
        }
    }

    /// Why `contact remove` found nothing to remove, naming the recipient in words.
    package static func noAddress(_ key: RecipientKey, name: String?) -> NotFound {
        let words = recipient(key.kind, id: key.id, name: name)
        return NotFound(.contact, key.id, message: NotFound(.contact, words).message + " Det finns inget att ta bort.")
    }

    /// `contact set` for an owner title that no issue has as its owner: the address will reach nobody
    /// until an issue gets that owner, most often because the title is spelled otherwise on the issues.
    package static func unusedOwner(_ title: String, known: [String]) -> String {
        var text = "Inget ärende har ”\(title)” som ansvarig, så inga påminnelser går dit än."
        // A few of them, so a large organisation's list does not drown the warning.
        let shown = known.prefix(8).map { "”\($0)”" }.joined(separator: ", ")
        text +=
            known.isEmpty
            ? " Kontrollera att titeln skrivs som på ärendena."
            : " Ansvariga på ärendena i dag: \(shown)\(known.count > 8 ? " med flera" : "")."
        return text
    }

    /// A message's stage as `mail list` shows it.
    package static func stage(_ name: MailStage.Name) -> String {
        switch name {
        case .pending: "I kö"
        case .failing: "Försöker igen"
        case .held: "Väntar på adress"
        case .delivered: "Skickat"
        case .failed: "Misslyckades"
        case .givenUp: "Gav upp"
        }
    }

    /// What a message is for.
    package static func purpose(_ purpose: MailPurpose) -> String {
        switch purpose {
        case .reminder: "Påminnelse"
        case .escalation: "Till ledningen"
        case .digest: "Månadsbrev"
        case .test: "Prov"
        case .reply: "Svar"
        }
    }
}

extension MailWording {
    /// Why an address or header value was refused, for the person who typed it.
    package static func refusal(_ error: MailError) -> String {
        switch error {
        case .controlCharacter:
            "Texten innehåller en radbrytning, NUL eller ett annat osynligt styrtecken. Ta bort det och försök igen."
        case .invalidAddress(_, let value, _):
            "\(value) är ingen e-postadress som går att använda. Skriv den som namn@kommun.se: utan mellanslag, "
                + "med bara a–z, siffror och tecken som . - _ före @ (inte å, ä eller ö)."
        case .tooLong(_, let limit):
            "Texten är för lång: högst \(limit) tecken går."
        case .noRecipient:
            "Meddelandet har ingen mottagare."
        case .invalidMessageKey(let key):
            "Meddelandets nyckel \(key) går inte att använda."
        }
    }
}

extension MailWording {
    /// Mail is off in the configuration.
    /// `mail tokens rotate` without `mail.reply_to`.
    package static let repliesOff =
        "Svar med e-post är inte inställt. Ange mail.reply_to i inställningarna och starta om tredjekraftd."

    /// The reply keys are a systemd credential, which the daemon only reads.
    package static func replyKeysReadOnly(_ path: String) -> String {
        "Nycklarna för svarsadresser kommer från systemd (LoadCredential=, \(path)). Tredjekraftd kan inte byta dem. "
            + "Lägg till en ny nyckel sist i källfilen och behåll de gamla raderna. Starta sedan om tjänsten. "
            + "Se docs/operations.md."
    }

    /// The reply keys cannot be read or written; `detail` says why, in English, with the file's name.
    package static func replyKeysUnusable(_ detail: String) -> String {
        "Nycklarna för svarsadresser kan inte användas: \(detail)"
    }

    package static let mailOff =
        "E-posten är avstängd. Sätt mail.enabled: true och mail.from i konfigurationen och läs in den igen "
        + "(systemctl reload tredjekraftd)."
    /// `mail.from` is missing.
    package static let noSender =
        "Avsändaradressen saknas. Ange mail.from i konfigurationen, till exempel \"Tredje kraften <tredjekraft@kommun.se>\"."

    /// The sendmail program cannot run; `problem` is the daemon's own description, for the operator.
    package static func programUnusable(_ problem: String) -> String {
        "E-postprogrammet kan inte köras (\(problem)). Installera ett sendmail-program eller rätta mail.sendmail."
    }
}
