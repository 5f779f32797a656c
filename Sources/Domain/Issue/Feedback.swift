/// What feedback (återkoppling) is owed for: a decision or an implementation.
package enum FeedbackOccasion: String, Codable, Sendable, CaseIterable {
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
package enum FeedbackChannel: String, Codable, Sendable, CaseIterable {
    case meeting = "meeting"
    case letter = "letter"
    case digest = "digest"
}

/// Feedback owed to one council for one occasion, since a date (for reminders and escalation).
package struct FeedbackDue: Hashable, Sendable, Codable {
    package var councilId: CouncilID
    package var occasion: FeedbackOccasion
    package var owedSince: CalendarDate

    package init(councilId: CouncilID, occasion: FeedbackOccasion, owedSince: CalendarDate) {
        self.councilId = councilId
        self.occasion = occasion
        self.owedSince = owedSince
    }
}
