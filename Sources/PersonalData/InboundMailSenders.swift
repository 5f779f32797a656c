import Domain
import EventStore
import Foundation
import Postgres

/// Who sent the mail that came in, kept outside the log: the sender's address (to answer them and to
/// count their messages per hour) and the message's Message-ID (to thread the answer), by the id of
/// the message's record (`InboundMailReceived` on `inbound-<id>`). Personal data: erasable, and kept
/// only as long as `retention` says.
///
/// Rows are written in the same transaction as the record's event (``row(_:sender:messageID:at:)``,
/// handed to the unit of work), so a message is either recorded with its sender or not at all.
package struct InboundMailSenders: Sendable {
    package let store: EventStore

    package init(store: EventStore) {
        self.store = store
    }

    /// The table's migrations, applied at start like the contact directory's (a list of its own).
    package var migrator: SchemaMigrator {
        SchemaMigrator(pool: store.pool, schema: store.schema, component: "inbound_mail", migrations: Self.migrations)
    }

    static let migrations = [
        Migration(
            version: 1, description: "senders of received mail",
            sql: """
                CREATE TABLE {schema}.inbound_mail_senders (
                    inbound_id uuid PRIMARY KEY,
                    sender text,
                    message_id text,
                    received_at timestamptz NOT NULL
                );
                CREATE INDEX inbound_mail_senders_by_sender ON {schema}.inbound_mail_senders (sender, received_at);
                """)
    ]

    /// One received message's sender and Message-ID.
    package struct Entry: Sendable, Equatable {
        /// The address to answer (Reply-To, else From), lowercased; nil when there was none usable.
        package var sender: String?
        /// The Message-ID without angle brackets, checked before it was kept.
        package var messageID: String?
        package var receivedAt: Date
    }

    /// The write of one row, for the unit of work that records the message; a message recorded before
    /// keeps its first row.
    package func row(_ id: InboundMailID, sender: String?, messageID: String?, at: Date)
        -> @Sendable (PostgresConnection) async throws -> Void
    {
        let schema = store.schema
        return { connection in
            try await connection.execute(
                """
                INSERT INTO \(identifier: schema).inbound_mail_senders VALUES (\(id.uuid), \(sender?.lowercased()), \(messageID), \(at))
                ON CONFLICT (inbound_id) DO NOTHING
                """)
        }
    }

    /// How many messages `sender` sent since `since` (the rate limit's count).
    package func count(from sender: String, since: Date) async throws -> Int {
        let rows = try await store.pool.query(
            """
            SELECT count(*)::bigint AS n FROM \(identifier: store.schema).inbound_mail_senders
            WHERE sender = \(sender.lowercased()) AND received_at >= \(since)
            """)
        return Int(try rows.first?.decode("n", as: Int64.self) ?? 0)
    }

    /// The sender and Message-ID of a received message, or nil when none is kept (erased, or expired).
    package func entry(_ id: InboundMailID) async throws -> Entry? {
        try await store.pool.query(
            """
            SELECT sender, message_id, received_at FROM \(identifier: store.schema).inbound_mail_senders
            WHERE inbound_id = \(id.uuid)
            """
        ).first.map {
            Entry(
                sender: try $0.decode("sender"), messageID: try $0.decode("message_id"),
                receivedAt: try $0.decode("received_at"))
        }
    }

    /// How many messages received before `before` still have their sender kept (what
    /// ``forget(receivedBefore:)`` would forget).
    package func count(receivedBefore before: Date) async throws -> Int {
        let rows = try await store.pool.query(
            """
            SELECT count(*)::bigint AS n FROM \(identifier: store.schema).inbound_mail_senders WHERE received_at < \(before)
            """)
        return Int(try rows.first?.decode("n", as: Int64.self) ?? 0)
    }

    /// Forgets the senders of messages received before `before`; the records in the log stay (they
    /// hold no address). Returns how many were forgotten.
    @discardableResult
    package func forget(receivedBefore before: Date) async throws -> Int {
        try await store.pool.query(
            """
            WITH gone AS (DELETE FROM \(identifier: store.schema).inbound_mail_senders WHERE received_at < \(before)
            RETURNING 1) SELECT count(*)::bigint AS n FROM gone
            """
        ).first.map { Int(try $0.decode("n", as: Int64.self)) } ?? 0
    }

    /// Forgets every message from `address` (a person's erasure request).
    @discardableResult
    package func forget(address: String) async throws -> Int {
        try await store.pool.query(
            """
            WITH gone AS (DELETE FROM \(identifier: store.schema).inbound_mail_senders WHERE sender = \(address.lowercased())
            RETURNING 1) SELECT count(*)::bigint AS n FROM gone
            """
        ).first.map { Int(try $0.decode("n", as: Int64.self)) } ?? 0
    }
}
