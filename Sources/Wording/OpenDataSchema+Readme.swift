import Domain

/// `README.txt` beside the exported files: what the export holds and every column, in plain Swedish.
extension OpenDataSchema {
    /// What the export was made with.
    package struct ReadmeFacts: Sendable {
        package var exportedOn: CalendarDate?
        package var unitName: String?
        package var from: CalendarDate?
        /// `csv` or `json`.
        package var format: String
        package var separator: Character
        package var withTexts: Bool
        package var counts: [String: Int]

        package init(
            exportedOn: CalendarDate?, unitName: String?, from: CalendarDate?, format: String, separator: Character,
            withTexts: Bool, counts: [String: Int]
        ) {
            self.exportedOn = exportedOn
            self.unitName = unitName
            self.from = from
            self.format = format
            self.separator = separator
            self.withTexts = withTexts
            self.counts = counts
        }
    }

    package static func readme(_ facts: ReadmeFacts) -> String {
        var lines: [String] = [
            "Öppna data från Tredje kraften",
            "==============================",
            "",
            "Exporterat: \(facts.exportedOn?.description ?? "okänt datum").",
            "Verksamhet: \(facts.unitName ?? "alla verksamheter").",
            "Period: \(facts.from.map { "från och med \($0)" } ?? "allt från början") till i dag.",
            facts.withTexts
                ? "Fritexter: med."
                : "Fritexter: utan. Förslagens text, beslutens motiveringar och vad som gjordes är inte med.",
            "",
            "Här finns inga e-postadresser och inga kontaktuppgifter. Text som har tagits bort står som",
            "[borttaget ÅÅÅÅ-MM-DD]. Datum skrivs ÅÅÅÅ-MM-DD. En tom cell betyder att uppgiften saknas.",
            "",
        ]
        if facts.format == "json" {
            lines += [
                "Filerna är JSON (UTF-8): en lista med ett objekt per rad. Tal är tal, en tom uppgift är null.",
                "Andelar skrivs som tal mellan 0 och 1 med decimalpunkt.",
            ]
        } else {
            let name = facts.separator == ";" ? "semikolon (;)" : "komma (,)"
            let decimal = facts.separator == ";" ? "decimalkomma, t.ex. 0,75" : "decimalpunkt, t.ex. 0.75"
            lines += [
                "Filerna är CSV i UTF-8 med BOM, så att Excel visar å, ä och ö rätt när du dubbelklickar.",
                "Fälten skiljs med \(name). Decimaltal skrivs med \(decimal).",
                "Ett fält som innehåller skiljetecknet, citattecken eller radbrytning står inom citattecken.",
            ]
        }
        let ending = facts.format == "json" ? "json" : "csv"
        for file in files {
            let count = facts.counts[file.name] ?? 0
            lines += [
                "", "\(file.name).\(ending) – \(file.title) (\(count) \(count == 1 ? "rad" : "rader"))",
                String(repeating: "-", count: file.name.count + ending.count + file.title.count + 4), file.about, "",
            ]
            for column in file.columns(withTexts: facts.withTexts) {
                lines.append("  \(column.name): \(column.explanation)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
