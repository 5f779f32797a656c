import Domain

/// Feedback a council was given on one issue: how (at a meeting, by letter, by the monthly digest)
/// and on which day. What the agenda reads to tell, at the meeting, what the council was only told in
/// writing since it last met.
package struct GivenFeedback: Sendable, Equatable {
    package var issueId: IssueID
    package var councilId: CouncilID
    package var occasion: FeedbackOccasion
    package var channel: FeedbackChannel
    package var givenOn: CalendarDate

    package init(
        issueId: IssueID, councilId: CouncilID, occasion: FeedbackOccasion, channel: FeedbackChannel,
        givenOn: CalendarDate
    ) {
        self.issueId = issueId
        self.councilId = councilId
        self.occasion = occasion
        self.channel = channel
        self.givenOn = givenOn
    }

    /// Given in writing (a letter or the digest), not where the council meets.
    package var inWriting: Bool { channel != .meeting }
}
