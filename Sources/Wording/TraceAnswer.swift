import Domain
import Foundation
import ReadModelTypes

/// The answer to "vad hände med förslaget?" in one plain-Swedish paragraph: the trace shows it, and
/// the councils' monthly digests tell the same in their own words (`DigestWording`).
package enum TraceAnswer {
    /// For a source that no issue has taken up yet.
    package static func notYetAnIssue(_ kind: IssueSourceKind) -> String {
        "\(TimelineText.capitalized(kind.definite)) har ännu inte blivit ett ärende. Ingen har tagit ställning till det."
    }

    /// For a source that went into no issue: withdrawn by its council before that, or not taken up yet.
    package static func withoutIssue(_ kind: IssueSourceKind, _ source: SourceReference) -> String {
        withdrawal(source, beforeIssue: true) ?? notYetAnIssue(kind)
    }

    /// "Rådet drog tillbaka förslaget 2026-03-01. Skäl: … Det registrerades av …", when it did.
    static func withdrawal(_ source: SourceReference, beforeIssue: Bool) -> String? {
        guard let on = source.withdrawnOn else { return nil }
        var sentences = [
            beforeIssue
                ? "Rådet drog tillbaka förslaget \(on), innan det blev ett ärende."
                : "Rådet drog tillbaka förslaget \(on)."
        ]
        if let reason = source.withdrawnReason { sentences.append(Self.sentence("Skäl: \(reason)")) }
        if let by = source.withdrawnBy { sentences.append("Det registrerades av \(by).") }
        return sentences.joined(separator: " ")
    }

    /// How the issue came to its end (or was opened again), as its history has it: the history's own
    /// sentence with the reason, the day, and who recorded it. `nil` while the issue has not ended.
    static func ending(_ issue: IssueDetail, history: [TimelineEntry]) -> String? {
        let summary = issue.summary
        let types: Set<String>
        switch summary.status {
        case .withdrawn: types = [IssueWithdrawn.eventType]
        case .merged: types = [IssueMerged.eventType]
        // A council's "inte kvitterat" reopens the issue as a later finding does.
        case .reopened: types = [IssueReopened.eventType, KvittensRecorded.eventType]
        case .verified: types = [IssueVerified.eventType, IssueVerifiedWithoutKvittens.eventType]
        case .decided where summary.outcome == .rejected: types = [IssueDecided.eventType]
        case .registered, .inPreparation, .decided, .inProgress, .implemented: return nil
        }
        guard let entry = history.last(where: { $0.issueId == summary.id && types.contains($0.eventType) }) else {
            return nil
        }
        if entry.eventType == IssueDecided.eventType {
            // The decision's words and date are told already: say who recorded it, and that it ends here.
            return "Ärendet avslutades med det beslutet. Det registrerades av \(entry.actor)."
        }
        return Self.sentence(entry.text) + " Det registrerades \(entry.date) av \(entry.actor)."
    }

    /// The text ending in a full stop (a reason typed without one gets one).
    static func sentence(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let last = trimmed.last, !".!?”".contains(last) else { return trimmed }
        return trimmed + "."
    }

    /// Where the issue a source went into stands: the decision and its motivation, the work, the
    /// owner and date, and what feedback the councils are still owed.
    ///
    /// - Parameters:
    ///   - mergedFrom: the issue the source first went into, when that was merged into `issue`.
    ///   - opened: whether the source opened the issue (rather than being linked to it later).
    ///   - history: the history of the issues the source passed through; it tells how the issue ended
    ///     (withdrawn, merged, rejected, reopened, verified): when, by whom and why.
    ///   - source: the source as the trace found it; tells a proposal's withdrawal by its council.
    package static func paragraph(
        kind: IssueSourceKind, issue: IssueDetail, mergedFrom: IssueID?, opened: Bool, history: [TimelineEntry] = [],
        source: SourceReference? = nil
    ) -> String {
        let summary = issue.summary
        var sentences: [String] = []
        let number = TimelineText.short(summary.id)
        if let mergedFrom {
            sentences.append(
                "\(TimelineText.capitalized(kind.definite)) hör till ärende \(number) (”\(summary.title)”), som det slogs ihop med."
            )
            // The merge that brought it here: from which issue, when and by whom.
            if let merge = history.last(where: { $0.eventType == IssueMerged.eventType && $0.issueId != summary.id }) {
                let first = merge.issueId == mergedFrom ? "" : " via ärende \(TimelineText.short(merge.issueId))"
                sentences.append(
                    "Det gick först in i ärende \(TimelineText.short(mergedFrom))\(first), som slogs ihop med ärende \(number) \(merge.date). Det registrerades av \(merge.actor)."
                )
            }
        } else if opened {
            sentences.append("\(TimelineText.capitalized(kind.definite)) blev ärende \(number) (”\(summary.title)”).")
        } else {
            sentences.append(
                "\(TimelineText.capitalized(kind.definite)) gällde samma problem som ärende \(number) (”\(summary.title)”) och kopplades dit."
            )
        }
        if let source, let withdrawal = withdrawal(source, beforeIssue: false) { sentences.append(withdrawal) }
        switch summary.status {
        case .decided, .inProgress, .implemented, .verified:
            if let outcome = summary.outcome, let decidedBy = issue.decidedBy, let on = issue.decidedOn {
                sentences.append("\(decidedBy) beslutade \(outcome.label.lowercased()) \(on).")
            }
            if let motivation = issue.motivation { sentences.append("Motivering: \(motivation)") }
            switch summary.status {
            case .inProgress: sentences.append("Beslutet håller på att genomföras.")
            case .implemented: sentences.append("Beslutet är genomfört men ännu inte uppföljt.")
            case .verified:
                sentences.append("Beslutet är genomfört och uppföljt.")
                if let ending = ending(issue, history: history) { sentences.append(ending) }
            default:
                if summary.outcome != .rejected {
                    sentences.append("Arbetet med att genomföra beslutet har inte börjat.")
                } else if let ending = ending(issue, history: history) {
                    sentences.append(ending)
                }
            }
        case .registered: sentences.append("Ärendet är registrerat men ännu inte berett.")
        case .reopened:
            if let ending = ending(issue, history: history) {
                sentences.append(ending)
                sentences.append("Det väntar på ny beredning.")
            } else {
                sentences.append("Ärendet har öppnats igen och väntar på ny beredning.")
            }
        case .withdrawn: sentences.append(ending(issue, history: history) ?? "Ärendet drogs tillbaka.")
        case .merged: sentences.append(ending(issue, history: history) ?? "Ärendet slogs ihop med ett annat.")
        case .inPreparation: sentences.append("Ärendet bereds; beslut har inte fattats.")
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
