import AdminProtocol
import Domain
import ReadModelTypes
import Wording

/// The digests and agendas in Swedish: a preview as it would go out, what a send did, and the list.
enum DigestRendering {
    static func preview(_ digest: DigestPreview) -> String {
        let who = MailWording.displayName(digest.recipientKind, name: digest.recipientName)
        var lines = ["Till:   \(who)"]
        if !digest.hasAddress {
            lines.append(
                digest.recipientKind == .council
                    ? "        (ingen adress: brevet skrivs ut som en fil under tillståndskatalogen; "
                        + "tredjekraft contact set council \"\(digest.recipientId)\" ADRESS)"
                    : "        (ingen adress ännu: tredjekraft contact set \(MailWording.word(digest.recipientKind)) "
                        + "\"\(digest.recipientId)\" ADRESS)")
        }
        lines += [
            "Ämne:   \(digest.subject)",
            "Läsbarhet: LIX \(Swedish.decimal(digest.lix)) för programmets egna meningar (inget skickas nu).", "",
            digest.text,
        ]
        if let notes = digest.coordinatorNotes, !notes.isEmpty {
            lines += ["För dig som samordnare (står inte i brevet):"] + notes.map { "  " + $0 }
        }
        return lines.joined(separator: "\n")
    }

    static func sent(_ reply: SendDigestsReply) -> String {
        let month = Swedish.month(reply.month)
        guard reply.mailed + reply.printed > 0 else {
            return "Inga nya månadsbrev för \(month): de som skulle skickas har redan skickats."
        }
        var parts: [String] = []
        if reply.mailed > 0 {
            parts.append(reply.mailed == 1 ? "ett brev lades i utkorgen" : "\(reply.mailed) brev lades i utkorgen")
        }
        if reply.printed > 0 {
            parts.append(
                reply.printed == 1
                    ? "ett brev skrevs ut som fil (rådet saknar adress)"
                    : "\(reply.printed) brev skrevs ut som filer (råden saknar adress)")
        }
        let sentence = parts.joined(separator: " och ")
        return "Månadsbrev för \(month): " + sentence + "."
    }

    static func list(_ digests: [DigestRecord]) -> String {
        guard !digests.isEmpty else { return "Inga månadsbrev har skickats än." }
        return table(digests) + printedLetters(digests)
    }

    /// The printed letters of a list: where each file is and how to fetch it.
    static func printedLetters(_ digests: [DigestRecord]) -> String {
        let printed = digests.filter { $0.printedAs != nil }
        guard !printed.isEmpty else { return "" }
        let lines = printed.map { digest in
            "  \(digest.recipientName), \(digest.month): \(digest.printedAs ?? "") under daemonens tillståndskatalog\n"
                + "    hämta med: \(SentMailRendering.saveCommand(digest.digestId.description))"
        }
        return "\n\nUtskrivna brev (råd utan e-postadress):\n" + lines.joined(separator: "\n")
    }

    static func table(_ digests: [DigestRecord]) -> String {
        Table(
            [
                .init("Id"), .init("Månad"), .init("Till", maxWidth: 40), .init("Skickat"), .init("Sätt"),
                .init("Framme"),
                .init("Punkter", alignment: .right), .init("Återkoppling", alignment: .right),
            ],
            rows: digests.map { digest in
                [
                    Swedish.shortID(digest.digestId.description), digest.month.description,
                    MailWording.displayName(digest.recipientKind, name: digest.recipientName),
                    digest.sentOn.description + (digest.lateSince != nil ? " (sent)" : ""),
                    digest.printedAs != nil ? "utskrift" : "e-post", Swedish.date(digest.deliveredOn),
                    "\(digest.items)",
                    digest.reported == 0
                        ? Swedish.none : "\(digest.cleared.map(String.init) ?? "0") av \(digest.reported)",
                ]
            }
        ).render()
    }

    /// The schedule in `status`: who runs it, when next, and the councils whose digests are printed.
    static func schedule(_ schedule: ScheduleStatus) -> String {
        var fields = Fields()
        fields.add(
            "Körs av", schedule.leading ? "den här daemonen" : "en annan daemon med samma databas, eller ingen just nu")
        fields.add("Nästa påminnelser", schedule.nextRemindersAt.map(Swedish.instant))
        fields.add("Senaste påminnelser", schedule.lastRemindersDay.map(\.description))
        fields.add("Nästa månadsbrev", schedule.nextDigestsAt.map(Swedish.instant))
        fields.add("Senaste månadsbrev", schedule.lastDigestsMonth.map { Swedish.month($0) })
        fields.add("Problem", schedule.problem)
        var text = "Schema:\n" + fields.render()
        if !schedule.councilsWithoutAddress.isEmpty {
            text +=
                "\n\nRåd utan e-postadress (deras månadsbrev skrivs ut som filer under letters/):\n"
                + schedule.councilsWithoutAddress.map { "  \($0)" }.joined(separator: "\n")
        }
        return text
    }
}
