import Foundation
import TestSupport
import Testing

@testable import Domain

/// The stored-JSON reader must read every event exactly as Foundation's `JSONDecoder` did: the same
/// events from the same bytes, and the same errors (case and coding path) from bytes that do not fit.
@Suite struct StoredJSONDecoderTests {
    /// What one reader made of some bytes: the event re-encoded, or the error's case and path.
    enum Outcome: Equatable, CustomStringConvertible {
        case event(DomainEvent, encoded: Data)
        case failed(kind: String, path: [String])
        case other(String)

        var description: String {
            switch self {
            case .event(_, let encoded): "event \(String(decoding: encoded, as: UTF8.self))"
            case .failed(let kind, let path): "\(kind) at \(path)"
            case .other(let text): text
            }
        }
    }

    static func outcome(_ key: EventTypeVersion, _ data: Data, _ reading: DomainEvent.JSONReading) -> Outcome {
        guard let entry = DomainEvent.registryByKey[key] else { return .other("unknown \(key)") }
        do {
            let event = try reading == .stored ? entry.decode(data) : entry.decodeWithFoundation(data)
            return .event(event, encoded: (try? event.encode().data) ?? Data())
        } catch let error as DecodingError {
            switch error {
            case .keyNotFound(let key, let context):
                return .failed(kind: "keyNotFound \(key.stringValue)", path: context.codingPath.map(Self.name))
            case .typeMismatch(_, let context):
                return .failed(kind: "typeMismatch", path: context.codingPath.map(Self.name))
            case .valueNotFound(_, let context):
                return .failed(kind: "valueNotFound", path: context.codingPath.map(Self.name))
            case .dataCorrupted(let context):
                return .failed(kind: "dataCorrupted", path: context.codingPath.map(Self.name))
            @unknown default:
                return .other("\(error)")
            }
        } catch {
            return .other("\(error)")
        }
    }

    static func name(_ key: any CodingKey) -> String { key.intValue.map { "[\($0)]" } ?? key.stringValue }

    @Test(arguments: DomainEvent.catalogue)
    func goldenFileReadsAlikeThroughBothReaders(_ key: EventTypeVersion) throws {
        let url = GoldenFileTests.directory.appendingPathComponent("\(key).json")
        let golden = try JSONDecoder().decode(GoldenFileTests.GoldenFile.self, from: try Data(contentsOf: url))
        let data = try JSONEncoder().encode(golden.data)
        let stored = Self.outcome(key, data, .stored)
        #expect(stored == Self.outcome(key, data, .foundation))
        guard case .event(let event, let encoded) = stored else {
            Issue.record("golden \(key) did not decode: \(stored)")
            return
        }
        #expect(try DomainEvent.decode(eventType: key.eventType, schemaVersion: key.schemaVersion, data: data) == event)
        #expect(try JSONDecoder().decode(JSONValue.self, from: encoded) == golden.data)
    }

    /// A generated history: every event type, with ids, dates, texts (quotes, backslashes, control
    /// characters, Swedish letters, emoji, `\u` escapes), numbers, spacing as PostgreSQL's `jsonb` prints
    /// it or none, and now and then a key dropped, a null, or a value of the wrong kind.
    /// 50,000 events (8-20 s in a debug build on this shared machine); `tredjekraft-bench --projections`
    /// compares the two readers on every event of its generated log (300,000 to 1,000,000).
    static let generatedCount = 50_000

    @Test func generatedHistoryReadsAlike() throws {
        var random = SplitMix64(seed: 35)
        let samples = try Fixture.sampleEvents.map { event in
            let encoded = try event.encode()
            return (
                EventTypeVersion(encoded.eventType, encoded.schemaVersion),
                try JSONDecoder().decode(JSONValue.self, from: encoded.data)
            )
        }
        var decoded = 0
        var failed = 0
        for number in 0..<Self.generatedCount {
            let (key, sample) = samples[number % samples.count]
            let mutated = Mutation.mutate(sample, &random)
            var text = ""
            Mutation.write(mutated, to: &text, &random)
            let data = Data(text.utf8)
            let stored = Self.outcome(key, data, .stored)
            let foundation = Self.outcome(key, data, .foundation)
            guard stored == foundation else {
                Issue.record("\(key) \(text): stored reader \(stored), JSONDecoder \(foundation)")
                return
            }
            if case .event = stored { decoded += 1 } else { failed += 1 }
        }
        // Both kinds of outcome are exercised.
        #expect(decoded > Self.generatedCount / 2)
        #expect(failed > Self.generatedCount / 50)
    }

    /// JSON that does not fit the payload: the same error, case and path, from both readers.
    @Test(arguments: [
        "null", "[]", "\"x\"", "{\"a\":1}",
        "{\"issueId\":\"00000000-0000-0000-0000-00000000000a\",\"dueDate\":\"2026-02-30\"}",
        "{\"issueId\":\"00000000-0000-0000-0000-00000000000a\",\"dueDate\":null}",
        "{\"issueId\":\"00000000-0000-0000-0000-00000000000a\",\"dueDate\":20260101}",
        "{\"issueId\":\"00000000-0000-0000-0000-00000000000a\"}", "{\"issueId\":\"nope\",\"dueDate\":\"2026-01-01\"}",
        "{\"issueId\":[],\"dueDate\":\"2026-01-01\"}", "{\"issueId\":null,\"dueDate\":\"2026-01-01\"}",
    ])
    func dataThatDoesNotFitFailsAlike(_ text: String) {
        let key = EventTypeVersion("IssueDueDateSet", 1)
        let data = Data(text.utf8)
        let stored = Self.outcome(key, data, .stored)
        #expect(stored == Self.outcome(key, data, .foundation))
        if case .event = stored { Issue.record("\(text) decoded") }
        #expect(throws: EventCodecError.self) {
            try DomainEvent.decode(eventType: key.eventType, schemaVersion: key.schemaVersion, data: data)
        }
    }

    /// Bytes that are not JSON are `malformedData` from both readers. The stored-JSON reader checks the
    /// whole text first (`dataCorrupted` at the top); `JSONDecoder` checks a value only when a field
    /// reads it, so it may first miss a key instead (PostgreSQL's `jsonb` never holds such text).
    @Test(arguments: [
        "", " ", "{", "}", "{\"issueId\":}", "{\"issueId\" \"x\"}", "{\"a\":1,}", "{\"a\":01}", "{\"a\":1.}",
        "{\"a\":-}", "{\"a\":1e}", "{\"a\":tru}", "{\"a\":\"\\x\"}", "{\"a\":\"\\ud800\"}",
        "{\"a\":\"\\udc00x\"}", "{\"a\":\"\u{01}\"}", "{\"a\":\"abc", "{} {}", "{}x",
        String(repeating: "[", count: 600),
    ])
    func textThatIsNotJSONFailsInBoth(_ text: String) {
        let key = EventTypeVersion("IssueDueDateSet", 1)
        let data = Data(text.utf8)
        #expect(Self.outcome(key, data, .stored) == .failed(kind: "dataCorrupted", path: []))
        if case .event = Self.outcome(key, data, .foundation) { Issue.record("JSONDecoder decoded \(text)") }
        for reading in [DomainEvent.JSONReading.stored, .foundation] {
            #expect(throws: EventCodecError.self) {
                try DomainEvent.decode(
                    eventType: key.eventType, schemaVersion: key.schemaVersion, data: data, with: reading)
            }
        }
    }

    @Test func invalidUTF8IsNotJSON() {
        let key = EventTypeVersion("IssueOwnerAssigned", 1)
        var bytes = Array(#"{"issueId":"00000000-0000-0000-0000-00000000000a","owner":"X"}"#.utf8)
        bytes[bytes.count - 3] = 0xFF
        let data = Data(bytes)
        #expect(Self.outcome(key, data, .stored) == .failed(kind: "dataCorrupted", path: []))
        #expect(Self.outcome(key, data, .stored) == Self.outcome(key, data, .foundation))
    }

    @Test func escapesReadAsTheirCharacters() throws {
        let data = Data(
            #"{ "issueId" : "00000000-0000-0000-0000-00000000000a", "owner" : "\"\\\/\b\f\n\r\t\u00e5\ud83d\ude00ä" }"#
                .utf8)
        let event = try DomainEvent.decode(eventType: "IssueOwnerAssigned", schemaVersion: 1, data: data)
        #expect(event == .issue(Fixture.issue, .ownerAssigned(IssueOwnerAssigned(owner: "\"\\/\u{8}\u{c}\n\r\tå😀ä"))))
    }
}

/// Random changes to a sample event's JSON, and a writer that spells it in the ways JSON allows.
enum Mutation {
    static func mutate(_ value: JSONValue, _ random: inout SplitMix64) -> JSONValue {
        switch value {
        case .object(let members):
            var result: [String: JSONValue] = [:]
            for (key, member) in members {
                let roll = random.next() % 1000
                if roll < 4 { continue }  // a key dropped
                if roll < 6 {
                    result[key] = .null
                } else if roll < 8 {
                    result[key] = .number(Double(random.next() % 100))
                } else {
                    result[key] = mutate(member, &random)
                }
            }
            if random.next() % 200 == 0 { result["unknownKey"] = .string("ignored") }
            return .object(result)
        case .array(let elements):
            return .array(elements.map { random.next() % 200 == 0 ? .null : mutate($0, &random) })
        case .string(let text):
            if UUID(uuidString: text) != nil {
                return .string(UUID(uuid: randomUUIDBytes(&random)).uuidString.lowercased())
            }
            if CalendarDate(text) != nil {
                let day = CalendarDate(year: 2020 + Int(random.next() % 10), month: 1, day: 1)!
                return .string(day.adding(days: Int(random.next() % 366)).description)
            }
            // Free text stays valid; an enum's raw value replaced is an error both readers must report.
            if random.next() % 3 == 0 { return .string(randomText(&random)) }
            return value
        case .number(let n):
            return random.next() % 4 == 0 ? .number(Double(random.next() % 1000)) : .number(n)
        case .bool, .null:
            return value
        }
    }

    static func randomUUIDBytes(_ random: inout SplitMix64) -> uuid_t {
        let a = random.next()
        let b = random.next()
        return withUnsafeBytes(of: (a, b)) { $0.load(as: uuid_t.self) }
    }

    static let pieces = [
        "Ärendet", " gäller ", "kontakt", "\"citat\"", "back\\slash", "a/b", "rad\nny", "tab\t", "😀", "åäö ÅÄÖ",
        "\u{1}", "\u{1F}", "é", "€", " ", "x",
    ]

    static func randomText(_ random: inout SplitMix64) -> String {
        (0..<Int(random.next() % 6)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
    }

    /// JSON text; spaces as `jsonb` prints them or none, strings escaped in any of the allowed ways.
    static func write(_ value: JSONValue, to text: inout String, _ random: inout SplitMix64) {
        let spaced = random.next() % 2 == 0
        switch value {
        case .null: text += "null"
        case .bool(let flag): text += flag ? "true" : "false"
        case .number(let n):
            if n == n.rounded() && abs(n) < 1e15 {
                text += random.next() % 20 == 0 ? "\(Int(n)).0" : "\(Int(n))"
            } else {
                text += "\(n)"
            }
        case .string(let s): writeString(s, to: &text, &random)
        case .array(let elements):
            text += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { text += spaced ? ", " : "," }
                write(element, to: &text, &random)
            }
            text += "]"
        case .object(let members):
            text += "{"
            for (index, (key, member)) in members.sorted(by: { $0.key < $1.key }).enumerated() {
                if index > 0 { text += spaced ? ", " : "," }
                writeString(key, to: &text, &random)
                text += spaced ? ": " : ":"
                write(member, to: &text, &random)
            }
            text += "}"
        }
    }

    static func writeString(_ s: String, to text: inout String, _ random: inout SplitMix64) {
        text += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "/": text += random.next() % 2 == 0 ? "\\/" : "/"
            case "\n": text += random.next() % 2 == 0 ? "\\n" : "\\u000a"
            case "\t": text += "\\t"
            case _ where scalar.value < 0x20: text += String(format: "\\u%04x", scalar.value)
            case _ where scalar.value >= 0x80 && random.next() % 3 == 0:
                for unit in String(scalar).utf16 { text += String(format: "\\u%04X", unit) }
            default: text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }
}
