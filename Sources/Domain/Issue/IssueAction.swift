/// What can be done to an opened issue: one case per command. The stage decides which are allowed
/// (``IssueStage/allows(_:)``): one table, which `decide` checks and ``IssueStage/situation`` and the
/// CLI's help render.
package enum IssueAction: String, CaseIterable, Sendable {
    case linkSource, assignOwner, setDueDate, setParticipationLevel, giveFeedback, absorb, recordKvittens
    case startPreparation, decide, startWork, markImplemented, verify, withdraw, mergeInto, reopen
    case retitle, correctDecision, correctDueDate, correctOwner

    /// The action in a refusal, "Det går inte att … nu."
    package var refusalPhrase: String {
        switch self {
        case .linkSource: "koppla en ny källa till ärendet"
        case .assignOwner: "ge ärendet en ansvarig"
        case .setDueDate: "sätta ett datum för ärendet"
        case .setParticipationLevel: "ändra delaktighetsnivån"
        case .giveFeedback: "registrera återkoppling"
        case .absorb: "ta emot ett sammanslaget ärende"
        case .recordKvittens: "registrera brukarkvittens"
        case .startPreparation: "börja bereda ärendet"
        case .decide: "besluta i ärendet"
        case .startWork: "börja genomföra ärendet"
        case .markImplemented: "markera ärendet som genomfört"
        case .verify: "markera ärendet som uppföljt"
        case .withdraw: "återkalla ärendet"
        case .mergeInto: "slå ihop ärendet med ett annat"
        case .reopen: "återöppna ärendet"
        case .retitle: "rätta ärendets rubrik"
        case .correctDecision: "rätta beslutet"
        case .correctDueDate: "rätta ärendets datum"
        case .correctOwner: "rätta vem som är ansvarig"
        }
    }

    /// Corrections (rättelser) put a wrong record right; refused with their own code and a hint.
    package var isCorrection: Bool {
        switch self {
        case .retitle, .correctDecision, .correctDueDate, .correctOwner: true
        default: false
        }
    }

    /// What a refused correction can do instead, before the stage's situation.
    package var correctionHint: String {
        switch self {
        case .correctDecision:
            "Ett beslut kan rättas så länge ärendet är beslutat och arbetet inte har börjat. Har arbetet börjat kan ärendet återkallas, och ett genomfört ärende kan återöppnas."
        case .retitle: "Rubriken rättas i det ärende som arbetet fortsätter i."
        case .correctDueDate: "Datumet kan rättas så länge ärendet inte är genomfört, återkallat eller sammanslaget."
        case .correctOwner: "Den ansvarige kan rättas så länge ärendet inte är uppföljt, återkallat eller sammanslaget."
        default: ""
        }
    }
}

extension IssueAction {
    /// A step of the issue's course as "det kan …" continues it; nil for the edits that most stages
    /// allow (owner, date, sources, level, feedback), which the situation does not list.
    public var possibility: String? {
        switch self {
        case .startPreparation: "börja beredas"
        case .decide: "beslutas"
        case .startWork: "börja genomföras"
        case .markImplemented: "markeras som genomfört"
        case .verify: "följas upp"
        case .withdraw: "återkallas"
        case .mergeInto: "slås ihop med ett annat ärende"
        case .reopen: "återöppnas om en ny iakttagelse eller ett nytt förslag tar upp samma problem"
        case .linkSource, .assignOwner, .setDueDate, .setParticipationLevel, .giveFeedback, .absorb,
            .recordKvittens, .retitle, .correctDecision, .correctDueDate, .correctOwner:
            nil
        }
    }

    /// The steps of the course, in order: what the situation and the CLI's help list.
    public static let course: [IssueAction] = allCases.filter { $0.possibility != nil }
}

extension IssueCommand {
    /// The action this command takes; nil for `open`, which makes the issue.
    package var action: IssueAction? {
        switch self {
        case .open, .recordPolicyEffect: nil
        case .linkSource: .linkSource
        case .assignOwner: .assignOwner
        case .setDueDate: .setDueDate
        case .setParticipationLevel: .setParticipationLevel
        case .giveFeedback: .giveFeedback
        case .absorb: .absorb
        case .startPreparation: .startPreparation
        case .decide: .decide
        case .startWork: .startWork
        case .markImplemented: .markImplemented
        case .verify, .verifyWithoutKvittens: .verify
        case .recordKvittens: .recordKvittens
        case .withdraw: .withdraw
        case .mergeInto: .mergeInto
        case .reopen: .reopen
        case .retitle: .retitle
        case .correctDecision: .correctDecision
        case .correctDueDate: .correctDueDate
        case .correctOwner: .correctOwner
        }
    }
}

extension IssueStage {
    /// The one table of what each stage allows.
    package func allows(_ action: IssueAction) -> Bool {
        switch action {
        case .linkSource, .absorb:
            switch self {
            case .merged, .withdrawn: false
            default: true
            }
        case .assignOwner, .correctOwner:
            switch self {
            case .merged, .withdrawn, .verified: false
            default: true
            }
        case .setDueDate, .correctDueDate:
            switch self {
            case .merged, .withdrawn, .implemented, .verified: false
            default: true
            }
        case .setParticipationLevel, .giveFeedback, .retitle:
            if case .merged = self { false } else { true }
        // Only while decided: once work has begun the decision has been acted on; withdraw or reopen.
        case .correctDecision:
            if case .decided = self { true } else { false }
        case .startPreparation:
            switch self {
            case .registered, .reopened: true
            default: false
            }
        case .decide:
            if case .inPreparation = self { true } else { false }
        case .startWork:
            if case .decided(let decision) = self { decision.outcome != .rejected } else { false }
        case .markImplemented:
            if case .inProgress = self { true } else { false }
        case .verify, .recordKvittens:
            if case .implemented = self { true } else { false }
        case .withdraw:
            switch self {
            case .registered, .inPreparation, .reopened, .inProgress: true
            case .decided(let decision): decision.outcome != .rejected
            default: false
            }
        case .mergeInto:
            switch self {
            case .registered, .inPreparation, .reopened: true
            default: false
            }
        case .reopen:
            switch self {
            case .implemented, .verified, .withdrawn: true
            case .decided(let decision): decision.outcome == .rejected
            default: false
            }
        }
    }

    /// Every action this stage allows, in the table's order.
    package var allowedActions: [IssueAction] { IssueAction.allCases.filter(allows) }
}

extension IssueStage {
    /// The steps of the course each status allows — decided split by whether the decision was a
    /// rejection — as (status in Swedish, steps), rendered from ``allows(_:)`` for help texts.
    public static var courseByStatus: [(status: String, steps: [IssueAction])] {
        // Any day: the table does not look at dates.
        guard let day = CalendarDate(year: 2000, month: 1, day: 1) else { return [] }
        func decision(_ outcome: DecisionOutcome) -> Decision {
            Decision(outcome: outcome, motivation: "", decidedBy: "", decidedOn: day)
        }
        let stages: [(String, IssueStage)] = [
            (IssueStatus.registered.label, .registered),
            (IssueStatus.inPreparation.label, .inPreparation),
            ("\(IssueStatus.decided.label) (bifall eller delvis bifall)", .decided(decision(.accepted))),
            ("\(IssueStatus.decided.label) (avslag)", .decided(decision(.rejected))),
            (IssueStatus.inProgress.label, .inProgress(decision(.accepted))),
            (IssueStatus.implemented.label, .implemented(decision(.accepted), implementedOn: day)),
            (IssueStatus.verified.label, .verified(decision(.accepted), implementedOn: day, verifiedOn: day)),
            (IssueStatus.withdrawn.label, .withdrawn(reason: "")),
            (IssueStatus.reopened.label, .reopened),
        ]
        return stages.map { ($0.0, IssueAction.course.filter($0.1.allows)) }
    }
}
