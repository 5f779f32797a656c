import EventStore

/// A batch read from the log, decoded: the events up to the first this binary cannot read, and that
/// one with its error.
///
/// Decoding is most of a rebuild's own CPU; made apart from applying, the next batch can be read and
/// decoded in a child task while the current one is applied (`async let`), on the other core.
package struct DecodedBatch: Sendable {
    package var recorded: [RecordedEvent]
    package var events: [DomainEventRecord]
    /// The first event that could not be decoded (nothing after it is decoded), and why.
    package var unreadable: (event: RecordedEvent, error: any Error)?

    package init(_ recorded: [RecordedEvent], registry: EventTypeRegistry = .domain) {
        self.recorded = recorded
        events = []
        events.reserveCapacity(recorded.count)
        for event in recorded {
            do {
                events.append(try DomainEventRecord(event, registry: registry))
            } catch {
                unreadable = (event, error)
                break
            }
        }
    }

    /// Reads the batch after `position` and decodes it.
    package static func read(
        from store: EventStore, after position: LogPosition, limit: Int, registry: EventTypeRegistry = .domain
    ) async throws -> DecodedBatch {
        DecodedBatch(try await store.readAll(after: position, limit: limit), registry: registry)
    }
}
