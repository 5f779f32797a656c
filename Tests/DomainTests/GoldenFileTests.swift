import Foundation
import Testing

@testable import Domain

/// Golden files are forever: every stored event type and version must keep decoding.
@Suite struct GoldenFileTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    struct GoldenFile: Codable {
        var eventType: String
        var schemaVersion: Int
        var data: JSONValue
    }

    @Test func everySampleRoundTrips() throws {
        for event in Fixture.sampleEvents {
            let encoded = try event.encode()
            let decoded = try DomainEvent.decode(
                eventType: encoded.eventType, schemaVersion: encoded.schemaVersion, data: encoded.data)
            #expect(decoded == event)
        }
    }

    /// The samples are written at each type's current version; older versions have golden files only.
    @Test func samplesCoverTheCatalogue() {
        let sampled = Set(Fixture.sampleEvents.map { EventTypeVersion($0.eventType, $0.schemaVersion) })
        var current: [String: Int] = [:]
        for key in DomainEvent.catalogue {
            current[key.eventType] = max(current[key.eventType] ?? 0, key.schemaVersion)
        }
        #expect(sampled == Set(current.map { EventTypeVersion($0.key, $0.value) }))
        #expect(Set(DomainEvent.catalogue).count == DomainEvent.catalogue.count)
        for (type, version) in current {
            #expect((1...version).allSatisfy { DomainEvent.catalogue.contains(EventTypeVersion(type, $0)) })
        }
    }

    /// With `TREDJEKRAFT_RECORD_GOLDEN=1`, writes the golden file of each sample whose type and version
    /// has none yet (a new event type, a new schema version); an existing golden file is never rewritten.
    @Test func recordsMissingGoldenFiles() throws {
        guard ProcessInfo.processInfo.environment["TREDJEKRAFT_RECORD_GOLDEN"] == "1" else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        for event in Fixture.sampleEvents {
            let encoded = try event.encode()
            let key = EventTypeVersion(encoded.eventType, encoded.schemaVersion)
            let url = Self.directory.appendingPathComponent("\(key).json")
            guard !FileManager.default.fileExists(atPath: url.path) else { continue }
            let golden = GoldenFile(
                eventType: encoded.eventType, schemaVersion: encoded.schemaVersion,
                data: try JSONDecoder().decode(JSONValue.self, from: encoded.data))
            try (encoder.encode(golden) + Data("\n".utf8)).write(to: url)
        }
    }

    /// A message queued before answers by mail (version 1) reads as one that cannot be answered, and is
    /// written back as it was.
    @Test func mailQueuedVersion1ReadsWithoutAnswerableItems() throws {
        let url = Self.directory.appendingPathComponent("MailQueued.v1.json")
        let golden = try JSONDecoder().decode(GoldenFile.self, from: try Data(contentsOf: url))
        let data = try JSONEncoder().encode(golden.data)
        for (version, bytes) in [(1, data), (2, MailQueued.upcastVersion1(data))] {
            let event = try DomainEvent.decode(eventType: "MailQueued", schemaVersion: version, data: bytes)
            guard case .mail(_, .queued(let queued)) = event else {
                Issue.record("not a MailQueued: \(event)")
                continue
            }
            #expect(queued.answerable.isEmpty)
            #expect(!String(decoding: try event.encode().data, as: UTF8.self).contains("answerable"))
        }
        let v2 = Self.directory.appendingPathComponent("MailQueued.v2.json")
        let new = try JSONDecoder().decode(GoldenFile.self, from: try Data(contentsOf: v2))
        let event = try DomainEvent.decode(
            eventType: "MailQueued", schemaVersion: 2, data: try JSONEncoder().encode(new.data))
        guard case .mail(_, .queued(let queued)) = event else {
            Issue.record("not a MailQueued")
            return
        }
        #expect(queued.answerable == [AnswerableItem(number: 1, issue: Fixture.issue)])
    }

    @Test(arguments: DomainEvent.catalogue)
    func goldenFileDecodesAndReEncodes(_ key: EventTypeVersion) throws {
        let url = Self.directory.appendingPathComponent("\(key).json")
        let contents = try #require(try? Data(contentsOf: url), "Missing golden file \(key).json")
        let golden = try JSONDecoder().decode(GoldenFile.self, from: contents)
        #expect(golden.eventType == key.eventType)
        #expect(golden.schemaVersion == key.schemaVersion)
        let data = try JSONEncoder().encode(golden.data)
        let event = try DomainEvent.decode(eventType: golden.eventType, schemaVersion: golden.schemaVersion, data: data)
        #expect(event.eventType == key.eventType)
        let reEncoded = try event.encode()
        #expect(try JSONDecoder().decode(JSONValue.self, from: reEncoded.data) == golden.data)
        #expect(DomainEvent.streamPrefix(of: key.eventType).map { event.streamName.hasPrefix($0 + "-") } == true)
    }

    @Test func everyGoldenFileIsInTheCatalogue() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path).filter {
            $0.hasSuffix(".json")
        }
        #expect(Set(names) == Set(DomainEvent.catalogue.map { "\($0).json" }))
    }

    @Test func unknownTypeOrVersionIsATypedError() {
        #expect(throws: EventCodecError.unknownEvent(eventType: "IssueExploded", schemaVersion: 1)) {
            try DomainEvent.decode(eventType: "IssueExploded", schemaVersion: 1, data: Data("{}".utf8))
        }
        #expect(throws: EventCodecError.unknownEvent(eventType: "IssueDecided", schemaVersion: 99)) {
            try DomainEvent.decode(eventType: "IssueDecided", schemaVersion: 99, data: Data("{}".utf8))
        }
    }

    @Test func malformedDataIsATypedError() {
        do {
            _ = try DomainEvent.decode(
                eventType: "IssueDecided", schemaVersion: 1, data: Data(#"{"issueId":"x"}"#.utf8))
            Issue.record("expected an error")
        } catch {
            guard case .malformedData(let t, let v, _) = error else {
                Issue.record("wrong error \(error)")
                return
            }
            #expect(t == "IssueDecided" && v == 1)
        }
    }

    @Test func jsonIsSmallAndReadable() throws {
        let event = DomainEvent.issue(Fixture.issue, .dueDateSet(IssueDueDateSet(dueDate: day("2026-05-31"))))
        let encoded = try event.encode()
        #expect(
            String(decoding: encoded.data, as: UTF8.self)
                == #"{"dueDate":"2026-05-31","issueId":"00000000-0000-0000-0000-00000000000a"}"#)
        #expect(encoded.eventType == "IssueDueDateSet" && encoded.schemaVersion == 1)
        let noOptionals = DomainEvent.issue(
            Fixture.issue, .implemented(IssueImplemented(implementedOn: day("2026-05-20"))))
        #expect(!String(decoding: try noOptionals.encode().data, as: UTF8.self).contains("summary"))
    }
}

/// Any JSON value, compared structurally.
enum JSONValue: Codable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let b = try? c.decode(Bool.self) {
            self = .bool(b)
        } else if let n = try? c.decode(Double.self) {
            self = .number(n)
        } else if let s = try? c.decode(String.self) {
            self = .string(s)
        } else if let a = try? c.decode([JSONValue].self) {
            self = .array(a)
        } else {
            self = .object(try c.decode([String: JSONValue].self))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case .bool(let b): try c.encode(b)
        case .number(let n): if n == n.rounded() && abs(n) < 1e15 { try c.encode(Int(n)) } else { try c.encode(n) }
        case .string(let s): try c.encode(s)
        case .array(let a): try c.encode(a)
        case .object(let o): try c.encode(o)
        }
    }
}
