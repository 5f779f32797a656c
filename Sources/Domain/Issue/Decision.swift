/// The outcome of a decision on an issue.
public enum DecisionOutcome: String, Codable, Sendable, CaseIterable {
    case accepted = "accepted"
    case partiallyAccepted = "partially_accepted"
    case rejected = "rejected"

    /// Swedish label: "Bifall", "Delvis bifall", "Avslag".
    public var label: String {
        switch self {
        case .accepted: "Bifall"
        case .partiallyAccepted: "Delvis bifall"
        case .rejected: "Avslag"
        }
    }
}

/// A decision on an issue: always with a plain-language motivation and who decided.
public struct Decision: Equatable, Sendable {
    public var outcome: DecisionOutcome
    /// Why, in plain Swedish, so the council understands the answer.
    public var motivation: String
    /// A role or body, e.g. "Ledningsgruppen".
    public var decidedBy: String
    public var decidedOn: CalendarDate
}
