import Digests
import Domain
import Wording

/// The monthly digest to a council in plain Swedish: short sentences, "ni" and "vi", dates written
/// out. Each item is named by the council's own proposal, in full; decisions are told with their
/// motivation in full; a closing list names every proposal of the last two years and where it stands.
/// Ids and commands are not in the council's letter: they are the coordinator's (``coordinatorNotes(_:printed:)``).
package enum DigestWording {
    /// "Vad hände med era förslag i november 2026?"
    package static func subject(_ digest: CouncilDigest) -> String {
        "Vad hände med era förslag i \(Swedish.month(digest.month))?"
    }

    /// The letter, and the digest it tells, within `maximumBytes` for each part: first with quotations
    /// cut to a paragraph, then with the last items left out (and said so); the digest returned
    /// reports only the feedback the letter gives.
    ///
    /// - Parameters:
    ///   - printed: the council has no e-mail address; the coordinator hands the letter over and
    ///     records the feedback, so the letter does not claim to give it.
    ///   - coordinatorAddress: the unit's coordinator's address, from the contact directory; only a
    ///     printed letter carries it (an e-mail's text is kept in the log, an address never is).
    ///   - pageURL: the council's status page (`pages.base_url` set), named in the closing.
    package static func fitted(
        _ digest: CouncilDigest, printed: Bool = false, coordinatorAddress: String? = nil, pageURL: String? = nil,
        maximumBytes: Int
    ) -> (letter: Letter, digest: CouncilDigest) {
        func fits(_ letter: Letter) -> Bool {
            letter.text.utf8.count <= maximumBytes && letter.html.utf8.count <= maximumBytes
        }
        let address = printed ? coordinatorAddress : nil
        var letter = self.letter(digest, printed: printed, coordinatorAddress: address, pageURL: pageURL)
        if fits(letter) { return (letter, digest) }
        var kept = digest
        letter = self.letter(kept, printed: printed, coordinatorAddress: address, pageURL: pageURL, quoteLimit: 600)
        while !fits(letter), !kept.items.isEmpty {
            kept = digest.keepingFirst(kept.items.count * 3 / 4)
            letter = self.letter(
                kept, printed: printed, coordinatorAddress: address, pageURL: pageURL, quoteLimit: 600)
        }
        return (letter, kept)
    }

    package static func letter(
        _ digest: CouncilDigest, printed: Bool = false, coordinatorAddress: String? = nil, pageURL: String? = nil,
        quoteLimit: Int? = nil
    ) -> Letter {
        var intro: [Prose] = []
        if let late = digest.lateSince { intro.append(lateLine(late)) }
        intro.append("Här får ni veta vad som har hänt med era förslag.")
        intro.append("Brevet gäller \(Swedish.month(digest.month)). Det tar också upp det som inte är klart än.")
        if digest.asOf < digest.sentOn {
            intro.append(
                "Allt i brevet är som det var \(digest.asOf). Det som har hänt sedan dess kommer i nästa brev.")
        }
        intro += monthLines(digest)
        var sections = CouncilDigest.Section.allCases.compactMap { section -> Letter.Section? in
            let items = digest.items.filter { $0.section == section }
            guard !items.isEmpty else { return nil }
            return Letter.Section(
                heading: heading(section), intro: sectionIntro(section, shortened: quoteLimit != nil),
                items: items.map { item($0, today: digest.asOf, quoteLimit: quoteLimit) })
        }
        if let kvittens = kvittensSection(digest) { sections.insert(kvittens, at: 0) }
        if let corrections = correctionSection(digest) { sections.insert(corrections, at: 0) }
        if let overview = overview(digest) { sections.append(overview) }
        var closing: [Prose] = []
        if digest.leftOut > 0 {
            closing.append(
                "Brevet blev för långt. \(digest.leftOut) \(own: digest.leftOut == 1 ? "punkt" : "punkter") fick inte plats. Samordnaren kan berätta om dem."
            )
        }
        if !digest.reports.isEmpty, !printed {
            closing.append("Med det här brevet har ni fått besked om allt som står under Beslut och Klart.")
        }
        if let pageURL { closing.append(pageLine(pageURL)) }
        closing += [
            contactLine(digest.council, address: coordinatorAddress),
            "Brevet kommer från Tredje kraften. Den följer upp vad som händer med brukarnas förslag.",
        ]
        return Letter(
            subject: subject(digest), greeting: greeting(digest.council), intro: intro, sections: sections,
            closing: closing)
    }

    /// "Fungerar det som ni menade?": the implemented changes the council is asked about, and those it
    /// said do not work, which are opened again with its words. First in the letter: it waits for them.
    static func kvittensSection(_ digest: CouncilDigest) -> Letter.Section? {
        guard !digest.kvittensAsked.isEmpty || !digest.kvittensNotHeld.isEmpty else { return nil }
        var items = digest.kvittensNotHeld.map { question in
            var lines: [Letter.Line] = []
            if let words = question.issue.kvittensNotHeld?.text { lines.append(.quote("Ni sa:", words)) }
            lines.append(.prose("Ni sa att det inte fungerar som ni menade. Därför är ärendet öppnat igen."))
            return Letter.Item(title: question.proposal.text, lines: lines)
        }
        items += digest.kvittensAsked.map { question in
            var lines: [Letter.Line] = []
            if let summary = question.issue.implementationSummary { lines.append(.quote("Det här är gjort:", summary)) }
            if let on = question.issue.implementedOn {
                lines.append(.prose("Det blev klart \(on). Fungerar det som ni menade?"))
            } else {
                lines.append(.prose("Det är klart. Fungerar det som ni menade?"))
            }
            return Letter.Item(title: question.proposal.text, lines: lines)
        }
        return Letter.Section(
            heading: "Fungerar det som ni menade?",
            intro: [
                "Här är förslag som har blivit genomförda. Vi vill veta om det blev som ni tänkt.",
                "Svara på nästa möte, eller skriv till samordnaren. Ert svar avgör om ärendet räknas som klart.",
            ],
            items: items)
    }

    /// The council's members, by what the council is: never the name of a meeting series.
    static func greeting(_ council: CouncilDigestFacts.CouncilFact) -> Prose {
        switch council.form {
        case .userCouncil: "Hej alla i brukarrådet på \(council.unitName)!"
        case .dialogueMeeting: "Hej alla som är med på dialogmötena på \(council.unitName)!"
        }
    }

    /// Where the council's status page is (`pages.base_url`).
    static func pageLine(_ url: String) -> Prose {
        "Ni kan alltid se hur det går för era förslag på er sida: \(url)"
    }

    /// Whom to ask: the unit's coordinator by title, and by address where the letter may carry one.
    static func contactLine(_ council: CouncilDigestFacts.CouncilFact, address: String?) -> Prose {
        guard let address else {
            return "Har ni frågor? Kontakta samordnaren för brukarinflytande på \(council.unitName)."
        }
        return
            "Har ni frågor? Kontakta samordnaren för brukarinflytande på \(council.unitName). Adressen är \(address)."
    }

    /// The closing list: every proposal of the last two years, in the council's own words, and where it stands.
    static func overview(_ digest: CouncilDigest) -> Letter.Section? {
        guard !digest.overview.isEmpty else { return nil }
        return Letter.Section(
            heading: "Alla era förslag",
            intro: [
                "Här är alla förslag som ni har lagt fram de senaste två åren. Ni ser hur det har gått för vart och ett."
            ],
            items: digest.overview.map { entry in
                Letter.Item(
                    title: entry.proposal.text,
                    lines: [
                        .prose(
                            "Ni lade fram det \(entry.proposal.putForwardOn). \(stateLine(entry.state, today: digest.asOf))"
                        )
                    ])
            }, numbered: false)
    }

    /// Where a proposal stands, in one line.
    static func stateLine(_ state: CouncilDigest.ProposalState, today: CalendarDate) -> Prose {
        switch state {
        case .withdrawn: "Ni tog tillbaka förslaget."
        case .notYetAnIssue: "Ingen har tagit ställning till det än."
        case .waiting: "Det väntar på beslut."
        case .decided(.rejected, let on): "Svaret blev nej\(dated(on))."
        case .decided(.partiallyAccepted, let on): "Svaret blev ja till en del\(dated(on)). Arbetet har inte börjat."
        case .decided(.accepted, let on): "Svaret blev ja\(dated(on)). Arbetet har inte börjat."
        case .inProgress(let due?) where due < today: "Arbetet pågår. Det skulle vara klart \(due). Det är försenat."
        case .inProgress(let due?): "Arbetet pågår. Det ska vara klart \(due)."
        case .inProgress(nil): "Arbetet pågår."
        case .implemented(let on): "Det blev klart\(dated(on)). Vi ska följa upp det."
        case .verified(let on): "Det är klart, och vi följde upp det\(dated(on))."
        case .closedWithoutDecision(let on): "Ärendet avslutades utan beslut\(dated(on))."
        case .elsewhere: "Det ligger i ett annat ärende."
        }
    }

    static func dated(_ day: CalendarDate?) -> Prose { day.map { " \($0)" as Prose } ?? "" }

    /// Why `digest send` did not send everything: which recipients, and what to do.
    package static func notAllSent(_ failed: [String], sent: Int) -> String {
        let names =
            failed.prefix(10).joined(separator: ", ") + (failed.count > 10 ? " och \(failed.count - 10) till" : "")
        return "\(sent) månadsbrev skickades, men inte breven till \(names). Se daemonens logg för orsaken; "
            + "schemat försöker igen, och digest send skickar bara det som saknas."
    }

    static func lateLine(_ late: CalendarDate) -> Prose {
        "Det här brevet kommer senare än vanligt. Det skulle ha skickats \(late)."
    }

    /// What happened in the month, counted from the items the letter tells; or that nothing did.
    package static func monthLines(_ digest: CouncilDigest) -> [Prose] {
        let figures = digest.monthFigures
        let month = Swedish.month(digest.month)
        var lines: [Prose] = []
        if figures.proposalsPutForward > 0 {
            lines.append(
                "I \(month) lade ni fram \(figures.proposalsPutForward) förslag."
            )
        }
        if figures.becameIssues > 0 {
            lines.append(
                "I \(month) kom \(figures.becameIssues) av era förslag in i \(own: figures.becameIssues == 1 ? "ett ärende" : "ärenden")."
            )
        }
        if figures.decisions > 0 {
            lines.append("Vi tog \(figures.decisions) beslut i \(month).")
        }
        if figures.implemented > 0 {
            lines.append(
                "I \(month) blev \(figures.implemented) \(own: figures.implemented == 1 ? "sak klar" : "saker klara")."
            )
        }
        if figures.verified > 0 {
            lines.append(
                "I \(month) följde vi upp \(figures.verified) \(own: figures.verified == 1 ? "sak som var klar" : "saker som var klara")."
            )
        }
        if figures.withdrawn > 0 {
            lines.append(
                "I \(month) avslutades \(figures.withdrawn) \(own: figures.withdrawn == 1 ? "ärende" : "ärenden") utan beslut."
            )
        }
        if figures.escalated > 0 {
            lines.append(
                "I \(month) sa vi till ledningen om \(figures.escalated) \(own: figures.escalated == 1 ? "ärende" : "ärenden")."
            )
        }
        if figures.isQuiet { lines.append("I \(month) hände inget nytt med era förslag.") }
        return lines
    }

    static func heading(_ section: CouncilDigest.Section) -> Prose {
        switch section {
        case .decided: "Beslut"
        case .done: "Klart"
        case .underWay: "Pågår"
        case .waiting: "Väntar på beslut"
        case .notYetAnIssue: "Inte ärenden än"
        }
    }

    /// - Parameter shortened: long quotations were cut for the letter to fit.
    static func sectionIntro(_ section: CouncilDigest.Section, shortened: Bool = false) -> [Prose] {
        switch section {
        case .decided:
            shortened
                ? [
                    "Här är besluten om era förslag. Långa motiveringar är förkortade. Samordnaren har dem i sin helhet."
                ]
                : ["Här är besluten om era förslag. Motiveringen står som den skrevs."]
        case .done: ["Det här är gjort."]
        case .underWay: ["Här pågår arbetet. Ni ser när det ska vara klart."]
        case .waiting: ["De här förslagen väntar på beslut."]
        case .notYetAnIssue: ["Ingen har tagit ställning till de här förslagen än."]
        }
    }

    /// One item: the council's words as its name, then what there is to tell.
    static func item(_ item: CouncilDigest.Item, today: CalendarDate, quoteLimit: Int? = nil) -> Letter.Item {
        let quote = { (lead: Prose, text: String) -> Letter.Line in
            guard let limit = quoteLimit, text.count > limit else { return .quote(lead, text) }
            return .quote(lead, Swedish.shortened(text, limit: limit, firstSentence: false))
        }
        var lines: [Letter.Line] = []
        guard let issue = item.issue else {
            let waited = max(0, item.proposal.putForwardOn.days(until: today))
            lines.append(
                .prose(
                    waited == 0
                        ? "Ni lade fram förslaget \(item.proposal.putForwardOn)."
                        : "Ni lade fram förslaget \(item.proposal.putForwardOn). Det har väntat i \(waited) \(own: waited == 1 ? "dag" : "dagar")."
                ))
            return Letter.Item(title: item.proposal.text, lines: lines)
        }
        if let proposal = item.linkedThisMonth, let linked = proposal.linkedOn {
            // Linked after the issue was registered: it joined one that was already there.
            lines.append(
                .prose(
                    linked > issue.registeredOn
                        ? "Förslaget lades \(linked) till ett ärende som redan fanns."
                        : "Förslaget blev ett ärende \(linked)."))
        }
        for other in item.otherProposals {
            lines.append(
                .prose("Ert förslag \(quoted(other.text)) hör till samma ärende."))
        }
        for finding in issue.findings {
            lines.append(
                .prose(
                    "Brukarrevisionen \(quoted(finding.revisionTitle)) tog upp samma sak. Det ligger i samma ärende."))
        }
        if item.tellsDecision, let outcome = issue.outcome {
            lines.append(.prose(answer(outcome)))
            if let by = issue.decidedBy, let on = issue.decidedOn {
                lines.append(.prose("Beslutet togs \(on) av \(by)."))
            }
            if let motivation = issue.motivation { lines.append(quote("Motivering:", motivation)) }
            if issue.owes(.decision) != nil { lines.append(.prose("Ni har inte fått besked om beslutet förut.")) }
        }
        if issue.status == .withdrawn {
            lines.append(
                .prose(
                    "Ärendet avslutades utan beslut\(own: issue.withdrawnOn == nil ? "." : " ")\(issue.withdrawnOn.map { "\($0)." as Prose } ?? "")"
                ))
            if let reason = issue.withdrawnReason { lines.append(quote("Skäl:", reason)) }
        }
        if item.tellsImplementation, let done = issue.implementedOn {
            lines.append(.prose("Det blev klart \(done)."))
            if let summary = issue.implementationSummary { lines.append(quote("Så blev det:", summary)) }
            if let verified = issue.verifiedOn {
                lines.append(.prose("Vi följde upp det \(verified)."))
                if let note = issue.verificationNote { lines.append(quote("Det här kom fram:", note)) }
            }
            if issue.owes(.implementation) != nil { lines.append(.prose("Ni har inte fått besked om det här förut.")) }
        } else if issue.status == .implemented, let done = issue.implementedOn {
            lines.append(.prose("Det blev klart \(done)."))
        }
        lines += progress(issue, section: item.section, today: today)
        lines += decisionDeadline(item, today: today)
        for escalation in item.escalations {
            lines.append(
                .prose("Vi sa till ledningen \(escalation.on) att \(own: escalationReason(escalation.policy))."))
        }
        return Letter.Item(title: item.proposal.text, lines: lines)
    }

    /// Where an open issue stands: waiting since when, or when it should be done.
    static func progress(_ issue: CouncilDigestFacts.IssueFact, section: CouncilDigest.Section, today: CalendarDate)
        -> [Letter.Line]
    {
        guard issue.isOpen else { return [] }
        switch issue.status {
        case .registered, .inPreparation, .reopened:
            let waited = max(0, issue.registeredOn.days(until: today))
            var lines: [Letter.Line] = [
                .prose(
                    waited == 0
                        ? "Det väntar på beslut sedan \(issue.registeredOn)."
                        : "Det har väntat på beslut i \(waited) \(own: waited == 1 ? "dag" : "dagar"), sedan \(issue.registeredOn)."
                )
            ]
            if issue.owner == nil { lines.append(.prose("Ingen är ansvarig för det än.")) }
            if let due = issue.dueDate {
                lines.append(
                    .prose(
                        due < today
                            ? "Beslutet skulle ha kommit \(due). Det är försenat." : "Beslutet ska komma senast \(due)."
                    ))
            }
            return lines
        case .decided, .inProgress:
            var lines: [Letter.Line] = []
            if section != .decided, let outcome = issue.outcome { lines.append(.prose(answer(outcome))) }
            lines.append(.prose(issue.status == .decided ? "Arbetet har inte börjat än." : "Arbetet pågår."))
            if let due = issue.dueDate {
                lines.append(
                    .prose(
                        due < today ? "Det skulle vara klart \(due). Det är försenat." : "Det ska vara klart \(due)."))
            } else {
                lines.append(.prose("Det finns inget datum för när det ska vara klart."))
            }
            return lines
        case .implemented:
            return [.prose("Vi ska följa upp att det fungerar.")]
        default:
            return []
        }
    }

    static func answer(_ outcome: DecisionOutcome) -> Prose {
        switch outcome {
        case .accepted: "Svaret är ja."
        case .partiallyAccepted: "Svaret är ja till en del."
        case .rejected: "Svaret är nej."
        }
    }

    /// Why ledningen was told, as the council reads it.
    static func escalationReason(_ policy: PolicyName) -> String {
        switch policy {
        case .noOwner: "ingen var ansvarig för ärendet"
        case .noDecision: "ärendet väntade på beslut"
        case .dueSoon: "ärendet snart skulle vara klart"
        case .overdue: "ärendet var försenat"
        case .feedbackOwed: "ni väntade på besked"
        case .stale: "inget hände i ärendet"
        case .actionItemDue: "en åtgärd var försenad"
        case .certificationExpiry: "certifikatet gick ut"
        case .kvittensAwaited: "ni inte hade fått frågan om det fungerar"
        }
    }

    static func quoted(_ text: String) -> String { "”\(text)”" }

    /// What the coordinator sees beside the council's letter (`digest preview`), never in it: which
    /// issue and proposal each item is, and for a printed letter the commands that record the feedback.
    package static func coordinatorNotes(_ digest: CouncilDigest, printed: Bool) -> [String] {
        references(digest) + (printed ? handOver(digest) : [])
    }

    /// Which issue and proposal each item is.
    static func references(_ digest: CouncilDigest) -> [String] {
        guard !digest.items.isEmpty else { return [] }
        var lines = ["Ärenden och förslag i brevet:"]
        for item in digest.items {
            let issue = item.issue.map { "ärende \(Swedish.shortID($0.id.description)), " } ?? ""
            lines.append(
                "\(Swedish.shortened(item.proposal.text, limit: 60)): \(issue)förslag \(Swedish.shortID(item.proposal.id.description))"
            )
        }
        return lines
    }

    /// For a printed letter: the commands that record the feedback once the council has it.
    static func handOver(_ digest: CouncilDigest) -> [String] {
        guard !digest.reports.isEmpty else { return [] }
        let council = Swedish.shortID(digest.council.id.description)
        return ["När rådet har fått brevet registrerar du återkopplingen så här:"]
            + digest.reports.map {
                "tredjekraft issue feedback \(Swedish.shortID($0.issueId.description)) --council \(council) "
                    + "--occasion \($0.occasion.rawValue) --channel letter"
            }
    }
}
