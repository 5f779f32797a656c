import Foundation
import Testing

@testable import Mail

/// Messages made to hurt: each is refused with a typed error or read cleanly, never a trap, and
/// memory stays bounded by the limits.
@Suite struct InboundHostileTests {
    static func multipart(parts: Int, boundary: String = "b") -> [UInt8] {
        var text = "Subject: x\r\nContent-Type: multipart/mixed; boundary=\(boundary)\r\n\r\n"
        for index in 0..<parts { text += "--\(boundary)\r\nContent-Type: text/plain\r\n\r\npart \(index)\r\n" }
        text += "--\(boundary)--\r\n"
        return Array(text.utf8)
    }

    static func nested(depth: Int) -> [UInt8] {
        var text = "Subject: x\r\nContent-Type: multipart/mixed; boundary=b0\r\n\r\n"
        for level in 1..<depth {
            text += "--b\(level - 1)\r\nContent-Type: multipart/mixed; boundary=b\(level)\r\n\r\n"
        }
        text += "--b\(depth - 1)\r\nContent-Type: text/plain\r\n\r\nKLART: deep\r\n"
        for level in (0..<depth).reversed() { text += "--b\(level)--\r\n" }
        return Array(text.utf8)
    }

    @Test func tenMegabytesAreRefusedBeforeParsing() {
        var bytes = Array("Subject: x\r\n\r\n".utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "a"), count: 10 * 1024 * 1024)
        #expect(throws: InboundMailError.tooLarge) { try InboundMessage.parse(bytes) }
        // Exactly at the limit is read.
        let limits = InboundLimits(maxBytes: 1000)
        let atLimit = Array("Subject: x\r\n\r\n".utf8) + [UInt8](repeating: 65, count: 1000 - 14)
        #expect(throws: Never.self) { try InboundMessage.parse(atLimit, limits: limits) }
        #expect(throws: InboundMailError.tooLarge) { try InboundMessage.parse(atLimit + [65], limits: limits) }
    }

    @Test func aThousandPartsAreRefused() {
        #expect(throws: InboundMailError.tooManyParts) { try InboundMessage.parse(Self.multipart(parts: 1_000)) }
        #expect(throws: Never.self) { try InboundMessage.parse(Self.multipart(parts: 99)) }
        #expect(throws: InboundMailError.tooManyParts) { try InboundMessage.parse(Self.multipart(parts: 100)) }
    }

    @Test func nestingFiftyDeepIsRefused() throws {
        #expect(throws: InboundMailError.tooDeep) { try InboundMessage.parse(Self.nested(depth: 50)) }
        #expect(try InboundMessage.parse(Self.nested(depth: 8)).text == "KLART: deep")
        #expect(throws: InboundMailError.tooDeep) { try InboundMessage.parse(Self.nested(depth: 9)) }
    }

    @Test func aHundredThousandHeaderLinesAreRefused() {
        let many = Array(String(repeating: "X-Spam: y\r\n", count: 100_000).utf8) + Array("\r\nbody".utf8)
        #expect(throws: InboundMailError.headersTooLarge) { try InboundMessage.parse(many) }
        let folded = Array(("Subject: x\r\n" + String(repeating: " more\r\n", count: 100_000) + "\r\nbody").utf8)
        #expect(throws: InboundMailError.headersTooLarge) { try InboundMessage.parse(folded) }
        let fields = Array(String(repeating: "X-A: b\r\n", count: 501).utf8) + Array("\r\nbody".utf8)
        #expect(throws: InboundMailError.headersTooLarge) { try InboundMessage.parse(fields) }
        let oneLongLine = Array(("Subject: " + String(repeating: "x", count: 70_000) + "\r\n\r\nbody").utf8)
        #expect(throws: InboundMailError.headersTooLarge) { try InboundMessage.parse(oneLongLine) }
    }

    @Test func aPartsHeadersAreBoundedToo() {
        let body = "--b\r\n" + String(repeating: "X-A: b\r\n", count: 10_000) + "\r\ntext\r\n--b--\r\n"
        let bytes = Array(("Subject: x\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n" + body).utf8)
        #expect(throws: InboundMailError.headersTooLarge) { try InboundMessage.parse(bytes) }
    }

    @Test func brokenEncodingsAreReadNotRefused() throws {
        let base64 = try InboundMessage.parse(
            Array("Subject: x\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!S0xBUlQ6IGZpeGF0???=\r\n====\r\n".utf8))
        #expect(base64.text == "KLART: fixat")
        let qp = try InboundMessage.parse(
            Array("Subject: x\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nKLART=3: =G1 fix=\r\nat =".utf8))
        #expect(qp.text == "KLART=3: =G1 fixat ")
        var invalidUTF8 = Array("Subject: x\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nKLART: ".utf8)
        invalidUTF8 += [0xFF, 0xC3, 0x28, 0xE2, 0x82]
        #expect(try InboundMessage.parse(invalidUTF8).text == "KLART: \u{FFFD}\u{FFFD}(\u{FFFD}")
    }

    @Test func nulBytesAnywhereAreHarmless() throws {
        var bytes = Array("Subject: a".utf8) + [0] + Array("b\r\nFrom: x".utf8) + [0] + Array("@kommun.se\r\n\r\n".utf8)
        bytes += [0, 0] + Array("KLART: ".utf8) + [0] + Array("fixat".utf8) + [0]
        let message = try InboundMessage.parse(bytes)
        #expect(message.text == "KLART: fixat")
        #expect(message.subject == "a b")
        #expect(message.from == nil)
    }

    @Test func aBoundaryRepeatedOrNestedUnderTheSameNameStaysBounded() throws {
        var text = "Subject: x\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
        for _ in 0..<20 { text += "--b\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n" }
        text += "--b\r\n\r\nKLART: x\r\n"
        let message = try InboundMessage.parse(Array(text.utf8))
        #expect(message.partCount <= InboundLimits.standard.maxParts)
    }

    @Test func aHugeEncodedWordHeaderStaysQuick() throws {
        // Many "=?" that never end: each is looked at over a bounded stretch, not to the header's end.
        let subject = String(repeating: "=?utf-8?Q?" + String(repeating: "a", count: 90), count: 600)
        let message = try InboundMessage.parse(Array("Subject: \(subject)\r\n\r\nx".utf8))
        #expect(message.subject == subject)
    }

    @Test func anHTMLBombOfUnclosedTagsAndEntitiesIsRead() throws {
        let html =
            String(repeating: "<div><blockquote>&#99999999999;&#x110000;&amp", count: 5_000) + "<script>"
            + String(repeating: "<", count: 10_000)
        var bytes = Array("Subject: x\r\nContent-Type: text/html; charset=utf-8\r\n\r\n".utf8)
        bytes += Array(html.utf8)
        let message = try InboundMessage.parse(bytes)
        #expect(message.textIsFromHTML)
        #expect((message.text?.utf8.count ?? 0) <= bytes.count * 3)
    }
}
