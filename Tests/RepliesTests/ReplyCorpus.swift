import Domain
import Foundation
import Replies

/// Replies as real mail clients send them, built as raw bytes, each with the answers it holds.
enum ReplyCorpus {
    struct Sample {
        var name: String
        var bytes: [UInt8]
        var answers: [ReplyAnswerExpectation]
        var notUnderstood: [String] = []
    }

    /// What a test checks of an answer: the item and the verb (the line is checked separately).
    struct ReplyAnswerExpectation: Equatable {
        var item: Int?
        var verb: ReplyVerb
    }

    static let token = "tredjekraft+aeaqaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@kommun.se"

    /// The letter as it is quoted below each reply.
    static let letterLines = [
        "Hej!", "", "Tredje kraften påminner om två ärenden där ni är ansvariga.", "",
        "1. Förslag om bättre belysning i trapphuset", "2. Förslag om fler kvällsaktiviteter", "",
        "Svara på det här brevet, en rad per ärende, till exempel:", "KLART 1: <vad som gjordes>",
        "BESLUT 2: ja|delvis|nej <motivering>", "PÅGÅR 1: klart den 2027-01-15", "", "Tredje kraften",
    ]

    static func message(_ headers: [String], body: [UInt8], newline: String = "\r\n") -> [UInt8] {
        Array((headers.joined(separator: newline) + newline + newline).utf8) + body
    }

    static func latin1(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { $0.value < 256 ? UInt8($0.value) : UInt8(ascii: "?") }
    }

    static func windows1252QuotedPrintable(_ text: String) -> String {
        var output = ""
        let special: [Character: UInt8] = ["–": 0x96, "”": 0x94, "“": 0x93, "€": 0x80, "’": 0x92]
        for character in text {
            if let byte = special[character] {
                output += String(format: "=%02X", byte)
            } else if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
                scalar.value >= 0x80 || scalar == "="
            {
                output += String(format: "=%02X", scalar.value)
            } else {
                output.append(character)
            }
        }
        // Lines longer than 76 get soft breaks, as Outlook writes them.
        return output.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var rest = Substring(line)
            var pieces: [Substring] = []
            while rest.count > 75 {
                var cut = rest.index(rest.startIndex, offsetBy: 75)
                // Never inside an =XX escape.
                if let equals = rest[rest.index(cut, offsetBy: -2)..<cut].firstIndex(of: "=") { cut = equals }
                pieces.append(rest[..<cut])
                rest = rest[cut...]
            }
            pieces.append(rest)
            return pieces.joined(separator: "=\r\n")
        }.joined(separator: "\r\n")
    }

    static var outlookPlain: Sample {
        let body =
            [
                "KLART 1: Vi har bytt alla lampor i trapphuset och satt upp en rörelsevakt – den tänds nu av sig själv när någon går i trappan.",
                "", "Med vänliga hälsningar", "Anna Andersson", "Enhetschef Vuxenstöd", "",
                "Från: Tredje kraften <tredjekraft@kommun.se>", "Skickat: den 7 december 2026 10:15",
                "Till: Anna Andersson <anna.andersson@kommun.se>", "Ämne: Påminnelse: två ärenden väntar på er", "",
            ] + letterLines
        return Sample(
            name: "Outlook, Swedish header block, windows-1252 quoted-printable",
            bytes: message(
                [
                    "Return-Path: <anna.andersson@kommun.se>",
                    "From: Anna Andersson <anna.andersson@kommun.se>", "To: Tredje kraften <\(token)>",
                    "Subject: SV: =?windows-1252?Q?P=E5minnelse:_tv=E5_=E4renden_v=E4ntar_p=E5_er?=",
                    "Message-ID: <DB9PR01MB1234ABCD@DB9PR01MB1234.eurprd01.prod.exchangelabs.com>",
                    "In-Reply-To: <tredjekraft.5dadb650-1b2c-4d3e-8f90-a1b2c3d4e5f6@kommun.se>",
                    "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:", "Content-Language: sv-SE",
                    "Content-Type: text/plain; charset=\"Windows-1252\"", "Content-Transfer-Encoding: quoted-printable",
                    "MIME-Version: 1.0",
                ], body: Array(windows1252QuotedPrintable(body.joined(separator: "\n")).utf8)),
            answers: [
                .init(
                    item: 1,
                    verb: .done(
                        summary:
                            "Vi har bytt alla lampor i trapphuset och satt upp en rörelsevakt – den tänds nu av sig själv när någon går i trappan."
                    ))
            ])
    }

    static var outlookHTML: Sample {
        let html = """
            <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
            <meta http-equiv="Content-Type" content="text/html; charset=Windows-1252">
            <style><!-- p.MsoNormal {margin:0cm;} KLART: style --></style></head>
            <body lang="SV" link="#0563C1"><div class="WordSection1">
            <p class="MsoNormal">Hej,<o:p></o:p></p>
            <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
            <p class="MsoNormal">BESLUT 2: Ja, vi inför kvällsaktiviteter två gånger i veckan från februari eftersom rådet visat att behovet finns.<o:p></o:p></p>
            <p class="MsoNormal">PÅGÅR 1: klart den 15 januari 2027<o:p></o:p></p>
            <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
            <p class="MsoNormal">Mvh Bertil<o:p></o:p></p>
            </div>
            <hr style="display:inline-block;width:98%" tabindex="-1">
            <div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>Från:</b> Tredje kraften &lt;tredjekraft@kommun.se&gt;<br>
            <b>Skickat:</b> den 7 december 2026 10:15<br><b>Till:</b> Bertil Berg<br><b>Ämne:</b> Påminnelse</font>
            <div>&nbsp;</div></div>
            <div><p>KLART 1: &lt;vad som gjordes&gt;</p></div>
            </body></html>
            """
        return Sample(
            name: "Outlook, HTML only, divRplyFwdMsg, windows-1252 quoted-printable",
            bytes: message(
                [
                    "From: \"Berg, Bertil\" <bertil.berg@kommun.se>", "To: <\(token)>",
                    "Subject: SV: Påminnelse", "Message-ID: <AM0PR02MB5678@AM0PR02MB5678.eurprd02.prod.outlook.com>",
                    "Content-Type: text/html; charset=\"Windows-1252\"", "Content-Transfer-Encoding: quoted-printable",
                    "X-Auto-Response-Suppress: DR, RN, NRN, OOF", "MIME-Version: 1.0",
                ], body: Array(windows1252QuotedPrintable(html).utf8)),
            answers: [
                .init(
                    item: 2,
                    verb: .decision(
                        .accepted,
                        motivation:
                            "vi inför kvällsaktiviteter två gånger i veckan från februari eftersom rådet visat att behovet finns."
                    )),
                .init(item: 1, verb: .workStarted(due: CalendarDate(year: 2027, month: 1, day: 15))),
            ])
    }

    static var gmail: Sample {
        let plain =
            [
                "ansvarig: Enhetschef Daglig verksamhet", "", "Den mån 7 dec. 2026 kl 10:15 skrev Tredje kraften <",
                "\(token)>:", "",
            ] + letterLines.map { $0.isEmpty ? ">" : "> " + $0 }
        let html =
            "<div dir=\"ltr\">ansvarig: Enhetschef Daglig verksamhet</div><br><div class=\"gmail_quote\">"
            + "<div dir=\"ltr\" class=\"gmail_attr\">Den mån 7 dec. 2026 kl 10:15 skrev Tredje kraften &lt;<a href=\"mailto:x\">x</a>&gt;:<br></div>"
            + "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex\">KLART 1: &lt;vad som gjordes&gt;</blockquote></div>"
        let base64 = { (text: String) in Data(text.utf8).base64EncodedString(options: .lineLength76Characters) }
        let body = [
            "--000000000000a1b2c3d4e5f6", "Content-Type: text/plain; charset=\"UTF-8\"",
            "Content-Transfer-Encoding: base64", "", base64(plain.joined(separator: "\r\n")),
            "--000000000000a1b2c3d4e5f6", "Content-Type: text/html; charset=\"UTF-8\"",
            "Content-Transfer-Encoding: base64", "", base64(html), "", "--000000000000a1b2c3d4e5f6--", "",
        ].joined(separator: "\r\n")
        return Sample(
            name: "Gmail, multipart/alternative, base64 UTF-8, wrapped attribution",
            bytes: message(
                [
                    "MIME-Version: 1.0", "References: <tredjekraft.5dadb650@kommun.se>",
                    "In-Reply-To: <tredjekraft.5dadb650@kommun.se>", "From: Cecilia Ek <cecilia.ek@gmail.com>",
                    "Date: Mon, 7 Dec 2026 11:02:33 +0100",
                    "Message-ID: <CAKx=abc123+def@mail.gmail.com>",
                    "Subject: =?UTF-8?Q?Re=3A_P=C3=A5minnelse=3A_tv=C3=A5_=C3=A4renden?=", "To: \(token)",
                    "Content-Type: multipart/alternative; boundary=\"000000000000a1b2c3d4e5f6\"",
                ], body: Array(body.utf8)),
            answers: [.init(item: nil, verb: .owner(title: "Enhetschef Daglig verksamhet"))])
    }

    static var appleMail: Sample {
        let body = [
            "Klart 2 vi har anst=C3=A4llt en till personal p=C3=A5 kv=C3=A4llarna och schemat =C3=A4r=20",
            "=C3=A4ndrat.", "", "Skickat fr=C3=A5n min iPhone", "",
            "> 7 dec. 2026 kl. 10:15 skrev Tredje kraften <tredjekraft@kommun.se>:", ">", "> =EF=BB=BFHej!",
            "> KLART 1: <vad som gjordes>",
        ].joined(separator: "\r\n")
        return Sample(
            name: "Apple Mail on iPhone, quoted-printable UTF-8, mobile signature",
            bytes: message(
                [
                    "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable",
                    "From: David Dahl <david.dahl@icloud.com>", "Mime-Version: 1.0 (1.0)",
                    "Subject: Re: =?utf-8?Q?P=C3=A5minnelse?=", "Date: Mon, 7 Dec 2026 12:00:00 +0100",
                    "Message-Id: <A1B2C3D4-E5F6@icloud.com>", "To: Tredje kraften <\(token)>",
                    "X-Mailer: iPhone Mail (22A100)",
                ], body: Array(body.utf8)),
            answers: [
                .init(
                    item: 2,
                    verb: .done(summary: "vi har anställt en till personal på kvällarna och schemat är ändrat."))
            ])
    }

    static var thunderbird: Sample {
        let body =
            [
                "ÅTERKOPPLAT: Vi berättade på rådets möte den 3 december och skickade ut ",
                "protokollet till alla.", "", "Den 2026-12-07 kl. 10:15, skrev Tredje kraften:",
            ] + letterLines.map { "> " + $0 }
        return Sample(
            name: "Thunderbird, format=flowed, ISO-8859-1 8bit",
            bytes: message(
                [
                    "Message-ID: <3f1e2d4c-aaaa-bbbb-cccc-1234567890ab@kommun.se>",
                    "Date: Mon, 7 Dec 2026 13:00:00 +0100", "MIME-Version: 1.0",
                    "User-Agent: Mozilla Thunderbird", "Subject: Re: =?UTF-8?Q?P=c3=a5minnelse?=",
                    "To: Tredje kraften <\(token)>", "From: Eva Ek <eva.ek@kommun.se>",
                    "Content-Type: text/plain; charset=ISO-8859-1; format=flowed", "Content-Transfer-Encoding: 8bit",
                ], body: latin1(body.joined(separator: "\n")), newline: "\n"),
            answers: [
                .init(
                    item: nil,
                    verb: .feedbackGiven(
                        how: "Vi berättade på rådets möte den 3 december och skickade ut protokollet till alla."))
            ])
    }

    static var bottomPosted: Sample {
        let body = [
            "On Mon, Dec 07, 2026 at 10:15:00AM +0100, Tredje kraften wrote:", "> Hej!", ">",
            "> 1. Förslag om bättre belysning i trapphuset", "pagar 1 klart 2027-03-01", "",
            "> 2. Förslag om fler kvällsaktiviteter", "klart 2: Ny rutin införd,", "alla kvällar.", "", "-- ",
            "Fredrik", "KLART 1: efter signaturen",
        ].joined(separator: "\n")
        return Sample(
            name: "mutt, bottom-posted between > quotes, signature",
            bytes: message(
                [
                    "From: Fredrik <fredrik@kommun.se>", "To: \(token)", "Subject: Re: Påminnelse",
                    "Message-ID: <20261207101500.GA1234@kommun.se>", "Content-Type: text/plain; charset=us-ascii",
                    "Content-Disposition: inline",
                ], body: latin1(body), newline: "\n"),
            answers: [
                .init(item: 1, verb: .workStarted(due: CalendarDate(year: 2027, month: 3, day: 1))),
                .init(item: 2, verb: .done(summary: "Ny rutin införd, alla kvällar.")),
            ])
    }

    static var outlookEnglish: Sample {
        let body =
            [
                "2. BESLUT: nej – det finns ingen budget i år, vi tar upp det igen i mars.", "Beslut: kanske",
                "Vi har inte hunnit titta på det första.", "", "-----Original Message-----",
                "From: Tredje kraften <tredjekraft@kommun.se>", "Sent: Monday, December 7, 2026 10:15 AM",
                "To: Gustav <gustav@kommun.se>", "Subject: Påminnelse", "",
            ] + letterLines
        return Sample(
            name: "Outlook in English, Original Message separator, a decision refused and an unclear line",
            bytes: message(
                [
                    "From: Gustav <gustav@kommun.se>", "To: \(token)", "Subject: RE: Påminnelse",
                    "Content-Type: text/plain; charset=\"utf-8\"", "Content-Transfer-Encoding: 8bit",
                ], body: Array(body.joined(separator: "\r\n").utf8)),
            answers: [
                .init(
                    item: 2,
                    verb: .decision(.rejected, motivation: "det finns ingen budget i år, vi tar upp det igen i mars."))
            ],
            notUnderstood: ["Beslut: kanske", "Vi har inte hunnit titta på det första."])
    }

    static var all: [Sample] {
        [outlookPlain, outlookHTML, gmail, appleMail, thunderbird, bottomPosted, outlookEnglish]
    }
}
