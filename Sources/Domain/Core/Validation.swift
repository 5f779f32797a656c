import Foundation

/// Small checks shared by the aggregates, each answering with a plain-Swedish `DomainError`.
enum Validation {
    /// Trims and refuses blank text. `what` names the field in Swedish, e.g. "Förslagets text".
    static func text(_ value: String, _ what: String, code: DomainError.Code = .blankText) throws(DomainError) -> String {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            throw DomainError(code, "\(what) saknas. Skriv en text och försök igen.")
        }
        return trimmed
    }

    /// Refuses dates after today: something that is recorded as having happened cannot be in the future.
    static func notInFuture(_ date: CalendarDate, _ what: String, _ context: DecisionContext) throws(DomainError) {
        guard date <= context.today else {
            throw DomainError(.dateInFuture, "\(what) (\(date)) ligger i framtiden. Ange ett datum som redan har varit, senast \(context.today).")
        }
    }

    /// Refuses text that looks like a Swedish personal identity number or a long run of digits.
    ///
    /// Events are kept forever, so a service user's identity must never enter them.
    static func noPersonalNumber(_ value: String, _ what: String) throws(DomainError) {
        var run = 0
        for ch in value {
            if ch.isNumber { run += 1 } else if ch == "-" || ch == "+" { continue } else { run = 0 }
            if run >= 10 {
                throw DomainError(.personalDataSuspected, "\(what) innehåller något som liknar ett personnummer. Skriv inte personuppgifter om brukare; använd en pseudonym eller rådets namn.")
            }
        }
    }
}
