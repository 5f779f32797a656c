extension ProposalAggregate {
    /// Rectification of a proposal's record: its text, its quality area. A withdrawn proposal can be
    /// rectified too — the council's words stay in the record, and they must be the right ones.
    static func decideCorrection(_ command: ProposalCommand, _ state: ProposalState?, _ context: DecisionContext)
        throws(DomainError) -> [ProposalEvent]
    {
        guard let state else {
            throw DomainError(
                .notFound, "Förslaget finns inte. Registrera förslaget med proposal add; då kan det rättas efteråt.")
        }
        switch command {
        case .amend(let text, let reason):
            let text = try Validation.text(text, "Förslagets text")
            try Validation.noPersonalData(text, "Förslagets text")
            guard text != state.text else {
                throw DomainError(.unchanged, "Förslaget har redan den texten. Det finns inget att rätta.")
            }
            return [
                .amended(
                    ProposalAmended(
                        text: text, reason: try IssueAggregate.correctionReason(reason), amendedOn: context.today))
            ]
        case .setArea(let area, let reason):
            guard area != state.qualityArea else {
                throw DomainError(.unchanged, "Förslaget gäller redan \(area.label). Välj ett annat kvalitetsområde.")
            }
            // Setting a missing area is no correction; replacing one is, and says why.
            var checked: String?
            if let reason {
                checked = try IssueAggregate.correctionReason(reason)
            } else if state.qualityArea != nil {
                checked = try IssueAggregate.correctionReason("")
            }
            return [.areaSet(ProposalAreaSet(qualityArea: area, reason: checked, setOn: context.today))]
        default:
            preconditionFailure("\(command) is not a correction")
        }
    }
}
