/// Where the quoted letter or the signature starts in a reply, in the forms mail clients write:
/// `>` quoting, Outlook's header block ("Från: … Skickat: …", "From: … Sent: …"), "-----Ursprungligt
/// meddelande-----", Outlook's line of underscores (and the line the HTML reader puts where a client
/// marked its quote), "Den … skrev …:" / "On … wrote:" over up to three lines, the signature
/// delimiter "-- ", closings ("Med vänliga hälsningar", "Mvh") and mobile signatures ("Skickat från min
/// iPhone").
struct QuoteBoundary: Equatable {
    enum Kind: Equatable { case quote, attribution, header, separator, signature }

    var kind: Kind
    /// How many lines the boundary itself takes (an attribution may be wrapped).
    var lines: Int

    static func at(_ index: Int, in lines: [Substring]) -> QuoteBoundary? {
        let line = lines[index].trimmingWhitespace
        guard !line.isEmpty else { return nil }
        if line.hasPrefix(">") { return QuoteBoundary(kind: .quote, lines: 1) }
        // Every other boundary is a short line; a long one is looked at no further.
        guard line.utf8.count <= 1_000 else { return nil }
        let lower = line.lowercased()
        if isSeparator(line, lower) { return QuoteBoundary(kind: .separator, lines: 1) }
        if isSignature(lines[index], lower) { return QuoteBoundary(kind: .signature, lines: 1) }
        if isHeaderBlock(at: index, in: lines) { return QuoteBoundary(kind: .header, lines: 1) }
        if let count = attributionLength(at: index, in: lines) {
            return QuoteBoundary(kind: .attribution, lines: count)
        }
        return nil
    }

    private static let separatorPhrases = [
        "ursprungligt meddelande", "original message", "originalmeddelande", "vidarebefordrat meddelande",
        "forwarded message", "opprinnelig melding", "oprindelig meddelelse",
    ]

    private static func isSeparator(_ line: Substring, _ lower: String) -> Bool {
        if line.count >= 10, line.allSatisfy({ $0 == "_" }) { return true }
        if line.hasPrefix("-"), separatorPhrases.contains(where: { lower.contains($0) }) { return true }
        return lower.hasPrefix("begin forwarded message") || lower.hasPrefix("början av vidarebefordrat meddelande")
    }

    private static let closings = [
        "mvh", "med vänlig hälsning", "med vänliga hälsningar", "vänliga hälsningar", "vänlig hälsning",
        "bästa hälsningar", "hälsningar", "best regards", "kind regards", "regards", "with kind regards",
        "med venlig hilsen", "vennlig hilsen",
    ]
    private static let mobileSignatures = [
        "skickat från min ", "skickat från outlook", "skickades från min ", "hämta outlook för", "sent from my ",
        "sent from outlook", "get outlook for", "skickat från mail för windows", "sent from mail for windows",
        "skickat från yahoo", "sent from yahoo", "sendt fra min ",
    ]

    private static func isSignature(_ raw: Substring, _ lower: String) -> Bool {
        if raw == "-- " || raw == "--" || raw == "-- \r" || lower == "--" { return true }
        if mobileSignatures.contains(where: { lower.hasPrefix($0) }) { return true }
        guard lower.utf8.count <= 200 else { return false }
        let words = lower.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "!" || $0 == "." || $0 == "/" })
        // "/Anna", "/Anna Andersson": a Swedish way to sign.
        if lower.hasPrefix("/"), lower.dropFirst().first?.isLetter == true, words.count <= 3 { return true }
        let plain = words.joined(separator: " ")
        return closings.contains { plain == $0 || (plain.hasPrefix($0 + " ") && words.count <= 6) }
    }

    private static let fromLabels: Set<String> = ["från", "from", "fra", "von", "de", "frå"]
    private static let headerLabels: Set<String> = [
        "skickat", "sent", "datum", "date", "till", "to", "ämne", "subject", "kopia", "cc", "sendt", "gesendet",
        "an", "betreff", "emne", "sänt",
    ]

    /// "Från: …" followed within five lines by another of Outlook's header labels.
    private static func isHeaderBlock(at index: Int, in lines: [Substring]) -> Bool {
        guard let first = label(lines[index]), fromLabels.contains(first) else { return false }
        for next in lines[(index + 1)..<min(lines.count, index + 6)] {
            if let other = label(next), headerLabels.contains(other) { return true }
        }
        return false
    }

    /// "Från" in "Från: …" and in "*Från:* …" (Outlook's bold, as plain text shows it).
    private static func label(_ line: Substring) -> String? {
        let trimmed = line.trimmingWhitespace.drop { $0 == "*" }
        guard let colon = trimmed.firstIndex(of: ":") else { return nil }
        let name = trimmed[..<colon].filter { $0 != "*" }.lowercased()
        guard !name.isEmpty, name.count <= 12, name.allSatisfy(\.isLetter) else { return nil }
        return name
    }

    /// "Den 2026-12-07 kl. 10:15, skrev …:" or "On …, … wrote:" on one to three lines (clients wrap it):
    /// ends in a colon, says "skrev"/"wrote", and has a digit or an address (a date or a sender), so a
    /// sentence of the answer is not taken for one.
    private static func attributionLength(at index: Int, in lines: [Substring]) -> Int? {
        // Cheap first: one of the (up to three) lines must end in a colon.
        guard lines[index..<min(lines.count, index + 3)].contains(where: { $0.trimmingWhitespace.last == ":" })
        else { return nil }
        if AnswerLine.parse(lines[index].trimmingWhitespace) != nil { return nil }
        let opening = lines[index].trimmingWhitespace.lowercased()
        let starts =
            opening.first?.isNumber == true
            || ["den ", "on ", "am ", "le ", "el ", "op ", "il "].contains { opening.hasPrefix($0) }
        var joined = ""
        for count in 1...(starts ? 3 : 1) {
            let position = index + count - 1
            guard position < lines.count else { return nil }
            let line = lines[position].trimmingWhitespace
            if line.isEmpty || line.hasPrefix(">") { return nil }
            joined += (joined.isEmpty ? "" : " ") + line
            guard joined.count <= 400 else { return nil }
            let lower = joined.lowercased()
            let says = ["skrev", "wrote", "schrieb", "a écrit", "kirjoitti"].contains { lower.contains($0) }
            if lower.hasSuffix(":"), says, lower.contains(where: { $0.isNumber || $0 == "@" }) { return count }
        }
        return nil
    }
}
