import Domain
import EventStore
import Foundation

/// A domain event together with its envelope: what projections and the audit trail read.
package struct DomainEventRecord: Sendable {
    package var event: DomainEvent
    package var streamVersion: Int64
    package var position: LogPosition
    package var metadata: EventMetadata
    package var recordedAt: Date

    /// Decodes a stored event: upcasts it to its current version, then decodes the domain type.
    ///
    /// - Throws: ``EventStoreError`` for types or versions this binary does not know, or data that
    ///   does not fit the type — never a crash.
    package init(_ recorded: RecordedEvent, registry: EventTypeRegistry = .domain) throws {
        let current = try registry.upcast(recorded)
        do {
            event = try DomainEvent.decode(
                eventType: current.eventType, schemaVersion: current.schemaVersion, data: current.data)
        } catch {
            throw EventStoreError.upcastFailed(
                eventType: recorded.eventType, fromVersion: recorded.schemaVersion, stream: recorded.streamID,
                position: recorded.position, reason: "\(error)")
        }
        streamVersion = recorded.streamVersion
        position = recorded.position
        metadata = recorded.metadata
        recordedAt = recorded.recordedAt
    }
}

extension EventTypeRegistry {
    /// Every domain event type at its current version. A new schema version registers its upcasters here.
    package static let domain: EventTypeRegistry = {
        var registry = EventTypeRegistry()
        var current: [String: Int] = [:]
        for entry in DomainEvent.catalogue {
            current[entry.eventType] = max(current[entry.eventType] ?? 0, entry.schemaVersion)
        }
        for (type, version) in current.sorted(by: { $0.key < $1.key }) {
            registry.register(type, currentVersion: version, upcasters: DomainEvent.upcasters[type] ?? [:])
        }
        return registry
    }()
}

extension DomainEvent {
    /// The event as the store appends it.
    package func newEvent() throws -> NewEvent {
        let encoded = try encode()
        return NewEvent(eventType: encoded.eventType, schemaVersion: encoded.schemaVersion, data: encoded.data)
    }
}
