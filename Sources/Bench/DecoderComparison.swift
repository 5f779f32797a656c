import Domain
import EventCodec
import EventStore
import Foundation

/// Issue 35's decoder check on the whole generated log: every event read through the stored-JSON
/// reader and through Foundation's `JSONDecoder` (the reader before issue 35) must give equal events,
/// and each reader's CPU time alone is measured — with `JSONSerialization` parsing the same bytes into
/// Foundation objects beside them (the other way to avoid `JSONDecoder`'s containers, before any
/// payload is even built from it).
struct DecoderComparison {
    let store: EventStore
    let batch: Int

    struct Result {
        var events = 0
        var mismatches = 0
        var firstMismatch: String?
        var stored = Duration.zero
        var foundation = Duration.zero
        var serialization = Duration.zero
    }

    func run() async throws -> Result {
        var result = Result()
        let clock = ContinuousClock()
        let registry = EventTypeRegistry.domain
        var position = LogPosition.start
        while true {
            let events = try await store.readAll(after: position, limit: batch)
            guard let last = events.last else { break }
            position = last.position
            let current = try events.map { try registry.upcast($0) }
            var start = clock.now
            let stored = current.map {
                try? DomainEvent.decode(eventType: $0.eventType, schemaVersion: $0.schemaVersion, data: $0.data)
            }
            result.stored += start.duration(to: clock.now)
            start = clock.now
            let foundation = current.map {
                try? DomainEvent.decode(
                    eventType: $0.eventType, schemaVersion: $0.schemaVersion, data: $0.data, with: .foundation)
            }
            result.foundation += start.duration(to: clock.now)
            start = clock.now
            for event in current { _ = try JSONSerialization.jsonObject(with: event.data) }
            result.serialization += start.duration(to: clock.now)
            for (index, (a, b)) in zip(stored, foundation).enumerated() where a == nil || a != b {
                result.mismatches += 1
                if result.firstMismatch == nil {
                    result.firstMismatch =
                        "\(current[index].eventType) at \(current[index].position): \(String(decoding: current[index].data, as: UTF8.self))"
                }
            }
            result.events += events.count
        }
        return result
    }
}
