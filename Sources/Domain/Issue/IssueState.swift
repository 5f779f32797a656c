/// A tracked issue (ärende): everything projections and policies need to know about it.
package struct IssueState: Equatable, Sendable {
    package var unitId: UnitID
    package var title: String
    package var qualityArea: QualityArea?
    package var registeredOn: CalendarDate
    package var stage: IssueStage = .registered
    /// Sources in the order they were linked; the first opened the issue.
    package var sources: [IssueSource]
    package var owner: String?
    package var dueDate: CalendarDate?
    package var participationLevel: ParticipationLevel?
    package var participationReason: String?
    /// Every decision ever taken, oldest first (a reopened issue keeps its history).
    package var decisions: [Decision] = []
    /// Feedback still owed, in the order it arose.
    package var feedbackOwed: [FeedbackDue] = []
    /// Issues merged into this one.
    package var absorbed: [IssueID] = []

    package init(
        unitId: UnitID, title: String, source: IssueSource, qualityArea: QualityArea?, registeredOn: CalendarDate
    ) {
        self.unitId = unitId
        self.title = title
        self.sources = [source]
        self.qualityArea = qualityArea
        self.registeredOn = registeredOn
    }

    package var status: IssueStatus { stage.status }
    /// The decision in force (nil before a decision and after reopening).
    package var decision: Decision? { stage.decision }
    package var outcome: DecisionOutcome? { decision?.outcome }
    package var motivation: String? { decision?.motivation }
    package var decidedBy: String? { decision?.decidedBy }
    package var mergedInto: IssueID? {
        if case .merged(let into) = stage { return into }
        return nil
    }

    /// The councils behind the issue: those whose proposals are among its sources.
    package var councils: [CouncilID] {
        var seen = Set<CouncilID>()
        return sources.compactMap(\.council).filter { seen.insert($0).inserted }
    }

    /// Whether feedback for this occasion is owed to the council.
    package func owesFeedback(to council: CouncilID, for occasion: FeedbackOccasion) -> FeedbackDue? {
        feedbackOwed.first { $0.councilId == council && $0.occasion == occasion }
    }
}
