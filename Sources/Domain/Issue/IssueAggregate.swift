import Foundation

/// The rules for tracked issues (DESIGN §4). State is `nil` until the issue is opened.
package enum IssueAggregate: Aggregate {
    package typealias ID = IssueID
    package static let initialState: IssueState? = nil

    package static func decide(_ command: IssueCommand, _ state: IssueState?, _ context: DecisionContext)
        throws(DomainError) -> [IssueEvent]
    {
        let today = context.today
        if case .open(let unitId, let title, let source, let qualityArea) = command {
            guard state == nil else {
                throw DomainError(.alreadyExists, "Ärendet finns redan. Koppla källan till det i stället.")
            }
            let title = try Validation.text(title, "Ärendets rubrik", .title)
            try Validation.noPersonalData(title, "Ärendets rubrik")
            return [
                .opened(
                    IssueOpened(
                        unitId: unitId, title: title, source: source, qualityArea: qualityArea, registeredOn: today))
            ]
        }
        guard let state else {
            throw DomainError(
                .notFound, "Ärendet finns inte. Öppna det först från ett förslag, en iakttagelse eller en åtgärd.")
        }
        let stage = state.stage
        if let action = command.action, !stage.allows(action) {
            if action.isCorrection {
                throw DomainError(
                    .correctionNotAllowed,
                    "Det går inte att \(action.refusalPhrase) nu. \(action.correctionHint) \(stage.situation)")
            }
            throw DomainError(.transitionNotAllowed, "Det går inte att \(action.refusalPhrase) nu. \(stage.situation)")
        }

        switch command {
        case .open:
            preconditionFailure("handled above")
        case .linkSource, .assignOwner, .setDueDate, .setParticipationLevel:
            return try decideFacts(command, state)
        case .giveFeedback:
            return try decideFeedback(command, state, context)
        case .recordPolicyEffect(let kind, let record):
            return policyEffect(kind, record, state)
        case .recordKvittens, .verify, .verifyWithoutKvittens:
            return try decideKvittens(command, state, context)
        case .startPreparation, .decide, .startWork, .markImplemented, .withdraw, .mergeInto, .absorb, .reopen:
            return try decideCourse(command, state, today)
        case .retitle, .correctDecision, .correctDueDate, .correctOwner:
            return try decideCorrection(command, state, today)
        }
    }

    package static func evolve(_ state: IssueState?, _ event: IssueEvent) -> IssueState? {
        if case .opened(let e) = event {
            return IssueState(
                unitId: e.unitId, title: e.title, source: e.source, qualityArea: e.qualityArea,
                registeredOn: e.registeredOn)
        }
        guard var s = state else { return nil }
        switch event {
        case .opened: break
        case .sourceLinked(let e):
            if !s.sources.contains(e.source) { s.sources.append(e.source) }
        case .ownerAssigned(let e):
            s.owner = e.owner
        case .dueDateSet(let e):
            s.dueDate = e.dueDate
        case .preparationStarted:
            s.stage = .inPreparation
        case .decided(let e):
            let decision = Decision(
                outcome: e.outcome, motivation: e.motivation, decidedBy: e.decidedBy, decidedOn: e.decidedOn)
            s.stage = .decided(decision)
            s.decisions.append(decision)
            owe(&s, .decision, since: e.decidedOn)
        case .workStarted:
            if let d = s.decision { s.stage = .inProgress(d) }
        case .implemented(let e):
            if let d = s.decision { s.stage = .implemented(d, implementedOn: e.implementedOn) }
            owe(&s, .implementation, since: e.implementedOn)
            s.kvittens = []
            s.kvittensAskedSince = s.kvittensParties.isEmpty ? nil : e.implementedOn
        case .verified(let e):
            if case .implemented(let d, let on) = s.stage {
                s.stage = .verified(d, implementedOn: on, verifiedOn: e.verifiedOn)
            }
            s.kvittensAskedSince = nil
        case .verifiedWithoutKvittens(let e):
            if case .implemented(let d, let on) = s.stage {
                s.stage = .verified(d, implementedOn: on, verifiedOn: e.verifiedOn)
            }
            s.kvittensAskedSince = nil
            s.verifiedWithoutKvittens = e.reason
        case .kvittensRecorded(let e):
            s.kvittens.append(e.kvittens)
            if e.verdict == .doesNotHold {
                s.stage = .reopened
                s.kvittensAskedSince = nil
            }
        case .withdrawn(let e):
            s.stage = .withdrawn(reason: e.reason)
            s.kvittensAskedSince = nil
        case .merged(let e):
            s.stage = .merged(into: e.into)
            s.feedbackOwed = []
        case .absorbed(let e):
            s.absorbed.append(e.from)
            for source in e.sources where !s.sources.contains(source) { s.sources.append(source) }
            for due in e.feedbackOwed where s.owesFeedback(to: due.councilId, for: due.occasion) == nil {
                s.feedbackOwed.append(due)
            }
        case .reopened(let e):
            s.stage = .reopened
            s.kvittensAskedSince = nil
            s.verifiedWithoutKvittens = nil
            if !s.sources.contains(e.source) { s.sources.append(e.source) }
        case .participationLevelSet(let e):
            s.participationLevel = e.level
            s.participationReason = e.reason
        case .feedbackGiven(let e):
            s.feedbackOwed.removeAll { $0.councilId == e.councilId && $0.occasion == e.occasion }
        case .reminderSent, .escalationSent:
            break  // told someone; the issue itself is as it was
        case .retitled, .decisionCorrected, .dueDateCorrected, .ownerCorrected:
            evolveCorrection(&s, event)
        }
        return s
    }

    /// Decides a merge on both sides: `merged` points to `survivor`, which takes over its sources and
    /// owed feedback. Append the two event lists to their two streams.
    package static func merge(
        _ mergedId: IssueID, _ merged: IssueState?,
        into survivorId: IssueID, _ survivor: IssueState?,
        _ context: DecisionContext
    ) throws(DomainError) -> (merged: [IssueEvent], survivor: [IssueEvent]) {
        guard mergedId != survivorId else {
            throw DomainError(
                .mergeIntoItself,
                "Ett ärende kan inte slås ihop med sig självt. Välj ett annat ärende att slå ihop det med.")
        }
        guard let merged else {
            throw DomainError(.notFound, "Ärendet som ska slås ihop finns inte.")
        }
        guard survivor != nil else {
            throw DomainError(.notFound, "Ärendet som det ska slås ihop med finns inte.")
        }
        let mergedEvents = try decide(.mergeInto(survivor: survivorId), merged, context)
        let survivorEvents = try decide(
            .absorb(from: mergedId, sources: merged.sources, feedbackOwed: merged.feedbackOwed), survivor, context)
        return (mergedEvents, survivorEvents)
    }

    static func owe(_ s: inout IssueState, _ occasion: FeedbackOccasion, since: CalendarDate) {
        for council in s.councils where s.owesFeedback(to: council, for: occasion) == nil {
            s.feedbackOwed.append(FeedbackDue(councilId: council, occasion: occasion, owedSince: since))
        }
    }
}
