import Foundation

/// `Redact`: erase a field of free text from a record, everywhere it was copied (admin only).
package struct RedactParameters: Codable, Sendable, Equatable {
    /// `proposal`, `issue`, `finding`, `action-item` or `meeting`.
    package var kind: String
    /// The record's id, whole or a unique prefix.
    package var id: String
    /// The field, as its events name it: `text`, `title`, `motivation`, …
    package var field: String
    package var reason: String
    package var commandId: UUID?

    package init(kind: String, id: String, field: String, reason: String, commandId: UUID? = nil) {
        self.kind = kind
        self.id = id
        self.field = field
        self.reason = reason
        self.commandId = commandId
    }
}

/// What an erasure did: how many recorded events and printed letters held the text, and what stands
/// in its place now.
package struct RedactReply: Codable, Sendable, Equatable {
    package var kind: String
    package var id: String
    package var field: String
    package var rewrittenEvents: Int
    package var printedLetters: Int
    /// An earlier erasure had already removed the text: nothing changed.
    package var alreadyErased: Bool
    /// `[borttaget 2026-12-07]`.
    package var marker: String
    package var position: String?
    package var lag: ReadModelLag?

    package init(
        kind: String, id: String, field: String, rewrittenEvents: Int, printedLetters: Int, alreadyErased: Bool,
        marker: String, position: String?, lag: ReadModelLag?
    ) {
        self.kind = kind
        self.id = id
        self.field = field
        self.rewrittenEvents = rewrittenEvents
        self.printedLetters = printedLetters
        self.alreadyErased = alreadyErased
        self.marker = marker
        self.position = position
        self.lag = lag
    }
}

/// `PreviewRetention` and `ApplyRetention`: the retention rule, in months; a rule left out reaches
/// nothing.
package struct RetentionParameters: Codable, Sendable, Equatable {
    /// Texts of proposals withdrawn more than this many months ago.
    package var withdrawnMonths: Int?
    /// Texts of issues done (verified, withdrawn, merged or rejected) and untouched for this many months.
    package var closedMonths: Int?
    /// Senders' addresses of mail received more than this many days ago (kept outside the log for the
    /// rate limit and the reply; the records in the log hold none).
    package var senderDays: Int?

    package init(withdrawnMonths: Int? = nil, closedMonths: Int? = nil, senderDays: Int? = nil) {
        self.withdrawnMonths = withdrawnMonths
        self.closedMonths = closedMonths
        self.senderDays = senderDays
    }
}

/// A record whose texts the rule reaches.
package struct RetentionCandidate: Codable, Sendable, Equatable {
    package var kind: String
    package var id: String
    package var fields: [String]
    /// Withdrawn on, or last touched (YYYY-MM-DD).
    package var since: String
    /// The proposal's text or the title, shown to the admin before they confirm.
    package var description: String

    package init(kind: String, id: String, fields: [String], since: String, description: String) {
        self.kind = kind
        self.id = id
        self.fields = fields
        self.since = since
        self.description = description
    }
}

/// What the rule reaches (`PreviewRetention`), or reached and erased (`ApplyRetention`, `erased`).
package struct RetentionReply: Codable, Sendable, Equatable {
    package var candidates: [RetentionCandidate]
    /// The rule in words, as the erasures' reason says it.
    package var rule: String
    package var erased: Int?
    /// With `senderDays`: how many received messages' senders the rule reaches (preview) or forgot (apply).
    package var senders: Int?

    package init(candidates: [RetentionCandidate], rule: String, erased: Int? = nil, senders: Int? = nil) {
        self.candidates = candidates
        self.rule = rule
        self.erased = erased
        self.senders = senders
    }
}
