import Foundation
import Postgres

/// What erasure asks of the store: where a text may have been copied, and the one audited rewrite of
/// recorded events (event store migration 6). See docs/operations.md, "Personuppgifter".
extension EventStore {
    /// The events of `stream`, and of every stream whose name begins with one of `prefixes`, whose
    /// data holds `needle` somewhere (a word of the text looked for), in log order.
    package func events(in stream: StreamID, andStreamsStartingWith prefixes: [String], containing needle: String)
        async throws -> [RecordedEvent]
    {
        try await read(
            """
            SELECT \(unescaped: Self.columns) FROM \(identifier: schema).events
            WHERE (stream_id = \(stream.rawValue) OR split_part(stream_id, '-', 1) || '-' = ANY(\(prefixes)))
              AND strpos(data::text, \(needle)) > 0
            ORDER BY sequence
            """, with: pool.query)
    }

    /// The stream holding the event of `eventType` whose data has `value` under `key`: where a finding,
    /// an action item or a meeting lives.
    package func stream(ofEvent eventType: String, whereKey key: String, is value: String) async throws -> StreamID? {
        do {
            let rows = try await pool.query(
                """
                SELECT stream_id FROM \(identifier: schema).events
                WHERE event_type = \(eventType) AND data ->> \(key) = \(value) LIMIT 1
                """)
            return try rows.first.map { StreamID(try $0.decode("stream_id", as: String.self)) }
        } catch let error as PostgresError {
            throw Self.storeError(error)
        }
    }

    /// One string value of a recorded event, replaced: the event at `sequence`, the value at `path`
    /// (keys, and array indices as digits) in its data.
    package struct TextRewrite: Sendable, Hashable, Codable {
        package var sequence: Int64
        package var path: [String]
        package var value: String

        package init(sequence: Int64, path: [String], value: String) {
            self.sequence = sequence
            self.path = path
            self.value = value
        }
    }

    /// Rewrites recorded events inside the caller's transaction, which must already have appended the
    /// `TextRedacted` event listing each of them: the owner function refuses anything else (`TKA04`).
    package func rewrite(_ rewrites: [TextRewrite], on connection: PostgresConnection) async throws {
        guard !rewrites.isEmpty else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(rewrites), as: UTF8.self)
        do {
            try await connection.execute(
                "SELECT \(identifier: schema).redact_events(\(json)::jsonb)")
        } catch let error as PostgresError {
            throw Self.storeError(error)
        }
    }
}
