import Foundation

/// An event about to be appended: its registered type, the schema version its data follows, and the
/// data as JSON.
package struct NewEvent: Hashable, Sendable {
    package var eventType: String
    package var schemaVersion: Int
    /// UTF-8 JSON; the server checks it is valid.
    package var data: Data

    package init(eventType: String, schemaVersion: Int, data: Data) {
        self.eventType = eventType
        self.schemaVersion = schemaVersion
        self.data = data
    }
}
