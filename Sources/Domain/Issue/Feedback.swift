/// What feedback (återkoppling) is owed for: a decision or an implementation.
public enum FeedbackOccasion: String, Codable, Sendable, CaseIterable {
    case decision = "decision"
    case implementation = "implementation"

    var label: String {
        switch self {
        case .decision: "beslutet"
        case .implementation: "genomförandet"
        }
    }
}

/// How feedback reached the council.
public enum FeedbackChannel: String, Codable, Sendable, CaseIterable {
    case meeting = "meeting"
    case letter = "letter"
    case digest = "digest"
}

/// Feedback owed to one council for one occasion, since a date (for reminders and escalation).
public struct FeedbackDue: Hashable, Sendable, Codable {
    public var councilId: CouncilID
    public var occasion: FeedbackOccasion
    public var owedSince: CalendarDate

    public init(councilId: CouncilID, occasion: FeedbackOccasion, owedSince: CalendarDate) {
        self.councilId = councilId
        self.occasion = occasion
        self.owedSince = owedSince
    }
}
