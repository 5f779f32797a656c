import Digests
import Domain
import Foundation
import Letters
import Testing
import Wording

/// The councils' status pages from hand-made facts: the digest's words for the same facts, headings in
/// order, Swedish, no ids, escaped, every page tied to the index and the accessibility statement.
struct StatusPageTests {
    typealias F = LetterFixtures
    /// The digest's last day: the page and the digest then tell the same day.
    static let today = F.day("2026-11-30")
    static let page = CouncilStatusPage.make(F.councilFacts, today: today)
    static let letter = StatusPageWording.letter(page)
    static var html: String {
        letter.page(PageFrame(home: "../index.html", statement: "../tillganglighet.html", asOf: today))
    }

    /// The heading levels in document order, from the tags.
    static func headingLevels(_ html: String) -> [Int] {
        let pattern = try! NSRegularExpression(pattern: "<h([1-6])[ >]")
        return pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap { match in
            Range(match.range(at: 1), in: html).flatMap { Int(html[$0]) }
        }
    }

    @Test func everyProposalOfTheLastTwoYearsIsOnThePageOnceWithItsIssuesOtherProposals() {
        let titles = Self.letter.sections.flatMap(\.items).map(\.title)
        // Proposal 7 is in issue 11 with proposal 1, and 10 in issue 14 with 4: told within their entry.
        #expect(titles.count == F.councilFacts.proposals.count - 2)
        #expect(Set(titles).count == titles.count)
        let entry = Self.page.entries.first { $0.issue?.id == IssueID(F.uuid(11)) }
        #expect(entry?.otherProposals.map(\.text) == ["Mer tid i samtalen"])
    }

    @Test func thePageIsSwedishWithOneH1AndHeadingsThatNeverSkipALevel() {
        let html = Self.html
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"sv\">"))
        let levels = Self.headingLevels(html)
        #expect(levels.first == 1)
        #expect(levels.filter { $0 == 1 }.count == 1)
        for (previous, next) in zip(levels, levels.dropFirst()) { #expect(next <= previous + 1, "\(levels)") }
        #expect(html.contains("<a class=\"hoppa\" href=\"#innehall\">"))
        #expect(html.contains("<main id=\"innehall\""))
        #expect(html.contains("<a href=\"../tillganglighet.html\">Tillgänglighetsredogörelse</a>"))
        #expect(html.contains("@media print"))
        #expect(!html.contains("<script"))
        // No fixed widths: only relative units size the layout.
        #expect(html.range(of: "width: [0-9]+px", options: .regularExpression) == nil)
    }

    @Test func thePageHoldsNoIdsNoAddressesAndEscapesEveryValue() {
        let html = Self.html
        for n in [2, 11, 12, 13, 14, 15, 16, 17, 101, 102, 103, 104, 105, 106, 107] {
            #expect(!html.lowercased().contains(F.uuid(n).uuidString.lowercased()), "id \(n)")
            #expect(!html.lowercased().contains(F.uuid(n).uuidString.lowercased().prefix(8)), "short id \(n)")
        }
        // No address (the style sheet's `@media` is the only "@").
        #expect(html.range(of: "[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", options: .regularExpression) == nil)
        #expect(!html.contains("tredjekraft issue"))
        #expect(html.contains("Brukarrådet Vuxenstöd &amp; &lt;Stöd&gt;"))
        #expect(!html.contains("<Stöd>"))
    }

    @Test func aDecidedEntryIsToldInTheDigestsOwnSentences() throws {
        let digest = DigestWording.letter(F.councilDigest)
        let digestItems = digest.sections.flatMap(\.items)
        let pageItems = Self.letter.sections.flatMap(\.items)
        // The kaffe issue was decided in November: the digest tells its decision in full.
        let title = "Gratis kaffe i väntrummet"
        let fromDigest = try #require(digestItems.first { $0.title == title })
        let onPage = try #require(pageItems.first { $0.title == title })
        let letterOnly: Set<String> = [
            "Ni har inte fått besked om beslutet förut.", "Förslaget blev ett ärende den 3 november 2026.",
        ]
        for line in fromDigest.lines where !letterOnly.contains(Self.text(line)) {
            #expect(onPage.lines.contains(line), "the page lacks the digest's line \(Self.text(line))")
        }
        #expect(onPage.lines.contains(.quote("Motivering:", "Det går inte inom budgeten.")))
        // A proposal not in an issue: the digest's closing list's line, word for word.
        let overview = try #require(digest.sections.first { $0.heading?.text == "Alla era förslag" })
        let wheelchair = "En egen ingång för besökare med rullstol"
        #expect(
            overview.items.first { $0.title == wheelchair }?.lines
                == pageItems.first { $0.title == wheelchair }?.lines)
    }

    @Test func everyStateIsToldUnderTheHeadingOfWhereItStandsNow() {
        let headings = Self.letter.sections.compactMap(\.heading?.text)
        #expect(headings == ["Pågår", "Beslut", "Väntar på beslut", "Inte ärenden än", "Klart"])
        let sentences = Self.letter.sections.flatMap(\.items).flatMap(\.lines).map(Self.text)
        #expect(sentences.contains("Vi följde upp det den 15 november 2026."))
        #expect(sentences.contains("Det ska vara klart den 1 februari 2027."))
        #expect(sentences.contains("Svaret är nej."))
        #expect(sentences.contains { $0.hasPrefix("Ärendet avslutades utan beslut") })
        // Feedback and escalations are the letters' business.
        #expect(!sentences.contains { $0.contains("besked") || $0.contains("ledningen") })
    }

    @Test func aProposalOlderThanTwoYearsIsLeftOut() {
        let page = CouncilStatusPage.make(F.councilFacts, today: F.day("2028-02-15"))
        let titles = page.entries.map(\.proposal.text)
        #expect(titles.count == F.councilFacts.proposals.count - 2 - 1)
        #expect(!titles.contains("Färre blanketter"))
        #expect(!titles.contains { $0.hasPrefix("Tid att lyssna") })
        // Its issue is still told, named by the council's proposal that is recent enough.
        #expect(titles.contains("Mer tid i samtalen"))
    }

    @Test func aCouncilWithoutProposalsIsToldSo() {
        var facts = F.newCouncilFacts
        facts.proposals = []
        let letter = StatusPageWording.letter(CouncilStatusPage.make(facts, today: Self.today))
        #expect(letter.sections.isEmpty)
        #expect(letter.intro.map(\.text).contains("Ni har inte lagt fram några förslag de senaste två åren."))
    }

    @Test func theSiteHasAnIndexThatLinksEveryCouncilAndAStatementLinkedFromEveryPage() throws {
        let files = StatusPageSite.files([F.councilFacts, F.newCouncilFacts], today: Self.today)
        #expect(
            files.map(\.path) == [
                "rad/\(F.council.id).html", "rad/\(F.newCouncilFacts.council.id).html", "index.html",
                "tillganglighet.html",
            ])
        let index = try #require(files.first { $0.path == "index.html" }).html
        #expect(index.contains("<a href=\"rad/\(F.council.id).html\">Brukarrådet Vuxenstöd &amp; &lt;Stöd&gt;</a>"))
        #expect(index.contains("<a href=\"rad/\(F.newCouncilFacts.council.id).html\">Nya rådet</a>"))
        for file in files {
            let statement = file.path.hasPrefix("rad/") ? "../tillganglighet.html" : "tillganglighet.html"
            #expect(file.html.contains("<a href=\"\(statement)\">Tillgänglighetsredogörelse</a>"), "\(file.path)")
            #expect(file.html.contains("<html lang=\"sv\">"))
            #expect(Self.headingLevels(file.html).filter { $0 == 1 }.count == 1, "\(file.path)")
        }
        let statement = try #require(files.first { $0.path == "tillganglighet.html" }).html
        #expect(statement.contains("[Organisationens namn]"))
        #expect(statement.contains("Digg"))
    }

    @Test func withSecretPathsTheIndexGivesNoPathAway() throws {
        let name = "0123456789abcdef0123456789abcdef"
        let files = StatusPageSite.files([F.councilFacts], today: Self.today, secretNames: [F.council.id: name])
        #expect(files.map(\.path).contains("rad/\(name).html"))
        let index = try #require(files.first { $0.path == "index.html" }).html
        #expect(!index.contains(name) && !index.contains(F.council.id.description))
        let page = try #require(files.first { $0.path == "rad/\(name).html" }).html
        #expect(!page.contains("index.html"))
    }

    @Test func theDigestNamesThePageOnlyWhenItHasAnAddress() {
        let url = "https://intranat.example.se/brukarrad/rad/\(F.council.id).html"
        let plain = DigestWording.letter(F.councilDigest)
        let linked = DigestWording.letter(F.councilDigest, pageURL: url)
        #expect(!plain.text.contains("er sida"))
        #expect(linked.text.contains("Ni kan alltid se hur det går för era förslag på er sida: \(url)"))
        #expect(linked.closing.count == plain.closing.count + 1)
    }

    static func text(_ line: Letter.Line) -> String {
        switch line {
        case .prose(let prose): prose.text
        case .quote(let lead, let quoted): lead.text + " " + quoted
        case .command(let command, _): command
        case .answer(let answer, _): answer
        }
    }
}
