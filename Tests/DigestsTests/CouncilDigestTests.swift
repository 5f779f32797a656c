import Digests
import Domain
import Foundation
import Testing

/// Which proposals and issues a council's digest tells, under which heading, and which owed feedback
/// it gives: pure, on hand-made facts.
@Suite struct CouncilDigestTests {
    static let council = CouncilDigestFacts.CouncilFact(
        id: CouncilID(UUID(uuidString: "00000000-0000-0000-0000-000000000001")!), name: "Brukarrådet",
        unitId: UnitID(UUID(uuidString: "00000000-0000-0000-0000-000000000002")!), unitName: "Vuxenstöd")
    static let november = CalendarMonth("2026-11")!
    static let sentOn = CalendarDate("2026-12-01")!

    static func proposal(_ n: Int, issue: Int?, on day: String = "2026-01-10", linked: String? = "2026-01-12")
        -> CouncilDigestFacts.ProposalFact
    {
        CouncilDigestFacts.ProposalFact(
            id: ProposalID(uuid(100 + n)), text: "Förslag \(n). Mer text.", putForwardOn: CalendarDate(day)!,
            meetingId: nil, withdrawn: false, issueId: issue.map { IssueID(uuid($0)) },
            linkedOn: issue == nil ? nil : linked.flatMap(CalendarDate.init))
    }

    static func issue(
        _ n: Int, _ status: IssueStatus, outcome: DecisionOutcome? = nil, decidedOn: String? = nil,
        implementedOn: String? = nil, verifiedOn: String? = nil, due: String? = nil, owed: [FeedbackOccasion] = []
    ) -> CouncilDigestFacts.IssueFact {
        CouncilDigestFacts.IssueFact(
            id: IssueID(uuid(n)), title: "Ärende \(n)", status: status, outcome: outcome,
            motivation: outcome == nil ? nil : "Därför.", decidedBy: outcome == nil ? nil : "Nämnden",
            decidedOn: decidedOn.flatMap(CalendarDate.init), owner: "Enhetschef",
            dueDate: due.flatMap(CalendarDate.init),
            registeredOn: CalendarDate("2026-01-12")!, implementedOn: implementedOn.flatMap(CalendarDate.init),
            implementationSummary: nil, verifiedOn: verifiedOn.flatMap(CalendarDate.init), verificationNote: nil,
            withdrawnOn: nil, withdrawnReason: nil,
            feedbackOwed: owed.map {
                FeedbackDue(councilId: council.id, occasion: $0, owedSince: CalendarDate("2026-03-01")!)
            }, findings: [], escalations: [])
    }

    static func uuid(_ n: Int) -> UUID {
        UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))!
    }

    @Test func sectionsFollowWhatIsOwedAndWhatHappened() {
        let facts = CouncilDigestFacts(
            council: Self.council,
            proposals: [
                Self.proposal(1, issue: 11), Self.proposal(2, issue: 12), Self.proposal(3, issue: 13),
                Self.proposal(4, issue: 14), Self.proposal(5, issue: 15), Self.proposal(6, issue: nil),
                Self.proposal(7, issue: 11),
            ],
            issues: [
                // Decided long ago, the council never told: Beslut, and its feedback is reported.
                Self.issue(
                    11, .inProgress, outcome: .accepted, decidedOn: "2026-03-01", due: "2026-10-31", owed: [.decision]),
                // Closed and told long ago: left out.
                Self.issue(
                    12, .verified, outcome: .accepted, decidedOn: "2026-02-01", implementedOn: "2026-04-01",
                    verifiedOn: "2026-05-01"),
                // Carried out in the month: Klart, not owed (told at a meeting already).
                Self.issue(13, .implemented, outcome: .accepted, decidedOn: "2026-02-01", implementedOn: "2026-11-20"),
                Self.issue(14, .inPreparation),
                Self.issue(15, .inProgress, outcome: .partiallyAccepted, decidedOn: "2026-02-01", due: "2027-02-01"),
            ], meetings: [])
        let digest = CouncilDigest.make(facts, month: Self.november, sentOn: Self.sentOn)
        let sections = Dictionary(
            digest.items.compactMap { item in item.issue.map { ($0.id, item.section) } },
            uniquingKeysWith: { first, _ in first })
        #expect(sections[IssueID(Self.uuid(11))] == .decided)
        #expect(sections[IssueID(Self.uuid(12))] == nil)
        #expect(sections[IssueID(Self.uuid(13))] == .done)
        #expect(sections[IssueID(Self.uuid(14))] == .waiting)
        #expect(sections[IssueID(Self.uuid(15))] == .underWay)
        #expect(digest.items.map(\.section) == digest.items.map(\.section).sorted())
        #expect(digest.items.last?.section == .notYetAnIssue)
        // Two proposals in one issue: one item, named by the first.
        let first = digest.items.first { $0.issue?.id == IssueID(Self.uuid(11)) }
        #expect(first?.proposal.id == ProposalID(Self.uuid(101)) && first?.otherProposals.count == 1)
        #expect(
            digest.reports == [
                ReportedFeedback(
                    issueId: IssueID(Self.uuid(11)), occasion: .decision, owedSince: CalendarDate("2026-03-01")!)
            ])
        #expect(digest.monthFigures.implemented == 1 && digest.monthFigures.decisions == 0)
    }

    @Test func aProposalThatJoinedAClosedIssueThisMonthIsTold() {
        let facts = CouncilDigestFacts(
            council: Self.council,
            proposals: [
                Self.proposal(1, issue: 11), Self.proposal(2, issue: 11, on: "2026-11-02", linked: "2026-11-05"),
            ],
            issues: [
                Self.issue(
                    11, .verified, outcome: .accepted, decidedOn: "2026-02-01", implementedOn: "2026-04-01",
                    verifiedOn: "2026-05-01")
            ], meetings: [])
        let digest = CouncilDigest.make(facts, month: Self.november, sentOn: Self.sentOn)
        let item = try? #require(digest.items.first)
        #expect(item?.linkedThisMonth?.id == ProposalID(Self.uuid(102)))
        #expect(item?.proposal.id == ProposalID(Self.uuid(101)) && item?.otherProposals.count == 1)
        #expect(digest.monthFigures.becameIssues == 1 && digest.monthFigures.proposalsPutForward == 1)
    }

    @Test func digestsAreSentForEndedMonthsOfTheLastYearAndPreviewedUpToThisOne() {
        let today = CalendarDate("2026-12-01")!
        #expect(throws: Never.self) { try DigestPeriod.check(CalendarMonth("2026-11")!, today: today, sending: true) }
        #expect(throws: Never.self) { try DigestPeriod.check(CalendarMonth("2025-12")!, today: today, sending: true) }
        #expect(throws: Never.self) { try DigestPeriod.check(CalendarMonth("2026-12")!, today: today, sending: false) }
        #expect(throws: Never.self) { try DigestPeriod.check(CalendarMonth("0001-01")!, today: today, sending: false) }
        for (month, sending) in [("2026-12", true), ("2027-01", false), ("2025-11", true), ("9999-12", false)] {
            #expect(throws: DomainError.self, "\(month)") {
                try DigestPeriod.check(CalendarMonth(month)!, today: today, sending: sending)
            }
        }
    }

    @Test func aCouncilWithoutProposalsGetsNoDigest() {
        let digest = CouncilDigest.make(
            CouncilDigestFacts(council: Self.council, proposals: [], issues: [], meetings: []), month: Self.november,
            sentOn: Self.sentOn)
        #expect(digest.isEmpty)
    }

    @Test func anImplementationIsReportedOnlyWhenTold() {
        let facts = CouncilDigestFacts(
            council: Self.council, proposals: [Self.proposal(1, issue: 11)],
            issues: [
                Self.issue(
                    11, .implemented, outcome: .accepted, decidedOn: "2026-02-01", implementedOn: "2026-06-01",
                    owed: [.implementation])
            ], meetings: [])
        let digest = CouncilDigest.make(facts, month: Self.november, sentOn: Self.sentOn)
        #expect(digest.items.first?.section == .done && digest.items.first?.tellsImplementation == true)
        #expect(digest.reports.map(\.occasion) == [.implementation])
    }

    @Test func theAgendaPutsOwedFeedbackFirstAndLooksToTheNextMeeting() {
        let meetings = [
            CouncilDigestFacts.MeetingFact(id: MeetingID(Self.uuid(201)), heldOn: CalendarDate("2026-09-01")!),
            CouncilDigestFacts.MeetingFact(id: MeetingID(Self.uuid(202)), heldOn: CalendarDate("2026-10-01")!),
        ]
        var fromMeeting = Self.proposal(6, issue: nil, on: "2026-10-01")
        fromMeeting.meetingId = meetings[1].id
        let facts = CouncilDigestFacts(
            council: Self.council, proposals: [Self.proposal(1, issue: 11), Self.proposal(2, issue: 12), fromMeeting],
            issues: [
                Self.issue(
                    11, .inProgress, outcome: .accepted, decidedOn: "2026-03-01", due: "2026-11-15", owed: [.decision]),
                Self.issue(12, .inProgress, outcome: .accepted, decidedOn: "2026-03-01", due: "2027-06-01"),
            ], meetings: meetings)
        let agenda = CouncilAgenda.make(facts, meetingOn: CalendarDate("2026-11-05")!)
        #expect(agenda.owed.map(\.issue.id) == [IssueID(Self.uuid(11))])
        // Issue 11 appears once, under the feedback owed; 12 falls due after the next meeting (the council
        // meets every 30 days, so the 5th of December).
        #expect(agenda.due.isEmpty)
        #expect(agenda.fromLastMeeting.map(\.proposal.id) == [fromMeeting.id])
        #expect(agenda.lastMeeting == CalendarDate("2026-10-01"))
    }

    @Test func monthsParseAndStep() {
        #expect(CalendarMonth("2026-11")?.description == "2026-11")
        #expect(CalendarMonth("2026-13") == nil && CalendarMonth("26-11") == nil && CalendarMonth("2026-1") == nil)
        #expect(CalendarMonth("2026-01")!.previous == CalendarMonth("2025-12"))
        #expect(CalendarMonth("2026-12")!.next == CalendarMonth("2027-01"))
        #expect(CalendarMonth("2024-02")!.lastDay == CalendarDate("2024-02-29"))
        #expect(CalendarMonth("2026-02")!.day(31) == CalendarDate("2026-02-28"))
    }
}
