/// One line that starts an answer: an optional list marker and item number, a keyword in any case
/// (with or without its Swedish letters: PÅGÅR or PAGAR), another optional item number, an optional
/// colon, then the answer's text.
///
/// Both `KLART 2: …` and `2. KLART: …` name item 2 (people answer beside the letter's own numbering);
/// a number right after the keyword is always the item, so `KLART 2 rum målade` is item 2. When both
/// places hold different numbers the line is not understood.
struct AnswerLine: Equatable {
    enum Keyword: String, CaseIterable {
        case done = "klart"
        case decision = "beslut"
        case workStarted = "pagar"
        case owner = "ansvarig"
        case feedbackGiven = "aterkopplat"
    }

    var item: Int?
    var keyword: Keyword
    var rest: Substring

    /// Nil when the line starts with no keyword; `conflict` when it names two different items.
    static func parse(_ line: Substring) -> Result? {
        var text = line.trimmingWhitespace
        if let first = text.first, "-*•–·".contains(first) {
            text = text.dropFirst().trimmingWhitespace
        }
        var leadingItem: Int?
        let leadingDigits = text.prefix { $0.isASCII && $0.isNumber }
        if (1...3).contains(leadingDigits.count) {
            let after = text.dropFirst(leadingDigits.count)
            if let mark = after.first, ".):".contains(mark) {
                leadingItem = Int(leadingDigits)
                text = after.dropFirst().trimmingWhitespace
            }
        }
        let word = text.prefix { $0.isLetter }
        guard let keyword = Keyword(rawValue: fold(word)) else { return nil }
        var rest = text.dropFirst(word.count)
        if let next = rest.first, !(next.isWhitespace || next.isNumber || ":-–—!.".contains(next)) { return nil }
        rest = rest.trimmingWhitespace
        var item: Int?
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        if (1...3).contains(digits.count) {
            let after = rest.dropFirst(digits.count)
            if after.first.map({ $0.isWhitespace || ":.)-–".contains($0) }) ?? true {
                item = Int(digits)
                rest = after
                if let mark = rest.first, ".)".contains(mark) { rest = rest.dropFirst() }
                rest = rest.trimmingWhitespace
            }
        }
        while let mark = rest.first, ":-–—!.".contains(mark) { rest = rest.dropFirst() }
        rest = rest.trimmingWhitespace
        if let leadingItem, let item, leadingItem != item { return .conflict }
        return .answer(AnswerLine(item: item ?? leadingItem, keyword: keyword, rest: rest))
    }

    enum Result: Equatable {
        case answer(AnswerLine)
        /// Two different item numbers.
        case conflict
    }

    /// Lowercased, å/ä → a, ö → o, é → e: "PÅGÅR" and "pagar" are one keyword.
    static func fold(_ word: Substring) -> String {
        String(
            word.lowercased().map { character -> Character in
                switch character {
                case "å", "ä", "á", "à": "a"
                case "ö", "ó", "ø": "o"
                case "é", "è": "e"
                default: character
                }
            })
    }
}
