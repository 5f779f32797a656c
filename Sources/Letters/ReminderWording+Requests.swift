import Domain
import Policies
import Wording

// What a reminder asks for, as steps of the issue's course: the same steps become sentences in a
// letter to an owner or to ledningen, and `tredjekraft` commands only in the coordinator's own
// letter. The issue's stage decides which steps there are (`IssueStatus.allows`), so a letter never
// asks for a step that would be refused.
extension ReminderWording {
    /// The steps that would resolve an effect's cause on an issue now, in the order of the course;
    /// empty when the issue's status is not known.
    static func actions(_ cause: EffectCause, status: IssueStatus?, outcome: DecisionOutcome?) -> [IssueAction] {
        guard let status else { return [] }
        let wanted: [IssueAction] =
            switch cause {
            case .noOwner: [.assignOwner]
            case .noDecision: [.startPreparation, .decide]
            case .dueSoon, .overdue: [.startPreparation, .decide, .startWork, .markImplemented, .setDueDate]
            case .feedbackOwed: [.giveFeedback]
            case .stale: [.startPreparation, .decide, .startWork, .markImplemented, .verify]
            case .actionItemDue: [.startPreparation, .decide, .startWork, .markImplemented]
            case .certificationExpiry: []
            case .kvittensAwaited: [.recordKvittens]
            }
        return wanted.filter { status.allows($0, outcome: outcome) }
    }

    /// What is needed next, in words, for a reader who does not use `tredjekraft`.
    static func requests(_ effect: Effect, names: ReminderNames) -> [Letter.Line] {
        switch effect.subject {
        case .issue(let id):
            let fact = names.issues[id]
            let steps = actions(effect.cause, status: fact?.status, outcome: fact?.outcome)
            guard !steps.isEmpty else { return [.prose("Samordnaren behöver veta vad som har hänt med ärendet.")] }
            return steps.compactMap { request($0, cause: effect.cause, names: names) }.map(Letter.Line.prose)
        case .actionItem(let id, _):
            if let issue = names.actionItems[id]?.issueId, let fact = names.issues[issue] {
                let steps = actions(effect.cause, status: fact.status, outcome: fact.outcome)
                if !steps.isEmpty {
                    return steps.compactMap { request($0, cause: effect.cause, names: names) }.map(Letter.Line.prose)
                }
            }
            return [.prose("Nästa steg är att göra åtgärden, eller att säga varför den dröjer.")]
        case .certification:
            return [.prose("Nästa steg är att börja förnya certifieringen.")]
        }
    }

    /// One step as a request, which reads the same to the one who takes it and to ledningen: "Nästa
    /// steg är att bereda ärendet."
    static func request(_ action: IssueAction, cause: EffectCause, names: ReminderNames) -> Prose? {
        switch action {
        case .assignOwner: "Nästa steg är att utse en ansvarig."
        case .startPreparation: "Nästa steg är att bereda ärendet."
        case .decide: "Nästa steg är ett beslut: ja, ja till en del eller nej, och varför."
        case .startWork: "Nästa steg är att börja genomföra beslutet."
        case .markImplemented: "Nästa steg är att göra klart arbetet och säga vad som gjordes."
        case .verify: "Nästa steg är att följa upp om ändringen fungerar som det var tänkt."
        case .recordKvittens: "Nästa steg är att fråga rådet om ändringen fungerar som de menade."
        case .setDueDate: "Om mer tid behövs kan datumet flyttas."
        case .giveFeedback:
            if case .feedbackOwed(let due) = cause {
                "Nästa steg är att berätta för \(names.council(due.councilId)) vad som har hänt, till exempel på ett möte."
            } else {
                "Nästa steg är att berätta för rådet vad som har hänt."
            }
        case .linkSource, .setParticipationLevel, .absorb, .withdraw, .mergeInto, .reopen, .retitle, .correctDecision,
            .correctDueDate, .correctOwner:
            nil
        }
    }

    /// How to answer a letter that has no commands: whom to tell, by title.
    static func howToAnswer(_ message: MessagePlan.Message, names: ReminderNames) -> [Prose] {
        var units: [UnitID] = []
        for effect in message.effects where !units.contains(effect.unitId) { units.append(effect.unitId) }
        let coordinators = list(units.map { "samordnaren för \(names.unit($0))" })
        switch message.purpose {
        case .escalation:
            return ["Har ni frågor? Kontakta \(coordinators)."]
        default:
            return ["När något är gjort, eller om något är fel: berätta det för \(coordinators)."]
        }
    }
}
