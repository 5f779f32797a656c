import Foundation

/// The rules for certification cycles. State is `nil` until the cycle starts.
///
/// Action items live inside the certification's stream: the plan is adopted as a whole.
package enum CertificationAggregate: Aggregate {
    package typealias ID = CertificationID
    package static let initialState: CertificationState? = nil
    /// A certificate is valid this many years.
    package static let validityYears = 2

    package static func decide(
        _ command: CertificationCommand, _ state: CertificationState?, _ context: DecisionContext
    ) throws(DomainError) -> [CertificationEvent] {
        if case .start(let unitId, let startedOn, let renews) = command {
            guard state == nil else {
                throw DomainError(
                    .alreadyExists,
                    "Certifieringen är redan startad. En förnyelse startas som en ny certifiering som pekar på den här."
                )
            }
            try Validation.notInFuture(startedOn, "Startdatumet", context)
            return [.started(CertificationStarted(unitId: unitId, startedOn: startedOn, renews: renews))]
        }
        guard let state else {
            throw DomainError(.notFound, "Certifieringen finns inte. Starta den först.")
        }
        switch command {
        case .start:
            preconditionFailure("handled above")
        case .assessArea(let area, let fulfilled, let note):
            try requireAssessing(state, action: "bedöma ett kvalitetsområde")
            let note = try Validation.optionalText(note, "Anteckningen")
            return [.areaAssessed(QualityAreaAssessed(area: area, fulfilled: fulfilled, note: note))]
        case .addActionItem(let id, let area, let action, let owner, let dueDate, let followedUpBy):
            try requireAssessing(state, action: "lägga till en åtgärd")
            guard !state.actionItems.contains(where: { $0.id == id }) else {
                throw DomainError(
                    .duplicate, "Åtgärden finns redan i handlingsplanen. En ny åtgärd behöver ett nytt id.")
            }
            guard dueDate >= state.startedOn else {
                throw DomainError(
                    .dateTooEarly,
                    "Åtgärdens slutdatum (\(dueDate)) ligger före certifieringens start (\(state.startedOn)). Ange ett senare datum."
                )
            }
            // The plan reaches letters and is kept for ever: no personal data in any of its texts.
            let action = try Validation.text(action, "Åtgärden")
            try Validation.noPersonalData(action, "Åtgärden")
            let owner = try Validation.text(owner, "Ansvarig för åtgärden", .name)
            try Validation.noPersonalData(owner, "Ansvarig för åtgärden")
            let followedUpBy = try Validation.text(followedUpBy, "Vem som följer upp åtgärden", .name)
            try Validation.noPersonalData(followedUpBy, "Vem som följer upp åtgärden")
            return [
                .actionItemAdded(
                    ActionItemAdded(
                        actionItemId: id, area: area, action: action, owner: owner, dueDate: dueDate,
                        followedUpBy: followedUpBy))
            ]
        case .adoptPlan(let adoptedOn, let decidedBy):
            try requireAssessing(state, action: "anta handlingsplanen")
            let missing = state.unassessedAreas
            guard missing.isEmpty else {
                throw DomainError(
                    .incomplete,
                    "Alla tio kvalitetsområden måste bedömas innan ledningen antar planen. Kvar att bedöma: \(missing.map(\.label).joined(separator: ", "))."
                )
            }
            guard adoptedOn >= state.startedOn else {
                throw DomainError(
                    .dateTooEarly,
                    "Planen kan inte antas (\(adoptedOn)) före certifieringens start (\(state.startedOn)).")
            }
            try Validation.notInFuture(adoptedOn, "Datumet för beslutet", context)
            return [
                .planAdopted(
                    ActionPlanAdopted(
                        adoptedOn: adoptedOn,
                        decidedBy: try Validation.text(decidedBy, "Vem som beslutade", .name, code: .missingDecider)))
            ]
        case .certify(let certifiedOn):
            switch state.stage {
            case .assessing:
                throw DomainError(
                    .transitionNotAllowed,
                    "Verksamheten kan inte certifieras förrän ledningen har antagit handlingsplanen.")
            case .certified(_, _, let on, let until):
                throw DomainError(
                    .transitionNotAllowed,
                    "Verksamheten certifierades \(on) och certifikatet gäller till \(until). Starta en förnyelse för en ny period."
                )
            case .planAdopted(let adoptedOn, _):
                guard certifiedOn >= adoptedOn else {
                    throw DomainError(
                        .dateTooEarly,
                        "Certifieringsdatumet (\(certifiedOn)) ligger före beslutet om handlingsplanen (\(adoptedOn)).")
                }
                try Validation.notInFuture(certifiedOn, "Certifieringsdatumet", context)
                return [
                    .certified(
                        UnitCertified(certifiedOn: certifiedOn, validUntil: certifiedOn.adding(years: validityYears)))
                ]
            }
        case .recordPolicyEffect(let kind, let record):
            if let item = record.actionItemId, !state.actionItems.contains(where: { $0.id == item }) { return [] }
            switch kind {
            case .reminder: return [.reminderSent(CertificationReminderSent(record))]
            case .escalation: return [.escalationSent(CertificationEscalationSent(record))]
            }
        }
    }

    private static func requireAssessing(_ state: CertificationState, action: String) throws(DomainError) {
        switch state.stage {
        case .assessing: return
        case .planAdopted(let on, _):
            throw DomainError(
                .transitionNotAllowed,
                "Det går inte att \(action): ledningen antog handlingsplanen \(on). Nästa steg är att certifiera verksamheten."
            )
        case .certified(_, _, _, let until):
            throw DomainError(
                .transitionNotAllowed,
                "Det går inte att \(action): verksamheten är certifierad till \(until). Starta en förnyelse för att arbeta med en ny plan."
            )
        }
    }

    package static func evolve(_ state: CertificationState?, _ event: CertificationEvent) -> CertificationState? {
        var state = state
        evolve(&state, event)
        return state
    }

    /// Applies `event` in place: a plan of thousands of items is not copied for each one added.
    package static func evolve(_ state: inout CertificationState?, _ event: CertificationEvent) {
        if case .started(let e) = event {
            state = CertificationState(unitId: e.unitId, startedOn: e.startedOn, renews: e.renews)
            return
        }
        switch event {
        case .started: break
        case .areaAssessed(let e):
            state?.assessments[e.area] = .init(fulfilled: e.fulfilled, note: e.note)
        case .actionItemAdded(let e):
            state?.actionItems.append(
                .init(
                    id: e.actionItemId, area: e.area, action: e.action, owner: e.owner, dueDate: e.dueDate,
                    followedUpBy: e.followedUpBy))
        case .planAdopted(let e):
            state?.stage = .planAdopted(on: e.adoptedOn, decidedBy: e.decidedBy)
        case .certified(let e):
            if case .planAdopted(let on, let by) = state?.stage {
                state?.stage = .certified(
                    planAdoptedOn: on, planDecidedBy: by, certifiedOn: e.certifiedOn, validUntil: e.validUntil)
            }
        case .reminderSent, .escalationSent:
            break  // told someone; the certification itself is as it was
        }
    }
}
