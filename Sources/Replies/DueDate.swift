import Domain

/// The day in a `PÅGÅR` answer, as Swedes write one: `2027-01-15`, `15 januari 2027`, `15 jan. 2027`,
/// `15/1 2027`, `15/1/2027`. The first one found counts; a date that does not exist (`2027-02-30`)
/// is `invalid`, not a different day.
enum DueDate: Equatable {
    case date(CalendarDate)
    case invalid
    case none

    private enum Token: Equatable {
        case number(Int, digits: Int)
        case word(String)
        case mark(Character)
    }

    static func find(in text: String) -> DueDate {
        let tokens = tokenize(text)
        for start in tokens.indices {
            if let found = match(tokens, at: start) {
                guard let (year, month, day) = found, let date = CalendarDate(year: year, month: month, day: day)
                else { return .invalid }
                return .date(date)
            }
        }
        return .none
    }

    /// `.some(nil)` when a pattern matched with numbers out of range.
    private static func match(_ tokens: [Token], at start: Int) -> (Int, Int, Int)?? {
        func token(_ offset: Int) -> Token? { start + offset < tokens.count ? tokens[start + offset] : nil }
        guard case .number(let first, let firstDigits) = token(0) else { return nil }
        // 2027-01-15
        if firstDigits == 4, token(1) == .mark("-"), case .number(let month, let monthDigits) = token(2),
            monthDigits <= 2, token(3) == .mark("-"), case .number(let day, let dayDigits) = token(4), dayDigits <= 2
        {
            return .some((first, month, day))
        }
        guard firstDigits <= 2 else { return nil }
        // 15/1 2027, 15/1/2027
        if token(1) == .mark("/"), case .number(let month, let monthDigits) = token(2), monthDigits <= 2 {
            let yearOffset = token(3) == .mark("/") ? 4 : 3
            if case .number(let year, 4) = token(yearOffset) { return .some((year, month, first)) }
            return nil
        }
        // 15 januari 2027, 15 jan. 2027, 15:e januari 2027
        var offset = 1
        if token(offset) == .mark(":"), token(offset + 1) == .word("e") { offset += 2 }
        guard case .word(let name) = token(offset), let month = month(name) else { return nil }
        offset += 1
        if token(offset) == .mark(".") { offset += 1 }
        if case .number(let year, 4) = token(offset) { return .some((year, month, first)) }
        return .some(nil)  // a day and a month without a year: not a day we can be sure of
    }

    private static func month(_ name: String) -> Int? {
        let months = [
            "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
            "november", "december",
        ]
        if let index = months.firstIndex(of: name) { return index + 1 }
        let short = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
        if let index = short.firstIndex(of: name) { return index + 1 }
        return name == "sept" ? 9 : nil
    }

    private static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var digits = ""
        var letters = ""
        func flush() {
            if !digits.isEmpty {
                // More than 9 digits is no part of a date; kept as a number that matches nothing.
                tokens.append(.number(digits.count <= 9 ? Int(digits) ?? 0 : 0, digits: digits.count))
                digits = ""
            }
            if !letters.isEmpty {
                tokens.append(.word(letters.lowercased()))
                letters = ""
            }
        }
        for character in text.prefix(2_000) {
            if character.isASCII, character.isNumber {
                if !letters.isEmpty { flush() }
                digits.append(character)
            } else if character.isLetter {
                if !digits.isEmpty { flush() }
                letters.append(character)
            } else {
                flush()
                if !character.isWhitespace { tokens.append(.mark(character)) }
            }
        }
        flush()
        return tokens
    }
}
