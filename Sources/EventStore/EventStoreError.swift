import Postgres

/// Why the event store refused or failed, with what a person needs to act.
package enum EventStoreError: Error, Sendable, CustomStringConvertible {
    /// Another writer appended first. Reload the stream and decide again.
    case wrongExpectedVersion(stream: StreamID, expected: ExpectedVersion, actual: Int64)
    /// The idempotency key was used before for a different stream.
    case idempotencyKeyReused(key: String, originalStream: StreamID, stream: StreamID)
    /// An append with no events.
    case emptyAppend(stream: StreamID)
    /// An event in the log whose type or version this binary does not know.
    case unknownEventType(eventType: String, schemaVersion: Int, stream: StreamID, position: LogPosition)
    /// An upcaster could not turn an old event into the current shape.
    case upcastFailed(eventType: String, fromVersion: Int, stream: StreamID, position: LogPosition, reason: String)
    /// The database holds a newer schema than this binary knows: it was migrated by a newer release.
    case schemaTooNew(schema: String, database: Int, binary: Int)
    /// The schema is behind this binary, and the role connected may not change it: a runtime role
    /// (`ops/db-bootstrap`) serves, the schema's owner migrates.
    case migrationNotPermitted(schema: String, component: String, error: PostgresError)
    /// A transaction that had already written elsewhere tried to append: the append lock must come
    /// before the transaction's first write, or readers of the log could pass its events for good.
    case appendAfterOtherWrites(detail: String)
    /// The database failed.
    case database(PostgresError)

    package var description: String {
        switch self {
        case .wrongExpectedVersion(let stream, let expected, let actual):
            return "stream \(stream) was expected at \(expected) but is at version \(actual): "
                + "someone else changed it meanwhile; reload and try again"
        case .idempotencyKeyReused(let key, let original, let stream):
            return "idempotency key \(key) was already used for stream \(original), not \(stream)"
        case .emptyAppend(let stream):
            return "nothing to append to stream \(stream)"
        case .unknownEventType(let type, let version, let stream, let position):
            return "event \(type) version \(version) at \(position) in stream \(stream) is unknown to this "
                + "tredjekraftd: it was written by a newer release; upgrade tredjekraftd"
        case .upcastFailed(let type, let version, let stream, let position, let reason):
            return "event \(type) version \(version) at \(position) in stream \(stream) could not be "
                + "upgraded to the current version: \(reason)"
        case .schemaTooNew(let schema, let database, let binary):
            return "the database schema \"\(schema)\" is at version \(database), but this tredjekraftd knows "
                + "versions up to \(binary): a newer release migrated it; upgrade tredjekraftd, or point it "
                + "at another database or schema"
        case .migrationNotPermitted(let schema, let component, let error):
            return "the database schema \"\(schema)\" needs migrations (\(component)) that the role connected may not "
                + "apply (\(error)): set database.migration_url to a connection as the schema's owner, "
                + "or run this release once with that role (see ops/db-bootstrap)"
        case .appendAfterOtherWrites(let detail):
            return "an append must come before every other write of its transaction (\(detail)): append in a "
                + "transaction of its own, or use EventStore.withTransaction(locking:) to lock the streams first"
        case .database(let error):
            return error.description
        }
    }
}
