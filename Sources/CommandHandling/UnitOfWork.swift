import Domain
import EventCodec
import EventStore
import Postgres

/// What one change decides before anything is written: the streams it read (and at which version),
/// the events each will get, and writes to the daemon's own tables that belong to the same change.
///
/// Every event reaches the log through one of these (``CommandHandler/perform(idempotencyKey:metadata:_:)``):
/// each is decided by its aggregate's rules on the stream as this unit read it — with the unit's own
/// earlier events applied — and all of them are appended in one transaction with expected versions,
/// so a change is whole or absent, and never rests on a stream that moved meanwhile.
package struct UnitOfWork: Sendable {
    /// A stream as read: its events and its version (0: no events yet).
    struct Stream: Sendable {
        var history: [DomainEvent]
        var version: Int64
    }

    /// How histories are read: from the store now, or (to compare a repeated command with what it
    /// wrote) as they stood before an earlier transaction.
    typealias Source = @Sendable (String) async throws -> Stream

    private let source: Source
    /// The instant and calendar the rules decide on.
    package let context: DecisionContext
    private var read: [String: Stream] = [:]
    /// Streams that get events, in the order they first got them (the last one carries the key).
    private(set) var order: [String] = []
    private(set) var pending: [String: [DomainEvent]] = [:]
    private(set) var tableWrites: [@Sendable (PostgresConnection) async throws -> Void] = []

    init(source: @escaping Source, context: DecisionContext) {
        self.source = source
        self.context = context
    }

    // MARK: Reading

    /// The state of instance `id` as this unit sees it: as read, with this unit's own events applied.
    package mutating func state<A: Aggregate>(_: A.Type, _ id: A.ID) async throws -> A.State {
        A.replay(try await history(A.streamName(id)), of: id)
    }

    /// Whether instance `id` has any event, in the store or in this unit.
    package mutating func exists<A: Aggregate>(_: A.Type, _ id: A.ID) async throws -> Bool {
        try await !history(A.streamName(id)).isEmpty
    }

    private mutating func history(_ stream: String) async throws -> [DomainEvent] {
        try await loaded(stream).history + (pending[stream] ?? [])
    }

    private mutating func loaded(_ stream: String) async throws -> Stream {
        if let known = read[stream] { return known }
        let stored = try await source(stream)
        read[stream] = stored
        return stored
    }

    // MARK: Deciding

    /// Decides `command` for instance `id` by its aggregate's rules and keeps the events for the append.
    ///
    /// - Throws: the rule's `DomainError`; its `not_found` as ``NotFound`` (an unknown id).
    @discardableResult
    package mutating func decide<A: Aggregate>(_: A.Type, _ id: A.ID, _ command: A.Command) async throws -> [A.Event] {
        let stream = A.streamName(id)
        let state = A.replay(try await history(stream), of: id)
        let events = try Self.mappingNotFound(stream) { () throws(DomainError) in
            try A.decide(command, state, context)
        }
        add(events.map { A.domainEvent(id, $0) }, to: stream)
        return events
    }

    /// Decides any command of the domain (as it comes from the socket).
    @discardableResult
    package mutating func decide(_ command: DomainCommand) async throws -> [DomainEvent] {
        let addressed = command.addressed
        let history = try await history(addressed.streamName)
        let events = try Self.mappingNotFound(addressed.streamName) { () throws(DomainError) in
            try addressed.decide(history: history, context: context)
        }
        add(events, to: addressed.streamName)
        return events
    }

    /// Events a rule over several aggregates decided (a merge: both issues at once), for instance `id`.
    package mutating func record<A: Aggregate>(_: A.Type, _ id: A.ID, _ events: [A.Event]) async throws {
        let stream = A.streamName(id)
        _ = try await loaded(stream)
        add(events.map { A.domainEvent(id, $0) }, to: stream)
    }

    /// A write to one of the daemon's own tables (the contact directory), in the same transaction,
    /// after the appends.
    package mutating func alsoWrite(_ write: @escaping @Sendable (PostgresConnection) async throws -> Void) {
        tableWrites.append(write)
    }

    private mutating func add(_ events: [DomainEvent], to stream: String) {
        guard !events.isEmpty else { return }
        if pending[stream] == nil { order.append(stream) }
        pending[stream, default: []] += events
    }

    /// Every event this unit will append, in append order.
    package var events: [DomainEvent] { order.flatMap { pending[$0] ?? [] } }

    /// The version each stream was read at: the expected version of its append.
    func version(of stream: String) -> Int64 { read[stream]?.version ?? 0 }

    /// A rule's `not_found` names an aggregate that does not exist: ``NotFound``, which the interface
    /// answers as NotFound, like an unknown id prefix. Its kind is the stream's prefix.
    private static func mappingNotFound<Value>(_ stream: String, _ body: () throws(DomainError) -> Value) throws
        -> Value
    {
        do {
            return try body()
        } catch  where error.code == .notFound {
            throw CommandHandler.notFound(stream, error)
        }
    }
}
