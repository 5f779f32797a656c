import Domain

/// The agenda for a council's meeting, as a brukarråd works through one: the opening; what it was
/// told in writing since its last meeting (a letter or the digest gave that feedback, but the council
/// has not heard it where it meets) and what was followed up or withdrawn since; the feedback still
/// owed; what falls due before the next meeting; the proposals from the last meeting; the older ones
/// still waiting; new proposals; other matters; the next meeting.
///
/// Each issue and each proposal appears once, in the first point it belongs to.
package struct CouncilAgenda: Sendable, Equatable {
    package var council: CouncilDigestFacts.CouncilFact
    package var meetingOn: CalendarDate
    package var lastMeeting: CalendarDate?

    /// An issue, named by the council's first proposal in it.
    package struct Entry: Sendable, Equatable {
        package var issue: CouncilDigestFacts.IssueFact
        package var proposal: CouncilDigestFacts.ProposalFact
        /// The feedback given in writing since the last meeting, oldest first.
        package var toldInWriting: [GivenFeedback] = []
        /// Followed up since the last meeting.
        package var followedUp = false
        /// Withdrawn since the last meeting.
        package var withdrawn = false
        /// The council's other proposals in the same issue, told of here rather than as items of their own.
        package var alsoIn: [CouncilDigestFacts.ProposalFact] = []
    }

    /// A proposal, and the issue it went into if it did.
    package struct ProposalEntry: Sendable, Equatable {
        package var proposal: CouncilDigestFacts.ProposalFact
        package var issue: CouncilDigestFacts.IssueFact?
        /// The council's other proposals in the same issue.
        package var alsoIn: [CouncilDigestFacts.ProposalFact] = []
    }

    /// What the council was told since the last meeting: in writing, a follow-up, a withdrawal.
    package var told: [Entry]
    /// Issues still owing the council feedback, the longest owed first.
    package var owed: [Entry]
    /// Open issues whose planned date falls before the meeting after this one (or has passed).
    package var due: [Entry]
    /// Proposals from the last meeting (before `meetingOn`) not told of above.
    package var fromLastMeeting: [ProposalEntry]
    /// Issues that wait for a decision, not told of above.
    package var waiting: [Entry]
    /// Older proposals that have not become issues.
    package var olderWithoutIssue: [CouncilDigestFacts.ProposalFact]
    /// Proposals put forward on the meeting's day.
    package var newProposals: [CouncilDigestFacts.ProposalFact]
    /// Implemented issues whose brukarkvittens the council is asked for ("Fungerar det som ni menade?"),
    /// not told of above; with any feedback they still owe, the longest asked first.
    package var kvittens: [Entry] = []

    /// How far ahead "before the next meeting" looks when the council's rhythm is unknown.
    package static let defaultInterval = 60

    /// The agenda for the meeting on `meetingOn`, from the council's facts and the feedback it was given.
    package static func make(_ facts: CouncilDigestFacts, given: [GivenFeedback] = [], meetingOn: CalendarDate)
        -> CouncilAgenda
    {
        let earlier = facts.meetings.filter { $0.heldOn < meetingOn }
        let last = earlier.last
        let since = last?.heldOn
        // The meeting after this one: as far ahead as the council's last interval, else two months.
        let interval =
            earlier.count >= 2
            ? max(14, earlier[earlier.count - 2].heldOn.days(until: earlier[earlier.count - 1].heldOn))
            : defaultInterval
        let horizon = meetingOn.adding(days: interval)
        func sinceLastMeeting(_ day: CalendarDate?) -> Bool {
            guard let day, day <= meetingOn else { return false }
            return since.map { day > $0 } ?? true
        }
        var firstProposal: [IssueID: CouncilDigestFacts.ProposalFact] = [:]
        for proposal in facts.proposals {
            if let issue = proposal.issueId, firstProposal[issue] == nil { firstProposal[issue] = proposal }
        }
        var listed = Set<IssueID>()
        var told: [Entry] = []
        var owed: [Entry] = []
        var due: [Entry] = []
        var waiting: [Entry] = []
        var kvittens: [Entry] = []
        for issue in facts.issues {
            guard let proposal = firstProposal[issue.id] else { continue }
            var entry = Entry(issue: issue, proposal: proposal)
            entry.alsoIn = facts.proposals.filter { $0.issueId == issue.id && $0.id != proposal.id && !$0.withdrawn }
            let written = given.filter { (feedback: GivenFeedback) -> Bool in
                feedback.issueId == issue.id && feedback.councilId == facts.council.id && feedback.inWriting
            }
            entry.toldInWriting = written.filter { sinceLastMeeting($0.givenOn) }.sorted { left, right in
                (left.givenOn, left.occasion.rawValue) < (right.givenOn, right.occasion.rawValue)
            }
            entry.followedUp = issue.status == .verified && sinceLastMeeting(issue.verifiedOn)
            entry.withdrawn = issue.status == .withdrawn && sinceLastMeeting(issue.withdrawnOn)
            if !entry.toldInWriting.isEmpty || entry.followedUp || entry.withdrawn {
                told.append(entry)
            } else if let asked = issue.kvittensAskedSince, asked <= meetingOn {
                kvittens.append(entry)
            } else if !issue.feedbackOwed.isEmpty {
                owed.append(entry)
            } else if issue.status.canBeLate(outcome: issue.outcome), let date = issue.dueDate, date <= horizon {
                due.append(entry)
            } else {
                // Waiting for a decision: under the last meeting's proposals if it was one of them.
                switch issue.status {
                case .registered, .inPreparation, .reopened: waiting.append(entry)
                default: break
                }
                continue
            }
            listed.insert(issue.id)
        }
        let isToday: (CouncilDigestFacts.ProposalFact) -> Bool = { proposal in
            proposal.putForwardOn == meetingOn
                || facts.meetings.contains { $0.id == proposal.meetingId && $0.heldOn == meetingOn }
        }
        let newProposals = facts.proposals.filter(isToday)
        let issues = Dictionary(facts.issues.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var fromLast: [ProposalEntry] = []
        for proposal in facts.proposals where last != nil && proposal.meetingId == last?.id && !isToday(proposal) {
            guard !proposal.withdrawn else { continue }
            if let id = proposal.issueId {
                // Told of above, or a second proposal in an issue already named here.
                guard !listed.contains(id) else { continue }
                listed.insert(id)
                var entry = ProposalEntry(proposal: proposal, issue: issues[id])
                entry.alsoIn = facts.proposals.filter { $0.issueId == id && $0.id != proposal.id && !$0.withdrawn }
                fromLast.append(entry)
            } else {
                fromLast.append(ProposalEntry(proposal: proposal, issue: nil))
            }
        }
        let older = facts.proposals.filter {
            $0.issueId == nil && !$0.withdrawn && !isToday($0) && !(last != nil && $0.meetingId == last?.id)
        }
        var agenda = CouncilAgenda(
            council: facts.council, meetingOn: meetingOn, lastMeeting: since,
            told: told.sorted { (toldOn($0), $0.proposal.putForwardOn) < (toldOn($1), $1.proposal.putForwardOn) },
            owed: owed.sorted { (owedSince($0), $0.proposal.putForwardOn) < (owedSince($1), $1.proposal.putForwardOn) },
            due: due.sorted {
                ($0.issue.dueDate ?? meetingOn, $0.proposal.putForwardOn) < (
                    $1.issue.dueDate ?? meetingOn, $1.proposal.putForwardOn
                )
            },
            fromLastMeeting: fromLast,
            waiting: waiting.filter { entry in !fromLast.contains { $0.issue?.id == entry.issue.id } }
                .sorted { $0.issue.registeredOn < $1.issue.registeredOn },
            olderWithoutIssue: older, newProposals: newProposals)
        agenda.kvittens = kvittens.sorted {
            ($0.issue.kvittensAskedSince ?? meetingOn, $0.proposal.putForwardOn) < (
                $1.issue.kvittensAskedSince ?? meetingOn, $1.proposal.putForwardOn
            )
        }
        return agenda
    }

    /// The first day the council was told something since the last meeting.
    private static func toldOn(_ entry: Entry) -> CalendarDate {
        var days: [CalendarDate] = entry.toldInWriting.map { $0.givenOn }
        if entry.followedUp, let day = entry.issue.verifiedOn { days.append(day) }
        if entry.withdrawn, let day = entry.issue.withdrawnOn { days.append(day) }
        return days.min() ?? entry.issue.registeredOn
    }

    private static func owedSince(_ entry: Entry) -> CalendarDate {
        entry.issue.feedbackOwed.map(\.owedSince).min() ?? entry.issue.registeredOn
    }
}
