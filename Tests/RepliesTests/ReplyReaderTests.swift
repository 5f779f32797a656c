import Domain
import Foundation
import Mail
import Testing

@testable import Replies

@Suite struct ReplyReaderTests {
    static func reading(_ text: String) -> ReplyReading {
        ReplyReader.read(answerText: ReplyReader.answerText(text))
    }

    static func verbs(_ text: String) -> [ReplyVerb] { reading(text).answers.map(\.verb) }

    // MARK: The corpus of real clients

    @Test(arguments: ReplyCorpus.all.map(\.name))
    func eachClientsReplyIsReadForItsAnswers(_ name: String) throws {
        let sample = try #require(ReplyCorpus.all.first { $0.name == name })
        let message = try InboundMessage.parse(sample.bytes)
        let reading = ReplyReader.read(message)
        #expect(
            reading.answers.map { ReplyCorpus.ReplyAnswerExpectation(item: $0.item, verb: $0.verb) } == sample.answers,
            "answer text: \(ReplyReader.answerText(message))")
        #expect(reading.notUnderstood == sample.notUnderstood)
        // Nothing of the quoted letter is ever read: its placeholders would otherwise be answers.
        #expect(!ReplyReader.answerText(message).contains("<vad som gjordes>"))
        #expect(AutomaticMail.classify(message, ownMessageIDDomain: "kommun.se") == nil)
    }

    @Test func theCorpusHeadersAreDecoded() throws {
        let outlook = try InboundMessage.parse(ReplyCorpus.outlookPlain.bytes)
        #expect(outlook.subject == "SV: Påminnelse: två ärenden väntar på er")
        #expect(outlook.recipientAddresses == [ReplyCorpus.token])
        #expect(outlook.inReplyTo == ["tredjekraft.5dadb650-1b2c-4d3e-8f90-a1b2c3d4e5f6@kommun.se"])
        let gmail = try InboundMessage.parse(ReplyCorpus.gmail.bytes)
        #expect(gmail.subject == "Re: Påminnelse: två ärenden")
        #expect(gmail.from?.address == "cecilia.ek@gmail.com")
        #expect(gmail.partCount == 3)
        #expect(try InboundMessage.parse(ReplyCorpus.outlookHTML.bytes).textIsFromHTML)
        #expect(try InboundMessage.parse(ReplyCorpus.outlookHTML.bytes).from?.displayName == "Berg, Bertil")
    }

    @Test func theAnswersLineIsWhatThePersonWrote() throws {
        let reading = ReplyReader.read(try InboundMessage.parse(ReplyCorpus.bottomPosted.bytes))
        #expect(reading.answers.map(\.line) == ["pagar 1 klart 2027-03-01", "klart 2: Ny rutin införd, alla kvällar."])
    }

    // MARK: Where the answer ends

    @Test func theAnswerEndsAtEachKindOfQuote() {
        let endings = [
            "> KLART 2: quoted", "Från: Tredje kraften\nSkickat: den 7 december 2026\nKLART 2: quoted",
            "*From:* Tredje kraften\n*Sent:* Monday\nKLART 2: quoted",
            "From: X\n\nTo: Y\nKLART 2: quoted",
            "-----Ursprungligt meddelande-----\nKLART 2: quoted", "-----Original Message-----\nKLART 2: quoted",
            "________________________________\nKLART 2: quoted",
            "Den mån 7 dec. 2026 kl 10:15 skrev Tredje kraften <tk@kommun.se>:\nKLART 2: quoted",
            "Den mån 7 dec. 2026 kl 10:15 skrev Tredje kraften\n<tk@kommun.se>:\nKLART 2: quoted",
            "On Mon, Dec 7, 2026 at 10:15 AM Tredje kraften <\ntk@kommun.se> wrote:\nKLART 2: quoted",
            "7 dec. 2026 kl. 10:15 skrev Tredje kraften <tk@kommun.se>:\nKLART 2: quoted",
            "-- \nAnna\nKLART 2: quoted", "--\nAnna\nKLART 2: quoted", "Skickat från min iPhone\nKLART 2: quoted",
            "Sent from my Galaxy\nKLART 2: quoted", "Hämta Outlook för iOS\nKLART 2: quoted",
            "Med vänliga hälsningar\nAnna\nKLART 2: quoted", "Mvh Anna\nKLART 2: quoted",
            "/Anna\nKLART 2: quoted",
        ]
        for ending in endings {
            #expect(Self.verbs("KLART 1: fixat\n" + ending) == [.done(summary: "fixat")], "\(ending)")
        }
    }

    @Test func aSentenceWithSkrevOrAFromLabelIsNoQuote() {
        #expect(
            Self.verbs("KLART: Anna skrev ett nytt schema\nsom gäller från 1 januari:\nmåndagar och onsdagar")
                == [.done(summary: "Anna skrev ett nytt schema som gäller från 1 januari: måndagar och onsdagar")])
        #expect(
            Self.verbs("KLART: fixat\nFrån: nu gäller det\nsom vanligt") == [
                .done(summary: "fixat Från: nu gäller det som vanligt")
            ])
    }

    @Test func aReplyWithNothingAboveTheQuoteButTextBetweenQuotesIsRead() {
        let text = "Anna skrev den 7 dec 2026:\n> 1. Belysning\nKLART 1: fixat\n> 2. Kvällar\n> mer\n\nmvh\nAnna"
        #expect(Self.verbs(text) == [.done(summary: "fixat")])
        // Without > quoting (Outlook's header block), the letter below is never read.
        #expect(Self.verbs("Från: Tredje kraften\nSkickat: i dag\n\nKLART 1: <vad som gjordes>\nKLART 1: x") == [])
    }

    @Test func theAnswerTextDropsTheSignatureAndBlankEdges() {
        #expect(ReplyReader.answerText("\n\nKLART: fixat\n\n\n-- \nAnna") == "KLART: fixat")
        #expect(ReplyReader.answerText("") == "")
        #expect(ReplyReader.answerText("> only a quote") == "")
    }

    // MARK: The grammar

    @Test func keywordsInAnyCaseWithOrWithoutColonAndDiacritics() {
        let lines = [
            "KLART: a", "klart: a", "Klart:a", "KLART a", "KLART 2: a", "KLART 2 a", "2. KLART: a", "2) klart a",
            "- KLART: a",
            "  * KLART 2 - a", "KLART!  a", "klart 2. a",
        ]
        for line in lines {
            #expect(Self.verbs(line) == [.done(summary: "a")], "\(line)")
        }
        #expect(Self.reading("KLART 2: a").answers.first?.item == 2)
        #expect(Self.reading("2. KLART: a").answers.first?.item == 2)
        #expect(Self.reading("KLART: a").answers.first?.item == nil)
        #expect(Self.reading("KLART: 2 rum målade").answers.first?.item == nil)
        #expect(Self.verbs("KLART: 2 rum målade") == [.done(summary: "2 rum målade")])
        #expect(Self.reading("klart 12 a").answers.first?.item == 12)
        #expect(Self.verbs("PÅGÅR") == [.workStarted(due: nil)])
        #expect(Self.verbs("pagar") == [.workStarted(due: nil)])
        #expect(Self.verbs("Pågår: vi har börjat") == [.workStarted(due: nil)])
        #expect(Self.verbs("ÅTERKOPPLAT: på mötet") == [.feedbackGiven(how: "på mötet")])
        #expect(Self.verbs("aterkopplat - på mötet") == [.feedbackGiven(how: "på mötet")])
        #expect(Self.verbs("Klart!") == [.done(summary: "")])
        #expect(Self.verbs("Ansvarig: Enhetschef Vuxenstöd") == [.owner(title: "Enhetschef Vuxenstöd")])
        #expect(Self.verbs("KLART") == [.done(summary: "")])
    }

    /// A keyword not in capitals, with neither a colon nor an item number, starts a sentence: "Klart att
    /// vi ska titta på det" must not mark an issue as done.
    @Test func aSentenceThatStartsWithAKeywordIsNoAnswer() {
        let reading = Self.reading("Klart att vi ska titta på det\nbeslut fattas i januari\nPågår det fortfarande?")
        #expect(reading.answers.isEmpty)
        #expect(
            reading.notUnderstood == [
                "Klart att vi ska titta på det", "beslut fattas i januari", "Pågår det fortfarande?",
            ])
    }

    @Test func wordsThatOnlyStartLikeAKeywordAreNoAnswer() {
        let reading = Self.reading("Klartext om saken\nBeslutet är fattat\nAnsvariga är vi")
        #expect(reading.answers.isEmpty)
        #expect(reading.notUnderstood == ["Klartext om saken", "Beslutet är fattat", "Ansvariga är vi"])
    }

    @Test func twoDifferentItemNumbersAreNotUnderstood() {
        let reading = Self.reading("2. KLART 3: a")
        #expect(reading.answers.isEmpty)
        #expect(reading.notUnderstood == ["2. KLART 3: a"])
        #expect(Self.reading("2. KLART 2: a").answers.first?.item == 2)
    }

    @Test func decisions() {
        let cases: [(String, DecisionOutcome, String)] = [
            ("BESLUT: ja, för att rådet har rätt", .accepted, "för att rådet har rätt"),
            ("beslut: Ja. Det är bra.", .accepted, "Det är bra."), ("BESLUT: JA", .accepted, ""),
            ("BESLUT 1: delvis – bara på helger", .partiallyAccepted, "bara på helger"),
            ("BESLUT: ja till en del: bara på helger", .partiallyAccepted, "bara på helger"),
            ("BESLUT: Nej, ingen budget", .rejected, "ingen budget"),
            ("BESLUT: bifall enligt förslaget", .accepted, "enligt förslaget"),
            ("BESLUT: delvis bifall, se nedan", .partiallyAccepted, "se nedan"),
            ("BESLUT: avslag då lokalen saknas", .rejected, "då lokalen saknas"),
        ]
        for (line, outcome, motivation) in cases {
            #expect(Self.verbs(line) == [.decision(outcome, motivation: motivation)], "\(line)")
        }
        for line in [
            "BESLUT: kanske", "BESLUT: jag vet inte", "BESLUT: nejdå", "BESLUT", "BESLUT: ja|delvis|nej <motivering>",
        ] {
            #expect(Self.verbs(line) == [], "\(line)")
            #expect(Self.reading(line).notUnderstood == [line])
        }
    }

    @Test func aMotivationContinuesOnTheNextLinesUntilABlankLine() {
        let text = "BESLUT 2: ja\nvi har pengar\nför det i år.\n\nKLART 1: fixat\nmed trappan"
        #expect(
            Self.verbs(text) == [
                .decision(.accepted, motivation: "vi har pengar för det i år."), .done(summary: "fixat med trappan"),
            ])
    }

    @Test func dueDays() {
        let day = CalendarDate(year: 2027, month: 1, day: 15)
        let lines = [
            "PÅGÅR: klart den 2027-01-15", "PÅGÅR: klart 2027-01-15", "PÅGÅR: 2027-01-15", "PÅGÅR 1: klart 2027-1-15",
            "PÅGÅR: klart den 15 januari 2027", "PÅGÅR: klart den 15 jan. 2027", "PÅGÅR: klart 15 Jan 2027",
            "PÅGÅR: klart den 15:e januari 2027", "PÅGÅR: klart 15/1 2027", "PÅGÅR: klart 15/1/2027",
            "PÅGÅR: vi räknar med att vara klara 2027-01-15, kanske tidigare", "PÅGÅR: klart den\n15 januari 2027",
        ]
        for line in lines {
            #expect(Self.verbs(line) == [.workStarted(due: day)], "\(line)")
        }
        for line in [
            "PÅGÅR: klart den 2027-02-30", "PÅGÅR: klart i vår", "PÅGÅR: klart den 15 januari", "PÅGÅR: senast v. 3",
            "PÅGÅR: klart den 32/1 2027", "PÅGÅR: till 99999999999999999999-01-01",
        ] {
            #expect(Self.verbs(line) == [], "\(line)")
            #expect(Self.reading(line).notUnderstood == [line])
        }
    }

    @Test func theLettersOwnPlaceholdersAreNotAnswers() {
        let reading = Self.reading("KLART 1: <vad som gjordes>\nANSVARIG: <titel>")
        #expect(reading.answers.isEmpty)
        #expect(reading.notUnderstood == ["KLART 1: <vad som gjordes>", "ANSVARIG: <titel>"])
    }

    @Test func greetingsAreIgnoredOtherTextIsNotUnderstood() {
        let reading = Self.reading(
            "Hej!\nHej Anna,\nTack för påminnelsen!\n\nKLART: fixat\n\nHej, vi har faktiskt redan gjort det här.")
        #expect(reading.answers.map(\.verb) == [.done(summary: "fixat")])
        #expect(reading.notUnderstood == ["Hej, vi har faktiskt redan gjort det här."])
    }

    @Test func whatIsKeptIsCapped() {
        let long = String(repeating: "x", count: 1_000)
        let text = (0..<100).map { "\($0) " + long }.joined(separator: "\n\n")
        let reading = Self.reading(text)
        #expect(reading.notUnderstood.count == ReplyReader.maxNotUnderstood)
        #expect(reading.notUnderstood.allSatisfy { $0.count == ReplyReader.maxQuotedLength && $0.hasSuffix("…") })
        let answers = (0..<80).map { "KLART: \($0)" }.joined(separator: "\n")
        let many = Self.reading(answers)
        #expect(many.answers.count == ReplyReader.maxAnswers)
        #expect(many.notUnderstood.count == ReplyReader.maxNotUnderstood)
    }

    @Test func aMessageWithoutTextReadsAsNothing() throws {
        let message = try InboundMessage.parse(
            Array("Subject: x\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=".utf8)
        )
        #expect(message.text == nil)
        #expect(ReplyReader.read(message) == ReplyReading())
    }

    @Test(arguments: [
        // Thunderbird
        "<p>KLART 1: fixat</p><div class=\"moz-cite-prefix\">Den 2026-12-07 kl. 10:15, skrev Tredje kraften:<br></div>"
            + "<blockquote type=\"cite\">KLART 2: &lt;vad som gjordes&gt;</blockquote>",
        // Apple Mail
        "<html><body dir=\"auto\"><div>KLART 1: fixat<br><br><div dir=\"ltr\">Skickat från min iPhone</div>"
            + "<div><br><blockquote type=\"cite\">7 dec. 2026 kl. 10:15 skrev Tredje kraften:<br><br></blockquote></div>"
            + "<blockquote type=\"cite\"><div>KLART 2: x</div></blockquote></div></body></html>",
        // Outlook on the web
        "<div style=\"font-family: Aptos\">KLART 1: fixat</div><div id=\"appendonsend\"></div><hr>"
            + "<div id=\"divRplyFwdMsg\"><b>Från:</b> Tredje kraften<br><b>Skickat:</b> den 7 december</div>"
            + "<div>KLART 2: x</div>",
        // Gmail
        "<div dir=\"ltr\">klart 1 fixat</div><br><div class=\"gmail_quote gmail_quote_container\">"
            + "<div class=\"gmail_attr\">Den mån 7 dec. 2026 kl 10:15 skrev Tredje kraften &lt;x@kommun.se&gt;:</div>"
            + "<blockquote class=\"gmail_quote\">KLART 2: x</blockquote></div>",
    ])
    func htmlOnlyRepliesFromEachClientEndAtTheirQuote(_ html: String) throws {
        let bytes = Array("Subject: x\r\nContent-Type: text/html; charset=utf-8\r\n\r\n\(html)".utf8)
        let reading = ReplyReader.read(try InboundMessage.parse(bytes))
        #expect(reading.answers.map(\.verb) == [.done(summary: "fixat")])
        #expect(reading.answers.first?.item == 1)
        #expect(reading.notUnderstood == [])
    }
}
