import Domain
import EventCodec
import EventStore
import Foundation
import Logging
import Postgres

/// The one write path: every event of the domain is decided by its aggregate's rules and appended
/// through a ``UnitOfWork`` here — one or several streams, one transaction, expected versions, one
/// idempotency key, one retry rule, one read-your-writes wait.
///
/// Commands from the socket come through ``handle(_:metadata:)``; the policies, digests, mail
/// outcomes and the contact directory describe their change as a unit of work and hand it to
/// ``perform(idempotencyKey:metadata:_:)``.
package final class CommandHandler: Sendable {
    package let store: EventStore
    let runner: (any LogFollower)?
    let clock: OrganisationClock
    let maximumAttempts: Int
    let consistencyTimeout: Duration
    /// How long a command whose commit was cut off may spend finding out whether it was stored.
    let outcomeTimeout: Duration
    let logger: Logger

    /// - Parameter runner: the read models to wait for before answering (read-your-writes); `nil` for
    ///   callers that read the log themselves afterwards, or not at all.
    package init(
        store: EventStore, runner: (any LogFollower)?, clock: OrganisationClock, maximumAttempts: Int = 10,
        consistencyTimeout: Duration = .seconds(5), outcomeTimeout: Duration = .seconds(20),
        logger: Logger = .postgresNoOp
    ) {
        self.store = store
        self.runner = runner
        self.clock = clock
        self.maximumAttempts = maximumAttempts
        self.consistencyTimeout = consistencyTimeout
        self.outcomeTimeout = outcomeTimeout
        self.logger = logger
    }

    /// Handles `command` on behalf of `metadata.actor`.
    ///
    /// - Throws: `DomainError` when a rule refuses it (nothing is written), ``CommandError`` when
    ///   something it names does not exist or conflicts persist, `EventStoreError` when the database fails.
    @discardableResult
    package func handle(_ command: DomainCommand, metadata: EventMetadata) async throws -> CommandOutcome {
        var metadata = metadata
        guard let given = metadata.commandID else {
            metadata.commandID = UUID()
            return try await decideAndAppend(command, metadata: metadata)
        }
        // A repeated command (a retry after a lost reply) answers as the first did, even if the stream has
        // moved on so that deciding again would now refuse it. A merge stored before the one write path
        // keyed its two appends apart, where only a look first finds it.
        if case .issue(_, .mergeInto) = command {
            if let earlier = try await earlierOutcome(of: command, commandID: given) { return await readable(earlier) }
            return try await decideAndAppend(command, metadata: metadata)
        }
        // Anything else looks for its key only when this attempt appends nothing of its own: the append
        // finds the key itself (and answers with the earlier append), and a first command — nearly every
        // one — saves the look.
        let outcome: CommandOutcome
        do {
            outcome = try await decideAndAppend(command, metadata: metadata)
        } catch  where error is DomainError || error is NotFound {
            if let earlier = try await earlierOutcome(of: command, commandID: given) { return await readable(earlier) }
            throw error
        }
        if outcome.isDuplicate || outcome.position == nil,
            let earlier = try await earlierOutcome(of: command, commandID: given)
        {
            return await readable(earlier)
        }
        return outcome
    }

    /// Decides `command` and appends what it decided under its command id's key.
    private func decideAndAppend(_ command: DomainCommand, metadata: EventMetadata) async throws -> CommandOutcome {
        try await perform(idempotencyKey: metadata.commandID.map { Self.idempotencyKey($0) }, metadata: metadata) {
            try await decide(command, in: &$0)
        }.outcome
    }

    /// Carries out one unit of work: `work` reads the streams it needs and decides commands on them;
    /// everything it decided is appended in one transaction, each stream at the version `work` read.
    ///
    /// When another writer changed one of those streams meanwhile, `work` runs again on the new
    /// histories (so every rule is asked again), up to `maximumAttempts` times with jittered backoff.
    /// With an idempotency key, a change made before under the same key is not made again: the answer
    /// is the earlier one's (`isDuplicate`). A unit that decided nothing appends nothing.
    ///
    /// When the connection is lost while the commit is on its way, the work may or may not be stored.
    /// With a key, the handler looks it up once the database answers again: found, the change is
    /// stored and answered as such; not found, the work runs again under the same key. Only when it
    /// cannot find out within `outcomeTimeout` (or has no key) does it say so
    /// (``CommandError/outcomeUnknown(key:reason:)``) — never that nothing changed.
    package func perform<Value: Sendable>(
        idempotencyKey key: String? = nil, metadata: EventMetadata, _ work: (inout UnitOfWork) async throws -> Value
    ) async throws -> (value: Value, outcome: CommandOutcome) {
        var attempt = 1
        var unknownSince: ContinuousClock.Instant?
        while true {
            var unit = UnitOfWork(source: currentStream, context: clock.decisionContext)
            let value: Value
            do {
                value = try await work(&unit)
            } catch  where unknownSince != nil && EventStoreError.isConnectionProblem(error) {
                try await pauseWhileOutcomeUnknown(key: key, since: unknownSince, error)
                continue
            }
            do {
                return (value, await readable(try await commit(unit, key: key, metadata: metadata)))
            } catch
                where Self.isOutcomeUnknown(error)
                || (unknownSince != nil && EventStoreError.isConnectionProblem(error))
            {
                unknownSince = unknownSince ?? .now
                logger.warning("the commit's outcome is unknown; looking for it: \(error)")
                if let key, let earlier = try await storedBefore(key: key, since: unknownSince, error) {
                    return (
                        value,
                        await readable(
                            CommandOutcome(events: unit.events, position: earlier.position, isDuplicate: false))
                    )
                }
                // Not stored: the same work again, under the same key, while there is time.
                try await pauseWhileOutcomeUnknown(key: key, since: unknownSince, error)
            } catch EventStoreError.wrongExpectedVersion(let stream, _, _) {
                guard attempt < maximumAttempts else {
                    throw CommandError.tooManyConflicts(stream: stream.rawValue, attempts: attempt)
                }
                attempt += 1
                // Jittered exponential backoff, so writers that collided do not collide again.
                try await Task.sleep(for: .microseconds(Int.random(in: 500...(1000 << min(attempt, 7)))))
            }
        }
    }

    /// Whether `error` is a commit cut off before its reply: the change may be stored or not.
    static func isOutcomeUnknown(_ error: any Error) -> Bool {
        switch error {
        case PostgresError.commitOutcomeUnknown, EventStoreError.database(.commitOutcomeUnknown): true
        default: false
        }
    }

    /// The append stored under `key`, or nil when the database (answering again) has none — asking
    /// until it answers or `outcomeTimeout` has passed since the outcome became unknown.
    ///
    /// - Throws: ``CommandError/outcomeUnknown(key:reason:)`` when there is no key to look for, or no
    ///   answer in time.
    private func storedBefore(key: String?, since: ContinuousClock.Instant?, _ cause: any Error) async throws
        -> AppendResult?
    {
        guard let key else { throw CommandError.outcomeUnknown(key: nil, reason: "\(cause)") }
        while true {
            do {
                return try await store.previousAppend(idempotencyKey: key)
            } catch  where EventStoreError.isConnectionProblem(error) {
                try await pauseWhileOutcomeUnknown(key: key, since: since, error)
            }
        }
    }

    /// Waits a moment for the database to answer again, or gives up once `outcomeTimeout` has passed.
    private func pauseWhileOutcomeUnknown(key: String?, since: ContinuousClock.Instant?, _ cause: any Error)
        async throws
    {
        if let since, ContinuousClock.now - since >= outcomeTimeout {
            throw CommandError.outcomeUnknown(key: key, reason: "\(cause)")
        }
        try await Task.sleep(for: .milliseconds(250))
    }

    /// The outcome once the read models show it (read-your-writes), or with the lag after the timeout.
    private func readable(_ outcome: CommandOutcome) async -> CommandOutcome {
        guard let position = outcome.position, let runner else { return outcome }
        var outcome = outcome
        do {
            try await runner.waitUntilProcessed(position, timeout: consistencyTimeout)
        } catch let lag as ProjectionLag {
            logger.warning("\(lag)")
            outcome.lag = lag
        } catch {
            logger.warning("waiting for the read models failed: \(error)")
        }
        return outcome
    }

    /// The idempotency key of a command id.
    package static func idempotencyKey(_ commandID: UUID) -> String {
        commandID.uuidString.lowercased()
    }

    // MARK: Appending

    /// A repeated key rolls its transaction back; the earlier append is the answer.
    private struct RepeatedUnit: Error {
        let earlier: AppendResult
    }

    /// Appends what `unit` decided: alone when it is one stream's events (the store then sends its
    /// notification in the same round trip), else in one transaction with the table writes after the
    /// appends. The key rides on the last append, so the earlier answer's position covers all of it.
    private func commit(_ unit: UnitOfWork, key: String?, metadata: EventMetadata) async throws -> CommandOutcome {
        let streams = unit.order
        guard let lastStream = streams.last else {
            return CommandOutcome(events: [], position: nil, isDuplicate: false)
        }
        if streams.count == 1, unit.tableWrites.isEmpty {
            let result = try await store.append(
                to: StreamID(lastStream), expectedVersion: .exactly(unit.version(of: lastStream)),
                events: try unit.events.map { try $0.newEvent() }, metadata: metadata, idempotencyKey: key)
            return CommandOutcome(
                events: result.isDuplicate ? [] : unit.events, position: result.position,
                isDuplicate: result.isDuplicate)
        }
        do {
            let position = try await store.withTransaction(locking: streams.map { StreamID($0) }) { transaction in
                var position = LogPosition.start
                for stream in streams {
                    let result = try await transaction.append(
                        to: StreamID(stream), expectedVersion: .exactly(unit.version(of: stream)),
                        events: try (unit.pending[stream] ?? []).map { try $0.newEvent() }, metadata: metadata,
                        idempotencyKey: stream == lastStream ? key : nil)
                    if result.isDuplicate { throw RepeatedUnit(earlier: result) }
                    position = result.position
                }
                for write in unit.tableWrites { try await write(transaction.connection) }
                return position
            }
            return CommandOutcome(events: unit.events, position: position, isDuplicate: false)
        } catch let repeated as RepeatedUnit {
            return CommandOutcome(events: [], position: repeated.earlier.position, isDuplicate: true)
        }
    }

    /// A stream as the store has it now.
    private var currentStream: UnitOfWork.Source { Self.reading(store) }

    /// Streams as `store` has them now, decoded.
    static func reading(_ store: EventStore) -> UnitOfWork.Source {
        { stream in
            let recorded = try await store.readStream(StreamID(stream))
            return UnitOfWork.Stream(
                history: try recorded.map { try DomainEventRecord($0).event },
                version: recorded.last?.streamVersion ?? 0)
        }
    }

    // MARK: Deciding a command

    /// Decides a command of the socket in `work`: a merge on both issues, anything else on its own
    /// stream after the aggregates it names are found to exist.
    func decide(_ command: DomainCommand, in work: inout UnitOfWork) async throws {
        switch command {
        case .issue(let mergedID, .mergeInto(let survivorID)):
            try await merge(mergedID, into: survivorID, in: &work)
        case .issue(_, .absorb):
            // Only a merge may move sources and owed feedback between issues.
            throw DomainError(
                .transitionNotAllowed,
                "Ett ärende tar bara över källor och återkoppling när ett annat slås ihop med det.")
        default:
            try await checkReferences(command, in: &work)
            try await work.decide(try await completed(command, in: &work))
        }
    }

    /// A merge changes two issues at once, decided by the rule over both.
    private func merge(_ mergedID: IssueID, into survivorID: IssueID, in work: inout UnitOfWork) async throws {
        let merged = try await work.state(IssueAggregate.self, mergedID)
        let survivor = try await work.state(IssueAggregate.self, survivorID)
        if mergedID != survivorID {
            if merged == nil {
                throw NotFound(
                    .issue, mergedID.description, message: "Ärendet \(mergedID) som ska slås ihop finns inte.")
            }
            if survivor == nil {
                throw NotFound(
                    .issue, survivorID.description,
                    message: "Ärendet \(survivorID) som det ska slås ihop med finns inte.")
            }
        }
        let decided = try IssueAggregate.merge(mergedID, merged, into: survivorID, survivor, work.context)
        try await work.record(IssueAggregate.self, mergedID, decided.merged)
        try await work.record(IssueAggregate.self, survivorID, decided.survivor)
    }

    /// A rule's `not_found` as ``NotFound`` for the aggregate of a stream: its kind from the stream's
    /// prefix (`issue`, `unit`, …), its id the UUID after it, the rule's words as the message. A stream
    /// of no kind that can be looked for (the schedule's) keeps the rule's own error.
    static func notFound(_ streamName: String, _ refusal: DomainError) -> any Error {
        let parts = streamName.split(separator: "-", maxSplits: 1)
        guard let kind = NotFound.Kind(streamPrefix: String(parts.first ?? "")) else { return refusal }
        return NotFound(kind, String(parts.last ?? ""), message: refusal.message)
    }
}
