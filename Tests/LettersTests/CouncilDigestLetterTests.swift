import Digests
import Domain
import Foundation
import Letters
import Testing
import Wording

/// A council's monthly letter in its own words: a headline that agrees with its sections, a closing
/// list of every proposal, and sentences a council can read (issue 29, items 4, 8 and 9).
@Suite struct CouncilDigestLetterTests {
    typealias F = LetterFixtures

    static var dialogueFacts: CouncilDigestFacts {
        var facts = F.councilFacts
        facts.council = .init(
            id: F.council.id, name: "Dialogmöten vuxenstöd Lund", unitId: F.unit, unitName: "Vuxenstöd Lund",
            form: .dialogueMeeting)
        return facts
    }

    /// Every letter a council can get from the fixtures: on time, late, printed, dialogue meetings, new.
    static var letters: [(String, Letter)] {
        [
            ("on time", DigestWording.letter(F.councilDigest)),
            ("late", DigestWording.letter(F.lateCouncilDigest)),
            (
                "printed",
                DigestWording.letter(F.councilDigest, printed: true, coordinatorAddress: "samordnare@example.org")
            ),
            (
                "dialogue",
                DigestWording.letter(CouncilDigest.make(Self.dialogueFacts, month: F.november, sentOn: F.sentOn))
            ),
            ("new", DigestWording.letter(CouncilDigest.make(F.newCouncilFacts, month: F.november, sentOn: F.sentOn))),
            (
                "new, told the day after",
                DigestWording.letter(
                    CouncilDigest.make(F.newCouncilFacts, month: CalendarMonth("2026-11")!, sentOn: F.day("2026-11-10"))
                )
            ),
        ]
    }

    /// Every sentence the letter writes itself, values in place.
    static func sentences(_ letter: Letter) -> [String] {
        var prose = [letter.greeting] + letter.intro + letter.closing
        for section in letter.sections {
            prose += (section.heading.map { [$0] } ?? []) + section.intro
            for item in section.items {
                for line in item.lines {
                    switch line {
                    case .prose(let text), .quote(let text, _), .answer(_, let text): prose.append(text)
                    case .command(_, let lead): prose += lead.map { [$0] } ?? []
                    }
                }
            }
        }
        return prose.flatMap { $0.text.components(separatedBy: ". ") }.map {
            $0.trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
    }

    @Test func theHeadlineSaysNothingNewExactlyWhenNoItemHadAnEvent() {
        let nothing = "I november 2026 hände inget nytt med era förslag."
        #expect(!DigestWording.monthLines(F.councilDigest).map(\.text).contains(nothing))
        var quiet = F.councilDigest
        for index in quiet.items.indices { quiet.items[index].happened = [] }
        #expect(DigestWording.monthLines(quiet).map(\.text) == [nothing])
        // Each kind of event alone is enough for the headline to say what happened.
        for happening in CouncilDigest.Happening.allCases {
            var one = quiet
            one.items[0].happened = [happening]
            let lines = DigestWording.monthLines(one).map(\.text)
            #expect(lines.count == 1 && lines != [nothing], "\(happening)")
        }
    }

    @Test func theFollowUpOfTheMonthIsInTheHeadline() {
        // Samma handläggare was followed up on 15 November: the opening says so.
        #expect(F.councilDigest.monthFigures.verified == 1)
        #expect(
            DigestWording.letter(F.councilDigest).text.contains("I november 2026 följde vi upp 1 sak som var klar."))
    }

    @Test func theClosingListNamesEveryProposalInFullWithItsState() throws {
        let letter = DigestWording.letter(F.councilDigest)
        let list = try #require(letter.sections.last)
        #expect(list.heading?.text == "Alla era förslag" && !list.numbered)
        #expect(
            list.items.map(\.title) == F.councilFacts.proposals.sorted { $0.putForwardOn < $1.putForwardOn }.map(\.text)
        )
        #expect(list.items.allSatisfy { $0.lines.count == 1 })
        let text = letter.text
        #expect(
            text.contains(
                "- Längre öppettider\n   Ni lade fram det den 1 april 2026. Ärendet avslutades utan beslut den 10 november 2026."
            ))
        #expect(
            text.contains(
                "- Samma handläggare hela vägen, så att man slipper berätta allt igen\n   Ni lade fram det den 3 mars 2026. Det är klart, och vi följde upp det den 15 november 2026."
            ))
        #expect(letter.html.contains("Alla era förslag"))
    }

    @Test func sentencesStartWithACapitalAndNeverSayZeroDays() {
        for (name, letter) in Self.letters {
            for sentence in Self.sentences(letter) {
                let first = sentence.first { $0.isLetter || $0.isNumber }
                #expect(first.map { !$0.isLowercase } ?? true, "\(name): \(sentence)")
                #expect(!sentence.contains(" 0 dagar"), "\(name): \(sentence)")
            }
            #expect(!letter.text.contains("Ingen återkoppling är skyldig"), "\(name)")
            #expect(!letter.text.contains("Fråga er samordnare"), "\(name)")
            #expect(Readability.lix(letter.ownSentences) <= 40, "\(name)")
        }
    }

    @Test func theGreetingIsToTheMembersAndTheNounFollowsTheCouncilsForm() {
        let dialogue = DigestWording.letter(CouncilDigest.make(Self.dialogueFacts, month: F.november, sentOn: F.sentOn))
        #expect(dialogue.greeting.text == "Hej alla som är med på dialogmötena på Vuxenstöd Lund!")
        #expect(!dialogue.text.lowercased().contains("brukarråd"))
        #expect(DigestWording.letter(F.councilDigest).greeting.text == "Hej alla i brukarrådet på Vuxenstöd Lund!")
    }

    @Test func theCouncilsLetterHoldsNoIdsNorCommandsAndTitlesAreWhole() {
        let ids =
            F.councilFacts.proposals.map { Swedish.shortID($0.id.description) }
            + F.councilFacts.issues.map { Swedish.shortID($0.id.description) }
        for (name, letter) in Self.letters {
            #expect(letter.references.isEmpty, "\(name)")
            for id in ids { #expect(!letter.text.contains(id) && !letter.html.contains(id), "\(name): \(id)") }
            #expect(!letter.text.contains("tredjekraft "), "\(name)")
            for section in letter.sections { for item in section.items { #expect(!item.title.contains("…")) } }
        }
        // The coordinator maps titles to ids, and gets the commands for a printed letter, beside the letter.
        let notes = DigestWording.coordinatorNotes(F.councilDigest, printed: true)
        for item in F.councilDigest.items {
            #expect(notes.contains { $0.contains(Swedish.shortID(item.proposal.id.description)) })
        }
        #expect(notes.contains { $0.hasPrefix("tredjekraft issue feedback ") })
        #expect(
            !DigestWording.coordinatorNotes(F.councilDigest, printed: false).contains { $0.hasPrefix("tredjekraft") })
    }

    @Test func theContactIsTheUnitsCoordinatorWithAnAddressOnlyOnPaper() {
        let printed = DigestWording.fitted(
            F.councilDigest, printed: true, coordinatorAddress: "samordnare@example.org", maximumBytes: 1 << 20)
        #expect(
            printed.letter.text.contains(
                "Har ni frågor? Kontakta samordnaren för brukarinflytande på Vuxenstöd Lund. Adressen är samordnare@example.org."
            ))
        let mailed = DigestWording.fitted(
            F.councilDigest, printed: false, coordinatorAddress: "samordnare@example.org", maximumBytes: 1 << 20)
        #expect(!mailed.letter.text.contains("samordnare@example.org"))
        #expect(mailed.letter.text.contains("Kontakta samordnaren för brukarinflytande på Vuxenstöd Lund."))
    }
}
