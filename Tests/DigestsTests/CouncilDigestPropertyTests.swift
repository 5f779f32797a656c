import Digests
import Domain
import Foundation
import TestSupport
import Testing

/// Over generated histories: the digest's headline figures come from the items it tells (quiet exactly
/// when no item had an event in the month), a month is told as it stood at its end (nothing dated
/// later is told), and the closing list names every proposal of the last two years.
@Suite struct CouncilDigestPropertyTests {
    static let month = CalendarMonth("2026-11")!
    static let council = CouncilDigestFacts.CouncilFact(
        id: CouncilID(UUID(uuidString: "00000000-0000-0000-0000-000000000001")!), name: "Dialogmöten",
        unitId: UnitID(UUID(uuidString: "00000000-0000-0000-0000-000000000002")!), unitName: "Vuxenstöd",
        form: .dialogueMeeting)

    /// A history of a few proposals and issues, each issue a random way along its stages, every date
    /// from a window around the month (before it, in it, after it).
    static func history(_ random: inout SplitMix64) -> CouncilDigestFacts {
        let first = month.firstDay.adding(days: -90)
        let day = { (after: CalendarDate, random: inout SplitMix64) -> CalendarDate in
            after.adding(days: Int.random(in: 0...40, using: &random))
        }
        var proposals: [CouncilDigestFacts.ProposalFact] = []
        var issues: [CouncilDigestFacts.IssueFact] = []
        for n in 0..<Int.random(in: 0...6, using: &random) {
            let put = first.adding(days: Int.random(in: 0...150, using: &random))
            var proposal = CouncilDigestFacts.ProposalFact(
                id: ProposalID(UUID(uuidString: String(format: "00000000-0000-0000-0001-%012d", n))!),
                text: "Förslag \(n) som rådet lade fram med en lång text som inte ska kortas av i brevet",
                putForwardOn: put, meetingId: nil,
                withdrawn: Bool.random(using: &random) && Bool.random(using: &random),
                issueId: nil, linkedOn: nil)
            if !proposal.withdrawn, Int.random(in: 0..<4, using: &random) > 0 {
                // Into an issue of its own, or into the previous one.
                if let last = issues.last, Bool.random(using: &random), last.registeredOn >= put {
                    proposal.issueId = last.id
                    proposal.linkedOn = day(last.registeredOn, &random)
                } else {
                    let registered = day(put, &random)
                    proposal.issueId = IssueID(UUID(uuidString: String(format: "00000000-0000-0000-0002-%012d", n))!)
                    proposal.linkedOn = registered
                    issues.append(issue(proposal.issueId!, registered: registered, &random))
                }
            }
            proposals.append(proposal)
        }
        return CouncilDigestFacts(council: council, proposals: proposals, issues: issues, meetings: [])
    }

    static func issue(_ id: IssueID, registered: CalendarDate, _ random: inout SplitMix64)
        -> CouncilDigestFacts.IssueFact
    {
        let next = { (after: CalendarDate, random: inout SplitMix64) in
            after.adding(days: Int.random(in: 0...40, using: &random))
        }
        var issue = CouncilDigestFacts.IssueFact(
            id: id, title: "Ärende", status: .registered, outcome: nil, motivation: nil, decidedBy: nil,
            decidedOn: nil, owner: Bool.random(using: &random) ? "enhetschef" : nil,
            dueDate: Bool.random(using: &random) ? next(registered, &random) : nil, registeredOn: registered,
            implementedOn: nil, implementationSummary: nil, verifiedOn: nil, verificationNote: nil, withdrawnOn: nil,
            withdrawnReason: nil, feedbackOwed: [], findings: [], escalations: [])
        let stage = Int.random(in: 0...5, using: &random)
        if stage == 5 {
            issue.status = .withdrawn
            issue.withdrawnOn = next(registered, &random)
            issue.withdrawnReason = "Det behövs inte längre."
            return issue
        }
        if stage >= 1 {
            let decided = next(registered, &random)
            let outcome = DecisionOutcome.allCases.randomElement(using: &random)!
            issue.status = outcome == .rejected ? .decided : .inProgress
            issue.outcome = outcome
            issue.motivation = "Därför."
            issue.decidedBy = "enhetschef"
            issue.decidedOn = decided
            if Bool.random(using: &random) {
                issue.feedbackOwed.append(FeedbackDue(councilId: council.id, occasion: .decision, owedSince: decided))
            }
            if outcome != .rejected, stage >= 2 {
                let done = next(decided, &random)
                issue.status = .implemented
                issue.implementedOn = done
                issue.implementationSummary = "Gjort."
                if Bool.random(using: &random) {
                    issue.feedbackOwed.append(
                        FeedbackDue(councilId: council.id, occasion: .implementation, owedSince: done))
                }
                if stage >= 3 {
                    issue.status = .verified
                    issue.verifiedOn = next(done, &random)
                }
            }
        }
        return issue
    }

    /// The days on which something happened to an item, as its own facts tell them.
    static func days(of item: CouncilDigest.Item) -> [CalendarDate] {
        var days: [CalendarDate] = []
        for proposal in [item.proposal] + item.otherProposals {
            days.append(proposal.putForwardOn)
            if proposal.issueId != nil, let linked = proposal.linkedOn { days.append(linked) }
        }
        if let issue = item.issue {
            if issue.outcome != nil, let decided = issue.decidedOn { days.append(decided) }
            days += [issue.implementedOn, issue.verifiedOn].compactMap { $0 }
            if issue.status == .withdrawn, let withdrawn = issue.withdrawnOn { days.append(withdrawn) }
            days += item.escalations.map(\.on)
        }
        return days
    }

    @Test(arguments: 0..<400 as Range<UInt64>)
    func theHeadlineIsQuietExactlyWhenNoItemHadAnEventInTheMonth(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let facts = Self.history(&random)
        // Sent on time, or late: the month is told as it stood at its end either way.
        let sentOn = Self.month.next.firstDay.adding(days: Int.random(in: 0...60, using: &random))
        let digest = CouncilDigest.make(facts, month: Self.month, sentOn: sentOn)
        let eventful = digest.items.contains { item in Self.days(of: item).contains(where: Self.month.contains) }
        #expect(digest.monthFigures.isQuiet == !eventful, "seed \(seed)")
        #expect(
            digest.items.allSatisfy { $0.happened.isEmpty == !Self.days(of: $0).contains(where: Self.month.contains) })
        // Nothing after the month's end is told under its title.
        #expect(digest.asOf == Self.month.lastDay)
        for item in digest.items {
            #expect(Self.days(of: item).allSatisfy { $0 <= Self.month.lastDay }, "seed \(seed)")
            #expect(item.issue.map { $0.feedbackOwed.allSatisfy { $0.owedSince <= Self.month.lastDay } } ?? true)
        }
        // The closing list: every proposal put forward by the month's end, none later.
        let shown = Set(digest.overview.map(\.proposal.id))
        #expect(shown == Set(facts.proposals.filter { $0.putForwardOn <= Self.month.lastDay }.map(\.id)))
    }
}
