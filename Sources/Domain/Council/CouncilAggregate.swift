/// The rules for councils. State is `nil` until the council is created.
package enum CouncilAggregate: Aggregate {
    package typealias ID = CouncilID
    package static let initialState: CouncilState? = nil

    package static func decide(_ command: CouncilCommand, _ state: CouncilState?, _ context: DecisionContext)
        throws(DomainError) -> [CouncilEvent]
    {
        switch command {
        case .create(let unitId, let name, let form):
            guard state == nil else {
                throw DomainError(.alreadyExists, "Rådet finns redan. Du kan registrera möten i det.")
            }
            return [
                .created(
                    CouncilCreated(unitId: unitId, name: try Validation.text(name, "Rådets namn", .name), form: form))
            ]
        case .recordMeeting(let meetingId, let heldOn, let participantCount):
            guard let state else {
                throw DomainError(.notFound, "Rådet finns inte. Skapa rådet först, sedan kan du registrera möten.")
            }
            guard !state.hasMeeting(meetingId) else {
                throw DomainError(.duplicate, "Mötet är redan registrerat. Registrera ett nytt möte med ett nytt id.")
            }
            try Validation.number(
                participantCount, in: DomainLimits.participants, "Antalet deltagare",
                "Ange hur många som kom, utan namn.")
            try Validation.notInFuture(heldOn, "Mötesdatumet", context)
            return [
                .meetingHeld(
                    CouncilMeetingHeld(meetingId: meetingId, heldOn: heldOn, participantCount: participantCount))
            ]
        case .correctMeetingDate(let meetingId, let heldOn, let reason):
            guard let state else {
                throw DomainError(.notFound, "Rådet finns inte. Skapa rådet först, sedan kan du registrera möten.")
            }
            guard let meeting = state.meetings.first(where: { $0.id == meetingId }) else {
                throw DomainError(
                    .notFound, "Mötet finns inte i det här rådet. Registrera mötet med council meeting i stället.")
            }
            guard meeting.heldOn != heldOn else {
                throw DomainError(
                    .unchanged, "Mötet är redan registrerat som hållet \(heldOn). Det finns inget att rätta.")
            }
            try Validation.notInFuture(heldOn, "Mötesdatumet", context)
            return [
                .meetingDateCorrected(
                    CouncilMeetingDateCorrected(
                        meetingId: meetingId, heldOn: heldOn, reason: try IssueAggregate.correctionReason(reason)))
            ]
        }
    }

    package static func evolve(_ state: CouncilState?, _ event: CouncilEvent) -> CouncilState? {
        switch event {
        case .created(let e):
            return CouncilState(unitId: e.unitId, name: e.name, form: e.form)
        case .meetingHeld(let e):
            guard var state else { return nil }
            state.meetings.append(.init(id: e.meetingId, heldOn: e.heldOn, participantCount: e.participantCount))
            return state
        case .meetingDateCorrected(let e):
            guard var state, let index = state.meetings.firstIndex(where: { $0.id == e.meetingId }) else {
                return state
            }
            state.meetings[index].heldOn = e.heldOn
            return state
        }
    }
}
