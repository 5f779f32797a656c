/// An event-sourced aggregate: a state machine whose history is its events.
///
/// The one write path (CommandHandling's unit of work) loads an instance's stream, folds it with
/// `evolve` starting from `initialState`, calls `decide`, and appends the returned events with the
/// stream's version as expected version. Both functions are pure: everything they need is in their
/// arguments. The aggregate also says where its instances live and how its events travel as
/// ``DomainEvent``s, so no caller pattern-matches the domain's event enum to find them.
package protocol Aggregate {
    associatedtype ID: StreamAddressable & Hashable & Sendable
    associatedtype Command: Sendable
    associatedtype Event: Sendable & Equatable
    associatedtype State: Sendable & Equatable

    /// The state before the first event.
    static var initialState: State { get }

    /// Decides which events a command produces, or refuses it with a `DomainError`.
    static func decide(_ command: Command, _ state: State, _ context: DecisionContext) throws(DomainError) -> [Event]

    /// Applies one event. Never fails: events are facts that already happened.
    static func evolve(_ state: State, _ event: Event) -> State

    /// Applies one event in place. The default calls ``evolve(_:_:)-(State,_)``; an aggregate whose
    /// state grows with its stream (a certification's action items) applies it without copying the
    /// state, so replaying a long stream stays linear.
    static func evolve(_ state: inout State, _ event: Event)

    /// One of its events as the domain's event, addressed to the instance's stream.
    static func domainEvent(_ id: ID, _ event: Event) -> DomainEvent

    /// This aggregate's event inside `event`, with the instance it belongs to; `nil` for an event of
    /// another aggregate.
    static func own(_ event: DomainEvent) -> (id: ID, event: Event)?
}

/// An id that names the event stream its aggregate instance lives in.
package protocol StreamAddressable {
    var streamName: String { get }
}

extension Aggregate {
    /// The stream an instance lives in, e.g. `"issue-<uuid>"`.
    package static func streamName(_ id: ID) -> String { id.streamName }

    package static func evolve(_ state: inout State, _ event: Event) {
        state = evolve(state, event)
    }

    /// Folds a history into a state.
    package static func replay<S: Sequence>(_ events: S, from state: State = initialState) -> State
    where S.Element == Event {
        events.reduce(into: state) { evolve(&$0, $1) }
    }

    /// Folds the events of instance `id` in a history of domain events (others are ignored).
    package static func replay(_ history: [DomainEvent], of id: ID) -> State {
        replay(history.lazy.compactMap { own($0) }.filter { $0.id == id }.map(\.event))
    }

    /// Decides and applies in one step; handy in tests and in-memory scenarios.
    package static func handle(_ command: Command, _ state: State, _ context: DecisionContext) throws(DomainError) -> (
        events: [Event], state: State
    ) {
        let events = try decide(command, state, context)
        return (events, replay(events, from: state))
    }
}
