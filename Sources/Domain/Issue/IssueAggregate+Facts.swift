import Foundation

extension IssueAggregate {
    /// The issue's facts beside its course: sources, owner, due date, participation level.
    static func decideFacts(_ command: IssueCommand, _ state: IssueState) throws(DomainError) -> [IssueEvent] {
        switch command {
        case .linkSource(let source):
            guard !state.sources.contains(source) else {
                throw DomainError(.duplicate, "Källan är redan kopplad till ärendet. Inget behöver göras.")
            }
            return [.sourceLinked(IssueSourceLinked(source: source))]

        case .assignOwner(let owner):
            let owner = try Validation.text(owner, "Ansvarig", .name)
            guard owner != state.owner else {
                throw DomainError(.unchanged, "\(owner) är redan ansvarig för ärendet.")
            }
            return [.ownerAssigned(IssueOwnerAssigned(owner: owner))]

        case .setDueDate(let dueDate):
            guard dueDate >= state.registeredOn else {
                throw DomainError(
                    .dueDateBeforeRegistration,
                    "Datumet \(dueDate) ligger före den dag ärendet registrerades (\(state.registeredOn)). Välj \(state.registeredOn) eller senare."
                )
            }
            if let decision = state.decision, dueDate < decision.decidedOn {
                throw DomainError(
                    .dueDateBeforeDecision,
                    "Datumet \(dueDate) ligger före beslutet (\(decision.decidedOn)). Välj \(decision.decidedOn) eller senare."
                )
            }
            guard dueDate != state.dueDate else {
                throw DomainError(.unchanged, "Ärendet har redan datumet \(dueDate).")
            }
            return [.dueDateSet(IssueDueDateSet(dueDate: dueDate))]

        case .setParticipationLevel(let level, let reason):
            guard level != state.participationLevel else {
                throw DomainError(
                    .unchanged, "Ärendet är redan på nivå \(level.rawValue) (\(level.label)). Välj en annan nivå.")
            }
            let reason = try Validation.text(reason, "Skälet till nivån", code: .missingReason)
            return [.participationLevelSet(ParticipationLevelSet(level: level, reason: reason))]
        default:
            preconditionFailure("\(command) is not a command on the facts")
        }
    }
}
