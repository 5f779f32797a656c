import Domain

extension CouncilDigest {
    /// A fact the council was told before and that was corrected in the month (rättelse): told once,
    /// in the month's letter, with the right fact as it stands now.
    package struct CorrectionNotice: Sendable, Equatable {
        /// What was corrected.
        package enum Fact: Sendable, Equatable {
            /// The proposal's own text was recorded wrongly.
            case proposalText
            case title
            case decision(from: DecisionOutcome)
            case dueDate
            case owner
        }

        /// The council's proposal that names it (for the proposal's text, the corrected proposal).
        package var proposal: CouncilDigestFacts.ProposalFact
        /// The issue whose fact was corrected; nil for a proposal's text.
        package var issue: CouncilDigestFacts.IssueFact?
        package var fact: Fact
    }

    /// The corrections of the month the council had been told the old fact of: a proposal's text the
    /// council was sent before the month, an issue's title, date or owner while the council's proposal
    /// was in it before the month, a decision whose feedback the council had already been given. Each
    /// fact of an item once, however often it was corrected.
    static func correctionNotices(_ facts: CouncilDigestFacts, month: CalendarMonth, asOf: CalendarDate)
        -> [CorrectionNotice]
    {
        let inMonth = { (day: CalendarDate?) in day.map { month.contains($0) && $0 <= asOf } ?? false }
        var notices: [CorrectionNotice] = []
        for proposal in facts.proposals
        where inMonth(proposal.amendedOn) && proposal.putForwardOn < month.firstDay {
            notices.append(CorrectionNotice(proposal: proposal, issue: nil, fact: .proposalText))
        }
        for issue in facts.issues {
            guard let proposal = facts.proposals.first(where: { $0.issueId == issue.id }) else { continue }
            let toldBefore = proposal.linkedOn.map { $0 < month.firstDay } ?? false
            var seen: [CorrectionNotice.Fact] = []
            for correction in issue.corrections where inMonth(correction.correctedOn) {
                let fact: CorrectionNotice.Fact
                switch correction.fact {
                case .decision(let from):
                    guard correction.toldCouncils.contains(facts.council.id) else { continue }
                    // The first outcome of the month is the one the council was told.
                    if seen.contains(where: { if case .decision = $0 { true } else { false } }) { continue }
                    fact = .decision(from: from)
                case .title:
                    guard toldBefore else { continue }
                    fact = .title
                case .dueDate:
                    guard toldBefore else { continue }
                    fact = .dueDate
                case .owner:
                    guard toldBefore else { continue }
                    fact = .owner
                }
                guard !seen.contains(fact) else { continue }
                seen.append(fact)
                notices.append(CorrectionNotice(proposal: proposal, issue: issue, fact: fact))
            }
        }
        return notices
    }
}
