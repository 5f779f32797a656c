/// An event type name together with a schema version: the key the store saves beside each event.
public struct EventTypeVersion: Hashable, Sendable, Codable, CustomStringConvertible {
    public let eventType: String
    public let schemaVersion: Int

    public init(_ eventType: String, _ schemaVersion: Int) {
        self.eventType = eventType
        self.schemaVersion = schemaVersion
    }

    /// E.g. `"IssueDecided.v1"`, also the golden file's base name.
    public var description: String { "\(eventType).v\(schemaVersion)" }
}
