import Domain

/// What one council's monthly digest says, decided before any word is written: which of its
/// proposals and issues are told about, under which heading, and which owed feedback the digest gives
/// when it is delivered. Pure: a function of the facts, the month and the day it goes out.
///
/// An item is told when something happened in the month or something is still owed or open; an
/// issue closed long ago and already told is left out, so the letter stays short. A closing
/// ``overview`` names every proposal of the last two years with where it stands, told or not.
///
/// The month is told as it stood at its end (``CouncilDigestFacts/asOf(_:)``), also when the letter
/// goes out late; the headline's figures (``monthFigures``) are counted from the items' own
/// ``Item/happened``, so the opening and the sections can never disagree.
package struct CouncilDigest: Sendable, Equatable {
    /// The headings, in the order the letter has them: what the council is owed first.
    package enum Section: String, Sendable, CaseIterable, Comparable {
        /// Decisions the council has not been told, or that were taken in the month.
        case decided
        /// Carried out or followed up in the month, or carried out and not yet told.
        case done
        /// Decided and being carried out: the planned date, and whether it is late.
        case underWay
        /// Waiting for a decision, and for how long.
        case waiting
        /// Proposals that have not become issues yet.
        case notYetAnIssue

        package static func < (lhs: Self, rhs: Self) -> Bool {
            lhs.rank < rhs.rank
        }

        /// The place in the letter.
        private var rank: Int {
            switch self {
            case .decided: 0
            case .done: 1
            case .underWay: 2
            case .waiting: 3
            case .notYetAnIssue: 4
            }
        }
    }

    /// One proposal, or one issue with the council's proposals in it.
    package struct Item: Sendable, Equatable {
        package var section: Section
        /// The proposal that names the item: the council's first in the issue.
        package var proposal: CouncilDigestFacts.ProposalFact
        /// Its other proposals in the same issue.
        package var otherProposals: [CouncilDigestFacts.ProposalFact]
        package var issue: CouncilDigestFacts.IssueFact?
        /// The decision is told (with its motivation in full).
        package var tellsDecision: Bool
        /// The implementation or follow-up is told.
        package var tellsImplementation: Bool
        /// The proposal of the council's that became an issue, or joined this one, in the month.
        package var linkedThisMonth: CouncilDigestFacts.ProposalFact?
        /// Escalations to ledningen in the month.
        package var escalations: [PolicyEffectRecord]
        /// What happened to it in the month, each thing once per proposal or issue: what the headline counts.
        package var happened: [Happening] = []
        /// The day a decision should come by, counted from the registration (`policies.no_decision`),
        /// while the issue waits for one and nobody has set a date of its own.
        package var decisionDeadline: ComputedDate?
    }

    /// Something that happened to an item in the month.
    package enum Happening: String, Sendable, Equatable, CaseIterable {
        case putForward
        case becameIssue
        case decided
        case implemented
        case verified
        case withdrawn
        case escalated
    }

    /// One proposal in the closing list, and where it stands.
    package struct OverviewEntry: Sendable, Equatable {
        package var proposal: CouncilDigestFacts.ProposalFact
        package var state: ProposalState
    }

    /// Where a proposal stands, in the closing list.
    package enum ProposalState: Sendable, Equatable {
        /// The council took it back.
        case withdrawn
        /// Not in an issue yet.
        case notYetAnIssue
        /// In an issue that waits for a decision.
        case waiting
        /// Decided; for a yes, the work has not begun.
        case decided(DecisionOutcome, on: CalendarDate?)
        /// Decided and being carried out.
        case inProgress(due: CalendarDate?)
        case implemented(on: CalendarDate?)
        case verified(on: CalendarDate?)
        /// The issue was closed without a decision.
        case closedWithoutDecision(on: CalendarDate?)
        /// In an issue this council's facts do not hold (merged elsewhere).
        case elsewhere
    }

    package var council: CouncilDigestFacts.CouncilFact
    package var month: CalendarMonth
    /// The day the digest goes out.
    package var sentOn: CalendarDate
    /// The day the letter tells the state of: the month's last day, or today for a month not yet over.
    package var asOf: CalendarDate
    /// The day it should have gone out, when it goes out late.
    package var lateSince: CalendarDate?
    package var items: [Item]
    /// The feedback the digest gives once delivered: exactly the decisions and implementations it tells
    /// that were owed to the council.
    package var reports: [ReportedFeedback]
    /// Every proposal of the council's from the last ``overviewMonths`` months, oldest first, with where it stands.
    package var overview: [OverviewEntry] = []

    /// How far back the closing list reaches.
    package static let overviewMonths = 24

    /// Counts for the month, for the opening lines: counted from the items, so nothing is counted
    /// that the letter does not tell.
    package var monthFigures: MonthFigures { MonthFigures(items.flatMap(\.happened)) }

    package struct MonthFigures: Sendable, Equatable {
        package var proposalsPutForward = 0
        package var becameIssues = 0
        package var decisions = 0
        package var implemented = 0
        package var verified = 0
        package var withdrawn = 0
        package var escalated = 0

        init(_ happenings: [Happening]) {
            for happening in happenings {
                switch happening {
                case .putForward: proposalsPutForward += 1
                case .becameIssue: becameIssues += 1
                case .decided: decisions += 1
                case .implemented: implemented += 1
                case .verified: verified += 1
                case .withdrawn: withdrawn += 1
                case .escalated: escalated += 1
                }
            }
        }

        /// Nothing happened in the month: the headline says so.
        package var isQuiet: Bool {
            proposalsPutForward + becameIssues + decisions + implemented + verified + withdrawn + escalated == 0
        }
    }

    /// Brukarkvittens: an implemented issue the council is asked about ("Fungerar det som ni menade?"),
    /// or that it answered "inte kvitterat", which opened it again.
    package struct KvittensQuestion: Sendable, Equatable {
        /// The council's first proposal in the issue, which names it.
        package var proposal: CouncilDigestFacts.ProposalFact
        package var issue: CouncilDigestFacts.IssueFact
    }

    /// The implemented issues whose brukarkvittens the council is asked for, until it is recorded.
    package var kvittensAsked: [KvittensQuestion] = []
    /// The issues the council said do not work as they meant, in the month: opened again with their words.
    package var kvittensNotHeld: [KvittensQuestion] = []

    /// The facts corrected in the month that the council had been told before: told once, here.
    package var corrections: [CorrectionNotice] = []

    /// Items left out because the letter would have been too long to send.
    package var leftOut = 0

    /// The digest with only its first `count` items, and only their feedback reported: what a letter
    /// too long to send says instead.
    package func keepingFirst(_ count: Int) -> CouncilDigest {
        var kept = self
        kept.items = Array(items.prefix(max(0, count)))
        kept.leftOut = leftOut + items.count - kept.items.count
        let told = Set(kept.items.compactMap { $0.issue?.id })
        kept.reports = reports.filter { told.contains($0.issueId) }
        return kept
    }

    /// Whether the council has anything to hear about at all: a council without proposals gets no letter.
    package var isEmpty: Bool {
        items.isEmpty && kvittensAsked.isEmpty && kvittensNotHeld.isEmpty && corrections.isEmpty
    }

    /// - Parameter thresholds: when given, an issue waiting for a decision without a date of its own
    ///   gets the day it should be decided by (``Item/decisionDeadline``).
    package static func make(
        _ current: CouncilDigestFacts, month: CalendarMonth, sentOn: CalendarDate, lateSince: CalendarDate? = nil,
        thresholds: Thresholds? = nil
    ) -> CouncilDigest {
        // A month that has ended is told as it stood at its end, however late the letter goes out.
        let asOf = min(sentOn, month.lastDay)
        let facts = current.asOf(asOf)
        let issues = Dictionary(facts.issues.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var items: [Item] = []
        // The council's proposals by the issue they are in, in the order they were put forward.
        var order: [IssueID] = []
        var inIssue: [IssueID: [CouncilDigestFacts.ProposalFact]] = [:]
        for proposal in facts.proposals {
            guard let issueId = proposal.issueId, issues[issueId] != nil else {
                if !proposal.withdrawn, proposal.issueId == nil {
                    items.append(
                        Item(
                            section: .notYetAnIssue, proposal: proposal, otherProposals: [], issue: nil,
                            tellsDecision: false, tellsImplementation: false, linkedThisMonth: nil, escalations: []))
                }
                continue
            }
            if inIssue[issueId] == nil { order.append(issueId) }
            inIssue[issueId, default: []].append(proposal)
        }
        for issueId in order {
            guard let issue = issues[issueId], let proposals = inIssue[issueId], let first = proposals.first else {
                continue
            }
            let linked = proposals.first { $0.linkedOn.map(month.contains) ?? false }
            if var item = item(for: issue, proposal: first, linked: linked, month: month) {
                item.otherProposals = Array(proposals.dropFirst())
                items.append(item)
            }
        }
        for index in items.indices {
            items[index].happened = happenings(items[index], month: month)
            items[index].decisionDeadline = items[index].issue.flatMap { issue in
                issue.awaitsDecision && issue.dueDate == nil
                    ? thresholds?.decisionDeadline(registeredOn: issue.registeredOn) : nil
            }
        }
        items = items.enumerated().sorted { ($0.element.section, $0.offset) < ($1.element.section, $1.offset) }
            .map(\.element)
        var reports: [ReportedFeedback] = []
        for item in items {
            guard let issue = item.issue else { continue }
            if item.tellsDecision, let due = issue.owes(.decision) {
                reports.append(ReportedFeedback(issueId: issue.id, occasion: .decision, owedSince: due.owedSince))
            }
            if item.tellsImplementation, let due = issue.owes(.implementation) {
                reports.append(
                    ReportedFeedback(issueId: issue.id, occasion: .implementation, owedSince: due.owedSince))
            }
        }
        let since = asOf.adding(years: -(overviewMonths / 12))
        let recent = facts.proposals.enumerated().filter { since < $0.element.putForwardOn }
            .sorted { ($0.element.putForwardOn, $0.offset) < ($1.element.putForwardOn, $1.offset) }.map(\.element)
        let overview = recent.map { proposal in
            OverviewEntry(proposal: proposal, state: state(of: proposal, in: proposal.issueId.flatMap { issues[$0] }))
        }
        var digest = CouncilDigest(
            council: facts.council, month: month, sentOn: sentOn, asOf: asOf, lateSince: lateSince, items: items,
            reports: reports, overview: overview)
        let question = { (issue: CouncilDigestFacts.IssueFact) -> KvittensQuestion? in
            facts.proposals.first { $0.issueId == issue.id }.map { KvittensQuestion(proposal: $0, issue: issue) }
        }
        digest.kvittensAsked = facts.issues.filter { $0.kvittensAskedSince != nil }.compactMap(question)
        digest.kvittensNotHeld = facts.issues.filter { issue in
            issue.kvittensNotHeld.map { month.contains($0.givenOn) } ?? false
        }.compactMap(question)
        digest.corrections = correctionNotices(facts, month: month, asOf: asOf)
        return digest
    }

    /// What happened to an item in the month, from the same dates the sections tell.
    static func happenings(_ item: Item, month: CalendarMonth) -> [Happening] {
        let inMonth = { (day: CalendarDate?) in day.map(month.contains) ?? false }
        var happened: [Happening] = []
        for proposal in [item.proposal] + item.otherProposals {
            if inMonth(proposal.putForwardOn) { happened.append(.putForward) }
            if proposal.issueId != nil, inMonth(proposal.linkedOn) { happened.append(.becameIssue) }
        }
        guard let issue = item.issue else { return happened }
        if issue.outcome != nil, inMonth(issue.decidedOn) { happened.append(.decided) }
        if inMonth(issue.implementedOn) { happened.append(.implemented) }
        if inMonth(issue.verifiedOn) { happened.append(.verified) }
        if issue.status == .withdrawn, inMonth(issue.withdrawnOn) { happened.append(.withdrawn) }
        if !item.escalations.isEmpty { happened.append(.escalated) }
        return happened
    }

    /// Where a proposal stands, for the closing list.
    static func state(of proposal: CouncilDigestFacts.ProposalFact, in issue: CouncilDigestFacts.IssueFact?)
        -> ProposalState
    {
        guard proposal.issueId != nil else { return proposal.withdrawn ? .withdrawn : .notYetAnIssue }
        guard let issue else { return .elsewhere }
        switch issue.status {
        case .registered, .inPreparation, .reopened: return .waiting
        case .decided:
            guard let outcome = issue.outcome else { return .waiting }
            return .decided(outcome, on: issue.decidedOn)
        case .inProgress: return .inProgress(due: issue.dueDate)
        case .implemented: return .implemented(on: issue.implementedOn)
        case .verified: return .verified(on: issue.verifiedOn)
        case .withdrawn: return .closedWithoutDecision(on: issue.withdrawnOn)
        case .merged: return .elsewhere
        }
    }

    /// The item for an issue, or `nil` when there is nothing to tell: closed, told, and quiet all month.
    private static func item(
        for issue: CouncilDigestFacts.IssueFact, proposal: CouncilDigestFacts.ProposalFact,
        linked: CouncilDigestFacts.ProposalFact?, month: CalendarMonth
    ) -> Item? {
        let inMonth = { (day: CalendarDate?) in day.map(month.contains) ?? false }
        let carriedOut = issue.status == .implemented || issue.status == .verified
        let tellsImplementation =
            carriedOut
            && (issue.owes(.implementation) != nil || inMonth(issue.implementedOn) || inMonth(issue.verifiedOn))
        let tellsDecision = issue.outcome != nil && (issue.owes(.decision) != nil || inMonth(issue.decidedOn))
        let withdrawnInMonth = issue.status == .withdrawn && inMonth(issue.withdrawnOn)
        let escalations = issue.escalations.filter { month.contains($0.on) }
        let section: Section
        if tellsImplementation {
            section = .done
        } else if tellsDecision || withdrawnInMonth {
            section = .decided
        } else if !issue.isOpen {
            guard linked != nil || !escalations.isEmpty else { return nil }
            section = .decided
        } else {
            switch issue.status {
            case .registered, .inPreparation, .reopened: section = .waiting
            // Carried out, the follow-up still to come: told with what is done.
            case .implemented: section = .done
            default: section = .underWay
            }
        }
        return Item(
            section: section, proposal: proposal, otherProposals: [], issue: issue, tellsDecision: tellsDecision,
            tellsImplementation: tellsImplementation, linkedThisMonth: linked, escalations: escalations)
    }
}
