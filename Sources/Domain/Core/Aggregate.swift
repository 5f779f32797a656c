/// An event-sourced aggregate: a state machine whose history is its events.
///
/// A command handler loads the stream's events, folds them with `evolve` starting from `initialState`,
/// calls `decide`, and appends the returned events with the stream's version as expected version.
/// Both functions are pure: everything they need is in their arguments.
package protocol Aggregate {
    associatedtype ID: Hashable & Sendable
    associatedtype Command: Sendable
    associatedtype Event: Sendable & Equatable
    associatedtype State: Sendable & Equatable

    /// The state before the first event.
    static var initialState: State { get }

    /// Decides which events a command produces, or refuses it with a `DomainError`.
    static func decide(_ command: Command, _ state: State, _ context: DecisionContext) throws(DomainError) -> [Event]

    /// Applies one event. Never fails: events are facts that already happened.
    static func evolve(_ state: State, _ event: Event) -> State
}

extension Aggregate {
    /// Folds a history into a state.
    package static func replay<S: Sequence>(_ events: S, from state: State = initialState) -> State
    where S.Element == Event {
        events.reduce(state, evolve)
    }

    /// Decides and applies in one step; handy in tests and in-memory scenarios.
    package static func handle(_ command: Command, _ state: State, _ context: DecisionContext) throws(DomainError) -> (
        events: [Event], state: State
    ) {
        let events = try decide(command, state, context)
        return (events, replay(events, from: state))
    }
}
