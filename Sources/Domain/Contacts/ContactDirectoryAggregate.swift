/// The rules of the contact directory: which recipient keys have an address. Removing an address that
/// is not there is refused, so the audit trail holds only real changes.
package enum ContactDirectoryAggregate: Aggregate {
    package typealias ID = ContactDirectoryID
    package static let initialState: Set<RecipientKey> = []

    package static func decide(_ command: ContactCommand, _ state: Set<RecipientKey>, _ context: DecisionContext)
        throws(DomainError) -> [ContactEvent]
    {
        switch command {
        case .set(let key):
            return [.set(ContactSet(recipient: key))]
        case .remove(let key):
            guard state.contains(key) else {
                throw DomainError(.notFound, NotFound(.contact, key.id).message + " Det finns inget att ta bort.")
            }
            return [.removed(ContactRemoved(recipient: key))]
        }
    }

    package static func evolve(_ state: Set<RecipientKey>, _ event: ContactEvent) -> Set<RecipientKey> {
        var state = state
        switch event {
        case .set(let e): state.insert(e.recipient)
        case .removed(let e): state.remove(e.recipient)
        }
        return state
    }
}
