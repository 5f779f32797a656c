import Domain
import EventCodec
import Postgres

/// A read model built from the event log: its tables, and how each batch of events changes them.
///
/// A projection has a name and a version. Its checkpoint is stored in the same transaction as its
/// rows, so a crash never applies an event twice or not at all; a new version drops and rebuilds its
/// tables from the start of the log.
package protocol Projection: Sendable {
    /// Stable name, also the checkpoint's key.
    var name: String { get }
    /// Raise it whenever the tables or the way events change them change: the projection is rebuilt.
    var version: Int { get }
    /// The tables it owns, dropped before a rebuild.
    var tables: [String] { get }

    /// Creates the tables (in `schema`), inside the rebuild's transaction.
    func createTables(schema: String, on connection: PostgresConnection) async throws

    /// Whether `event` can change this projection's tables or what it keeps in memory. A batch with no
    /// event it handles is passed by: no savepoint, no write, and its checkpoint moves past the batch as
    /// if `apply` had been given it. Say true when unsure: an event `apply` needs but this calls
    /// unhandled is lost to the read model whenever it comes in a batch of its own.
    func handles(_ event: DomainEvent) -> Bool

    /// Applies events (in log order, all after the checkpoint) inside the runner's transaction.
    func apply(_ events: [DomainEventRecord], schema: String, on connection: PostgresConnection) async throws

    /// The transaction that applied the last batch committed: in-memory caches may keep what it did.
    func batchCommitted() async
    /// The transaction failed: forget whatever the last batch did in memory.
    func batchRolledBack() async
    /// The tables were dropped for a rebuild: forget everything.
    func reset() async
}

extension Projection {
    /// Every event, unless the projection says which it handles.
    package func handles(_ event: DomainEvent) -> Bool { true }
    package func batchCommitted() async {}
    package func batchRolledBack() async {}
    package func reset() async {}
}
