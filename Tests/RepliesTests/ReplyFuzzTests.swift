import Foundation
import Mail
import TestSupport
import Testing

@testable import Replies

/// The corpus mutated a few thousand times with a seeded generator (a failing seed fails again):
/// bit flips, truncations, duplicated boundaries and headers, random bytes. Parsing and reading must
/// never trap, and what they keep stays within the limits. `TREDJEKRAFT_FUZZ_MAIL_ROUNDS` (default 2,000)
/// and `TREDJEKRAFT_FUZZ_SEED` make a longer or another run.
@Suite struct ReplyFuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let rounds = environment["TREDJEKRAFT_FUZZ_MAIL_ROUNDS"].flatMap(Int.init) ?? 2_000
    static let seed = environment["TREDJEKRAFT_FUZZ_SEED"].flatMap(UInt64.init) ?? 0x7431_2026

    @Test func theCorpusMutatedNeverTrapsAndStaysBounded() {
        var random = SplitMix64(seed: Self.seed)
        let corpus = ReplyCorpus.all.map(\.bytes) + [Self.hostileSeed]
        let limits = InboundLimits(maxBytes: 64 * 1024, maxParts: 20, maxDepth: 4, maxHeaderBytes: 8 * 1024)
        var parsed = 0
        // Broken bounds are collected, not expected one by one: a few thousand rounds stay quick.
        var broken: [String] = []
        for round in 0..<Self.rounds {
            var bytes = corpus[round % corpus.count]
            let mutations = Int.random(in: 1...6, using: &random)
            for _ in 0..<mutations { Self.mutate(&bytes, using: &random) }
            do {
                let message = try InboundMessage.parse(bytes, limits: limits)
                parsed += 1
                let reading = ReplyReader.read(message)
                _ = AutomaticMail.classify(message, ownMessageIDDomain: "kommun.se")
                _ = ReplyToken.find(in: message.recipientAddresses, template: "tredjekraft+{token}@kommun.se")
                _ = (message.from, message.replyTo, message.messageID, message.references, message.inReplyTo)
                let bounds = [
                    ("parts", message.partCount <= limits.maxParts),
                    ("text", (message.text?.utf8.count ?? 0) <= bytes.count * 3 + 64),
                    ("answers", reading.answers.count <= ReplyReader.maxAnswers),
                    ("notUnderstood", reading.notUnderstood.count <= ReplyReader.maxNotUnderstood),
                    ("quoted", reading.notUnderstood.allSatisfy { $0.count <= ReplyReader.maxQuotedLength }),
                    ("subject", !(message.subject ?? "").contains { $0 == "\r" || $0 == "\n" || $0 == "\u{0}" }),
                ]
                for (name, kept) in bounds where !kept { broken.append("round \(round): \(name)") }
            } catch {
                // A typed refusal is a clean outcome.
                _ = String(describing: error)
            }
        }
        #expect(broken.isEmpty, "seed \(Self.seed): \(broken.prefix(10))")
        // Most mutations leave a readable message: the fuzzer reaches the reader, not only the refusals.
        #expect(parsed > Self.rounds / 2, "seed \(Self.seed)")
    }

    /// A seed that holds every structure the mutations can multiply: nesting, a boundary, encoded words.
    static let hostileSeed: [UInt8] = Array(
        [
            "Subject: =?utf-8?B?S0xBUlQ=?= =?iso-8859-1?Q?=E5?=", "Content-Type: multipart/mixed; boundary=a", "",
            "--a", "Content-Type: multipart/alternative; boundary=b", "", "--b",
            "Content-Type: text/html; charset=windows-1252", "Content-Transfer-Encoding: quoted-printable", "",
            "<p>KLART 1: f=E5tt</p><blockquote>KLART 2: x</blockquote>", "--b--", "--a--", "",
        ].joined(separator: "\r\n").utf8)

    static func mutate(_ bytes: inout [UInt8], using random: inout SplitMix64) {
        guard !bytes.isEmpty else {
            bytes = [UInt8.random(in: 0...255, using: &random)]
            return
        }
        let index = Int.random(in: 0..<bytes.count, using: &random)
        switch Int.random(in: 0..<8, using: &random) {
        case 0:  // a bit flipped
            bytes[index] ^= 1 << UInt8.random(in: 0...7, using: &random)
        case 1:  // cut short
            bytes.removeSubrange(index...)
        case 2:  // a random byte in
            bytes.insert(UInt8.random(in: 0...255, using: &random), at: index)
        case 3:  // a stretch removed
            bytes.removeSubrange(index..<min(bytes.count, index + Int.random(in: 1...64, using: &random)))
        case 4:  // a line repeated (a boundary, a header, a quote)
            let start = bytes[..<index].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
            let end = bytes[index...].firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? bytes.count
            let line = Array(bytes[start..<end])
            let copies = Int.random(in: 1...30, using: &random)
            bytes.insert(contentsOf: (0..<copies).flatMap { _ in line }, at: start)
        case 5:  // a stretch duplicated elsewhere (nesting a part in itself)
            let length = Int.random(in: 1...512, using: &random)
            let stretch = Array(bytes[index..<min(bytes.count, index + length)])
            bytes.insert(contentsOf: stretch, at: Int.random(in: 0...bytes.count, using: &random))
        case 6:  // a dangerous byte
            bytes[index] =
                [0, 0x0D, 0x0A, UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: "-"), 0xFF, 0xC3]
                .randomElement(using: &random) ?? 0
        default:  // random bytes in
            let count = Int.random(in: 1...32, using: &random)
            bytes.insert(contentsOf: (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }, at: index)
        }
    }

    @Test func randomBytesNeverTrap() {
        var random = SplitMix64(seed: 31)
        for _ in 0..<500 {
            let count = Int.random(in: 0...2_048, using: &random)
            let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }
            if let message = try? InboundMessage.parse(bytes) {
                _ = ReplyReader.read(message)
            }
        }
    }
}
