import Digests
import Domain
import Wording

/// A council's static status page, the index of the councils, and the accessibility statement, in the
/// digest's words: a page's entry is told with the same sentences as the digest's items
/// (``DigestWording/item(_:today:quoteLimit:)``) and its closing list (``DigestWording/stateLine(_:today:)``).
/// Only what the council's digest may show: no ids, no addresses, no commands.
package enum StatusPageWording {
    /// The council's page as a letter: render it with ``Letter/page(_:)``.
    package static func letter(_ page: CouncilStatusPage) -> Letter {
        let sections = CouncilStatusPage.Section.allCases.compactMap { section -> Letter.Section? in
            let entries = page.entries.filter { $0.section == section }
            guard !entries.isEmpty else { return nil }
            return Letter.Section(
                heading: heading(section), intro: sectionIntro(section),
                items: entries.map { item($0, today: page.asOf) }, numbered: false)
        }
        var intro: [Prose] = [
            "Här ser ni alla förslag som ni har lagt fram de senaste två åren. Ni ser hur det har gått för vart och ett."
        ]
        if page.entries.isEmpty { intro.append("Ni har inte lagt fram några förslag de senaste två åren.") }
        return Letter(
            subject: subject(page.council), greeting: DigestWording.greeting(page.council), intro: intro,
            sections: sections,
            closing: [
                DigestWording.contactLine(page.council, address: nil),
                "Sidan kommer från Tredje kraften. Den följer upp vad som händer med brukarnas förslag.",
            ])
    }

    /// "Era förslag – Brukarrådet Vuxenstöd Lund"
    package static func subject(_ council: CouncilDigestFacts.CouncilFact) -> String {
        "Era förslag – \(council.name)"
    }

    /// One entry: the day it was put forward, then, for an issue, the digest's sentences about it told in
    /// full; otherwise the closing list's line.
    static func item(_ entry: CouncilStatusPage.Entry, today: CalendarDate) -> Letter.Item {
        guard entry.issue != nil else {
            return Letter.Item(
                title: entry.proposal.text,
                lines: [
                    .prose(
                        "Ni lade fram det \(entry.proposal.putForwardOn). \(DigestWording.stateLine(entry.state, today: today))"
                    )
                ])
        }
        let told = DigestWording.item(entry.asDigestItem, today: today)
        return Letter.Item(
            title: told.title, lines: [.prose("Ni lade fram förslaget \(entry.proposal.putForwardOn).")] + told.lines)
    }

    static func heading(_ section: CouncilStatusPage.Section) -> Prose {
        guard let digest = section.digestSection else { return "Andra förslag" }
        return DigestWording.heading(digest)
    }

    static func sectionIntro(_ section: CouncilStatusPage.Section) -> [Prose] {
        switch section {
        case .decided: ["Här är besluten om era förslag. Motiveringen står som den skrevs."]
        case .other: ["De här förslagen tog ni tillbaka, eller så ligger de i ett annat ärende."]
        default: section.digestSection.map { DigestWording.sectionIntro($0) } ?? []
        }
    }

    /// One council on the index: its name, its unit, and where its page is (relative to the index).
    package struct IndexEntry: Sendable, Equatable {
        package var name: String
        package var unitName: String
        package var href: String

        package init(name: String, unitName: String, href: String) {
            self.name = name
            self.unitName = unitName
            self.href = href
        }
    }

    package static let indexTitle = "Brukarråd och dialogmöten"
    package static let statementTitle = "Tillgänglighetsredogörelse"

    /// The index page: one link per council.
    package static func index(_ entries: [IndexEntry], frame: PageFrame) -> String {
        let e = Letter.escape
        var main = [
            "<h1>\(e(indexTitle))</h1>",
            "<p>Här finns en sida för varje brukarråd och dialogmöte. Där ser ni vad som har hänt med rådets förslag.</p>",
        ]
        if entries.isEmpty {
            main.append("<p>Det finns inga brukarråd än.</p>")
        } else {
            main.append("<ul>")
            for entry in entries {
                main.append("<li><a href=\"\(e(entry.href))\">\(e(entry.name))</a>, \(e(entry.unitName))</li>")
            }
            main.append("</ul>")
        }
        return Letter.pageDocument(title: indexTitle, frame: frame, main: main)
    }

    /// The index when each council's page has an unguessable address: no links, only where to ask.
    package static func secretIndex(frame: PageFrame) -> String {
        let main = [
            "<h1>\(Letter.escape(indexTitle))</h1>",
            "<p>Varje brukarråd och dialogmöte har en egen sida med en egen adress. Adressen står i rådets månadsbrev. Ni kan också fråga samordnaren för brukarinflytande.</p>",
        ]
        return Letter.pageDocument(title: indexTitle, frame: frame, main: main)
    }

    /// The accessibility statement that the law asks for (lagen om tillgänglighet till digital offentlig
    /// service): a template, its bracketed places for the organisation to fill in.
    package static func statement(frame: PageFrame) -> String {
        let main = [
            "<h1>\(statementTitle)</h1>",
            "<p>[Organisationens namn] står bakom de här sidorna. Vi vill att så många som möjligt ska kunna använda dem. Här beskriver vi hur sidorna uppfyller lagen om tillgänglighet till digital offentlig service, vilka brister vi känner till och hur ni kan påpeka brister.</p>",
            "<h2>Hur tillgängliga är sidorna?</h2>",
            "<p>Sidorna är gjorda för att uppfylla WCAG 2.1 på nivå AA. De fungerar utan JavaScript, går att läsa med skärmläsare, går att förstora till 200 procent och fungerar på smala skärmar. De går att skriva ut.</p>",
            "<p>[Skriv här om någon del av sidorna inte är tillgänglig, och varför. Skriv annars att ni inte känner till några brister.]</p>",
            "<h2>Vad kan ni göra om ni inte kan använda sidorna?</h2>",
            "<p>Behöver ni innehållet i en annan form, till exempel på papper eller uppläst? Kontakta [kontaktväg, till exempel e-post eller telefon till samordnaren för brukarinflytande]. Vi svarar inom [antal] arbetsdagar.</p>",
            "<h2>Rapportera brister</h2>",
            "<p>Vi vill veta om något på sidorna är svårt att använda. Kontakta [kontaktväg] och berätta vad som inte fungerar.</p>",
            "<h2>Tillsyn</h2>",
            "<p>Myndigheten för digital förvaltning (Digg) har tillsyn över lagen. Är ni inte nöjda med hur vi har tagit emot era synpunkter kan ni anmäla det till Digg.</p>",
            "<h2>Hur vi har testat sidorna</h2>",
            "<p>Sidorna testas automatiskt i en webbläsare med verktyget axe mot WCAG 2.1 A och AA, i bredden 320 pixlar och 1280 pixlar. [Skriv om ni också har gjort en egen granskning, när och av vem.]</p>",
            "<p>Redogörelsen gjordes [datum] och uppdaterades senast [datum].</p>",
        ]
        return Letter.pageDocument(title: statementTitle, frame: frame, main: main)
    }
}
