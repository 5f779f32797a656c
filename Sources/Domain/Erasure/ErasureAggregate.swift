/// The rules of erasure for one record (stream `erasure-<the record's id>`): which of its fields may be
/// erased, that a reason is given, and that erasing again what is already gone changes nothing.
package enum ErasureAggregate: Aggregate {
    package typealias ID = ErasureID
    package typealias Command = RedactText
    package typealias Event = ErasureEvent

    /// The day each field was last erased.
    package struct State: Sendable, Equatable {
        package var erased: [String: CalendarDate] = [:]
    }

    package static let initialState = State()

    package static func decide(_ command: RedactText, _ state: State, _ context: DecisionContext) throws(DomainError)
        -> [ErasureEvent]
    {
        guard command.subject.fields.contains(command.field) else {
            throw DomainError(
                .unknownField,
                // The name as given is not repeated: it may be anything a caller sent.
                "I \(command.subject.definiteName) finns inget sådant fält med fritext. "
                    + "Fält som går att ta bort: \(command.subject.fields.joined(separator: ", ")).")
        }
        let reason = try Validation.text(command.reason, "Skälet", .text, code: .missingReason)
        try Validation.noPersonalData(reason, "Skälet")
        guard !command.rewrites.isEmpty || command.printedLetters > 0 else {
            // Nothing holds the text any more: erasing again is not an error, and not a new fact.
            if state.erased[command.field] != nil { return [] }
            throw DomainError(
                .nothingToErase,
                "Fältet \"\(command.field)\" i \(command.subject.definiteName) har ingen text att ta bort.")
        }
        return [
            .textRedacted(
                TextRedacted(
                    subject: command.subject, field: command.field, reason: reason, redactedOn: context.today,
                    rewrittenEvents: command.rewrites.sorted(), printedLetters: command.printedLetters))
        ]
    }

    package static func evolve(_ state: State, _ event: ErasureEvent) -> State {
        var state = state
        switch event {
        case .textRedacted(let e): state.erased[e.field] = e.redactedOn
        }
        return state
    }
}
