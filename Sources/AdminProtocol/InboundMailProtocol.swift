import Foundation

// Mail that came in: `ReceiveMail` (the MTA's or fetchmail's `mail receive`) and `ListReceivedMail`.

/// `ReceiveMail`: one RFC 5322 message, as received, in base64 (mail may hold bytes that are not UTF-8).
package struct ReceiveMailParameters: Codable, Sendable, Equatable {
    /// The message's bytes in base64; only its first ``headBytes`` when it was larger than
    /// ``maximumMessageBytes`` (then ``totalBytes`` says how large it was).
    package var message: String
    /// The size of the whole message when only its head is sent.
    package var totalBytes: Int?

    /// The largest message handed over whole: its base64 (4/3 as long) with the call around it fits the
    /// socket's default frame limit, `admin.max_frame_bytes` = 1 MiB (720 KiB → 960 KiB of base64).
    package static let maximumMessageBytes = 720 * 1024
    /// How much of a larger message is sent, so the daemon can record (and refuse) it by its headers.
    package static let headBytes = 64 * 1024

    package init(message: String, totalBytes: Int? = nil) {
        self.message = message
        self.totalBytes = totalBytes
    }
}

/// What became of a received message. `outcome`: "applied", "refused" or "ignored"; `reason` a code
/// (see `InboundMailReason`) when refused or ignored; `replied`: whether a confirmation or refusal
/// was queued to the sender; `duplicate`: the same message had come before (nothing new was done).
package struct ReceiveMailReply: Codable, Sendable, Equatable {
    package var id: String
    package var outcome: String
    package var reason: String?
    package var answers: Int
    package var replied: Bool
    package var duplicate: Bool

    package init(id: String, outcome: String, reason: String?, answers: Int, replied: Bool, duplicate: Bool) {
        self.id = id
        self.outcome = outcome
        self.reason = reason
        self.answers = answers
        self.replied = replied
        self.duplicate = duplicate
    }
}

/// `ListReceivedMail`: the latest received messages, all or only those not applied.
package struct ListReceivedMailParameters: Codable, Sendable, Equatable {
    package var failed: Bool?
    package var limit: Int?

    package init(failed: Bool? = nil, limit: Int? = nil) {
        self.failed = failed
        self.limit = limit
    }
}

/// One received message, without its address or text (those are personal data).
package struct ReceivedMailEntry: Codable, Sendable, Equatable {
    package var id: String
    package var receivedAt: String
    /// Whom the letter answered was for (`kind`, `id`), absent when no sound token named one.
    package var recipientKind: String?
    package var recipientId: String?
    package var recipientName: String?
    package var outcome: String
    package var reason: String?
    package var answers: Int
    /// What the answers asked for: "done", "decision", "work_started", "owner", "feedback_given".
    package var asked: [String]
    /// The issues the answers concern.
    package var issues: [String]
    package var replied: Bool

    package init(
        id: String, receivedAt: String, recipientKind: String?, recipientId: String?, recipientName: String?,
        outcome: String, reason: String?, answers: Int, asked: [String], issues: [String], replied: Bool
    ) {
        self.id = id
        self.receivedAt = receivedAt
        self.recipientKind = recipientKind
        self.recipientId = recipientId
        self.recipientName = recipientName
        self.outcome = outcome
        self.reason = reason
        self.answers = answers
        self.asked = asked
        self.issues = issues
        self.replied = replied
    }
}

package struct ListReceivedMailReply: Codable, Sendable, Equatable {
    package var messages: [ReceivedMailEntry]
    package init(messages: [ReceivedMailEntry]) { self.messages = messages }
}
