import Foundation

/// An event as stored: the envelope around the data.
package struct RecordedEvent: Hashable, Sendable {
    package var streamID: StreamID
    /// 1 for the stream's first event.
    package var streamVersion: Int64
    package var position: LogPosition
    package var eventType: String
    package var schemaVersion: Int
    /// UTF-8 JSON as the writer stored it (or as an upcaster rewrote it).
    package var data: Data
    package var metadata: EventMetadata
    package var recordedAt: Date

    package init(
        streamID: StreamID, streamVersion: Int64, position: LogPosition, eventType: String, schemaVersion: Int,
        data: Data, metadata: EventMetadata, recordedAt: Date
    ) {
        self.streamID = streamID
        self.streamVersion = streamVersion
        self.position = position
        self.eventType = eventType
        self.schemaVersion = schemaVersion
        self.data = data
        self.metadata = metadata
        self.recordedAt = recordedAt
    }
}
