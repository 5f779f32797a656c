/// The data of one event type: a Codable value with a stable name and an explicit schema version.
///
/// The name and version are what the event store saves beside the JSON; together they say how to read
/// the JSON back, forever.
package protocol EventPayload: Codable, Equatable, Sendable {
    /// Stable type name, e.g. `"IssueDecided"`. Never change it once events are stored.
    static var eventType: String { get }
    /// Schema version of this payload; a new shape gets a new version and an upcaster.
    static var schemaVersion: Int { get }
}
