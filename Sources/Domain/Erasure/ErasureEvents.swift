/// A field of free text was erased: from the record's own events, from the copies in issues, letters
/// and digests, and from printed letters. It names what and why — never the text.
///
/// `rewrittenEvents` are the log positions (sequence numbers) whose data was rewritten in the same
/// transaction; the store's owner function rewrites only events listed by such an event, so the log's
/// one exception to "append only" is itself in the log.
package struct TextRedacted: EventPayload {
    package static let eventType = "TextRedacted"
    package static let schemaVersion = 1
    package var subject: ErasureSubject
    package var field: String
    package var reason: String
    package var redactedOn: CalendarDate
    package var rewrittenEvents: [Int64]
    /// Printed letters (files) the text was removed from.
    package var printedLetters: Int

    package init(
        subject: ErasureSubject, field: String, reason: String, redactedOn: CalendarDate, rewrittenEvents: [Int64],
        printedLetters: Int
    ) {
        self.subject = subject
        self.field = field
        self.reason = reason
        self.redactedOn = redactedOn
        self.rewrittenEvents = rewrittenEvents
        self.printedLetters = printedLetters
    }
}

/// Everything that can happen to a record's erasure trail.
package enum ErasureEvent: Equatable, Sendable {
    case textRedacted(TextRedacted)

    package var payload: any EventPayload {
        switch self {
        case .textRedacted(let p): p
        }
    }
}

/// Erase `field` of the record: `rewrites` are the events the caller found holding the text (their
/// sequence numbers), `printedLetters` the files it cleaned. The text itself never reaches the domain.
package struct RedactText: Equatable, Sendable {
    package var subject: ErasureSubject
    package var field: String
    package var reason: String
    package var rewrites: [Int64]
    package var printedLetters: Int

    package init(subject: ErasureSubject, field: String, reason: String, rewrites: [Int64], printedLetters: Int) {
        self.subject = subject
        self.field = field
        self.reason = reason
        self.rewrites = rewrites
        self.printedLetters = printedLetters
    }
}
