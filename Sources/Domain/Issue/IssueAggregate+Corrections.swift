import Foundation

extension IssueAggregate {
    /// Corrections (rättelser): a fact recorded wrongly is put right, with why; the log keeps both.
    /// `IssueStage.allows` has already said the stage allows it. Each new text is checked as the
    /// command that first recorded the field checks it, and the reason as every reason is.
    static func decideCorrection(_ command: IssueCommand, _ state: IssueState, _ today: CalendarDate)
        throws(DomainError) -> [IssueEvent]
    {
        switch command {
        case .retitle(let title, let reason):
            let title = try Validation.text(title, "Ärendets rubrik", .title)
            try Validation.noPersonalData(title, "Ärendets rubrik")
            guard title != state.title else {
                throw DomainError(.unchanged, "Ärendet heter redan ”\(title)”. Det finns inget att rätta.")
            }
            return [.retitled(IssueRetitled(title: title, reason: try correctionReason(reason), correctedOn: today))]

        case .correctDecision(let outcome, let motivation, let decidedBy, let reason):
            let motivation = try Validation.text(motivation, "Motiveringen", code: .missingMotivation)
            let decidedBy = try Validation.text(decidedBy, "Vem som beslutade", .name, code: .missingDecider)
            if let d = state.decision, d.outcome == outcome, d.motivation == motivation, d.decidedBy == decidedBy {
                throw DomainError(
                    .unchanged,
                    "Beslutet är redan registrerat så. Ändra utfallet, motiveringen eller vem som beslutade.")
            }
            return [
                .decisionCorrected(
                    IssueDecisionCorrected(
                        outcome: outcome, motivation: motivation, decidedBy: decidedBy,
                        reason: try correctionReason(reason), correctedOn: today))
            ]

        case .correctDueDate(let dueDate, let reason):
            guard let current = state.dueDate else {
                throw DomainError(
                    .nothingToCorrect, "Ärendet har inget datum att rätta. Sätt ett datum med issue due i stället.")
            }
            guard dueDate != current else {
                throw DomainError(.unchanged, "Ärendet har redan datumet \(dueDate). Det finns inget att rätta.")
            }
            // The same bounds as any due date.
            _ = try decideFacts(.setDueDate(dueDate), state)
            return [
                .dueDateCorrected(
                    IssueDueDateCorrected(dueDate: dueDate, reason: try correctionReason(reason), correctedOn: today))
            ]

        case .correctOwner(let owner, let reason):
            guard state.owner != nil else {
                throw DomainError(
                    .nothingToCorrect,
                    "Ärendet har ingen ansvarig att rätta. Ge det en ansvarig med issue assign i stället.")
            }
            let owner = try Validation.text(owner, "Ansvarig", .name)
            guard owner != state.owner else {
                throw DomainError(.unchanged, "\(owner) är redan ansvarig för ärendet. Det finns inget att rätta.")
            }
            return [
                .ownerCorrected(
                    IssueOwnerCorrected(owner: owner, reason: try correctionReason(reason), correctedOn: today))
            ]

        default:
            preconditionFailure("\(command) is not a correction")
        }
    }

    /// Every correction says why; the reason is kept forever, so it is checked for personal data.
    static func correctionReason(_ reason: String) throws(DomainError) -> String {
        let reason = try Validation.text(reason, "Skälet till rättelsen", code: .missingReason)
        try Validation.noPersonalData(reason, "Skälet till rättelsen")
        return reason
    }

    /// The corrected fact replaces the wrong one. A decision's correction keeps the day it was taken
    /// and the stage (decided, with the corrected outcome: a yes corrected to a no can then only be
    /// reopened, a no corrected to a yes can be carried out); councils already told the old decision
    /// are owed feedback on it again.
    static func evolveCorrection(_ s: inout IssueState, _ event: IssueEvent) {
        switch event {
        case .retitled(let e):
            s.title = e.title
            s.corrections.append(IssueCorrection(fact: .title, correctedOn: e.correctedOn))
        case .decisionCorrected(let e):
            guard case .decided(let old) = s.stage else { return }
            let corrected = Decision(
                outcome: e.outcome, motivation: e.motivation, decidedBy: e.decidedBy, decidedOn: old.decidedOn)
            s.stage = .decided(corrected)
            if s.decisions.isEmpty { s.decisions = [corrected] } else { s.decisions[s.decisions.count - 1] = corrected }
            let told = s.councils.filter { s.owesFeedback(to: $0, for: .decision) == nil }
            owe(&s, .decision, since: e.correctedOn)
            s.corrections.append(
                IssueCorrection(fact: .decision(from: old.outcome), correctedOn: e.correctedOn, toldCouncils: told))
        case .dueDateCorrected(let e):
            s.dueDate = e.dueDate
            s.corrections.append(IssueCorrection(fact: .dueDate, correctedOn: e.correctedOn))
        case .ownerCorrected(let e):
            s.owner = e.owner
            s.corrections.append(IssueCorrection(fact: .owner, correctedOn: e.correctedOn))
        default:
            preconditionFailure("\(event) is not a correction")
        }
    }
}
