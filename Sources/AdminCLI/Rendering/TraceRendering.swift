import AdminProtocol
import ReadModelTypes
import Wording

/// The answer to "vad hände med förslaget?": the source's own words, the answer in a sentence,
/// the issue it went into as it stands now, and everything that happened, dated and signed.
enum TraceRendering {
    static func render(_ reply: TraceReply) -> String {
        let trace = reply.trace
        let source = trace.source
        var heading = "\(Swedish.sourceKind(source.kind)) \(Swedish.shortID(source.id))"
        if !source.origin.isEmpty { heading += " · \(source.origin)" }
        if let date = source.date { heading += " · \(date)" }
        var sections = [heading + (source.text.isEmpty ? "" : "\n  »\(source.text)«")]
        sections.append("Svar: " + trace.answer)
        if let issue = trace.issue {
            var current = "Ärendet:\n" + IssueRendering.fields(issue).render()
            if trace.issuePath.count > 1 {
                current += "\nVägen hit: " + trace.issuePath.map { Swedish.shortID($0) }.joined(separator: " → ")
            }
            if !issue.feedbackOwed.isEmpty {
                current += "\n\nÅterkoppling som väntar:\n" + IssueRendering.owedTable(issue.feedbackOwed)
            }
            sections.append(current)
        } else if let withdrawnOn = source.withdrawnOn {
            // Withdrawn before it became an issue: the answer tells it; no issue, no issue history.
            sections.append("Inget ärende öppnades för det: rådet drog tillbaka förslaget \(withdrawnOn).")
        } else {
            sections.append("Inget ärende är öppnat för det än.")
        }
        if !trace.history.isEmpty {
            sections.append("Historik:\n" + IssueRendering.timeline(trace.history))
        } else if source.withdrawnOn == nil {
            sections.append("Ingen historik än.")
        }
        return sections.joined(separator: "\n\n")
    }
}
