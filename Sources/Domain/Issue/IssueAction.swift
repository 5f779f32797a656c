/// What can be done to an opened issue: one case per command. The stage decides which are allowed
/// (``IssueStage/allows(_:)``): one table, which `decide` checks.
package enum IssueAction: String, CaseIterable, Sendable {
    case linkSource, assignOwner, setDueDate, setParticipationLevel, giveFeedback, absorb
    case startPreparation, decide, startWork, markImplemented, verify, withdraw, mergeInto, reopen

    /// The action in a refusal, "Det går inte att … nu."
    package var refusalPhrase: String {
        switch self {
        case .linkSource: "koppla en ny källa till ärendet"
        case .assignOwner: "ge ärendet en ansvarig"
        case .setDueDate: "sätta ett datum för ärendet"
        case .setParticipationLevel: "ändra delaktighetsnivån"
        case .giveFeedback: "registrera återkoppling"
        case .absorb: "ta emot ett sammanslaget ärende"
        case .startPreparation: "börja bereda ärendet"
        case .decide: "besluta i ärendet"
        case .startWork: "börja genomföra ärendet"
        case .markImplemented: "markera ärendet som genomfört"
        case .verify: "markera ärendet som uppföljt"
        case .withdraw: "återkalla ärendet"
        case .mergeInto: "slå ihop ärendet med ett annat"
        case .reopen: "återöppna ärendet"
        }
    }
}

extension IssueCommand {
    /// The action this command takes; nil for `open`, which makes the issue.
    package var action: IssueAction? {
        switch self {
        case .open: nil
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
        case .verify: .verify
        case .withdraw: .withdraw
        case .mergeInto: .mergeInto
        case .reopen: .reopen
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
        case .assignOwner:
            switch self {
            case .merged, .withdrawn, .verified: false
            default: true
            }
        case .setDueDate:
            switch self {
            case .merged, .withdrawn, .implemented, .verified: false
            default: true
            }
        case .setParticipationLevel, .giveFeedback:
            if case .merged = self { false } else { true }
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
        case .verify:
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
