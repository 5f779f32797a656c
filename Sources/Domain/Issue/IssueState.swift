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
    /// Since when the councils and revision groups behind the implemented issue are asked for a
    /// brukarkvittens; nil when nobody is asked (not implemented, or no such source).
    package var kvittensAskedSince: CalendarDate?
    /// The kvittens given since the issue was last implemented, oldest first.
    package var kvittens: [Kvittens] = []
    /// Why the issue was followed up without a kvittens, if it was ("uppföljt utan brukarkvittens").
    package var verifiedWithoutKvittens: String?
    /// Every correction (rättelse) of the issue's facts, oldest first: what the letters tell again.
    package var corrections: [IssueCorrection] = []

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

    /// Who is asked for a brukarkvittens once the issue is implemented: the councils behind its
    /// proposals and the revision groups behind its findings, in the order the sources were linked.
    package var kvittensParties: [KvittensParty] {
        var seen = Set<KvittensParty>()
        return sources.compactMap(\.kvittensParty).filter { seen.insert($0).inserted }
    }

    /// Those still asked for a kvittens: every party behind the issue that has not answered since it
    /// was implemented. Empty unless the issue is implemented and came from a proposal or a finding.
    package var kvittensAwaited: [KvittensParty] {
        guard kvittensAskedSince != nil else { return [] }
        return kvittensParties.filter { party in !kvittens.contains { $0.party == party } }
    }

    /// Whether feedback for this occasion is owed to the council.
    package func owesFeedback(to council: CouncilID, for occasion: FeedbackOccasion) -> FeedbackDue? {
        feedbackOwed.first { $0.councilId == council && $0.occasion == occasion }
    }
}
