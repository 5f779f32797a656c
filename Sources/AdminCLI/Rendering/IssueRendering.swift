import AdminProtocol
import Domain
import ReadModelTypes
import Wording

/// Issues (ärenden): the list a coordinator scans, one issue in full, and its history.
enum IssueRendering {
    static func list(_ reply: IssuesReply) -> String {
        guard !reply.issues.isEmpty else { return "Inga ärenden." }
        return Table(
            [
                .init("Id"), .init("Ärende", maxWidth: 44), .init("Status"), .init("Ansvarig", maxWidth: 24),
                .init("Klart senast"), .init("Verksamhet", maxWidth: 28), .init("Återkoppling"),
            ],
            rows: reply.issues.map { issue in
                [
                    Swedish.shortID(issue.id), issue.title, Swedish.status(issue.status, outcome: issue.outcome),
                    issue.owner ?? Swedish.none, dueDate(issue), issue.unitName, feedback(issue.feedbackOwedCount),
                ]
            }
        ).render()
    }

    static func detail(_ reply: IssueReply) -> String {
        let detail = reply.issue
        var sections = [fields(detail).render()]
        if !detail.sources.isEmpty {
            sections.append("Källor:\n" + sourceTable(detail.sources))
        }
        if !detail.feedbackOwed.isEmpty {
            sections.append("Återkoppling som väntar:\n" + owedTable(detail.feedbackOwed))
        }
        if !detail.effects.isEmpty {
            sections.append(
                "Påminnelser och besked till ledningen:\n"
                    + Table(
                        [.init("Datum"), .init("Vad", maxWidth: 90, overflow: .wrap)],
                        rows: detail.effects.map { [$0.sentOn.description, $0.text] }
                    ).render())
        }
        return sections.joined(separator: "\n\n")
    }

    /// Everything known about the issue itself, whole ids included (to copy into the next command).
    static func fields(_ detail: IssueDetail) -> Fields {
        let summary = detail.summary
        var fields = Fields()
        fields.add("Id", summary.id.description)
        fields.add("Ärende", summary.title)
        fields.add("Status", Swedish.status(summary.status, outcome: summary.outcome))
        fields.add("Motivering", detail.motivation)
        fields.add("Beslutat av", detail.decidedBy.map { by in by + (detail.decidedOn.map { " \($0)" } ?? "") })
        fields.add("Sammanslaget med", detail.mergedInto?.description)
        fields.add("Ansvarig", summary.owner ?? "ingen än")
        fields.add("Klart senast", summary.dueDate.map { _ in dueDate(summary) })
        fields.add("Verksamhet", summary.unitName)
        fields.add("Kvalitetsområde", summary.qualityArea?.label)
        fields.add("Delaktighet", Swedish.participation(summary.participationLevel))
        fields.add("Skäl för delaktighet", detail.participationReason)
        fields.add("Registrerat", summary.registeredOn.description)
        fields.add(
            "Senast hänt",
            "\(summary.lastEventOn) (för \(Swedish.days(summary.daysSinceLastEvent)) sedan)"
                + (summary.isStale ? ", står still" : ""))
        fields.add(
            "Ledningen får veta",
            detail.pendingEscalation.map { "\($0), om inget händer före dess" })
        fields.add("Så räknades det", detail.pendingEscalationExplained)
        fields.add("Brukarkvittens", kvittens(detail))
        return fields
    }

    /// Where the council's sign-off stands: awaited from whom since when, or why it was followed up
    /// without one; nil when nobody is asked.
    static func kvittens(_ detail: IssueDetail) -> String? {
        if let reason = detail.verifiedWithoutKvittens { return "uppföljt utan brukarkvittens. Skäl: \(reason)" }
        guard let since = detail.kvittensAskedSince, !detail.kvittensAwaitedFrom.isEmpty else { return nil }
        return "väntar på svar från \(Swedish.list(detail.kvittensAwaitedFrom)) sedan \(since)"
    }

    static func history(_ reply: HistoryReply) -> String {
        guard !reply.entries.isEmpty else { return "Ingen historik." }
        return timeline(reply.entries)
    }

    /// The steps of a history as a dated list with who did it.
    static func timeline(_ entries: [TimelineEntry]) -> String {
        Table(
            [.init("Datum"), .init("Vad hände", overflow: .wrap), .init("Av", maxWidth: 30)],
            rows: entries.map { [$0.date.description, $0.text, $0.actor] }
        ).render()
    }

    static func sourceTable(_ sources: [SourceReference]) -> String {
        Table(
            [.init("Typ"), .init("Id"), .init("Text", maxWidth: 50), .init("Ursprung", maxWidth: 36), .init("Datum")],
            rows: sources.map { source in
                [
                    Swedish.sourceKind(source.kind), Swedish.shortID(source.id), source.text, source.origin,
                    Swedish.date(source.date),
                ]
            }
        ).render()
    }

    /// With the day each should be given by and how it was counted, when the daemon says so.
    static func owedTable(_ owed: [OwedFeedback]) -> String {
        let explained = owed.contains { $0.deadlineExplained != nil }
        return Table(
            [.init("Råd"), .init("Om"), .init("Väntar sedan")]
                + (explained ? [.init("Senast, så räknades det", overflow: .wrap)] : []),
            rows: owed.map {
                [$0.councilName, $0.occasion.swedish, $0.owedSince.description]
                    + (explained ? [$0.deadlineExplained ?? Swedish.none] : [])
            }
        ).render()
    }

    /// The due date, marked when it has passed.
    static func dueDate(_ issue: IssueSummary) -> String {
        guard let due = issue.dueDate else { return Swedish.none }
        return due.description + (issue.isOverdue ? " (försenat)" : "")
    }

    /// "väntar (2)" when councils are still owed feedback.
    static func feedback(_ owed: Int) -> String {
        owed == 0 ? Swedish.none : "väntar (\(owed))"
    }
}
