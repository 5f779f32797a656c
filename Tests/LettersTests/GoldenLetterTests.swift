import Digests
import Domain
import Foundation
import Letters
import Policies
import TestSupport
import Testing
import Wording

/// Every kind of letter, rendered from hand-made facts and compared byte for byte with the golden
/// files in `Golden/`, first written by the renderers that came before the one `Letter`.
@Suite struct GoldenLetterTests {
    static let golden = GoldenLetters(
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden"))

    func expect(
        _ name: String, subject: String, text: String, html: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let differences = try Self.golden.differences(name, subject: subject, text: text, html: html)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))", sourceLocation: sourceLocation)
    }

    @Test func councilDigests() throws {
        let fixtures = LetterFixtures.self
        for (name, digest, printed) in [
            ("council-digest", fixtures.councilDigest, false),
            ("council-digest-printed", fixtures.councilDigest, true),
            ("council-digest-late", fixtures.lateCouncilDigest, false),
        ] {
            let letter = DigestWording.letter(digest, printed: printed)
            try expect(name, subject: letter.subject, text: letter.text, html: letter.html)
        }
        let cut = DigestWording.fitted(fixtures.longCouncilDigest, maximumBytes: 6_000)
        #expect(cut.digest.leftOut > 0 && cut.letter.text.contains(" …"))
        try expect("council-digest-cut", subject: cut.letter.subject, text: cut.letter.text, html: cut.letter.html)
    }

    @Test func agendas() throws {
        let agenda = AgendaWording.letter(LetterFixtures.agenda)
        try expect("agenda", subject: agenda.subject, text: agenda.text, html: agenda.html)
        let copy = AgendaWording.letter(LetterFixtures.agenda, copy: .coordinator)
        try expect("agenda-coordinator", subject: copy.subject, text: copy.text, html: copy.html)
        let first = AgendaWording.letter(
            CouncilAgenda.make(LetterFixtures.newCouncilFacts, meetingOn: LetterFixtures.day("2026-12-10")))
        try expect("agenda-first-meeting", subject: first.subject, text: first.text, html: first.html)
    }

    @Test func managementDigests() throws {
        let fixtures = LetterFixtures.self
        let digest = ManagementDigest.make(fixtures.managementFacts, month: fixtures.november, sentOn: fixtures.sentOn)
        let letter = ManagementDigestWording.letter(digest)
        try expect("management-digest", subject: letter.subject, text: letter.text, html: letter.html)
        let late = ManagementDigestWording.letter(
            ManagementDigest.make(
                fixtures.managementFacts, month: fixtures.november, sentOn: fixtures.day("2026-12-04"),
                lateSince: fixtures.sentOn))
        try expect("management-digest-late", subject: late.subject, text: late.text, html: late.html)
    }

    @Test func remindersAndEscalations() throws {
        let fixtures = LetterFixtures.self
        let messages = fixtures.plan.messages
        let names: [RecipientKey: String] = [
            .owner(fixtures.owner): "reminder-owner",
            .owner("Brukarrådet"): "reminder-action-item",
            .coordinator(fixtures.unit): "reminder-coordinator",
            .management(fixtures.unit): "escalation-management",
        ]
        #expect(Set(messages.map(\.recipient)) == Set(names.keys))
        for message in messages {
            let content = ReminderWording.content(message, names: fixtures.names, today: fixtures.today)
            try expect(
                try #require(names[message.recipient]), subject: content.subject, text: content.text,
                html: content.html)
        }
    }

    /// The same letters where the daemon takes replies by mail (`mail.reply_to`): each that offers an
    /// answer ends with "Svara på det här brevet"; the others are the letters above.
    @Test func remindersAndEscalationsThatCanBeAnswered() throws {
        let fixtures = LetterFixtures.self
        var answered: [String] = []
        for message in fixtures.plan.messages {
            let name = try #require(
                [
                    RecipientKey.owner(fixtures.owner): "reminder-owner-answers",
                    .owner("Brukarrådet"): "reminder-action-item-answers",
                    .coordinator(fixtures.unit): "reminder-coordinator-answers",
                    .management(fixtures.unit): "escalation-management-answers",
                ][message.recipient])
            let content = ReminderWording.content(message, names: fixtures.names, today: fixtures.today, answers: true)
            guard !content.answerable.isEmpty else {
                let plain = ReminderWording.content(message, names: fixtures.names, today: fixtures.today)
                #expect(content.text == plain.text && content.html == plain.html, "\(name)")
                continue
            }
            answered.append(name)
            try expect(name, subject: content.subject, text: content.text, html: content.html)
            let letter = ReminderWording.letter(message, names: fixtures.names, today: fixtures.today, answers: true)
            #expect(Readability.lix(letter.ownSentences) <= 40, "\(name): \(Readability.lix(letter.ownSentences))")
            #expect(letter.sentencesInLowerCase.isEmpty, "\(name)")
        }
        #expect(answered.count >= 2, "\(answered)")
    }

    /// The renderers on their own: every kind of line, values that need escaping, bullets and numbers.
    @Test func aLetterMadeByHand() throws {
        let letter = Letter(
            subject: "Ämne <script>", greeting: "Hej \("<b>Rådet</b>")!", intro: ["Inledning.", "Mer."],
            sections: [
                .init(
                    heading: "Beslut", intro: ["Här är besluten."],
                    items: [
                        .init(
                            title: "Förslag & \"citat\"",
                            lines: [.prose("Svaret är ja."), .quote("Motivering:", "<img src=x>\nRad två.")]),
                        .init(title: "Andra", lines: [.command("tredjekraft issue show 1234")]),
                    ]),
                .init(heading: "Siffror", intro: [], items: [.init(title: "Nya: 3 (1)", lines: [])], numbered: false),
                .init(heading: "Tomt", intro: ["Inget här."], items: []),
            ], closing: ["Slut.", "Hej då."], references: ["För samordnaren:", "ärende 1234"])
        try expect("by-hand", subject: letter.subject, text: letter.text, html: letter.html)
    }

    @Test func theTestMessage() throws {
        let letter = TestMessageWording.letter(sentAt: "2026-12-01 09:15", host: "tredjekraft.example.org")
        try expect("mail-test", subject: letter.subject, text: letter.text, html: letter.html)
    }
}
