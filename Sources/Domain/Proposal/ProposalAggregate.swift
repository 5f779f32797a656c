import Foundation

/// The rules for proposals. State is `nil` until the proposal is put forward.
///
/// Whether the council and meeting exist is checked by the command handler against the council's
/// stream (`CouncilState.hasMeeting`); this aggregate only sees its own stream.
package enum ProposalAggregate: Aggregate {
    package typealias ID = ProposalID
    package static let initialState: ProposalState? = nil

    package static func decide(_ command: ProposalCommand, _ state: ProposalState?, _ context: DecisionContext)
        throws(DomainError) -> [ProposalEvent]
    {
        switch command {
        case .putForward(let councilId, let meetingId, let text, let qualityArea, let pseudonym):
            guard state == nil else {
                throw DomainError(.alreadyExists, "Förslaget finns redan. Ett nytt förslag behöver ett nytt id.")
            }
            let text = try Validation.text(text, "Förslagets text")
            try Validation.noPersonalData(text, "Förslagets text")
            let cleanPseudonym = try Validation.optionalText(pseudonym, "Pseudonymen", .name)
            if let cleanPseudonym { try Validation.noPersonalData(cleanPseudonym, "Pseudonymen") }
            return [
                .putForward(
                    ProposalPutForward(
                        councilId: councilId, meetingId: meetingId, text: text, qualityArea: qualityArea,
                        pseudonym: cleanPseudonym, putForwardOn: context.today))
            ]
        case .withdraw(let reason):
            guard let state else {
                throw DomainError(
                    .notFound, "Förslaget finns inte. Det går bara att dra tillbaka ett förslag som har lämnats.")
            }
            guard state.withdrawnReason == nil else {
                throw DomainError(
                    .transitionNotAllowed, "Förslaget är redan tillbakadraget. Rådet kan lämna ett nytt förslag.")
            }
            return [.withdrawn(ProposalWithdrawn(reason: try Validation.text(reason, "Skälet", code: .missingReason)))]
        case .amend, .setArea:
            return try decideCorrection(command, state, context)
        }
    }

    package static func evolve(_ state: ProposalState?, _ event: ProposalEvent) -> ProposalState? {
        switch event {
        case .putForward(let e):
            return ProposalState(
                councilId: e.councilId, meetingId: e.meetingId, text: e.text, qualityArea: e.qualityArea,
                pseudonym: e.pseudonym, putForwardOn: e.putForwardOn)
        case .withdrawn(let e):
            guard var state else { return nil }
            state.withdrawnReason = e.reason
            return state
        case .amended(let e):
            guard var state else { return nil }
            state.text = e.text
            state.amendedOn = e.amendedOn
            return state
        case .areaSet(let e):
            guard var state else { return nil }
            state.qualityArea = e.qualityArea
            return state
        }
    }
}
