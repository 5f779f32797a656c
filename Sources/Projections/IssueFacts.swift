import Domain
import Foundation

/// What the statistics need beyond an issue's current state: when it was first decided and first
/// implemented, and when feedback was first given after a decision.
struct IssueFacts: Sendable, Equatable {
    var firstDecidedOn: CalendarDate?
    var implementedOn: CalendarDate?
    var firstFeedbackOn: CalendarDate?

    mutating func record(_ event: IssueEvent) {
        switch event {
        case .decided(let e): firstDecidedOn = firstDecidedOn ?? e.decidedOn
        case .implemented(let e): implementedOn = implementedOn ?? e.implementedOn
        case .feedbackGiven(let e) where e.occasion == .decision: firstFeedbackOn = firstFeedbackOn ?? e.givenOn
        default: break
        }
    }
}
