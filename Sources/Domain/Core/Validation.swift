import Foundation

/// Small checks shared by the aggregates, each answering with a plain-Swedish `DomainError`.
enum Validation {
    /// The kinds of text a command carries, each with its length limit (``DomainLimits``).
    enum TextKind {
        case name, title, text

        var limit: Int {
            switch self {
            case .name: DomainLimits.nameLength
            case .title: DomainLimits.titleLength
            case .text: DomainLimits.textLength
            }
        }
    }

    /// Trims and refuses blank text, text with control characters and text that is too long.
    /// `what` names the field in Swedish, e.g. "Förslagets text".
    static func text(
        _ value: String, _ what: String, _ kind: TextKind = .text, code: DomainError.Code = .blankText
    ) throws(DomainError) -> String {
        try characters(value, what)
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            throw DomainError(code, "\(what) saknas. Skriv en text och försök igen.")
        }
        try oneLine(trimmed, what, kind)
        try length(trimmed, what, kind)
        return trimmed
    }

    /// An optional text: trimmed, `nil` when absent or blank, otherwise checked like ``text(_:_:_:code:)``.
    static func optionalText(_ value: String?, _ what: String, _ kind: TextKind = .text) throws(DomainError) -> String?
    {
        guard let value else { return nil }
        try characters(value, what)
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        try oneLine(trimmed, what, kind)
        try length(trimmed, what, kind)
        return trimmed
    }

    /// Refuses control characters other than tab and line breaks: NUL cannot be stored by PostgreSQL
    /// at all, and the others are invisible in every place the text is shown.
    private static func characters(_ value: String, _ what: String) throws(DomainError) {
        guard !DomainLimits.hasControlCharacters(value) else {
            throw DomainError(
                .invalidCharacters,
                "\(what) innehåller ett osynligt styrtecken (till exempel NUL) som inte kan sparas. Ta bort det och försök igen."
            )
        }
    }

    /// Names and titles are one line: they head tables and letters, and a name becomes an e-mail
    /// header's display name, where a line break could start a header of its own.
    private static func oneLine(_ trimmed: String, _ what: String, _ kind: TextKind) throws(DomainError) {
        guard kind != .text, trimmed.contains(where: \.isNewline) else { return }
        throw DomainError(
            .invalidCharacters, "\(what) får inte innehålla radbrytningar. Skriv det på en rad och försök igen.")
    }

    private static func length(_ trimmed: String, _ what: String, _ kind: TextKind) throws(DomainError) {
        // UTF-8 bytes bound characters from above, so most texts need no count of characters.
        guard trimmed.utf8.count > kind.limit, trimmed.count > kind.limit else { return }
        throw DomainError(
            .textTooLong,
            "\(what) är för lång: högst \(kind.limit) tecken går att spara. Korta texten och försök igen.")
    }

    /// Refuses a number outside `range`; `what` names it in Swedish, `hint` says what to give instead.
    static func number(_ value: Int, in range: ClosedRange<Int>, _ what: String, _ hint: String) throws(DomainError) {
        if value < range.lowerBound {
            throw DomainError(.invalidNumber, "\(what) måste vara minst \(range.lowerBound). \(hint)")
        }
        if value > range.upperBound {
            throw DomainError(.invalidNumber, "\(what) kan vara högst \(range.upperBound). \(hint)")
        }
    }

    /// Refuses dates after today: something that is recorded as having happened cannot be in the future.
    static func notInFuture(_ date: CalendarDate, _ what: String, _ context: DecisionContext) throws(DomainError) {
        guard date <= context.today else {
            throw DomainError(
                .dateInFuture,
                "\(what) (\(date)) ligger i framtiden. Ange ett datum som redan har varit, senast \(context.today).")
        }
    }

    /// Refuses text holding personal data: a personnummer or samordningsnummer, a phone number or an
    /// e-mail address (``PersonalDataGuard``), each with its own reason and what to write instead.
    ///
    /// Events are kept forever and texts reach the councils' letters, so these must never enter them.
    static func noPersonalData(_ value: String, _ what: String) throws(DomainError) {
        switch PersonalDataGuard.check(value) {
        case nil:
            return
        case .personalNumber:
            throw DomainError(
                .personalDataSuspected,
                "\(what) innehåller något som liknar ett personnummer eller samordningsnummer. Skriv inte personuppgifter om brukare; använd en pseudonym eller rådets namn."
            )
        case .phoneNumber:
            throw DomainError(
                .personalDataSuspected,
                "\(what) innehåller något som ser ut som ett telefonnummer. Skriv inte telefonnummer i fritext: texten går ut i rådets brev och sparas för alltid. Skriv vem man kan vända sig till (till exempel \"mottagningen\") i stället."
            )
        case .emailAddress:
            throw DomainError(
                .personalDataSuspected,
                "\(what) innehåller något som ser ut som en e-postadress. Adresser hör hemma i adressboken (tredjekraft contact set), inte i fritext; skriv vem det gäller i stället."
            )
        }
    }
}
