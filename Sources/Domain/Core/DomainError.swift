/// A command refused by a rule of the domain.
///
/// `code` is for programs (CLI exit status, Varlink error parameters); `message` is for people: plain
/// Swedish saying what is wrong and what is possible from here.
package struct DomainError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Machine-readable reason, stable across versions.
    package enum Code: String, Sendable, Codable, CaseIterable {
        case alreadyExists = "already_exists"
        case notFound = "not_found"
        case transitionNotAllowed = "transition_not_allowed"
        case blankText = "blank_text"
        case missingMotivation = "missing_motivation"
        case missingDecider = "missing_decider"
        case missingReason = "missing_reason"
        case dueDateBeforeRegistration = "due_date_before_registration"
        case dueDateBeforeDecision = "due_date_before_decision"
        case dateInFuture = "date_in_future"
        case dateTooEarly = "date_too_early"
        case feedbackNotOwed = "feedback_not_owed"
        case duplicate = "duplicate"
        case invalidNumber = "invalid_number"
        case invalidPeriod = "invalid_period"
        case personalDataSuspected = "personal_data_suspected"
        case unchanged = "unchanged"
        case mergeIntoItself = "merge_into_itself"
        case sourceNotAllowed = "source_not_allowed"
        case outcomeNotAllowed = "outcome_not_allowed"
        case incomplete = "incomplete"
        /// A text holds a control character (such as NUL) that cannot be stored or shown.
        case invalidCharacters = "invalid_characters"
        /// A text is longer than ``DomainLimits`` allows.
        case textTooLong = "text_too_long"
        /// A recipient key whose id is not a UUID, or whose title cannot be one.
        case invalidRecipient = "invalid_recipient"
        /// Follow-up of an issue whose council or revision group has not said that the change works.
        case kvittensMissing = "kvittens_missing"
        /// A kvittens from someone the issue does not wait for (not behind it, or already answered).
        case kvittensNotAwaited = "kvittens_not_awaited"
        /// An erasure named a field its record does not have.
        case unknownField = "unknown_field"
        /// An erasure found no text in the field, and it was never erased either.
        case nothingToErase = "nothing_to_erase"
        /// A correction (rättelse) the record's stage does not allow, e.g. a decision after the work began.
        case correctionNotAllowed = "correction_not_allowed"
        /// A correction of a fact that was never recorded (no owner, no due date yet): set it instead.
        case nothingToCorrect = "nothing_to_correct"
        /// A value written as text (an imported row's quality area or date) that means nothing.
        case invalidValue = "invalid_value"
    }

    package let code: Code
    package let message: String

    package init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    package var description: String { "\(code.rawValue): \(message)" }
}
