/// An event type name together with a schema version: the key the store saves beside each event.
package struct EventTypeVersion: Hashable, Sendable, Codable, CustomStringConvertible {
    package let eventType: String
    package let schemaVersion: Int

    package init(_ eventType: String, _ schemaVersion: Int) {
        self.eventType = eventType
        self.schemaVersion = schemaVersion
    }

    /// E.g. `"IssueDecided.v1"`, also the golden file's base name.
    package var description: String { "\(eventType).v\(schemaVersion)" }
}
