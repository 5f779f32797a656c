import AdminProtocol
import Wording

/// `mail show`: a message as it went out — who it went to, its subject, when, then its parts — or a
/// printed letter's file.
enum SentMailRendering {
    /// The message in full: its facts, its text part and (when it has one) its HTML part.
    static func render(_ reply: ShowMailReply, text: String?, html: String?) -> String {
        var fields = Fields()
        fields.add(
            "Till",
            MailRendering.recipient(kind: reply.recipientKind, id: reply.recipientId, name: reply.recipientName))
        fields.add("Ämne", reply.subject)
        fields.add("Slag", MailRendering.purpose(reply.purpose))
        if reply.kind == "printed" {
            fields.add("Sätt", "utskrift (rådet hade ingen e-postadress)")
            fields.add("Fil", reply.printedAs.map { "\($0) under daemonens tillståndskatalog" })
        } else {
            fields.add("Läge", reply.state.map(MailRendering.stage))
            fields.add("Köat", reply.queuedAt.map(Swedish.instant))
            fields.add("Skickat", reply.deliveredAt.map(Swedish.instant))
        }
        var sections = [fields.render()]
        if let text { sections.append("── Textdelen " + String(repeating: "─", count: 40) + "\n" + text) }
        if let html { sections.append("── HTML-delen " + String(repeating: "─", count: 39) + "\n" + html) }
        if reply.kind == "printed" {
            sections.append("Spara brevet för att skriva ut det: \(saveCommand(reply.id))")
        }
        return sections.joined(separator: "\n\n")
    }

    /// What a printed letter is fetched with, for `digest list` and `mail show`.
    static func saveCommand(_ id: String) -> String {
        "tredjekraft mail show \(Swedish.shortID(id)) -o brev.html"
    }

    /// What `mail show -o FILE` says once the file is written.
    static func written(_ reply: ShowMailReply, part: String, to path: String) -> String {
        let what = reply.kind == "printed" ? "Det utskrivna brevet" : part == "html" ? "HTML-delen" : "Textdelen"
        return "\(what) skrevs till \(path)."
    }
}
