import Foundation

/// The rules for tracked issues (DESIGN §4). State is `nil` until the issue is opened.
public enum IssueAggregate: Aggregate {
    public typealias ID = IssueID
    public static let initialState: IssueState? = nil

    public static func decide(_ command: IssueCommand, _ state: IssueState?, _ context: DecisionContext) throws(DomainError) -> [IssueEvent] {
        let today = context.today
        if case .open(let unitId, let title, let source, let qualityArea) = command {
            guard state == nil else {
                throw DomainError(.alreadyExists, "Ärendet finns redan. Koppla källan till det i stället.")
            }
            let title = try Validation.text(title, "Ärendets rubrik", .title)
            try Validation.noPersonalNumber(title, "Ärendets rubrik")
            return [.opened(IssueOpened(unitId: unitId, title: title, source: source, qualityArea: qualityArea, registeredOn: today))]
        }
        guard let state else {
            throw DomainError(.notFound, "Ärendet finns inte. Öppna det först från ett förslag, en iakttagelse eller en åtgärd.")
        }
        let stage = state.stage
        if let action = command.action, !stage.allows(action) {
            throw DomainError(.transitionNotAllowed, "Det går inte att \(action.refusalPhrase) nu. \(stage.situation)")
        }

        switch command {
        case .open:
            preconditionFailure("handled above")

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
                throw DomainError(.dueDateBeforeRegistration, "Datumet \(dueDate) ligger före den dag ärendet registrerades (\(state.registeredOn)). Välj \(state.registeredOn) eller senare.")
            }
            if let decision = state.decision, dueDate < decision.decidedOn {
                throw DomainError(.dueDateBeforeDecision, "Datumet \(dueDate) ligger före beslutet (\(decision.decidedOn)). Välj \(decision.decidedOn) eller senare.")
            }
            guard dueDate != state.dueDate else {
                throw DomainError(.unchanged, "Ärendet har redan datumet \(dueDate).")
            }
            return [.dueDateSet(IssueDueDateSet(dueDate: dueDate))]

        case .startPreparation:
            return [.preparationStarted(IssuePreparationStarted(startedOn: today))]

        case .decide(let outcome, let motivation, let decidedBy):
            let motivation = try Validation.text(motivation, "Motiveringen", code: .missingMotivation)
            let decidedBy = try Validation.text(decidedBy, "Vem som beslutade", .name, code: .missingDecider)
            return [.decided(IssueDecided(outcome: outcome, motivation: motivation, decidedBy: decidedBy, decidedOn: today))]

        case .startWork:
            return [.workStarted(IssueWorkStarted(startedOn: today))]

        case .markImplemented(let summary):
            return [.implemented(IssueImplemented(implementedOn: today, summary: try Validation.optionalText(summary, "Sammanfattningen")))]

        case .verify(let note):
            return [.verified(IssueVerified(verifiedOn: today, note: try Validation.optionalText(note, "Anteckningen")))]

        case .withdraw(let reason):
            let reason = try Validation.text(reason, "Skälet", code: .missingReason)
            return [.withdrawn(IssueWithdrawn(reason: reason, withdrawnOn: today))]

        case .mergeInto(let survivor):
            return [.merged(IssueMerged(into: survivor, mergedOn: today))]

        case .absorb(let from, let sources, let feedbackOwed):
            guard !state.absorbed.contains(from) else {
                throw DomainError(.duplicate, "Ärende \(from) är redan sammanslaget med det här ärendet.")
            }
            let newSources = sources.filter { !state.sources.contains($0) }
            return [.absorbed(IssueAbsorbed(from: from, sources: newSources, feedbackOwed: feedbackOwed))]

        case .reopen(let source, let reason):
            if case .actionItem = source {
                throw DomainError(.sourceNotAllowed, "Ett ärende återöppnas av en ny iakttagelse eller ett nytt förslag, inte av en åtgärd. Koppla åtgärden till ärendet i stället.")
            }
            guard !state.sources.contains(source) else {
                throw DomainError(.duplicate, "Källan är redan kopplad till ärendet. Ett ärende återöppnas av en ny iakttagelse eller ett nytt förslag.")
            }
            let reason = try Validation.text(reason, "Skälet", code: .missingReason)
            return [.reopened(IssueReopened(source: source, reason: reason, reopenedOn: today))]

        case .setParticipationLevel(let level, let reason):
            guard level != state.participationLevel else {
                throw DomainError(.unchanged, "Ärendet är redan på nivå \(level.rawValue) (\(level.label)). Välj en annan nivå.")
            }
            let reason = try Validation.text(reason, "Skälet till nivån", code: .missingReason)
            return [.participationLevelSet(ParticipationLevelSet(level: level, reason: reason))]

        case .giveFeedback(let councilId, let occasion, let channel, let givenOn):
            guard let due = state.owesFeedback(to: councilId, for: occasion) else {
                let owed = state.feedbackOwed.isEmpty
                    ? "Ärendet har ingen återkoppling som väntar."
                    : "Återkoppling väntar för: " + state.feedbackOwed.map { "rådet \($0.councilId) om \($0.occasion.label)" }.joined(separator: ", ") + "."
                throw DomainError(.feedbackNotOwed, "Rådet väntar inte på återkoppling om \(occasion.label) i det här ärendet. \(owed)")
            }
            guard givenOn >= due.owedSince else {
                throw DomainError(.dateTooEarly, "Återkopplingen (\(givenOn)) kan inte ha getts före \(occasion.label) (\(due.owedSince)).")
            }
            try Validation.notInFuture(givenOn, "Datumet för återkopplingen", context)
            return [.feedbackGiven(FeedbackGiven(councilId: councilId, occasion: occasion, channel: channel, givenOn: givenOn))]
        }
    }

    public static func evolve(_ state: IssueState?, _ event: IssueEvent) -> IssueState? {
        if case .opened(let e) = event {
            return IssueState(unitId: e.unitId, title: e.title, source: e.source, qualityArea: e.qualityArea, registeredOn: e.registeredOn)
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
            let decision = Decision(outcome: e.outcome, motivation: e.motivation, decidedBy: e.decidedBy, decidedOn: e.decidedOn)
            s.stage = .decided(decision)
            s.decisions.append(decision)
            owe(&s, .decision, since: e.decidedOn)
        case .workStarted:
            if let d = s.decision { s.stage = .inProgress(d) }
        case .implemented(let e):
            if let d = s.decision { s.stage = .implemented(d, implementedOn: e.implementedOn) }
            owe(&s, .implementation, since: e.implementedOn)
        case .verified(let e):
            if case .implemented(let d, let on) = s.stage { s.stage = .verified(d, implementedOn: on, verifiedOn: e.verifiedOn) }
        case .withdrawn(let e):
            s.stage = .withdrawn(reason: e.reason)
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
            if !s.sources.contains(e.source) { s.sources.append(e.source) }
        case .participationLevelSet(let e):
            s.participationLevel = e.level
            s.participationReason = e.reason
        case .feedbackGiven(let e):
            s.feedbackOwed.removeAll { $0.councilId == e.councilId && $0.occasion == e.occasion }
        }
        return s
    }

    /// Decides a merge on both sides: `merged` points to `survivor`, which takes over its sources and
    /// owed feedback. Append the two event lists to their two streams.
    public static func merge(
        _ mergedId: IssueID, _ merged: IssueState?,
        into survivorId: IssueID, _ survivor: IssueState?,
        _ context: DecisionContext
    ) throws(DomainError) -> (merged: [IssueEvent], survivor: [IssueEvent]) {
        guard mergedId != survivorId else {
            throw DomainError(.mergeIntoItself, "Ett ärende kan inte slås ihop med sig självt. Välj ett annat ärende att slå ihop det med.")
        }
        guard let merged else {
            throw DomainError(.notFound, "Ärendet som ska slås ihop finns inte.")
        }
        guard survivor != nil else {
            throw DomainError(.notFound, "Ärendet som det ska slås ihop med finns inte.")
        }
        let mergedEvents = try decide(.mergeInto(survivor: survivorId), merged, context)
        let survivorEvents = try decide(.absorb(from: mergedId, sources: merged.sources, feedbackOwed: merged.feedbackOwed), survivor, context)
        return (mergedEvents, survivorEvents)
    }

    private static func owe(_ s: inout IssueState, _ occasion: FeedbackOccasion, since: CalendarDate) {
        for council in s.councils where s.owesFeedback(to: council, for: occasion) == nil {
            s.feedbackOwed.append(FeedbackDue(councilId: council, occasion: occasion, owedSince: since))
        }
    }
}
