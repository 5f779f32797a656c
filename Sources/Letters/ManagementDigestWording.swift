import Digests
import Domain
import ReadModelTypes
import Wording

/// The monthly digest to a unit's ledning: the month's figures beside the month before's, then what
/// is late, what was escalated, which certificates run out and which councils have waited longest.
package enum ManagementDigestWording {
    /// "Månadsbrev till ledningen: Vuxenstöd Lund, november 2026"
    package static func subject(_ digest: ManagementDigest) -> String {
        "Månadsbrev till ledningen: \(Swedish.shortened(digest.facts.unitName, limit: 120, firstSentence: false)), "
            + Swedish.month(digest.month)
    }

    package static func letter(_ digest: ManagementDigest) -> Letter {
        let facts = digest.facts
        let month = Swedish.month(digest.month)
        let before = Swedish.month(digest.month.previous)
        var intro: [Prose] = []
        if let late = digest.lateSince { intro.append(DigestWording.lateLine(late)) }
        intro.append("Här är läget för \(facts.unitName) i \(month).")
        intro.append("Siffran inom parentes gäller \(before).")
        var sections = [
            Letter.Section(
                heading: "Siffror för \(month)", intro: [],
                items: figures(facts.thisMonth.total, facts.monthBefore.total, open: facts.openIssues), numbered: false)
        ]
        sections.append(
            Letter.Section(
                heading: "Försenade ärenden",
                intro: facts.overdue.isEmpty
                    ? ["Inga ärenden är försenade."]
                    : ["De här ärendena skulle vara klara."] + more(facts.overdue.count, "ärenden är försenade"),
                items: facts.overdue.prefix(shown).map { issue in
                    var lines: [Letter.Line] = []
                    if let due = issue.dueDate {
                        let late = due.days(until: digest.sentOn)
                        lines.append(
                            .prose(
                                "Det skulle vara klart \(due). Det är försenat med \(late) \(own: late == 1 ? "dag" : "dagar")."
                            ))
                    }
                    lines.append(.prose(issue.owner.map { "Ansvarig: \($0)." } ?? "Ingen är ansvarig."))
                    return Letter.Item(title: issue.title, lines: lines)
                }))
        sections.append(
            Letter.Section(
                heading: "Det här fick ledningen veta i \(month)",
                intro: facts.escalations.isEmpty
                    ? ["Ledningen fick inga påpekanden i \(month)."]
                    : ["Ni fick veta det här, eftersom påminnelser inte räckte."]
                        + more(facts.escalations.count, "påpekanden kom i månaden"),
                items: facts.escalations.prefix(shown).map { effect in
                    Letter.Item(
                        title: effect.title,
                        lines: [
                            .prose(
                                "Ni fick veta det \(effect.sentOn). Orsak: \(own: DigestWording.escalationReason(effect.policy))."
                            )
                        ])
                }))
        if !digest.expiring.isEmpty {
            sections.append(
                Letter.Section(
                    heading: "Certifieringar som går ut", intro: ["Börja förnya i tid."],
                    items: digest.expiring.map { certification in
                        let days = certification.daysUntilExpiry ?? 0
                        let line: Prose =
                            switch certification.validUntil {
                            case let until? where days < 0: "Den gick ut \(until)."
                            case let until?:
                                "Den gäller till och med \(until). Det är \(days) \(own: days == 1 ? "dag" : "dagar") kvar."
                            case nil: "Den har inget slutdatum."
                            }
                        return Letter.Item(
                            title: "Certifieringen av \(certification.unitName)", lines: [.prose(line)])
                    }, numbered: false))
        }
        if !digest.longestWaiting.isEmpty {
            sections.append(
                Letter.Section(
                    heading: "Råd som har väntat längst", intro: [],
                    items: digest.longestWaiting.map { wait in
                        var lines: [Letter.Line] = []
                        if let since = wait.waitingSince { lines.append(.prose("Rådet har väntat sedan \(since).")) }
                        if wait.feedbackOwed > 0 {
                            lines.append(
                                .prose(
                                    "Det väntar på besked i \(wait.feedbackOwed) \(own: wait.feedbackOwed == 1 ? "fråga" : "frågor")."
                                ))
                        }
                        if wait.undecided > 0 {
                            lines.append(
                                .prose(
                                    "\(wait.undecided) \(own: wait.undecided == 1 ? "ärende" : "ärenden") från rådet väntar på beslut."
                                ))
                        }
                        if wait.proposalsWithoutIssue > 0 {
                            lines.append(
                                .prose(
                                    "\(wait.proposalsWithoutIssue) av dess förslag har inte blivit \(own: wait.proposalsWithoutIssue == 1 ? "ett ärende" : "ärenden")."
                                ))
                        }
                        return Letter.Item(title: wait.name, lines: lines)
                    }))
        }
        sections += groups(
            "Per kvalitetsområde", facts.thisMonth.byQualityArea, facts.monthBefore.byQualityArea)
        sections += groups(
            "Per nivå av delaktighet", facts.thisMonth.byParticipationLevel, facts.monthBefore.byParticipationLevel)
        return Letter(
            subject: subject(digest), greeting: "Hej!", intro: intro, sections: sections,
            closing: [
                "Siffrorna kommer från Tredje kraften. Den följer upp vad som händer med brukarnas förslag.",
                "Samordnaren kan ta fram mer statistik.",
            ],
            references: [])
    }

    /// How many items a list in the letter shows; the rest are counted.
    static let shown = 30

    /// "12 fler ärenden är försenade. Samordnaren har hela listan." when a list is longer than shown.
    static func more(_ count: Int, _ what: String) -> [Prose] {
        guard count > shown else { return [] }
        return ["Här står de första \(shown). \(count - shown) fler \(own: what). Samordnaren har hela listan."]
    }

    /// The figures as list lines: this month, the month before in brackets.
    static func figures(_ now: Statistics.Figures, _ before: Statistics.Figures, open: Int) -> [Letter.Item] {
        var items = common(now, before)
        // Brukarkvittens, when issues from councils or revisions were followed up in either month.
        if now.followedUp + before.followedUp > 0 {
            items += [
                Letter.Item(
                    title:
                        "Uppföljda med brukarnas kvittens: \(Swedish.percent(now.kvittensShare)) (\(Swedish.percent(before.kvittensShare)))",
                    lines: []),
                Letter.Item(
                    title:
                        "Uppföljda utan brukarkvittens: \(now.followedUpWithoutKvittens) (\(before.followedUpWithoutKvittens))",
                    lines: []),
            ]
        }
        return items + [Letter.Item(title: "Öppna ärenden nu: \(open)", lines: [])]
    }

    private static func common(_ now: Statistics.Figures, _ before: Statistics.Figures) -> [Letter.Item] {
        [
            Letter.Item(title: "Nya ärenden: \(now.registered) (\(before.registered))", lines: []),
            Letter.Item(title: "Beslut: \(now.decided) (\(before.decided))", lines: []),
            Letter.Item(title: "Klara: \(now.implemented) (\(before.implemented))", lines: []),
            Letter.Item(
                title:
                    "Dagar till beslut, mitten av alla: \(days(now.medianDaysToDecision)) (\(days(before.medianDaysToDecision)))",
                lines: []),
            Letter.Item(
                title:
                    "Besked till rådet inom 30 dagar: \(Swedish.percent(now.feedbackWithin30DaysShare)) (\(Swedish.percent(before.feedbackWithin30DaysShare)))",
                lines: []),
        ]
    }

    static func days(_ value: Double?) -> String { value.map(Swedish.decimal) ?? Swedish.none }

    /// One section of groups (areas or levels) that had anything in either month.
    static func groups(_ heading: String, _ now: [Statistics.Group], _ before: [Statistics.Group]) -> [Letter
        .Section]
    {
        let previous = Dictionary(before.map { ($0.key, $0.figures) }, uniquingKeysWith: { first, _ in first })
        let zero = Statistics.Figures(registered: 0, decided: 0, implemented: 0)
        let items = now.compactMap { group -> Letter.Item? in
            let earlier = previous[group.key] ?? zero
            let figures = group.figures
            guard
                figures.registered + figures.decided + figures.implemented + earlier.registered + earlier.decided
                    + earlier.implemented > 0
            else { return nil }
            return Letter.Item(
                title: group.label,
                lines: [
                    .prose(
                        "Nya: \(figures.registered) (\(earlier.registered)). Beslut: \(figures.decided) (\(earlier.decided)). Klara: \(figures.implemented) (\(earlier.implemented))."
                    )
                ])
        }
        guard !items.isEmpty else { return [] }
        return [Letter.Section(heading: "\(own: heading)", intro: [], items: items, numbered: false)]
    }
}
