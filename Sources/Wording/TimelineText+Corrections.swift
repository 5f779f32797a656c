import Domain

extension TimelineText {
    /// A correction (rättelse) in the history: the right fact, and why the record was wrong.
    static func correction(_ event: IssueEvent) -> (text: String, day: CalendarDate?) {
        switch event {
        case .retitled(let e):
            return ("Rättelse: ärendets rubrik är ”\(e.title)”. Skäl: \(e.reason)", e.correctedOn)
        case .decisionCorrected(let e):
            return (
                "Rättelse av beslutet: \(e.decidedBy) beslutade \(e.outcome.label.lowercased()). Motivering: \(e.motivation) Skäl till rättelsen: \(e.reason)",
                e.correctedOn
            )
        case .dueDateCorrected(let e):
            return ("Rättelse: ärendet ska vara klart senast \(e.dueDate). Skäl: \(e.reason)", e.correctedOn)
        case .ownerCorrected(let e):
            return ("Rättelse: \(e.owner) är ansvarig för ärendet. Skäl: \(e.reason)", e.correctedOn)
        default:
            return describe(event)
        }
    }
}
