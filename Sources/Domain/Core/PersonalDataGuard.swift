/// Finds what must never enter free text: a Swedish personnummer or samordningsnummer, a phone number
/// in its everyday forms, or an e-mail address. Texts go into the log (kept forever) and into the
/// councils' letters, so the domain refuses them at the door, each for its own reason.
///
/// Numbers are read as a person writes them: digit groups joined by single spaces or hyphens
/// (`070-123 45 67`, `+46 70 123 45 67`, `046-35 50 00`, `19850709-1234`). Dates, years, amounts and
/// room numbers pass: a phone number starts with 0 or +46 and has 8–10 digits after its trunk 0, and
/// a personnummer's digits are a real date.
package enum PersonalDataGuard {
    /// What a text was found to hold.
    package enum Finding: Sendable, Equatable {
        case personalNumber
        case phoneNumber
        case emailAddress
    }

    /// The first kind of personal data in `text`, or `nil` when there is none.
    package static func check(_ text: String) -> Finding? {
        if containsEmailAddress(text) { return .emailAddress }
        for group in numberGroups(text) {
            if let finding = classify(group) { return finding }
        }
        return nil
    }

    // MARK: Numbers

    /// A run of digits as written: its digits, whether it began with `+`, and the separator (if any)
    /// right before its last four digits (`-` or `+` in a personnummer).
    struct NumberGroup: Equatable {
        var digits: [UInt8] = []
        var plus = false
        var separatorBeforeLastFour: Character?
        var separators: [(position: Int, character: Character)] = []

        static func == (lhs: Self, rhs: Self) -> Bool { lhs.digits == rhs.digits && lhs.plus == rhs.plus }
    }

    static func numberGroups(_ text: String) -> [NumberGroup] {
        var groups: [NumberGroup] = []
        var current = NumberGroup()
        var open = false
        var pending: Character?  // a separator seen after a digit, kept only if a digit follows
        let characters = Array(text)
        func close() {
            if open {
                current.separatorBeforeLastFour =
                    current.separators.last { $0.position == current.digits.count - 4 }?.character
                groups.append(current)
            }
            current = NumberGroup()
            open = false
            pending = nil
        }
        for (index, ch) in characters.enumerated() {
            if ch.isASCII, let value = ch.wholeNumberValue {
                if !open {
                    open = true
                    current.plus = index > 0 && characters[index - 1] == "+"
                }
                if let separator = pending { current.separators.append((current.digits.count, separator)) }
                pending = nil
                current.digits.append(UInt8(value))
            } else if open, pending == nil, ch == " " || ch == "-" || ch == "\u{00A0}" || ch == "+" {
                pending = ch
            } else {
                close()
            }
        }
        close()
        return groups
    }

    static func classify(_ group: NumberGroup) -> Finding? {
        let digits = group.digits
        // International form: +46 or 0046, then the number without its trunk 0.
        if group.plus && digits.starts(with: [4, 6]) && (9...12).contains(digits.count) { return .phoneNumber }
        if digits.starts(with: [0, 0, 4, 6]) && (11...14).contains(digits.count) { return .phoneNumber }
        if isPersonalNumber(group) { return .personalNumber }
        // National form: a trunk 0 (not 00), an area code and a subscriber number: 8–10 digits in all.
        if digits.first == 0, digits.dropFirst().first != 0, (8...10).contains(digits.count) { return .phoneNumber }
        return nil
    }

    /// YYMMDD-NNNN, YYMMDD+NNNN, YYYYMMDD-NNNN or the same without separator, whose date part is a
    /// real date (a samordningsnummer adds 60 to the day). Ten digits starting with 0 written without
    /// the separator are a phone number (`0701234567`), not a personnummer of someone born 2007.
    static func isPersonalNumber(_ group: NumberGroup) -> Bool {
        let digits = group.digits
        func number(_ range: Range<Int>) -> Int { digits[range].reduce(0) { $0 * 10 + Int($1) } }
        // Written as one: only a `-` or `+` (or a space, unless it starts like a phone number's trunk 0)
        // before the last four digits, if any separator at all.
        if !group.separators.isEmpty {
            guard group.separators.count == 1, let separator = group.separatorBeforeLastFour,
                separator == "-" || separator == "+" || (separator == " " && digits.first != 0)
            else { return false }
        }
        let datePart: (month: Int, day: Int)
        switch digits.count {
        case 10:
            if digits.first == 0 && group.separators.isEmpty { return false }
            datePart = (number(2..<4), number(4..<6))
        case 12:
            let century = number(0..<2)
            guard century == 18 || century == 19 || century == 20 else { return false }
            datePart = (number(4..<6), number(6..<8))
        default:
            return false
        }
        let day = datePart.day > 60 ? datePart.day - 60 : datePart.day
        return (1...12).contains(datePart.month) && (1...31).contains(day)
    }

    // MARK: E-mail

    /// `local@domain.tld`, as people write addresses into text.
    static func containsEmailAddress(_ text: String) -> Bool {
        let characters = Array(text)
        for (index, ch) in characters.enumerated() where ch == "@" {
            let local = characters[..<index].reversed().prefix { isLocalCharacter($0) }
            var domain = String(
                characters[(index + 1)...].prefix { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" })
            // A sentence may end right after the address: "skriv till a@b.se."
            while domain.hasSuffix(".") || domain.hasSuffix("-") { domain.removeLast() }
            let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
            guard !local.isEmpty, labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }),
                let topLevel = labels.last, topLevel.count >= 2, topLevel.allSatisfy(\.isLetter)
            else { continue }
            return true
        }
        return false
    }

    private static func isLocalCharacter(_ ch: Character) -> Bool {
        ch.isLetter || ch.isNumber || "._%+-".contains(ch)
    }
}
