import Foundation

/// An event as stored: the envelope around the data.
public struct RecordedEvent: Hashable, Sendable {
    public var streamID: StreamID
    /// 1 for the stream's first event.
    public var streamVersion: Int64
    public var position: LogPosition
    public var eventType: String
    public var schemaVersion: Int
    /// UTF-8 JSON as the writer stored it (or as an upcaster rewrote it).
    public var data: Data
    public var metadata: EventMetadata
    public var recordedAt: Date

    public init(
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
