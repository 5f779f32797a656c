import Digests
import Domain
import Foundation
import Letters
import Policies
import Testing
import Wording

/// The rules every letter keeps, over every kind of letter made from the fixtures: reminders of
/// each policy, the escalation to ledningen, the council's digest (mailed and printed), ledningen's
/// digest, the agenda (the council's copy and the coordinator's) and the test message.
///
/// - the software's own sentences start with a capital letter;
/// - its own wording reads plainly: LIX 40 or less;
/// - no `tredjekraft` command in a letter that is not the coordinator's own;
/// - no issue or proposal id in a letter a council reads.
@Suite struct LetterRulesTests {

    /// A letter, who reads it, and the ids a council must not see in it.
    struct Sample: CustomStringConvertible {
        var name: String
        var letter: Letter
        /// The coordinator's own copy: the only one that may hold commands.
        var coordinators = false
        /// A council reads it: it may hold no id.
        var councils = false
        var description: String { name }
    }

    static let councilIDs: [String] = {
        let facts = LetterFixtures.councilFacts
        return facts.proposals.map(\.id.description) + facts.issues.map(\.id.description)
    }()

    static var samples: [Sample] {
        let fixtures = LetterFixtures.self
        var samples: [Sample] = fixtures.plan.messages.map { message in
            Sample(
                name: "\(message.purpose.rawValue) till \(message.recipient.kind.rawValue) \(message.recipient.id)",
                letter: ReminderWording.letter(message, names: fixtures.names, today: fixtures.today),
                coordinators: message.recipient.kind == .coordinator)
        }
        samples += [
            Sample(
                name: "månadsbrev till rådet", letter: DigestWording.letter(fixtures.councilDigest), councils: true),
            Sample(
                name: "utskrivet månadsbrev till rådet",
                letter: DigestWording.letter(fixtures.councilDigest, printed: true), councils: true),
            Sample(
                name: "månadsbrev till ledningen",
                letter: ManagementDigestWording.letter(
                    ManagementDigest.make(fixtures.managementFacts, month: fixtures.november, sentOn: fixtures.sentOn))),
            Sample(name: "dagordning", letter: AgendaWording.letter(fixtures.agenda), councils: true),
            Sample(
                name: "dagordning, samordnarens kopia",
                letter: AgendaWording.letter(fixtures.agenda, copy: .coordinator), coordinators: true),
            Sample(
                name: "dagordning för ett nytt råd",
                letter: AgendaWording.letter(
                    CouncilAgenda.make(fixtures.newCouncilFacts, meetingOn: fixtures.day("2026-12-10"))),
                councils: true),
            Sample(
                name: "provmeddelande",
                letter: TestMessageWording.letter(sentAt: "2026-12-01 09:15", host: "tredjekraft.example.org")),
        ]
        return samples
    }

    @Test(arguments: samples) func ownSentencesStartWithACapital(_ sample: Sample) {
        let lower = sample.letter.sentencesInLowerCase
        #expect(lower.isEmpty, "\(sample.name): \(lower)")
        #expect(!sample.letter.text.contains("i 0 dagar"), "\(sample.name)")
    }

    @Test(arguments: samples) func ownWordingIsPlainLIX40OrLess(_ sample: Sample) {
        let lix = Readability.lix(sample.letter.ownSentences)
        #expect(lix <= 40, "\(sample.name): LIX \(lix)")
    }

    @Test(arguments: samples) func onlyTheCoordinatorsCopyHasCommands(_ sample: Sample) {
        guard !sample.coordinators else { return }
        #expect(!sample.letter.hasCommands, "\(sample.name):\n\(sample.letter.text)")
    }

    @Test(arguments: samples) func aCouncilsLetterHasNoIds(_ sample: Sample) {
        guard sample.councils else { return }
        let text = sample.letter.text + sample.letter.html
        let ids = Self.councilIDs.filter { text.contains(Swedish.shortID($0)) }
        #expect(ids.isEmpty, "\(sample.name): \(ids.map { Swedish.shortID($0) })")
    }

    /// A council that meets in dialogue meetings is not called a brukarråd by the letters' own words.
    @Test func aLetterDoesNotCallADialogueMeetingABrukarrad() {
        var facts = LetterFixtures.councilFacts
        facts.council.name = "Dialogmöten vuxenstöd Lund"
        let agenda = AgendaWording.letter(CouncilAgenda.make(facts, meetingOn: LetterFixtures.day("2026-12-10")))
        let own = agenda.ownSentences.joined(separator: " ").lowercased()
        #expect(!own.contains("brukarråd"))
        let reminders = LetterFixtures.plan.messages.map {
            ReminderWording.letter($0, names: LetterFixtures.names, today: LetterFixtures.today)
        }
        for letter in reminders { #expect(!letter.ownSentences.joined().lowercased().contains("brukarråd")) }
    }
}
