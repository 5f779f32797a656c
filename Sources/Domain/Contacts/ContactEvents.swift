/// A recipient key got an address, or a new one. The address itself is kept in the contact directory,
/// never in the log; the event's metadata says who changed it.
package struct ContactSet: EventPayload {
    package static let eventType = "ContactSet"
    package static let schemaVersion = 1
    package var recipient: RecipientKey
    package init(recipient: RecipientKey) { self.recipient = recipient }
}

/// A recipient key's address was removed: its messages are held until it gets one again.
package struct ContactRemoved: EventPayload {
    package static let eventType = "ContactRemoved"
    package static let schemaVersion = 1
    package var recipient: RecipientKey
    package init(recipient: RecipientKey) { self.recipient = recipient }
}

/// Everything that can happen to the contact directory.
package enum ContactEvent: Equatable, Sendable {
    case set(ContactSet)
    case removed(ContactRemoved)

    package var payload: any EventPayload {
        switch self {
        case .set(let p): p
        case .removed(let p): p
        }
    }
}

/// What can be asked of the contact directory. The address travels beside the command, to the table,
/// never into the decision or the log.
package enum ContactCommand: Equatable, Sendable {
    case set(RecipientKey)
    case remove(RecipientKey)
}
