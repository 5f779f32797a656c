import Foundation
import Mail
import Testing

@testable import Replies

@Suite struct AutomaticMailTests {
    static func classify(_ headers: [String], domain: String? = "kommun.se") throws -> AutomaticMail? {
        let bytes = Array(
            (["From: anna@kommun.se", "To: tk@kommun.se"] + headers + ["", "KLART: fixat"])
                .joined(separator: "\r\n").utf8)
        return AutomaticMail.classify(try InboundMessage.parse(bytes), ownMessageIDDomain: domain)
    }

    @Test func aPersonsReplyIsNotAutomatic() throws {
        #expect(try Self.classify(["Subject: SV: Påminnelse", "Message-ID: <abc@kommun.se>"]) == nil)
        #expect(try Self.classify(["Auto-Submitted: no"]) == nil)
        #expect(try Self.classify(["Auto-Submitted: No ; comment"]) == nil)
        #expect(try Self.classify(["Return-Path: <anna@kommun.se>"]) == nil)
        // What Outlook puts on ordinary mail says nothing.
        #expect(try Self.classify(["X-Auto-Response-Suppress: DR, RN, NRN, OOF"]) == nil)
        #expect(try Self.classify(["X-Auto-Response-Suppress: OOF"]) == nil)
        #expect(try Self.classify(["X-Auto-Response-Suppress: All"]) == nil)
        #expect(try Self.classify(["X-Auto-Response-Suppress: DR, OOF, AutoReply"]) == nil)
        #expect(try Self.classify(["Precedence: first-class"]) == nil)
        #expect(try Self.classify(["Subject: Frågan om autosvar"]) == nil)
        #expect(try Self.classify(["Message-ID: <tredjekraft.x@kommun.se>"], domain: nil) == nil)
        #expect(try Self.classify(["Message-ID: <tredjekraft.x@annan.se>"]) == nil)
    }

    @Test func automaticMailIsRecognised() throws {
        let cases: [([String], AutomaticMail)] = [
            (["Auto-Submitted: auto-replied"], .autoSubmitted), (["Auto-Submitted: auto-generated"], .autoSubmitted),
            (["AUTO-SUBMITTED: Auto-Notified; owner-email=x@y"], .autoSubmitted),
            (["Return-Path: <>"], .nullSender), (["Return-Path: < >"], .nullSender),
            (["List-Id: <rad.kommun.se>"], .mailingList), (["List-Unsubscribe: <mailto:u@x>"], .mailingList),
            (["List-Post: NO"], .mailingList), (["Precedence: bulk"], .bulk), (["Precedence: Junk"], .bulk),
            (["Precedence: list"], .bulk), (["X-Autoreply: yes"], .autoSubmitted),
            (["X-Autorespond: yes"], .autoSubmitted),
            (["Subject: Automatiskt svar: Påminnelse"], .autoSubmitted), (["Subject: Autosvar: x"], .autoSubmitted),
            (["Subject: Out of Office: x"], .autoSubmitted), (["Subject: Frånvaro v. 50"], .autoSubmitted),
            (["Subject: =?utf-8?Q?Automatiskt_svar:_P=C3=A5minnelse?="], .autoSubmitted),
            (["Subject: Undeliverable: Påminnelse"], .autoSubmitted),
            (["Content-Type: multipart/report; report-type=delivery-status; boundary=x"], .autoSubmitted),
            (["Message-ID: <tredjekraft.5dadb650-1b2c@Kommun.SE>"], .ownLetter),
            (["X-Tredjekraft-Letter: reminder"], .ownLetter),
            (["Message-ID: <tredjekraft.x@kommun.se>", "Auto-Submitted: auto-generated"], .ownLetter),
        ]
        for (headers, expected) in cases {
            #expect(try Self.classify(headers) == expected, "\(headers)")
        }
    }

    @Test func ourOwnRenderedLetterIsOurs() throws {
        let from = try Mailbox("tredjekraft@kommun.se", field: "From")
        let to = try Mailbox("anna@kommun.se", field: "To")
        let letter = try MailMessage(
            from: from, to: [to], subject: "Påminnelse", kind: .reminder, date: .init(timeIntervalSince1970: 0),
            timeZone: .gmt, messageKey: "tredjekraft.5dadb650-1b2c-4d3e-8f90-a1b2c3d4e5f6", text: "Hej!")
        let message = try InboundMessage.parse(Array(letter.rendered(lineEnding: .crlf).utf8))
        #expect(AutomaticMail.classify(message, ownMessageIDDomain: "kommun.se") == .ownLetter)
        #expect(AutomaticMail.classify(message, ownMessageIDDomain: nil) == .autoSubmitted)
        #expect(message.text?.hasPrefix("Hej!") == true)
    }
}
