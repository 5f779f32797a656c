import EventStore
import Foundation

/// A projection that stopped at an event it could not apply (a bug, or a log written by an older
/// release holding what today's tables refuse).
///
/// It stays at the event before, alone: the other projections go on, the daemon serves, the queries
/// that read it say they are stale, and `Status` and sd_notify `STATUS=` name it. A restart or a
/// rebuild (``ProjectionRunner/rebuild(named:)``) tries the event again.
package struct ProjectionStop: Sendable, Hashable, CustomStringConvertible {
    /// The projection's name (`catalog`, `issues`, `timeline`).
    package var projection: String
    /// The event it could not apply.
    package var position: LogPosition
    package var eventType: String
    package var stream: String
    /// Why, in one line.
    package var error: String
    package var since: Date

    package init(
        projection: String, position: LogPosition, eventType: String, stream: String, error: String,
        since: Date = Date()
    ) {
        self.projection = projection
        self.position = position
        self.eventType = eventType
        self.stream = stream
        self.error = error
        self.since = since
    }

    package var description: String {
        "projection \(projection) stopped at event \(position) (\(eventType) in \(stream)): \(error)"
    }
}
