import Domain
import Foundation
import Letters
import Policies
import Testing
import Wording

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The one `Letter`: a reminder and a digest are the same model, rendered by the same two renderers;
/// only the HTML's presentation tells a short message from a document that may be printed.
@Suite struct LetterTests {
    static let letter = Letter(
        subject: "Ämne", greeting: "Hej!", intro: ["Inledning."],
        sections: [
            Letter.Section(
                items: [
                    Letter.Item(
                        title: "Tid att lyssna", reference: "Ärende 5dadb650.",
                        lines: [
                            .prose("Saknas: ett beslut."),
                            .command("tredjekraft issue prepare 5dadb650", lead: "Gör så här:"),
                        ])
                ])
        ], closing: ["Slut."])

    @Test func aMessageHasNoHeadingOrStyleSheetAndADocumentHasBoth() {
        var message = Self.letter
        message.presentation = .message
        #expect(!message.html.contains("<h1>") && !message.html.contains("<style>"))
        #expect(message.html.contains("<title>Ämne</title></head>\n<body>\n<p>Hej!</p>"))
        let document = Self.letter
        #expect(document.html.contains("<h1>Ämne</h1>") && document.html.contains("@media print"))
        // The plain text does not depend on it.
        #expect(message.text == document.text)
    }

    @Test func aReferenceStandsUnderTheNameAndALeadInBeforeItsCommand() {
        #expect(
            Self.letter.text == """
                Hej!

                Inledning.

                1. Tid att lyssna
                   Ärende 5dadb650.
                   Saknas: ett beslut.
                   Gör så här:
                     tredjekraft issue prepare 5dadb650

                Slut.

                """)
        #expect(Self.letter.html.contains("<p><strong>Tid att lyssna</strong><br/>Ärende 5dadb650.</p>"))
        #expect(Self.letter.html.contains("<p>Gör så här:<br/><code>tredjekraft issue prepare 5dadb650</code></p>"))
    }

    /// Reminders are measured as the digests are: on our own words, values and commands left out.
    @Test func remindersOwnWordingIsPlainAndLeavesValuesOut() {
        for message in LetterFixtures.plan.messages {
            let letter = ReminderWording.letter(message, names: LetterFixtures.names, today: LetterFixtures.today)
            let own = letter.ownSentences
            #expect(Readability.lix(own) <= 40, "\(letter.subject): LIX \(Readability.lix(own))")
            #expect(!own.contains { $0.contains("2026-") || $0.contains("tredjekraft ") || $0.contains("Vuxenstöd") })
        }
    }

    /// It was two strings kept alike by hand; now it is a letter, and its HTML parses as XML like the others'.
    @Test func theTestMessageIsALetterLikeTheOthers() {
        let letter = TestMessageWording.letter(sentAt: "2026-12-01 09:15", host: "<värd> & co")
        #expect(letter.subject == "Provmeddelande från Tredje kraften")
        #expect(letter.text.hasPrefix("Hej!\n\nDet här är ett provmeddelande från Tredje kraften på <värd> & co"))
        #expect(letter.text.hasSuffix("\n\nDu behöver inte göra något.\n"))
        #expect(letter.html.contains("på &lt;värd&gt; &amp; co, skickat 2026-12-01 09:15."))
        #if canImport(FoundationXML) || canImport(Darwin)
        let parser = XMLParser(data: Data(letter.html.utf8))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")\n\(letter.html)")
        #endif
    }
}
