import Domain
import Foundation
import Postgres
import ReadModelTypes

/// The outbox's questions: what `mail list` shows, what the mailer should try now, and the counts
/// `status` reports.
extension ReadModel {
    /// Messages in the given stages (all when `nil`), newest first.
    package func outbox(states: Set<MailStage.Name>? = nil, limit: Int = 200) async throws -> [OutboxEntry] {
        var query = SQLBuilder("SELECT * FROM \(s).outbox WHERE true")
        if let states {
            query.append(" AND state = ANY(", states.map(\.rawValue).sorted())
            query.append(")")
        }
        query.append(" ORDER BY queued_at DESC, mail_id LIMIT ", limit)
        return try await database.query(query.query).map(outboxEntry)
    }

    /// One message, or `nil` when the outbox does not know it.
    package func outboxEntry(_ id: MailID) async throws -> OutboxEntry? {
        try await database.query("SELECT * FROM \(identifier: schema).outbox WHERE mail_id = \(id.uuid)").first
            .map(outboxEntry)
    }

    /// Due messages whose time has come, the longest waiting first.
    package func mailToTry(at now: Date, limit: Int = 100) async throws -> [OutboxEntry] {
        try await database.query(
            """
            SELECT * FROM \(identifier: schema).outbox
            WHERE next_attempt_at <= \(now) AND state IN ('pending', 'failing')
            ORDER BY next_attempt_at, mail_id LIMIT \(limit)
            """
        ).map(outboxEntry)
    }

    /// The recipient keys that held messages wait for.
    package func heldRecipients() async throws -> [RecipientKey] {
        try await database.query(
            "SELECT DISTINCT recipient_kind, recipient_id FROM \(identifier: schema).outbox WHERE state = 'held'"
        ).compactMap { row in
            guard let kind = RecipientKey.Kind(rawValue: try row.decode("recipient_kind")) else { return nil }
            return try? RecipientKey(kind: kind, id: try row.decode("recipient_id"))
        }
    }

    /// The messages held for `recipient`, oldest first.
    package func heldMail(for recipient: RecipientKey, limit: Int = 100) async throws -> [OutboxEntry] {
        try await database.query(
            """
            SELECT * FROM \(identifier: schema).outbox
            WHERE state = 'held' AND recipient_kind = \(recipient.kind.rawValue) AND recipient_id = \(recipient.id)
            ORDER BY queued_at, mail_id LIMIT \(limit)
            """
        ).map(outboxEntry)
    }

    /// How many messages are in each stage, and when the oldest undelivered one was queued.
    package func outboxSummary() async throws -> OutboxSummary {
        let rows = try await database.query(
            """
            SELECT state, count(*)::bigint AS n, min(queued_at) AS oldest
            FROM \(identifier: schema).outbox GROUP BY state
            """)
        var counts: [String: Int] = [:]
        var oldest: Date?
        for row in rows {
            let state: String = try row.decode("state")
            counts[state] = Int(try row.decode("n", as: Int64.self))
            if state != MailStage.Name.delivered.rawValue, let first = try row.decode("oldest", as: Date?.self) {
                oldest = min(oldest ?? first, first)
            }
        }
        return OutboxSummary(
            queued: counts["pending"] ?? 0, failing: counts["failing"] ?? 0, held: counts["held"] ?? 0,
            failed: (counts["failed"] ?? 0) + (counts["given_up"] ?? 0), delivered: counts["delivered"] ?? 0,
            oldestUndeliveredQueuedAt: oldest)
    }

    private func outboxEntry(_ row: PostgresRow) throws -> OutboxEntry {
        let kind = try row.decode("recipient_kind", as: String.self)
        let id = try row.decode("recipient_id", as: String.self)
        guard let recipientKind = RecipientKey.Kind(rawValue: kind),
            let recipient = try? RecipientKey(kind: recipientKind, id: id),
            let purpose = MailPurpose(rawValue: try row.decode("purpose")),
            let state = MailStage.Name(rawValue: try row.decode("state"))
        else {
            throw PostgresError.malformedValue(
                column: "recipient_kind", type: .text, reason: "an outbox row this version does not know: \(kind) \(id)"
            )
        }
        return OutboxEntry(
            id: MailID(try row.decode("mail_id", as: UUID.self)), recipient: recipient, purpose: purpose,
            subject: try row.decode("subject"), state: state, attempts: Int(try row.decode("attempts", as: Int32.self)),
            lastError: try row.decode("last_error"), nextAttemptAt: try row.decode("next_attempt_at"),
            queuedAt: try row.decode("queued_at"), deliveredAt: try row.decode("delivered_at"),
            regarding: try row.decode("regarding"))
    }
}

extension ReadModel {
    /// What the catalog calls a recipient: the council's or unit's name, or the owner's title.
    /// Every owner some issue has, as written on the issues, sorted: what an owner's contact key
    /// should match.
    package func issueOwners() async throws -> [String] {
        try await database.query(
            "SELECT DISTINCT owner FROM \(identifier: schema).issue_status WHERE owner IS NOT NULL ORDER BY owner"
        ).map { try $0.decode("owner", as: String.self) }
    }

    package func name(of recipient: RecipientKey) async throws -> String? {
        switch recipient {
        case .council(let id):
            try await database.query("SELECT name FROM \(identifier: schema).councils WHERE council_id = \(id.uuid)")
                .first?.decode("name", as: String.self)
        case .management(let id), .coordinator(let id):
            try await database.query("SELECT name FROM \(identifier: schema).units WHERE unit_id = \(id.uuid)").first?
                .decode("name", as: String.self)
        case .owner(let title):
            title
        case .sender:
            nil
        }
    }
}

extension ReadModel {
    /// Message ids that start with `prefix` (at most `limit`), for ids typed in short.
    package func mailIdentifiers(startingWith prefix: String, limit: Int = 2) async throws -> [MailID] {
        try await database.query(
            """
            SELECT mail_id FROM \(identifier: schema).outbox WHERE mail_id::text LIKE \(prefix + "%")
            ORDER BY mail_id LIMIT \(limit)
            """
        ).map { MailID(try $0.decode("mail_id", as: UUID.self)) }
    }
}
