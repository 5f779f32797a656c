import Domain
import ReadModelTypes

/// The answer to "vad hände med förslaget?" in one plain-Swedish paragraph: the trace shows it, and
/// the councils' monthly digests tell the same in their own words (`DigestWording`).
package enum TraceAnswer {
    /// For a source that no issue has taken up yet.
    package static func notYetAnIssue(_ kind: IssueSourceKind) -> String {
        "\(TimelineText.capitalized(kind.definite)) har ännu inte blivit ett ärende. Ingen har tagit ställning till det."
    }

    /// Where the issue a source went into stands: the decision and its motivation, the work, the
    /// owner and date, and what feedback the councils are still owed.
    ///
    /// - Parameters:
    ///   - mergedFrom: the issue the source first went into, when that was merged into `issue`.
    ///   - opened: whether the source opened the issue (rather than being linked to it later).
    package static func paragraph(kind: IssueSourceKind, issue: IssueDetail, mergedFrom: IssueID?, opened: Bool)
        -> String
    {
        let summary = issue.summary
        var sentences: [String] = []
        let number = TimelineText.short(summary.id)
        if mergedFrom != nil {
            sentences.append(
                "\(TimelineText.capitalized(kind.definite)) hör till ärende \(number) (”\(summary.title)”), som det slogs ihop med."
            )
        } else if opened {
            sentences.append("\(TimelineText.capitalized(kind.definite)) blev ärende \(number) (”\(summary.title)”).")
        } else {
            sentences.append(
                "\(TimelineText.capitalized(kind.definite)) gällde samma problem som ärende \(number) (”\(summary.title)”) och kopplades dit."
            )
        }
        switch summary.status {
        case .decided, .inProgress, .implemented, .verified:
            if let outcome = summary.outcome, let decidedBy = issue.decidedBy, let on = issue.decidedOn {
                sentences.append("\(decidedBy) beslutade \(outcome.label.lowercased()) \(on).")
            }
            if let motivation = issue.motivation { sentences.append("Motivering: \(motivation)") }
            switch summary.status {
            case .inProgress: sentences.append("Beslutet håller på att genomföras.")
            case .implemented: sentences.append("Beslutet är genomfört men ännu inte uppföljt.")
            case .verified: sentences.append("Beslutet är genomfört och uppföljt.")
            default:
                if summary.outcome != .rejected {
                    sentences.append("Arbetet med att genomföra beslutet har inte börjat.")
                }
            }
        case .registered: sentences.append("Ärendet är registrerat men ännu inte berett.")
        case .inPreparation: sentences.append("Ärendet bereds; beslut har inte fattats.")
        case .reopened: sentences.append("Ärendet har öppnats igen och väntar på ny beredning.")
        case .withdrawn: sentences.append("Ärendet drogs tillbaka.")
        case .merged: sentences.append("Ärendet slogs ihop med ett annat.")
        }
        if let owner = summary.owner {
            sentences.append("Ansvarig: \(owner).")
        } else if summary.isOpen {
            sentences.append("Ärendet har ingen ansvarig.")
        }
        if let due = summary.dueDate, summary.status.canBeLate(outcome: summary.outcome) {
            sentences.append(
                summary.isOverdue
                    ? "Det skulle ha varit klart \(due) och är försenat." : "Det ska vara klart senast \(due).")
        }
        for owed in issue.feedbackOwed {
            sentences.append(
                "\(owed.councilName.isEmpty ? "Brukarrådet" : owed.councilName) väntar sedan \(owed.owedSince) på återkoppling om \(TimelineText.occasion(owed.occasion))."
            )
        }
        if issue.feedbackOwed.isEmpty && summary.status != .registered && summary.status != .inPreparation {
            sentences.append("Ingen återkoppling är skyldig.")
        }
        // What the policies did: each time ledningen was told, and the last reminder.
        for escalation in issue.effects where escalation.kind == .escalation {
            sentences.append("Ledningen fick veta \(escalation.sentOn) att \(escalation.reason).")
        }
        if let reminder = issue.effects.last(where: { $0.kind == .reminder }) {
            sentences.append(
                "\(reminder.recipientName) fick senast en påminnelse \(reminder.sentOn): \(reminder.reason).")
        }
        return sentences.joined(separator: " ")
    }
}
