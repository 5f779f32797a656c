import Domain

/// What one council's static status page tells, decided before any word is written: every proposal the
/// council put forward in the last ``CouncilDigest/overviewMonths`` months, grouped as the digest groups
/// them (one entry per issue, the council's first proposal naming it), each under the heading of where it
/// stands now. Pure: a function of the facts and the day.
///
/// Unlike the digest it is not about a month: every decision is told with its motivation, every
/// implementation and follow-up with its summary, whenever they happened. Feedback owed and escalations
/// are the letters' business, not the page's: they are left out.
package struct CouncilStatusPage: Sendable, Equatable {
    /// Where an entry stands now: the digest's headings, plus proposals the council took back or that went
    /// into an issue of another council's.
    package enum Section: String, Sendable, CaseIterable, Comparable {
        case underWay
        case decided
        case waiting
        case notYetAnIssue
        case done
        case other

        package static func < (lhs: Self, rhs: Self) -> Bool {
            (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
        }

        /// The digest's heading for the same state, where it has one.
        package var digestSection: CouncilDigest.Section? {
            switch self {
            case .underWay: .underWay
            case .decided: .decided
            case .waiting: .waiting
            case .notYetAnIssue: .notYetAnIssue
            case .done: .done
            case .other: nil
            }
        }
    }

    /// One proposal, or one issue with the council's proposals in it.
    package struct Entry: Sendable, Equatable {
        package var section: Section
        /// The council's first proposal in the issue: it names the entry.
        package var proposal: CouncilDigestFacts.ProposalFact
        package var otherProposals: [CouncilDigestFacts.ProposalFact]
        /// The issue, without the feedback owed (a letter's business).
        package var issue: CouncilDigestFacts.IssueFact?
        /// Where the naming proposal stands, in the digest's closing list's words.
        package var state: CouncilDigest.ProposalState

        /// The entry as a digest item that tells everything: its decision, its implementation and follow-up.
        /// An item with a decision is given the digest's `decided` section, so the answer is told once.
        package var asDigestItem: CouncilDigest.Item {
            CouncilDigest.Item(
                section: issue?.outcome != nil ? .decided : (section.digestSection ?? .decided), proposal: proposal,
                otherProposals: otherProposals, issue: issue, tellsDecision: issue?.outcome != nil,
                tellsImplementation: issue?.implementedOn != nil, linkedThisMonth: nil, escalations: [])
        }
    }

    package var council: CouncilDigestFacts.CouncilFact
    /// The day the page tells the state of.
    package var asOf: CalendarDate
    /// Ordered by section, then by the day the naming proposal was put forward.
    package var entries: [Entry]

    package static func make(_ facts: CouncilDigestFacts, today: CalendarDate) -> CouncilStatusPage {
        let since = today.adding(years: -(CouncilDigest.overviewMonths / 12))
        let recent = facts.proposals.enumerated().filter { since < $0.element.putForwardOn }
            .sorted { ($0.element.putForwardOn, $0.offset) < ($1.element.putForwardOn, $1.offset) }.map(\.element)
        let issues = Dictionary(facts.issues.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var entries: [Entry] = []
        var entryOfIssue: [IssueID: Int] = [:]
        for proposal in recent {
            let issue = proposal.issueId.flatMap { issues[$0] }
            if let issue, let index = entryOfIssue[issue.id] {
                entries[index].otherProposals.append(proposal)
                continue
            }
            let state = CouncilDigest.state(of: proposal, in: issue)
            var told = issue
            told?.feedbackOwed = []
            told?.escalations = []
            if let issue { entryOfIssue[issue.id] = entries.count }
            entries.append(
                Entry(section: section(state), proposal: proposal, otherProposals: [], issue: told, state: state))
        }
        let ordered = entries.enumerated().sorted { ($0.element.section, $0.offset) < ($1.element.section, $1.offset) }
            .map(\.element)
        return CouncilStatusPage(council: facts.council, asOf: today, entries: ordered)
    }

    static func section(_ state: CouncilDigest.ProposalState) -> Section {
        switch state {
        case .withdrawn, .elsewhere: .other
        case .notYetAnIssue: .notYetAnIssue
        case .waiting: .waiting
        case .decided, .closedWithoutDecision: .decided
        case .inProgress: .underWay
        case .implemented, .verified: .done
        }
    }
}
