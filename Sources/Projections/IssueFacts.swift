import Domain
import Foundation

/// What the statistics and digests need beyond an issue's current state: when it was first decided and
/// first implemented, when feedback was first given after a decision, and the texts of its
/// implementation, follow-up and withdrawal.
struct IssueFacts: Sendable, Equatable {
    var firstDecidedOn: CalendarDate?
    var implementedOn: CalendarDate?
    var firstFeedbackOn: CalendarDate?
    /// The latest implementation's summary, follow-up and withdrawal, for the digests.
    var implementationSummary: String?
    var verifiedOn: CalendarDate?
    var verificationNote: String?
    var withdrawnOn: CalendarDate?
    var withdrawnReason: String?

    mutating func record(_ event: IssueEvent) {
        switch event {
        case .decided(let e): firstDecidedOn = firstDecidedOn ?? e.decidedOn
        case .implemented(let e):
            implementedOn = implementedOn ?? e.implementedOn
            implementationSummary = e.summary
        case .verified(let e):
            verifiedOn = e.verifiedOn
            verificationNote = e.note
        case .verifiedWithoutKvittens(let e):
            verifiedOn = e.verifiedOn
            verificationNote = e.note
        case .withdrawn(let e):
            withdrawnOn = e.withdrawnOn
            withdrawnReason = e.reason
        case .kvittensRecorded(let e) where e.verdict == .doesNotHold:
            closeCourse()
        case .reopened:
            closeCourse()
        case .feedbackGiven(let e) where e.occasion == .decision: firstFeedbackOn = firstFeedbackOn ?? e.givenOn
        default: break
        }
    }

    /// What was done and followed up before a reopening belongs to the closed course, not the new one.
    private mutating func closeCourse() {
        implementationSummary = nil
        verifiedOn = nil
        verificationNote = nil
        withdrawnOn = nil
        withdrawnReason = nil
    }
}
