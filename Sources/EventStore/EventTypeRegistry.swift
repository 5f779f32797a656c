import Foundation

/// The event types this binary knows, by name and schema version, and how to bring old versions up to
/// date.
///
/// Events are stored forever in the shape they were written in. When a type's shape changes, its
/// version goes up and an upcaster turns version n's JSON into version n+1's; reading runs the chain,
/// so the rest of the program only ever sees current versions.
package struct EventTypeRegistry: Sendable {
    /// Turns one version's JSON data into the next version's.
    package typealias Upcaster = @Sendable (Data) throws -> Data

    private struct Entry: Sendable {
        var currentVersion: Int
        /// `upcasters[v]` turns version v into v + 1.
        var upcasters: [Int: Upcaster]
    }

    private var entries: [String: Entry] = [:]

    package init() {}

    /// Registers `eventType` at `currentVersion`, with an upcaster for every older version.
    package mutating func register(_ eventType: String, currentVersion: Int = 1, upcasters: [Int: Upcaster] = [:]) {
        precondition(entries[eventType] == nil, "event type \(eventType) registered twice")
        precondition(
            (1..<currentVersion).allSatisfy { upcasters[$0] != nil },
            "event type \(eventType) needs an upcaster from every version below \(currentVersion)")
        entries[eventType] = Entry(currentVersion: currentVersion, upcasters: upcasters)
    }

    /// The current version of `eventType`, or `nil` when it is unknown.
    package func currentVersion(of eventType: String) -> Int? {
        entries[eventType]?.currentVersion
    }

    /// Every (type, version) that can be read: the golden files cover exactly these.
    package var readableVersions: [(eventType: String, schemaVersion: Int)] {
        entries.keys.sorted().flatMap { type in
            (1...entries[type]!.currentVersion).map { (type, $0) }
        }
    }

    /// `event` in its type's current version.
    ///
    /// - Throws: ``EventStoreError/unknownEventType(eventType:schemaVersion:stream:position:)`` for a type
    ///   or a version this binary does not know (written by a newer release), and
    ///   ``EventStoreError/upcastFailed(eventType:fromVersion:stream:position:reason:)`` when an old event
    ///   does not have the shape its upcaster expects.
    package func upcast(_ event: RecordedEvent) throws(EventStoreError) -> RecordedEvent {
        guard let entry = entries[event.eventType], (1...entry.currentVersion).contains(event.schemaVersion) else {
            throw .unknownEventType(
                eventType: event.eventType, schemaVersion: event.schemaVersion, stream: event.streamID,
                position: event.position)
        }
        var current = event
        while current.schemaVersion < entry.currentVersion {
            do {
                current.data = try entry.upcasters[current.schemaVersion]!(current.data)
            } catch {
                throw .upcastFailed(
                    eventType: event.eventType, fromVersion: current.schemaVersion, stream: event.streamID,
                    position: event.position, reason: "\(error)")
            }
            current.schemaVersion += 1
        }
        return current
    }
}
