import Digests
import Domain
import Wording

/// The agenda for a council's meeting, in numbered points as a brukarråd works through them: the
/// opening; what the council was told in writing since its last meeting, to be read aloud and talked
/// about where it meets; the feedback still owed; what is due before the next meeting; the proposals
/// from the last meeting; those still waiting; new proposals; other matters; the next meeting. The
/// council's proposals in its own words, whole.
///
/// The council's copy has no ids and no commands. The coordinator's copy adds, at the end, the
/// commands that record the feedback as given at the meeting.
package enum AgendaWording {
    /// Who reads the agenda.
    package enum Copy: Sendable {
        /// The council: the agenda it works through.
        case council
        /// The coordinator: the same, and the commands to run after the meeting.
        case coordinator
    }

    package static func letter(_ agenda: CouncilAgenda, copy: Copy = .council) -> Letter {
        var points: [(heading: Prose, section: Letter.Section)] = []
        points.append(
            (
                "Mötets öppnande",
                Letter.Section(intro: ["Mötet öppnas.", "Rådet väljer vem som skriver anteckningar."], items: [])
            ))
        points.append(
            (
                "Besked sedan förra mötet",
                Letter.Section(
                    intro: agenda.told.isEmpty
                        ? [
                            agenda.lastMeeting == nil
                                ? "Rådet har inte fått några besked i brev."
                                : "Rådet har inte fått några besked sedan förra mötet."
                        ]
                        : ["Det här har hänt sedan förra mötet."]
                            + (agenda.told.contains { !$0.toldInWriting.isEmpty }
                                ? ["Rådet har fått en del av det i brev."] : [])
                            + ["Läs upp det och prata om det."],
                    items: agenda.told.map { told($0) })
            ))
        points.append(
            (
                "Besked som rådet väntar på",
                Letter.Section(
                    intro: agenda.owed.isEmpty
                        ? ["Rådet väntar inte på något annat besked."] : ["Läs upp besluten och vad som har gjorts."],
                    items: agenda.owed.map { entry in
                        Letter.Item(title: entry.proposal.text, lines: also(entry.alsoIn) + owed(entry.issue))
                    })
            ))
        if !agenda.kvittens.isEmpty {
            points.append(
                (
                    "Fungerar det som ni menade?",
                    Letter.Section(
                        intro: [
                            "De här förslagen är genomförda. Säg om det blev som ni tänkt.",
                            "Om det inte fungerar, säg vad som är fel. Då öppnas ärendet igen.",
                        ],
                        items: agenda.kvittens.map { entry in
                            var lines = also(entry.alsoIn) + implementation(entry.issue)
                            if entry.issue.owes(.decision) != nil { lines = decision(entry.issue) + lines }
                            lines.append(.prose("Fungerar det som ni menade?"))
                            return Letter.Item(title: entry.proposal.text, lines: lines)
                        })
                ))
        }
        points.append(
            (
                "Ska vara klart före nästa möte",
                Letter.Section(
                    intro: agenda.due.isEmpty ? ["Inget mer ska bli klart före nästa möte."] : [],
                    items: agenda.due.map { entry in
                        let due = entry.issue.dueDate ?? agenda.meetingOn
                        var lines: [Letter.Line] = [
                            .prose(
                                due < agenda.meetingOn
                                    ? "Det skulle vara klart \(due). Det är försenat." : "Det ska vara klart \(due).")
                        ]
                        if let state = state(entry.issue) { lines.insert(.prose(state), at: 0) }
                        return Letter.Item(title: entry.proposal.text, lines: also(entry.alsoIn) + lines)
                    })
            ))
        points.append(
            (
                agenda.lastMeeting.map { "Förslag från förra mötet \($0)" } ?? "Förslag från förra mötet",
                Letter.Section(
                    intro: agenda.lastMeeting == nil
                        ? ["Rådet har inte haft något möte förut."]
                        : agenda.fromLastMeeting.isEmpty ? ["Alla förslag från förra mötet finns med ovan."] : [],
                    items: agenda.fromLastMeeting.map { entry in
                        Letter.Item(
                            title: entry.proposal.text,
                            lines: also(entry.alsoIn) + [
                                .prose(entry.issue.flatMap(state) ?? "Ingen har tagit ställning till det än.")
                            ])
                    })
            ))
        if !agenda.waiting.isEmpty || !agenda.olderWithoutIssue.isEmpty {
            points.append(
                (
                    "Äldre förslag som väntar",
                    Letter.Section(
                        items: agenda.waiting.map { entry in
                            var lines: [Letter.Line] = [
                                .prose("Ni lade fram det \(entry.proposal.putForwardOn)."),
                                .prose("Det väntar på beslut sedan \(entry.issue.registeredOn)."),
                            ]
                            lines.append(
                                .prose(entry.issue.owner.map { "Ansvarig: \($0)." } ?? "Ingen är ansvarig än."))
                            return Letter.Item(title: entry.proposal.text, lines: also(entry.alsoIn) + lines)
                        }
                            + agenda.olderWithoutIssue.map { proposal in
                                Letter.Item(
                                    title: proposal.text,
                                    lines: [
                                        .prose("Ni lade fram det \(proposal.putForwardOn)."),
                                        .prose("Ingen har tagit ställning till det än."),
                                    ])
                            })
                ))
        }
        points.append(
            (
                "Nya förslag",
                Letter.Section(
                    intro: agenda.newProposals.isEmpty
                        ? ["Rådet tar upp nya förslag."]
                        : ["Rådet tar upp nya förslag.", "De här är redan anmälda."],
                    items: agenda.newProposals.map { Letter.Item(title: $0.text, lines: []) })
            ))
        points.append(("Övrigt", Letter.Section(intro: ["Har någon något mer att ta upp?"], items: [])))
        points.append(
            (
                "Nästa möte",
                Letter.Section(intro: ["Rådet bestämmer när nästa möte blir.", "Mötet avslutas."], items: [])
            ))
        var sections = points.enumerated().map { number, point in
            var section = point.section
            section.heading = Prose(parts: [.own("\(number + 1). ")] + point.heading.parts)
            return section
        }
        if copy == .coordinator, let commands = commands(agenda) { sections.append(commands) }
        return Letter(
            subject:
                "Dagordning för \(Swedish.shortened(agenda.council.name, limit: 120, firstSentence: false)) "
                + Swedish.longDate(agenda.meetingOn),
            greeting: "Dagordning för \(agenda.council.name), mötet \(agenda.meetingOn).",
            intro: [], sections: sections, closing: ["Dagordningen kommer från Tredje kraften."], references: [])
    }

    /// What the council was told since the last meeting about one issue, and what it still waits for.
    static func told(_ entry: CouncilAgenda.Entry) -> Letter.Item {
        let issue = entry.issue
        var lines = also(entry.alsoIn)
        for given in entry.toldInWriting {
            switch given.occasion {
            case .decision: lines += decision(issue)
            case .implementation: lines += implementation(issue)
            }
            lines.append(
                .prose(
                    given.channel == .digest
                        ? "Rådet fick beskedet i månadsbrevet \(given.givenOn)."
                        : "Rådet fick beskedet i ett brev \(given.givenOn)."))
        }
        if entry.followedUp, let on = issue.verifiedOn {
            lines.append(.prose("Ändringen följdes upp \(on)."))
            if let note = issue.verificationNote { lines.append(.quote("Så gick uppföljningen:", note)) }
        }
        if entry.withdrawn, let on = issue.withdrawnOn {
            lines.append(.prose("Ärendet återkallades \(on)."))
            if let reason = issue.withdrawnReason { lines.append(.quote("Skälet:", reason)) }
        }
        if !issue.feedbackOwed.isEmpty { lines += owed(issue) }
        return Letter.Item(title: entry.proposal.text, lines: lines)
    }

    /// The council's other proposals in the same issue, in full: "Ert förslag ”…” hör till samma ärende."
    static func also(_ proposals: [CouncilDigestFacts.ProposalFact]) -> [Letter.Line] {
        proposals.map { .prose("Ert förslag \("”\($0.text)”") hör till samma ärende.") }
    }

    /// The feedback an issue owes the council, ready to be read aloud.
    static func owed(_ issue: CouncilDigestFacts.IssueFact) -> [Letter.Line] {
        var lines: [Letter.Line] = []
        if issue.owes(.decision) != nil { lines += decision(issue) }
        if issue.owes(.implementation) != nil { lines += implementation(issue) }
        if let since = issue.feedbackOwed.map(\.owedSince).min() {
            lines.append(.prose("Rådet har väntat på beskedet sedan \(since)."))
        }
        return lines
    }

    static func decision(_ issue: CouncilDigestFacts.IssueFact) -> [Letter.Line] {
        guard let outcome = issue.outcome else { return [] }
        var lines: [Letter.Line] = [.prose(answer(outcome))]
        if let by = issue.decidedBy, let on = issue.decidedOn { lines.append(.prose("\(by) beslutade det \(on).")) }
        if let motivation = issue.motivation { lines.append(.quote("Motivering:", motivation)) }
        return lines
    }

    static func implementation(_ issue: CouncilDigestFacts.IssueFact) -> [Letter.Line] {
        guard let done = issue.implementedOn else { return [] }
        var lines: [Letter.Line] = [.prose("Det blev klart \(done).")]
        if let summary = issue.implementationSummary { lines.append(.quote("Så blev det:", summary)) }
        return lines
    }

    static func answer(_ outcome: DecisionOutcome) -> Prose {
        switch outcome {
        case .accepted: "Svaret är ja."
        case .partiallyAccepted: "Svaret är ja till en del."
        case .rejected: "Svaret är nej."
        }
    }

    /// Where the issue a proposal went into stands, in one sentence; nil when it has not been decided.
    static func state(_ issue: CouncilDigestFacts.IssueFact) -> Prose? {
        switch issue.status {
        case .registered, .reopened: "Det väntar på att beredas."
        case .inPreparation: "Det bereds nu."
        case .decided: issue.outcome.map(answer)
        case .inProgress: "Det genomförs nu."
        case .implemented: "Det är genomfört."
        case .verified: "Det är genomfört och uppföljt."
        case .withdrawn: "Ärendet är återkallat."
        case .merged: nil
        }
    }

    /// For the coordinator: the commands that record the feedback given at the meeting.
    static func commands(_ agenda: CouncilAgenda) -> Letter.Section? {
        var items: [Letter.Item] = []
        for entry in agenda.told + agenda.owed + agenda.kvittens {
            for due in entry.issue.feedbackOwed {
                items.append(
                    Letter.Item(
                        title: Swedish.shortened(entry.proposal.text, limit: 60),
                        lines: [
                            .command(
                                "tredjekraft issue feedback \(Swedish.shortID(entry.issue.id.description)) --council \(Swedish.shortID(agenda.council.id.description)) --occasion \(due.occasion.rawValue) --channel meeting --date \(agenda.meetingOn)"
                            )
                        ]))
            }
        }
        for entry in agenda.kvittens {
            let issue = Swedish.shortID(entry.issue.id.description)
            let council = Swedish.shortID(agenda.council.id.description)
            items.append(
                Letter.Item(
                    title: Swedish.shortened(entry.proposal.text, limit: 60),
                    lines: [
                        .command(
                            "tredjekraft issue kvittens \(issue) --council \(council) --holds --channel meeting --date \(agenda.meetingOn)"
                        ),
                        .command(
                            "tredjekraft issue kvittens \(issue) --council \(council) --does-not-hold --text \"…\" --channel meeting --date \(agenda.meetingOn)"
                        ),
                    ]))
        }
        guard !items.isEmpty else { return nil }
        return Letter.Section(
            heading: "För samordnaren",
            intro: ["När rådet har fått beskedet på mötet registrerar du det så här."], items: items, numbered: false)
    }
}
