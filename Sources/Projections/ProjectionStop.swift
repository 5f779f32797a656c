import EventStore
import Foundation

/// A projection that stopped at an event it could not apply (a bug, or a log written by an older
/// release holding what today's tables refuse).
///
/// It stays at the event before, alone: the other projections go on, the daemon serves, the queries
/// that read it say they are stale, and `Status` and sd_notify `STATUS=` name it. A restart or a
/// rebuild (``ProjectionRunner/rebuild(named:)``) tries the event again.
public struct ProjectionStop: Sendable, Hashable, CustomStringConvertible {
    /// The projection's name (`catalog`, `issues`, `timeline`).
    public var projection: String
    /// The event it could not apply.
    public var position: LogPosition
    public var eventType: String
    public var stream: String
    /// Why, in one line.
    public var error: String
    public var since: Date

    public init(projection: String, position: LogPosition, eventType: String, stream: String, error: String, since: Date = Date()) {
        self.projection = projection
        self.position = position
        self.eventType = eventType
        self.stream = stream
        self.error = error
        self.since = since
    }

    public var description: String {
        "projection \(projection) stopped at event \(position) (\(eventType) in \(stream)): \(error)"
    }
}
