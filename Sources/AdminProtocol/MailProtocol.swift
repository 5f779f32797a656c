import Foundation

// The outbox and the contact directory over the admin socket. Instants are ISO 8601 strings, recipient
// kinds their English names: `council`, `management`, `coordinator`, `owner`.

/// `SetContact`: an address for a recipient key.
package struct SetContactParameters: Codable, Sendable, Equatable {
    package var kind: String
    /// A council's or unit's id (whole or a unique prefix), or an owner's role or title.
    package var id: String
    package var address: String
    package init(kind: String, id: String, address: String) {
        self.kind = kind
        self.id = id
        self.address = address
    }
}

/// `RemoveContact`: the key whose address goes.
package struct ContactKeyParameters: Codable, Sendable, Equatable {
    package var kind: String
    package var id: String
    package init(kind: String, id: String) {
        self.kind = kind
        self.id = id
    }
}

/// One entry of the contact directory.
package struct ContactEntry: Codable, Sendable, Equatable {
    package var kind: String
    package var id: String
    /// The council's or unit's name, or the owner's title.
    package var name: String?
    package var address: String
    package var changedAt: String
    package init(kind: String, id: String, name: String?, address: String, changedAt: String) {
        self.kind = kind
        self.id = id
        self.name = name
        self.address = address
        self.changedAt = changedAt
    }
}

/// The reply of `SetContact` and `RemoveContact`: the key as stored (the id in full), and a warning in
/// Swedish when the key reaches nobody (an owner title no issue has).
package struct ContactChangeReply: Codable, Sendable, Equatable {
    package var kind: String
    package var id: String
    package var name: String?
    package var warning: String?
    package init(kind: String, id: String, name: String?, warning: String? = nil) {
        self.kind = kind
        self.id = id
        self.name = name
        self.warning = warning
    }
}

package struct ContactsReply: Codable, Sendable, Equatable {
    package var contacts: [ContactEntry]
    package init(contacts: [ContactEntry]) { self.contacts = contacts }
}

/// `ListMail`: messages in one state (`pending`, `failing`, `held`, `delivered`, `failed`, `given_up`)
/// or all.
package struct ListMailParameters: Codable, Sendable, Equatable {
    package var states: [String]?
    package var limit: Int?
    package init(states: [String]? = nil, limit: Int? = nil) {
        self.states = states
        self.limit = limit
    }
}

/// One message of the outbox: who it is for by key, never the address.
package struct OutboxMessage: Codable, Sendable, Equatable {
    package var id: String
    package var recipientKind: String
    package var recipientId: String
    package var recipientName: String?
    /// `reminder`, `escalation`, `digest` or `test`.
    package var purpose: String
    package var subject: String
    /// `pending`, `failing`, `held`, `delivered`, `failed` or `given_up`.
    package var state: String
    package var attempts: Int
    package var lastError: String?
    package var nextAttemptAt: String?
    package var queuedAt: String
    package var deliveredAt: String?
    package var regarding: String?

    package init(
        id: String, recipientKind: String, recipientId: String, recipientName: String?, purpose: String,
        subject: String, state: String, attempts: Int, lastError: String?, nextAttemptAt: String?,
        queuedAt: String, deliveredAt: String?, regarding: String?
    ) {
        self.id = id
        self.recipientKind = recipientKind
        self.recipientId = recipientId
        self.recipientName = recipientName
        self.purpose = purpose
        self.subject = subject
        self.state = state
        self.attempts = attempts
        self.lastError = lastError
        self.nextAttemptAt = nextAttemptAt
        self.queuedAt = queuedAt
        self.deliveredAt = deliveredAt
        self.regarding = regarding
    }
}

package struct ListMailReply: Codable, Sendable, Equatable {
    package var messages: [OutboxMessage]
    package init(messages: [OutboxMessage]) { self.messages = messages }
}

/// `RetryMail`: a message's id, whole or a unique prefix.
package struct RetryMailParameters: Codable, Sendable, Equatable {
    package var id: String
    package init(id: String) { self.id = id }
}

package struct RetryMailReply: Codable, Sendable, Equatable {
    /// The message as the outbox list shows it after the retry was recorded.
    package var message: OutboxMessage
    /// Set when the retry is stored but the outbox list did not show it yet when the reply was sent
    /// (`message` is then the state before); absent otherwise (and from daemons before it existed).
    package var lag: ReadModelLag?
    package init(message: OutboxMessage, lag: ReadModelLag? = nil) {
        self.message = message
        self.lag = lag
    }
}

/// `SendTestMail`: an address to send a test message to now.
package struct SendTestMailParameters: Codable, Sendable, Equatable {
    package var to: String
    package init(to: String) { self.to = to }
}

/// How handing the test message to sendmail ended: `accepted`, `temporary_failure` or
/// `permanent_failure`, with what the program said.
package struct SendTestMailReply: Codable, Sendable, Equatable {
    package var outcome: String
    package var detail: String?
    package init(outcome: String, detail: String?) {
        self.outcome = outcome
        self.detail = detail
    }
}

/// The outbox in `Status`.
package struct MailStatus: Codable, Sendable, Equatable {
    package var enabled: Bool
    /// This daemon holds the mailer lock and delivers.
    package var delivering: Bool
    /// What stops mail going out at all (a missing program, no sender).
    package var problem: String?
    package var queued: Int
    package var failing: Int
    package var held: Int
    /// Failed for good or given up: waiting for `mail retry`.
    package var failed: Int
    package var delivered: Int
    package var oldestUndeliveredQueuedAt: String?
    package var oldestUndeliveredSeconds: Double?

    package init(
        enabled: Bool, delivering: Bool, problem: String?, queued: Int, failing: Int, held: Int, failed: Int,
        delivered: Int, oldestUndeliveredQueuedAt: String?, oldestUndeliveredSeconds: Double?
    ) {
        self.enabled = enabled
        self.delivering = delivering
        self.problem = problem
        self.queued = queued
        self.failing = failing
        self.held = held
        self.failed = failed
        self.delivered = delivered
        self.oldestUndeliveredQueuedAt = oldestUndeliveredQueuedAt
        self.oldestUndeliveredSeconds = oldestUndeliveredSeconds
    }
}
