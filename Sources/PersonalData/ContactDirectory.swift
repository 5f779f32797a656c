import CommandHandling
import Domain
import EventStore
import Foundation
import Mail
import Postgres

/// Where e-mail addresses live: a table the daemon owns, keyed by what the domain knows (a council, a
/// unit's ledning or coordinator, an owner's title), outside the log, because addresses are personal
/// data and the log is forever.
///
/// Every change is audited in the same transaction by an event on the directory's stream that names
/// the key and, in its metadata, who changed it — never the address: the table write rides in the
/// change's unit of work (the one write path).
package struct ContactDirectory: Sendable {
    package let store: EventStore
    let clock: OrganisationClock
    let handler: CommandHandler

    package init(store: EventStore, clock: OrganisationClock) {
        self.store = store
        self.clock = clock
        self.handler = CommandHandler(store: store, runner: nil, clock: clock)
    }

    /// The table's migrations, applied at start like the store's.
    package var migrator: SchemaMigrator {
        SchemaMigrator(pool: store.pool, schema: store.schema, component: "contacts", migrations: Self.migrations)
    }

    static let migrations = [
        Migration(
            version: 1, description: "contact directory",
            sql: """
                CREATE TABLE {schema}.contacts (
                    kind text NOT NULL,
                    key text NOT NULL,
                    address text NOT NULL,
                    changed_at timestamptz NOT NULL,
                    PRIMARY KEY (kind, key)
                );
                """)
    ]

    /// One entry: a key and its address.
    package struct Contact: Sendable, Equatable, Codable {
        package var recipient: RecipientKey
        package var address: String
        package var changedAt: Date
    }

    /// Sets (or replaces) the address of `key`, checked as an RFC 5321 mailbox.
    ///
    /// - Throws: `MailError` for an address that is not one, `NotFound` for a council or unit that
    ///   does not exist.
    @discardableResult
    package func set(_ key: RecipientKey, address: String, metadata: EventMetadata) async throws -> LogPosition {
        let mailbox = try Mailbox(address, field: "Adressen")
        try await requireSubject(key)
        return try await change(.set(key), metadata: metadata) { [self] connection in
            // The key as written now replaces every spelling of it (`RecipientKey.matchKey`).
            try await deleteMatching(key, on: connection)
            try await connection.execute(
                """
                INSERT INTO \(identifier: store.schema).contacts VALUES (\(key.kind.rawValue), \(key.id), \(mailbox.address), \(clock.now))
                ON CONFLICT (kind, key) DO UPDATE SET address = excluded.address, changed_at = excluded.changed_at
                """)
        }
    }

    /// Removes the address of `key`: messages to it are held until it gets one again.
    ///
    /// - Throws: `NotFound` when `key` has no address.
    @discardableResult
    package func remove(_ key: RecipientKey, metadata: EventMetadata) async throws -> LogPosition {
        try await change(.remove(key), metadata: metadata) { [self] connection in
            try await deleteMatching(key, on: connection)
        }
    }

    /// Deletes the rows of `key` however its title was capitalised (entries from before keys were
    /// matched without regard to case may be several).
    private func deleteMatching(_ key: RecipientKey, on connection: PostgresConnection) async throws {
        let stored = try await connection.query(
            "SELECT key FROM \(identifier: store.schema).contacts WHERE kind = \(key.kind.rawValue)"
        ).map { try $0.decode("key", as: String.self) }
        let matching = stored.filter { (try? RecipientKey(kind: key.kind, id: $0)) == key }
        guard !matching.isEmpty else { return }
        try await connection.execute(
            "DELETE FROM \(identifier: store.schema).contacts WHERE kind = \(key.kind.rawValue) AND key = ANY(\(matching))"
        )
    }

    /// Every key with an address, by kind and key: once per key (`RecipientKey.matchKey`), its latest
    /// entry when an older directory holds it under several capitalisations.
    package func list() async throws -> [Contact] {
        var seen = Set<RecipientKey>()
        return try await store.pool.query(
            """
            SELECT kind, key, address, changed_at FROM \(identifier: store.schema).contacts
            ORDER BY changed_at DESC, kind, key
            """
        ).compactMap { row -> Contact? in
            guard let kind = RecipientKey.Kind(rawValue: try row.decode("kind")),
                let key = try? RecipientKey(kind: kind, id: try row.decode("key")), seen.insert(key).inserted
            else { return nil }
            return Contact(recipient: key, address: try row.decode("address"), changedAt: try row.decode("changed_at"))
        }.sorted { ($0.recipient.kind.rawValue, $0.recipient.id) < ($1.recipient.kind.rawValue, $1.recipient.id) }
    }

    /// The address of `key` now, or `nil`: matched as keys are (`RecipientKey.matchKey`), the latest
    /// entry if an older directory holds several spellings.
    package func address(of key: RecipientKey) async throws -> String? {
        if case .sender(let id) = key {
            // Whoever wrote to us: the address kept with their message, outside the directory.
            return try await InboundMailSenders(store: store).entry(id)?.sender
        }
        return try await store.pool.query(
            """
            SELECT key, address FROM \(identifier: store.schema).contacts WHERE kind = \(key.kind.rawValue)
            ORDER BY changed_at DESC
            """
        ).first { (try? RecipientKey(kind: key.kind, id: try $0.decode("key", as: String.self))) == key }?
        .decode("address", as: String.self)
    }

    /// The domain decides on the directory's history; the table and the event change in one unit of work.
    private func change(
        _ command: ContactCommand, metadata: EventMetadata,
        _ write: @escaping @Sendable (PostgresConnection) async throws -> Void
    ) async throws -> LogPosition {
        do {
            let (_, outcome) = try await handler.perform(metadata: metadata) { work in
                try await work.decide(ContactDirectoryAggregate.self, .organisation, command)
                work.alsoWrite(write)
            }
            // The directory's rule always records a change it allows.
            return outcome.position ?? .start
        } catch let error as NotFound where error.kind == .contact {
            // The directory's rule said the key has no address (its `not_found`): name the key.
            throw NotFound(.contact, command.recipient.id, message: error.message)
        }
    }

    /// A council's or unit's key must name one that exists; owner titles are free text.
    private func requireSubject(_ key: RecipientKey) async throws {
        let missing: NotFound
        let stream: String
        switch key {
        case .council(let id):
            (stream, missing) = (id.streamName, NotFound(.council, id.description))
        case .management(let id), .coordinator(let id):
            (stream, missing) = (id.streamName, NotFound(.unit, id.description))
        case .owner:
            return
        case .sender:
            // A sender's address comes with its message (``InboundMailSenders``), never from here.
            throw MailError.invalidAddress(
                field: "Mottagaren", value: key.description, reason: "en avsändares adress kommer med meddelandet")
        }
        if try await store.readStream(StreamID(stream)).isEmpty { throw missing }
    }
}

extension ContactCommand {
    var recipient: RecipientKey {
        switch self {
        case .set(let key), .remove(let key): key
        }
    }
}
