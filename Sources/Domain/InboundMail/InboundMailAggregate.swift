/// The record of one received message (stream `inbound-<uuid>`, the UUID derived from the message's
/// Message-ID and token): recorded once, so a re-delivery by the MTA or a re-fetch is no new fact.
package enum InboundMailAggregate: Aggregate {
    package typealias ID = InboundMailID
    package typealias Event = InboundMailEvent

    /// Record what became of the message.
    package enum Command: Equatable, Sendable {
        case record(InboundMailReceived)
    }

    package struct State: Sendable, Equatable {
        package var received: InboundMailReceived?
    }

    package static let initialState = State()

    package static func decide(_ command: Command, _ state: State, _ context: DecisionContext) throws(DomainError)
        -> [InboundMailEvent]
    {
        switch command {
        case .record(let received):
            // The same message again changes nothing: the first delivery's record stands.
            guard state.received == nil else { return [] }
            guard received.answers >= 0 else {
                throw DomainError(.invalidNumber, "Antalet svar kan inte vara negativt.")
            }
            return [.received(received)]
        }
    }

    package static func evolve(_ state: State, _ event: InboundMailEvent) -> State {
        var state = state
        switch event {
        case .received(let e): state.received = e
        }
        return state
    }
}
