import Domain

/// The agenda for a council's next meeting, decided from the same facts as its digest: the feedback
/// owed to it first (each decision with its motivation, to be read aloud), then what waits for a
/// decision, what falls due before the meeting after, and the proposals from the last meeting that
/// have not become issues.
package struct CouncilAgenda: Sendable, Equatable {
    package var council: CouncilDigestFacts.CouncilFact
    package var meetingOn: CalendarDate
    /// An issue, named by the council's proposal in it.
    package struct Entry: Sendable, Equatable {
        package var issue: CouncilDigestFacts.IssueFact
        package var proposal: CouncilDigestFacts.ProposalFact
    }

    /// Issues owing the council feedback, the longest owed first.
    package var owed: [Entry]
    package var waiting: [Entry]
    /// Open issues whose planned date falls before the meeting after this one (or has passed).
    package var due: [Entry]
    /// Proposals from the last meeting (before `meetingOn`) that have not become issues.
    package var fromLastMeeting: [CouncilDigestFacts.ProposalFact]
    /// Older proposals that have not become issues either.
    package var olderWithoutIssue: [CouncilDigestFacts.ProposalFact]
    package var lastMeeting: CalendarDate?

    /// How far ahead "before the next meeting" looks when the council's rhythm is unknown.
    package static let defaultInterval = 60

    package static func make(_ facts: CouncilDigestFacts, meetingOn: CalendarDate) -> CouncilAgenda {
        let earlier = facts.meetings.filter { $0.heldOn < meetingOn }
        let last = earlier.last
        // The meeting after this one: as far ahead as the council's last interval, else two months.
        let interval =
            earlier.count >= 2
            ? max(14, earlier[earlier.count - 2].heldOn.days(until: earlier[earlier.count - 1].heldOn))
            : defaultInterval
        let horizon = meetingOn.adding(days: interval)
        var firstProposal: [IssueID: CouncilDigestFacts.ProposalFact] = [:]
        for proposal in facts.proposals {
            if let issue = proposal.issueId, firstProposal[issue] == nil { firstProposal[issue] = proposal }
        }
        var owed: [Entry] = []
        var waiting: [Entry] = []
        var due: [Entry] = []
        for issue in facts.issues {
            guard let proposal = firstProposal[issue.id] else { continue }
            if !issue.feedbackOwed.isEmpty { owed.append(Entry(issue: issue, proposal: proposal)) }
            switch issue.status {
            case .registered, .inPreparation, .reopened: waiting.append(Entry(issue: issue, proposal: proposal))
            default: break
            }
            if issue.status.canBeLate(outcome: issue.outcome), let date = issue.dueDate, date <= horizon {
                due.append(Entry(issue: issue, proposal: proposal))
            }
        }
        let withoutIssue = facts.proposals.filter { $0.issueId == nil && !$0.withdrawn }
        let fromLast = withoutIssue.filter { last != nil && $0.meetingId == last?.id }
        return CouncilAgenda(
            council: facts.council, meetingOn: meetingOn,
            owed: owed.sorted { (owedSince($0), $0.proposal.putForwardOn) < (owedSince($1), $1.proposal.putForwardOn) },
            waiting: waiting.sorted { $0.issue.registeredOn < $1.issue.registeredOn },
            due: due.sorted {
                ($0.issue.dueDate ?? meetingOn, $0.proposal.putForwardOn) < (
                    $1.issue.dueDate ?? meetingOn, $1.proposal.putForwardOn
                )
            },
            fromLastMeeting: fromLast,
            olderWithoutIssue: withoutIssue.filter { !fromLast.contains($0) }, lastMeeting: last?.heldOn)
    }

    private static func owedSince(_ entry: Entry) -> CalendarDate {
        entry.issue.feedbackOwed.map(\.owedSince).min() ?? entry.issue.registeredOn
    }
}
