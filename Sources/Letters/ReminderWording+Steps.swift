import Domain
import Policies
import Wording

// The `tredjekraft` commands the coordinator's own letter offers: the steps that would resolve what
// is missing (``actions(_:status:outcome:)``, the same steps the other letters ask for in words),
// written out with the thing's short id (every command accepts it) and <placeholders> for what only
// the reader knows. No other letter has commands: its readers do not log in to a server.
extension ReminderWording {
    static let tredjekraft = "tredjekraft"

    /// The commands that would resolve an effect's cause, in the order to run them.
    static func steps(_ effect: Effect, names: ReminderNames) -> [Letter.Line] {
        let cause = effect.cause
        switch effect.subject {
        case .issue(let id):
            let fact = names.issues[id]
            return actions(cause, status: fact?.status, outcome: fact?.outcome).compactMap {
                command($0, Swedish.shortID(id), cause: cause)
            }
        case .actionItem(let id, let certification):
            var lines = [
                step(
                    label: "Se handlingsplanen:",
                    command: "\(tredjekraft) certification show \(Swedish.shortID(certification))")
            ]
            if let issue = names.actionItems[id]?.issueId {
                let fact = names.issues[issue]
                lines += actions(cause, status: fact?.status, outcome: fact?.outcome).compactMap {
                    command($0, Swedish.shortID(issue), cause: cause)
                }
            } else {
                lines.append(
                    step(
                        label: "Öppna ett ärende för åtgärden:",
                        command: "\(tredjekraft) issue open --action-item \(Swedish.shortID(id)) --title \"<rubrik>\""))
            }
            return lines
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

    /// One step of the course as the command that takes it.
    static func command(_ action: IssueAction, _ short: String, cause: EffectCause) -> Letter.Line? {
        switch action {
        case .assignOwner:
            step(label: "Ge ärendet en ansvarig:", command: "\(tredjekraft) issue assign \(short) \"<ansvarig>\"")
        case .startPreparation:
            step(label: "Börja bereda ärendet:", command: "\(tredjekraft) issue prepare \(short)")
        case .decide:
            // Deciding takes one of three outcomes; the lead-in names them.
            step(
                label: "Besluta (--accept, --partially eller --reject):",
                command: "\(tredjekraft) issue decide \(short) --accept --by \"<vem>\" --motivation \"<varför>\"")
        case .startWork:
            step(label: "Börja genomföra beslutet:", command: "\(tredjekraft) issue start \(short)")
        case .markImplemented:
            step(
                label: "Markera ärendet som genomfört när arbetet är klart:",
                command: "\(tredjekraft) issue implemented \(short) --summary \"<vad som gjordes>\"")
        case .verify:
            step(
                label: "Registrera uppföljningen:",
                command: "\(tredjekraft) issue verify \(short) --note \"<vad uppföljningen visade>\"")
        case .recordKvittens:
            step(
                label: "Registrera rådets svar om ändringen fungerar som de menade:",
                command: "\(tredjekraft) issue kvittens \(short) --council <råd> --holds --channel meeting")
        case .setDueDate:
            step(label: "Flytta datumet om det behövs:", command: "\(tredjekraft) issue due \(short) <ÅÅÅÅ-MM-DD>")
        case .giveFeedback:
            if case .feedbackOwed(let due) = cause {
                step(
                    label: "Registrera återkopplingen när rådet har fått den:",
                    command: "\(tredjekraft) issue feedback \(short) --council \(Swedish.shortID(due.councilId)) "
                        + "--occasion \(due.occasion.rawValue) --channel meeting")
            } else {
                nil
            }
        case .linkSource, .setParticipationLevel, .absorb, .withdraw, .mergeInto, .reopen, .retitle, .correctDecision,
            .correctDueDate, .correctOwner:
            nil
        }
    }

    /// A command with the lead-in that says what it does.
    static func step(label: Prose, command: String) -> Letter.Line { .command(command, lead: label) }
}
