import Digests
import Domain
import Wording

/// The agenda for a council's next meeting: the feedback owed to it first, each decision with its
/// motivation ready to be read aloud; then what waits, what falls due and the proposals that have not
/// become issues. The commands that record the feedback as given come last, for the coordinator.
package enum AgendaWording {
    package static func letter(_ agenda: CouncilAgenda) -> Letter {
        var sections: [Letter.Section] = []
        sections.append(
            Letter.Section(
                heading: "1. Besked till rådet",
                intro: agenda.owed.isEmpty
                    ? ["Rådet väntar inte på något besked."] : ["Läs upp besluten och vad som har gjorts."],
                items: agenda.owed.map { entry in
                    var lines: [Letter.Line] = []
                    let issue = entry.issue
                    if issue.owes(.decision) != nil, let outcome = issue.outcome {
                        lines.append(.prose(DigestWording.answer(outcome)))
                        if let by = issue.decidedBy, let on = issue.decidedOn {
                            lines.append(.prose("\(by) beslutade det \(on)."))
                        }
                        if let motivation = issue.motivation { lines.append(.quote("Motivering:", motivation)) }
                    }
                    if issue.owes(.implementation) != nil, let done = issue.implementedOn {
                        lines.append(.prose("Det blev klart \(done)."))
                        if let summary = issue.implementationSummary { lines.append(.quote("Så blev det:", summary)) }
                    }
                    if let since = issue.feedbackOwed.map(\.owedSince).min() {
                        lines.append(.prose("Rådet har väntat på beskedet sedan \(since)."))
                    }
                    return Letter.Item(title: Swedish.shortened(entry.proposal.text), lines: lines)
                }))
        sections.append(
            Letter.Section(
                heading: "2. Förslag som väntar på beslut",
                intro: agenda.waiting.isEmpty ? ["Inga förslag väntar på beslut."] : [],
                items: agenda.waiting.map { entry in
                    let waited = max(0, entry.issue.registeredOn.days(until: agenda.meetingOn))
                    var lines: [Letter.Line] = [
                        .prose("Det har väntat i \(waited) \(own: waited == 1 ? "dag" : "dagar").")
                    ]
                    lines.append(.prose(entry.issue.owner.map { "Ansvarig: \($0)." } ?? "Ingen är ansvarig än."))
                    return Letter.Item(title: Swedish.shortened(entry.proposal.text), lines: lines)
                }))
        sections.append(
            Letter.Section(
                heading: "3. Ska vara klart före nästa möte",
                intro: agenda.due.isEmpty ? ["Inget ska bli klart före nästa möte."] : [],
                items: agenda.due.map { entry in
                    let due = entry.issue.dueDate ?? agenda.meetingOn
                    let line: Prose =
                        due < agenda.meetingOn
                        ? "Det skulle vara klart \(due). Det är försenat." : "Det ska vara klart \(due)."
                    return Letter.Item(title: Swedish.shortened(entry.proposal.text), lines: [.prose(line)])
                }))
        let lastMeeting: Prose =
            agenda.lastMeeting.map { "Förslag från mötet \($0) som inte är ärenden än" }
            ?? "Förslag från förra mötet som inte är ärenden än"
        sections.append(
            Letter.Section(
                heading: "4. \(lastMeeting)",
                intro: agenda.lastMeeting == nil
                    ? ["Rådet har inte haft något möte förut."]
                    : agenda.fromLastMeeting.isEmpty ? ["Alla förslag från förra mötet är ärenden."] : [],
                items: agenda.fromLastMeeting.map { proposal in
                    Letter.Item(
                        title: Swedish.shortened(proposal.text),
                        lines: [.prose("Ingen har tagit ställning till det än.")])
                }))
        if !agenda.olderWithoutIssue.isEmpty {
            sections.append(
                Letter.Section(
                    heading: "5. Äldre förslag som inte är ärenden",
                    intro: [],
                    items: agenda.olderWithoutIssue.map { proposal in
                        Letter.Item(
                            title: Swedish.shortened(proposal.text),
                            lines: [.prose("Ni lade fram det \(proposal.putForwardOn).")])
                    }))
        }
        var commands: [Letter.Item] = []
        for entry in agenda.owed {
            for due in entry.issue.feedbackOwed {
                commands.append(
                    Letter.Item(
                        title: Swedish.shortened(entry.proposal.text, limit: 60),
                        lines: [
                            .command(
                                "tredjekraft issue feedback \(Swedish.shortID(entry.issue.id.description)) --council \(Swedish.shortID(agenda.council.id.description)) --occasion \(due.occasion.rawValue) --channel meeting --date \(agenda.meetingOn)"
                            )
                        ]))
            }
        }
        if !commands.isEmpty {
            sections.append(
                Letter.Section(
                    heading: "För samordnaren",
                    intro: ["När rådet har fått beskedet på mötet registrerar du det så här."],
                    items: commands, numbered: false))
        }
        return Letter(
            subject:
                "Dagordning för \(Swedish.shortened(agenda.council.name, limit: 120, firstSentence: false)) "
                + Swedish.longDate(agenda.meetingOn),
            greeting: "Dagordning för \(agenda.council.name), mötet \(agenda.meetingOn).",
            intro: ["Först får rådet besked om det som det väntar på."], sections: sections,
            closing: ["Dagordningen kommer från Tredje kraften."], references: [])
    }
}
