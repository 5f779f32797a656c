/// The outcome of a decision on an issue.
package enum DecisionOutcome: String, Codable, Sendable, CaseIterable {
    case accepted = "accepted"
    case partiallyAccepted = "partially_accepted"
    case rejected = "rejected"

    /// Swedish label: "Bifall", "Delvis bifall", "Avslag".
    package var label: String {
        switch self {
        case .accepted: "Bifall"
        case .partiallyAccepted: "Delvis bifall"
        case .rejected: "Avslag"
        }
    }
}

/// A decision on an issue: always with a plain-language motivation and who decided.
package struct Decision: Equatable, Sendable {
    package var outcome: DecisionOutcome
    /// Why, in plain Swedish, so the council understands the answer.
    package var motivation: String
    /// A role or body, e.g. "Ledningsgruppen".
    package var decidedBy: String
    package var decidedOn: CalendarDate
}
