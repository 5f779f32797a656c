import Foundation
import Testing

@testable import Mail

/// Reading received messages: headers, encodings, charsets, MIME structure.
@Suite struct InboundMessageTests {
    static func bytes(_ lines: [String], newline: String = "\r\n") -> [UInt8] {
        Array(lines.joined(separator: newline).utf8)
    }

    static func parse(_ lines: [String], newline: String = "\r\n") throws -> InboundMessage {
        try InboundMessage.parse(bytes(lines, newline: newline))
    }

    // MARK: Headers

    @Test func headersAreUnfoldedAndEncodedWordsDecoded() throws {
        let message = try Self.parse([
            "From: =?UTF-8?Q?Enhetschef_Vuxenst=C3=B6d?= <anna.andersson@kommun.se>",
            "To: \"Tredje kraften, Lund\" <tredjekraft+abc@kommun.se>,",
            "  samordnare@kommun.se",
            "Subject: =?iso-8859-1?q?SV:_P=E5minnelse?= =?utf-8?b?OiDDpHJlbmRl?=",
            "\tom =?windows-1252?Q?=93trapphuset=94?=",
            "Message-ID: <CAB123@mail.gmail.com>",
            "In-Reply-To: <tredjekraft.5dadb650@kommun.se>",
            "References: <a@x> <tredjekraft.5dadb650@kommun.se>",
            "Return-Path: <anna.andersson@kommun.se>",
            "Delivered-To: TREDJEKRAFT+abc@kommun.se",
            "",
            "Hej",
        ])
        #expect(message.subject == "SV: Påminnelse: ärende om “trapphuset”")
        #expect(message.from?.address == "anna.andersson@kommun.se")
        #expect(message.from?.displayName == "Enhetschef Vuxenstöd")
        #expect(message.messageID == "CAB123@mail.gmail.com")
        #expect(message.inReplyTo == ["tredjekraft.5dadb650@kommun.se"])
        #expect(message.references == ["a@x", "tredjekraft.5dadb650@kommun.se"])
        #expect(message.returnPath == "anna.andersson@kommun.se")
        #expect(
            message.recipientAddresses == ["tredjekraft+abc@kommun.se", "samordnare@kommun.se"]
        )
        #expect(message.headers("to").count == 1)
        #expect(message.header("X-None") == nil)
        #expect(message.text == "Hej")
        #expect(message.partCount == 1)
    }

    @Test func theNullSenderIsAnEmptyReturnPath() throws {
        #expect(try Self.parse(["Return-Path: <>", "From: MAILER-DAEMON@kommun.se", "", "x"]).returnPath == "")
        #expect(try Self.parse(["From: a@kommun.se", "", "x"]).returnPath == nil)
    }

    @Test func addressListsWithGroupsCommentsAndQuotedCommas() {
        let entries = AddressList.parse(
            "Rådet: \"Andersson, Anna\" <Anna@Kommun.se>, b@kommun.se (Bertil);, <@relay.se:c@kommun.se>, nonsense")
        #expect(entries.map(\.address) == ["Anna@Kommun.se", "b@kommun.se", "c@kommun.se"])
        #expect(entries.first?.name == "Andersson, Anna")
    }

    @Test func anUnparseableSenderIsNil() throws {
        #expect(try Self.parse(["From: \"quoted local\"@kommun.se", "", "x"]).from == nil)
        #expect(try Self.parse(["From: Namn utan adress", "", "x"]).from == nil)
        #expect(try Self.parse(["Subject: x", "", "x"]).from == nil)
    }

    @Test func aLineBreakOrNULInAnEncodedWordNeverReachesTheSubject() throws {
        // "Hej\r\nBcc: alla@kommun.se\0" in base64 and in Q.
        let message = try Self.parse([
            "Subject: =?utf-8?B?SGVqDQpCY2M6IGFsbGFAa29tbXVuLnNlAA==?= =?utf-8?Q?x=0D=0Ay=00?=", "", "x",
        ])
        let subject = try #require(message.subject)
        #expect(!subject.contains("\r") && !subject.contains("\n") && !subject.contains("\u{0}"))
        #expect(subject.hasPrefix("Hej  Bcc: alla@kommun.se"))
    }

    @Test func notAnEncodedWordStaysText() throws {
        #expect(
            try Self.parse(["Subject: =?utf-8?X?abc?= =? =?utf-8?Q?ok", "", "x"]).subject
                == "=?utf-8?X?abc?= =? =?utf-8?Q?ok")
    }

    @Test func eightBitHeadersAreUTF8OrWindows1252() throws {
        var bytes = Array("Subject: Sv: Påminnelse\r\nX-Latin: ".utf8)
        bytes += [0xE5, 0x80]  // "å€" in Windows-1252
        bytes += Array("\r\n\r\nx".utf8)
        let message = try InboundMessage.parse(bytes)
        #expect(message.subject == "Sv: Påminnelse")
        #expect(message.header("X-Latin") == "å€")
    }

    @Test func anMboxFromLineIsSkipped() throws {
        let message = try Self.parse(
            ["From anna@kommun.se  Mon Dec  7 10:15:00 2026", "Subject: x", "", "text"], newline: "\n")
        #expect(message.subject == "x")
        #expect(message.fields.count == 1)
    }

    @Test func inputThatIsNoMessageIsMalformed() {
        #expect(throws: InboundMailError.malformed("it is empty")) { try InboundMessage.parse([]) }
        #expect(throws: InboundMailError.malformed("it does not start with header fields")) {
            try InboundMessage.parse(Array("just some text\nwithout headers".utf8))
        }
        #expect(throws: InboundMailError.malformed("it does not start with header fields")) {
            try InboundMessage.parse(Array("\r\n\r\nbody".utf8))
        }
    }

    @Test func aMessageWithoutBodyHasNoEmptyText() throws {
        #expect(try Self.parse(["Subject: x"]).text == "")
        #expect(try Self.parse(["Subject: x", ""]).text == "")
    }

    // MARK: Encodings and charsets

    @Test func quotedPrintableIsDecodedTolerantly() {
        let decoded = QuotedPrintable.decode(
            ArraySlice(Array("l=E5s p=e5 entr=C3=A9n=\r\nsoft =\nbreak =ZZ =4 trailing   \r\nend=".utf8)))
        #expect(decoded == decodedExpected())
    }

    private func decodedExpected() -> [UInt8] {
        Array("l".utf8) + [0xE5] + Array("s p".utf8) + [0xE5] + Array(" entr".utf8) + [0xC3, 0xA9]
            + Array("nsoft break =ZZ =4 trailing\r\nend".utf8)
    }

    @Test func quotedPrintableRoundTripsWhatTheMailModuleWrites() {
        let text = "Hej!\nÅtgärden \"klar\" = 100 % – tack.\n" + String(repeating: "lång rad ", count: 30) + " "
        let encoded = QuotedPrintable.encode(text, newline: "\r\n")
        let decoded = QuotedPrintable.decode(ArraySlice(Array(encoded.utf8)))
        #expect(String(decoding: decoded, as: UTF8.self) == text.replacingOccurrences(of: "\n", with: "\r\n"))
    }

    @Test func base64IgnoresLineBreaksAndJunkAndMissingPadding() {
        let decode = { (text: String) in
            String(decoding: TransferEncoding.decodeBase64(ArraySlice(Array(text.utf8))), as: UTF8.self)
        }
        #expect(decode("S0xB\r\nUlQ6\r\nIGZpeGF0") == "KLART: fixat")
        #expect(decode("S0xBUlQ6IGZpeGF0!!*") == "KLART: fixat")
        #expect(decode("aGVq") == "hej")
        #expect(decode("aGU") == "he")
        #expect(decode("aA") == "h")
        #expect(decode("a") == "")
        #expect(decode("aGVq=\r\naGVq") == "hejhej")
        #expect(decode("") == "")
    }

    @Test func windows1252MapsItsOwnRangeAndLatin1DoesNot() {
        let bytes: [UInt8] = [0x80, 0x93, 0x94, 0x96, 0x81, 0xE5]
        #expect(Charset(name: "windows-1252").decode(bytes) == "€“”–\u{FFFD}å")
        #expect(Charset(name: "CP1252").decode(bytes) == "€“”–\u{FFFD}å")
        #expect(Charset(name: "ISO-8859-1").decode([0xE5, 0xE4, 0xF6]) == "åäö")
        #expect(Charset(name: "iso-8859-15").decode([0xA4]) == "€")
        #expect(Charset(name: "\"utf-8\"").decode([0xC3, 0xA5]) == "å")
        #expect(Charset(name: "x-unknown").decode([0xC3, 0xA5, 0xFF]) == "å\u{FFFD}")
        #expect(Charset(name: "us-ascii").decode([0xC3, 0xA5]) == "å")
        #expect(Charset(name: "us-ascii").decode([0xE5]) == "å")
    }

    // MARK: Text

    @Test func controlCharactersAndNULAreRemovedAndLineEndingsMadeLF() throws {
        var bytes = Array("Subject: x\r\n\r\nKLART:".utf8)
        bytes += [0x00, 0x20, 0x1B, 0x07]
        bytes += Array("fixat\r\nrad två\rrad tre\tslut\u{FEFF}".utf8)
        let message = try InboundMessage.parse(bytes)
        #expect(message.text == "KLART: fixat\nrad två\nrad tre\tslut")
    }

    @Test func plainTextIsPreferredOverHTMLAndAttachmentsAreSkipped() throws {
        let message = try Self.parse([
            "Subject: x", "MIME-Version: 1.0", "Content-Type: multipart/mixed; boundary=\"outer\"", "",
            "This is a preamble.", "--outer", "Content-Type: multipart/alternative; boundary=inner", "",
            "--inner", "Content-Type: text/html; charset=utf-8", "", "<p>HTML</p>", "--inner",
            "Content-Type: text/plain; charset=utf-8", "", "KLART: plain", "--inner--", "--outer",
            "Content-Type: text/plain; name=bilaga.txt", "Content-Disposition: attachment; filename=bilaga.txt", "",
            "KLART: from the attachment", "--outer--", "epilogue",
        ])
        #expect(message.text == "KLART: plain")
        #expect(message.textIsFromHTML == false)
        #expect(message.partCount == 5)
    }

    @Test func anHTMLOnlyMessageIsTurnedIntoText() throws {
        let message = try Self.parse([
            "Subject: x", "Content-Type: text/html", "",
            "<html><head><title>T</title><style>p{margin:0}</style><meta charset=\"utf-8\"></head>",
            "<body><script>alert('KLART: script')</script><p>KLART:&nbsp;fixat&#229;&#xE4; &amp; &lt;klart&gt;</p>",
            "<div>rad<br>två</div><table><tr><td>a</td><td>b</td></tr></table><!-- KLART: comment -->",
            "<p>&unknown; &#0; 3 < 4</p></body></html>",
        ])
        #expect(message.textIsFromHTML)
        #expect(message.text == "KLART: fixatåä & <klart>\nrad\ntvå\na b\n&unknown; \u{FFFD} 3 < 4")
    }

    @Test func htmlQuoteStartsAreMarked() {
        let outlook = HTMLText.text(
            "<p>KLART: ja</p><hr><div id=\"divRplyFwdMsg\" dir=\"ltr\"><b>Från:</b> X</div><p>old</p>")
        #expect(outlook == "KLART: ja\n\(HTMLText.quoteMarker)\nFrån: X\nold")
        let gmail = HTMLText.text(
            "<div dir=\"ltr\">KLART: ja</div><br><div class=\"gmail_quote\"><div class=\"gmail_attr\">Den … skrev:</div>"
                + "<blockquote class=\"gmail_quote\">old</blockquote></div>")
        #expect(gmail.hasPrefix("KLART: ja\n\n\(HTMLText.quoteMarker)\nDen … skrev:\n"))
    }

    @Test func htmlCharsetComesFromItsMetaWhenTheHeaderHasNone() throws {
        var bytes = Array(
            "Subject: x\nContent-Type: text/html\n\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Windows-1252\"><p>l"
                .utf8)
        bytes += [0xE5, 0x73, 0x96]
        bytes += Array("</p>".utf8)
        #expect(try InboundMessage.parse(bytes).text == "lås–")
    }

    @Test func flowedTextIsJoinedBack() throws {
        let message = try Self.parse(
            [
                "Subject: x", "Content-Type: text/plain; charset=utf-8; format=flowed; delsp=no", "",
                "KLART: en lång rad som ", "fortsätter här.", "-- ", "Anna",
            ], newline: "\n")
        #expect(message.text == "KLART: en lång rad som fortsätter här.\n-- \nAnna")
        #expect(MIMEReader.unflowed("a= \nb\n>> c \n>> d", deleteSpace: false) == "a= b\n>> c d")
        #expect(MIMEReader.unflowed("ab \ncd", deleteSpace: true) == "abcd")
    }

    @Test func rfc2231AndQuotedParametersAreRead() {
        let type = MIMEContentType("Text/Plain; charset*=utf-8''%C3%A5r; boundary=\"a;b\\\"c\"; x")
        #expect(type?.type == "text")
        #expect(type?.subtype == "plain")
        #expect(type?.parameters["charset"] == "år")
        #expect(type?.parameters["boundary"] == "a;b\"c")
        #expect(MIMEContentType("nonsense") == nil)
        #expect(MIMEContentType("attachment; filename=x", requireSubtype: false)?.type == "attachment")
    }

    // MARK: MIME structure

    @Test func aBoundaryNeverClosedEndsAtTheEnd() throws {
        let message = try Self.parse([
            "Subject: x", "Content-Type: multipart/alternative; boundary=b", "", "--b",
            "Content-Type: text/plain", "", "KLART: still read",
        ])
        #expect(message.text == "KLART: still read")
    }

    @Test func aMultipartWithoutItsBoundaryHasNoText() throws {
        #expect(try Self.parse(["Subject: x", "Content-Type: multipart/mixed", "", "KLART: x"]).text == nil)
        #expect(
            try Self.parse(["Subject: x", "Content-Type: multipart/mixed; boundary=zz", "", "KLART: x"]).text == nil)
    }

    @Test func aLongerBoundaryStartingWithTheSameTextIsNoDelimiter() throws {
        let message = try Self.parse([
            "Subject: x", "Content-Type: multipart/mixed; boundary=ab", "", "--ab", "Content-Type: text/plain", "",
            "line one", "--abc", "line two", "--ab--",
        ])
        #expect(message.text == "line one\n--abc\nline two")
    }

    @Test func partsWithoutHeadersAreTextPlain() throws {
        let message = try Self.parse(
            ["Subject: x", "Content-Type: multipart/mixed; boundary=b", "", "--b", "", "KLART: x", "--b--"])
        #expect(message.text == "KLART: x")
    }

    @Test func aForwardedMessageIsNotTheAnswer() throws {
        let message = try Self.parse([
            "Subject: x", "Content-Type: multipart/mixed; boundary=b", "", "--b", "Content-Type: message/rfc822", "",
            "Subject: inner", "", "KLART: forwarded", "--b--",
        ])
        #expect(message.text == nil)
    }
}
