import AdminProtocol

/// What `redact` and `retention` print.
enum PersonalDataRendering {
    static func redacted(_ reply: RedactReply) -> String {
        if reply.alreadyErased {
            return "Fältet \(reply.field) var redan borttaget. Inget ändrades."
        }
        var line =
            "Fältet \(reply.field) togs bort i \(reply.rewrittenEvents) \(reply.rewrittenEvents == 1 ? "händelse" : "händelser")"
        if reply.printedLetters > 0 {
            line += " och \(reply.printedLetters) \(reply.printedLetters == 1 ? "utskrivet brev" : "utskrivna brev")"
        }
        return line + ". Där står nu \"\(reply.marker)\"."
    }

    static func retention(_ reply: RetentionReply, applied: Bool) -> String {
        let texts = reply.rule.isEmpty ? nil : retentionTexts(reply, applied: applied)
        let senders = reply.senders.map { count in
            applied
                ? "\(count) avsändaradresser i e-post som kom in glömdes (breven i loggen finns kvar, utan adress)."
                : "\(count) avsändaradresser i e-post som kom in är äldre än regeln. Inget har tagits bort."
        }
        return [texts, senders].compactMap { $0 }.joined(separator: "\n")
    }

    /// The texts a rule reaches (or erased), as a table.
    private static func retentionTexts(_ reply: RetentionReply, applied: Bool) -> String {
        guard !reply.candidates.isEmpty else { return "Regeln (\(reply.rule)) når inga texter i dag." }
        let rows = reply.candidates.map { candidate in
            [
                candidate.kind == "proposal" ? "förslag" : "ärende", String(candidate.id.prefix(8)), candidate.since,
                candidate.description,
            ]
        }
        var text = Table(
            [.init("Vad"), .init("Id"), .init("Sedan"), .init("Text", maxWidth: 60, overflow: .wrap)], rows: rows
        ).render()
        if applied, let erased = reply.erased {
            text += "\n\(erased) fält togs bort (\(reply.rule))."
        } else {
            text += "\nRegeln: \(reply.rule). Inget har tagits bort."
        }
        return text
    }
}
