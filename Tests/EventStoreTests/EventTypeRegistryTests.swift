import EventStore
import Foundation
import Testing

/// A sample event type with two versions: v2 added the language of the text.
enum SampleRecorded {
    struct V2: Codable, Equatable {
        var text: String
        var language: String
    }

    static func register(in registry: inout EventTypeRegistry) {
        registry.register(
            "SampleRecorded", currentVersion: 2,
            upcasters: [
                1: { data in
                    var object = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
                    guard object["text"] is String else { throw UpcastError.missingText }
                    object["language"] = "sv"
                    return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
                }
            ])
    }

    enum UpcastError: Error { case missingText }
}

@Suite struct EventTypeRegistryTests {
    static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "Golden")

    struct Golden: Decodable {
        var eventType: String
        var schemaVersion: Int
        var data: SampleRecorded.V2?
        var raw: Data { Data() }
    }

    private func record(_ type: String, _ version: Int, _ json: String) -> RecordedEvent {
        RecordedEvent(
            streamID: "sample-1", streamVersion: 1, position: LogPosition(transactionID: 9, sequence: 3),
            eventType: type, schemaVersion: version, data: Data(json.utf8), metadata: EventMetadata(actor: "t"),
            recordedAt: Date(timeIntervalSince1970: 0))
    }

    /// Every readable version has a golden file, and every golden file still reads as the current version.
    @Test func goldenFilesOfEveryVersionStillDecode() throws {
        var registry = EventTypeRegistry()
        SampleRecorded.register(in: &registry)
        for (type, version) in registry.readableVersions {
            let url = Self.goldenDirectory.appending(path: "\(type).v\(version).json")
            let file = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
            #expect(file["eventType"] as? String == type)
            #expect(file["schemaVersion"] as? Int == version)
            let data = try JSONSerialization.data(withJSONObject: file["data"]!)
            let current = try registry.upcast(record(type, version, String(decoding: data, as: UTF8.self)))
            #expect(current.schemaVersion == 2)
            let decoded = try JSONDecoder().decode(SampleRecorded.V2.self, from: current.data)
            #expect(decoded == SampleRecorded.V2(text: "Tid att lyssna", language: version == 1 ? "sv" : "en"))
        }
    }

    @Test func anUnknownTypeIsReportedWithWhereItStands() {
        var registry = EventTypeRegistry()
        SampleRecorded.register(in: &registry)
        let error = #expect(throws: EventStoreError.self) {
            try registry.upcast(record("FromTheFuture", 1, "{}"))
        }
        #expect(
            error?.description
                == "event FromTheFuture version 1 at 9/3 in stream sample-1 is unknown to this tredjekraftd: "
                + "it was written by a newer release; upgrade tredjekraftd")
        #expect(throws: EventStoreError.self) { try registry.upcast(record("SampleRecorded", 3, "{}")) }
    }

    @Test func aMalformedOldEventNamesTheUpcaster() {
        var registry = EventTypeRegistry()
        SampleRecorded.register(in: &registry)
        let error = #expect(throws: EventStoreError.self) { try registry.upcast(record("SampleRecorded", 1, "{}")) }
        #expect(error?.description.contains("could not be upgraded") == true)
    }
}
