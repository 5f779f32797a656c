import Digests
import Domain
import Foundation
import Testing

/// The agenda as a brukarråd works through it: what it was told in writing since it last met comes
/// back to the meeting, each issue and proposal once, today's proposals as new ones.
@Suite struct CouncilAgendaTests {
    typealias Fixture = CouncilDigestTests

    static let meetings = [
        CouncilDigestFacts.MeetingFact(id: MeetingID(Fixture.uuid(201)), heldOn: CalendarDate("2026-09-01")!),
        CouncilDigestFacts.MeetingFact(id: MeetingID(Fixture.uuid(202)), heldOn: CalendarDate("2026-10-01")!),
        CouncilDigestFacts.MeetingFact(id: MeetingID(Fixture.uuid(203)), heldOn: CalendarDate("2026-11-05")!),
    ]

    static func given(_ issue: Int, _ occasion: FeedbackOccasion, _ channel: FeedbackChannel, on day: String)
        -> GivenFeedback
    {
        GivenFeedback(
            issueId: IssueID(Fixture.uuid(issue)), councilId: Fixture.council.id, occasion: occasion, channel: channel,
            givenOn: CalendarDate(day)!)
    }

    static func fromMeeting(_ n: Int, _ meeting: Int, issue: Int? = nil) -> CouncilDigestFacts.ProposalFact {
        var proposal = Fixture.proposal(n, issue: issue, on: meetings[meeting].heldOn.description)
        proposal.meetingId = meetings[meeting].id
        return proposal
    }

    /// A decision told by the digest after the last meeting: the digest cleared the feedback, and the
    /// agenda still brings it to the meeting, under its own point, with the day and the channel.
    @Test func feedbackGivenInWritingSinceTheLastMeetingComesToTheMeeting() {
        let facts = CouncilDigestFacts(
            council: Fixture.council,
            proposals: [
                Fixture.proposal(1, issue: 11), Fixture.proposal(2, issue: 12), Fixture.proposal(3, issue: 13),
            ],
            issues: [
                Fixture.issue(11, .decided, outcome: .rejected, decidedOn: "2026-10-10"),
                Fixture.issue(12, .inProgress, outcome: .accepted, decidedOn: "2026-09-10"),
                Fixture.issue(13, .decided, outcome: .accepted, decidedOn: "2026-08-10"),
            ], meetings: Array(Self.meetings.prefix(2)))
        let given = [
            Self.given(11, .decision, .digest, on: "2026-11-02"),
            // Told at the meeting of 1 October: heard already.
            Self.given(12, .decision, .meeting, on: "2026-10-01"),
            // By letter before the last meeting: that meeting heard it.
            Self.given(13, .decision, .letter, on: "2026-09-20"),
        ]
        let agenda = CouncilAgenda.make(facts, given: given, meetingOn: CalendarDate("2026-11-20")!)
        #expect(agenda.told.map(\.issue.id) == [IssueID(Fixture.uuid(11))])
        #expect(agenda.told.first?.toldInWriting.map(\.channel) == [.digest])
        #expect(agenda.owed.isEmpty)
        // Without the feedback the agenda would have nothing to say about it.
        let silent = CouncilAgenda.make(facts, meetingOn: CalendarDate("2026-11-20")!)
        #expect(silent.told.isEmpty)
    }

    /// An issue owed feedback, late and from the last meeting is on the agenda once; a second
    /// proposal in the same issue is not another item; today's proposals are new, not older ones.
    @Test func eachIssueAndProposalAppearsOnceAndTodaysProposalsAreNew() {
        let today = Self.meetings[2]
        var todays = Fixture.proposal(9, issue: nil, on: today.heldOn.description)
        todays.meetingId = today.id
        let facts = CouncilDigestFacts(
            council: Fixture.council,
            proposals: [
                Self.fromMeeting(1, 1, issue: 11), Self.fromMeeting(2, 1, issue: 11), Self.fromMeeting(3, 1),
                Self.fromMeeting(4, 1, issue: 14), Fixture.proposal(5, issue: nil, on: "2026-02-01"), todays,
            ],
            issues: [
                Fixture.issue(
                    11, .inProgress, outcome: .accepted, decidedOn: "2026-10-05", due: "2026-10-30", owed: [.decision]),
                Fixture.issue(14, .inPreparation),
            ], meetings: Self.meetings)
        let agenda = CouncilAgenda.make(facts, meetingOn: today.heldOn)
        #expect(agenda.lastMeeting == CalendarDate("2026-10-01"))
        #expect(agenda.owed.map(\.issue.id) == [IssueID(Fixture.uuid(11))])
        #expect(agenda.due.isEmpty)
        #expect(
            agenda.fromLastMeeting.map(\.proposal.id) == [Fixture.uuid(103), Fixture.uuid(104)].map(ProposalID.init))
        #expect(agenda.waiting.isEmpty)
        #expect(agenda.olderWithoutIssue.map(\.id) == [ProposalID(Fixture.uuid(105))])
        #expect(agenda.newProposals.map(\.id) == [todays.id])
        let issues =
            (agenda.told + agenda.owed + agenda.due + agenda.waiting).map(\.issue.id)
            + agenda.fromLastMeeting.compactMap(\.issue?.id)
        #expect(Set(issues).count == issues.count)
    }

    /// A follow-up and a withdrawal since the last meeting are answers the council hears at the meeting.
    @Test func followUpsSinceTheLastMeetingAreTold() {
        let facts = CouncilDigestFacts(
            council: Fixture.council, proposals: [Fixture.proposal(1, issue: 11), Fixture.proposal(2, issue: 12)],
            issues: [
                Fixture.issue(
                    11, .verified, outcome: .accepted, decidedOn: "2026-03-01", implementedOn: "2026-08-01",
                    verifiedOn: "2026-10-15"),
                Fixture.issue(
                    12, .verified, outcome: .accepted, decidedOn: "2026-03-01", implementedOn: "2026-08-01",
                    verifiedOn: "2026-09-15"),
            ], meetings: Array(Self.meetings.prefix(2)))
        let agenda = CouncilAgenda.make(facts, meetingOn: CalendarDate("2026-11-05")!)
        #expect(agenda.told.map(\.issue.id) == [IssueID(Fixture.uuid(11))])
        #expect(agenda.told.first?.followedUp == true)
    }
}
