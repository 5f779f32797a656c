import Domain
import Policies
import Wording

// The `tredjekraft` commands a letter offers: the step that would resolve what is missing, written
// out with the thing's short id (every command accepts it) and <placeholders> for what only the
// reader knows.
extension ReminderWording {
    static let tredjekraft = "tredjekraft"

    /// The commands that would resolve an effect's cause, in the order to run them.
    static func steps(_ effect: Effect, names: ReminderNames) -> [Letter.Line] {
        let cause = effect.cause
        switch effect.subject {
        case .issue(let id):
            let short = Swedish.shortID(id)
            let status = names.issues[id]?.status
            switch cause {
            case .noOwner:
                return [
                    step(
                        label: "Ge ärendet en ansvarig:", command: "\(tredjekraft) issue assign \(short) \"<ansvarig>\""
                    )
                ]
            case .noDecision:
                return status == .inPreparation ? [decide(short)] : [prepare(short), decide(short, then: true)]
            case .dueSoon, .overdue:
                return next(status, short)
                    + [
                        step(
                            label: "Flytta datumet om det behövs:",
                            command: "\(tredjekraft) issue due \(short) <ÅÅÅÅ-MM-DD>")
                    ]
            case .feedbackOwed(let due):
                return [
                    step(
                        label: "Registrera återkopplingen när rådet har fått den:",
                        command: "\(tredjekraft) issue feedback \(short) --council \(Swedish.shortID(due.councilId)) "
                            + "--occasion \(due.occasion.rawValue) --channel meeting")
                ]
            case .stale:
                return next(status, short)
            case .actionItemDue, .certificationExpiry:
                return []
            }
        case .actionItem(let id, let certification):
            let open: Letter.Line =
                if let issue = names.actionItems[id]?.issueId {
                    step(
                        label: "Markera ärendet som genomfört när åtgärden är gjord:",
                        command: "\(tredjekraft) issue implemented \(Swedish.shortID(issue))")
                } else {
                    step(
                        label: "Öppna ett ärende för åtgärden:",
                        command: "\(tredjekraft) issue open --action-item \(Swedish.shortID(id)) --title \"<rubrik>\"")
                }
            return [
                step(
                    label: "Se handlingsplanen:",
                    command: "\(tredjekraft) certification show \(Swedish.shortID(certification))"),
                open,
            ]
        case .certification(let id):
            guard case .certificationExpiry = cause else { return [] }
            return [
                step(
                    label: "Starta förnyelsen:",
                    command:
                        "\(tredjekraft) certification start --unit \(Swedish.shortID(effect.unitId)) --date <ÅÅÅÅ-MM-DD> "
                        + "--renews \(Swedish.shortID(id))")
            ]
        }
    }

    /// The next step of the issue's course from its status; none when the status is not known.
    static func next(_ status: IssueStatus?, _ short: String) -> [Letter.Line] {
        switch status {
        case .registered, .reopened:
            [prepare(short)]
        case .inPreparation:
            [decide(short)]
        case .decided:
            [step(label: "Börja genomföra beslutet:", command: "\(tredjekraft) issue start \(short)")]
        case .inProgress:
            [
                step(
                    label: "Markera ärendet som genomfört när arbetet är klart:",
                    command: "\(tredjekraft) issue implemented \(short) --summary \"<vad som gjordes>\"")
            ]
        case .implemented:
            [
                step(
                    label: "Registrera uppföljningen:",
                    command: "\(tredjekraft) issue verify \(short) --note \"<vad uppföljningen visade>\"")
            ]
        case .verified, .withdrawn, .merged, nil:
            []
        }
    }

    /// A command with the lead-in that says what it does.
    static func step(label: Prose, command: String) -> Letter.Line { .command(command, lead: label) }

    static func prepare(_ short: String) -> Letter.Line {
        step(label: "Börja bereda ärendet:", command: "\(tredjekraft) issue prepare \(short)")
    }

    /// Deciding takes one of three outcomes; the lead-in names them.
    static func decide(_ short: String, then: Bool = false) -> Letter.Line {
        step(
            label: "\(own: then ? "Besluta sedan" : "Besluta") (--accept, --partially eller --reject):",
            command: "\(tredjekraft) issue decide \(short) --accept --by \"<vem>\" --motivation \"<varför>\"")
    }
}
