import Foundation

/// An event about to be appended: its registered type, the schema version its data follows, and the
/// data as JSON.
public struct NewEvent: Hashable, Sendable {
    public var eventType: String
    public var schemaVersion: Int
    /// UTF-8 JSON; the server checks it is valid.
    public var data: Data

    public init(eventType: String, schemaVersion: Int, data: Data) {
        self.eventType = eventType
        self.schemaVersion = schemaVersion
        self.data = data
    }
}
