/// A tracked issue (ärende): everything projections and policies need to know about it.
public struct IssueState: Equatable, Sendable {
    public var unitId: UnitID
    public var title: String
    public var qualityArea: QualityArea?
    public var registeredOn: CalendarDate
    public var stage: IssueStage = .registered
    /// Sources in the order they were linked; the first opened the issue.
    public var sources: [IssueSource]
    public var owner: String?
    public var dueDate: CalendarDate?
    public var participationLevel: ParticipationLevel?
    public var participationReason: String?
    /// Every decision ever taken, oldest first (a reopened issue keeps its history).
    public var decisions: [Decision] = []
    /// Feedback still owed, in the order it arose.
    public var feedbackOwed: [FeedbackDue] = []
    /// Issues merged into this one.
    public var absorbed: [IssueID] = []

    public init(unitId: UnitID, title: String, source: IssueSource, qualityArea: QualityArea?, registeredOn: CalendarDate) {
        self.unitId = unitId
        self.title = title
        self.sources = [source]
        self.qualityArea = qualityArea
        self.registeredOn = registeredOn
    }

    public var status: IssueStatus { stage.status }
    /// The decision in force (nil before a decision and after reopening).
    public var decision: Decision? { stage.decision }
    public var outcome: DecisionOutcome? { decision?.outcome }
    public var motivation: String? { decision?.motivation }
    public var decidedBy: String? { decision?.decidedBy }
    public var mergedInto: IssueID? {
        if case .merged(let into) = stage { return into }
        return nil
    }

    /// The councils behind the issue: those whose proposals are among its sources.
    public var councils: [CouncilID] {
        var seen = Set<CouncilID>()
        return sources.compactMap(\.council).filter { seen.insert($0).inserted }
    }

    /// Whether feedback for this occasion is owed to the council.
    public func owesFeedback(to council: CouncilID, for occasion: FeedbackOccasion) -> FeedbackDue? {
        feedbackOwed.first { $0.councilId == council && $0.occasion == occasion }
    }
}
