import Domain
import EventCodec
import EventStore
import Foundation
import Logging
import Postgres

/// Carries out domain commands: load the aggregate, decide, append with the expected version, retry
/// a bounded number of times when another writer came first, and reply once the read models show the
/// change (read-your-writes), or say that they lag.
package final class CommandHandler: Sendable {
    package let store: EventStore
    let runner: (any LogFollower)?
    let clock: OrganisationClock
    let maximumAttempts: Int
    let consistencyTimeout: Duration
    let logger: Logger

    package init(
        store: EventStore, runner: (any LogFollower)?, clock: OrganisationClock, maximumAttempts: Int = 10,
        consistencyTimeout: Duration = .seconds(5), logger: Logger = .postgresNoOp
    ) {
        self.store = store
        self.runner = runner
        self.clock = clock
        self.maximumAttempts = maximumAttempts
        self.consistencyTimeout = consistencyTimeout
        self.logger = logger
    }

    /// Handles `command` on behalf of `metadata.actor`.
    ///
    /// - Throws: `DomainError` when a rule refuses it (nothing is written), ``CommandError`` when
    ///   something it names does not exist or conflicts persist, `EventStoreError` when the database fails.
    @discardableResult
    package func handle(_ command: DomainCommand, metadata: EventMetadata) async throws -> CommandOutcome {
        var metadata = metadata
        if let given = metadata.commandID {
            // A repeated command (a retry after a lost reply) answers as the first did, even if the
            // stream has moved on so that deciding again would now refuse it.
            if let earlier = try await earlierOutcome(of: command, commandID: given) {
                return await readable(earlier)
            }
        } else {
            metadata.commandID = UUID()
        }
        var attempt = 1
        while true {
            do {
                return await readable(try await attemptOnce(command, metadata: metadata))
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

    private var context: DecisionContext { clock.decisionContext }

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

    /// The idempotency key of a command id; a merge appends to two streams, each with its own suffix.
    static func idempotencyKey(_ commandID: UUID, _ suffix: String = "") -> String {
        commandID.uuidString.lowercased() + suffix
    }

    /// What the command with this id wrote before, if it ran: the same streams, or an error when the
    /// id was used for something else — another stream, or another command on the same stream.
    ///
    /// The store keeps only the key, so the command is compared through what it wrote: deciding it
    /// again on the stream as it was before those events, at the instant they were recorded, must give
    /// exactly those events (`decide` is a pure function of command, history and time). A different
    /// command — another kind, or the same kind with other values — gives other events.
    private func earlierOutcome(of command: DomainCommand, commandID: UUID) async throws -> CommandOutcome? {
        let appends: [(suffix: String, stream: String)]
        let otherShape: String
        if case .issue(let merged, .mergeInto(let survivor)) = command {
            appends = [(":merged", merged.streamName), (":survivor", survivor.streamName)]
            otherShape = ""
        } else {
            appends = [("", command.streamName)]
            otherShape = ":merged"
        }
        var position: LogPosition?
        var earlierAppends: [AppendResult] = []
        for (suffix, stream) in appends {
            let key = Self.idempotencyKey(commandID, suffix)
            guard let earlier = try await store.previousAppend(idempotencyKey: key) else {
                // A merge keys its two appends apart from a single-stream command: the id may have
                // been used by the other shape of command.
                if try await store.previousAppend(idempotencyKey: Self.idempotencyKey(commandID, otherShape)) != nil {
                    throw CommandError.commandIDReused(commandID: commandID, stream: command.streamName)
                }
                return nil
            }
            guard earlier.streamID.rawValue == stream else {
                throw EventStoreError.idempotencyKeyReused(
                    key: key, originalStream: earlier.streamID, stream: StreamID(stream))
            }
            earlierAppends.append(earlier)
            position = max(position ?? earlier.position, earlier.position)
        }
        guard try await wroteWhatItWouldWrite(command, earlierAppends) else {
            throw CommandError.commandIDReused(commandID: commandID, stream: command.streamName)
        }
        return CommandOutcome(events: [], position: position, isDuplicate: true)
    }

    /// Whether deciding `command` again, on each stream as it stood before `appends` and at the time
    /// they were recorded, gives exactly the events they wrote.
    private func wroteWhatItWouldWrite(_ command: DomainCommand, _ appends: [AppendResult]) async throws -> Bool {
        var before: [[DomainEvent]] = []
        var written: [[DomainEvent]] = []
        var recordedAt: Date?
        for append in appends {
            let recorded = try await store.readStream(append.streamID)
            before.append(
                try recorded.filter { $0.streamVersion < append.firstVersion }.map { try DomainEventRecord($0).event })
            let mine = recorded.filter {
                (append.firstVersion...max(append.firstVersion, append.lastVersion)).contains($0.streamVersion)
            }
            written.append(try mine.map { try DomainEventRecord($0).event })
            recordedAt = recordedAt ?? mine.first?.recordedAt
        }
        guard let recordedAt else { return false }
        // The store stamps events a moment after the handler decided; around midnight that moment can
        // fall on the next day, so the instant a little earlier counts as well.
        for instant in [recordedAt, recordedAt.addingTimeInterval(-60)] {
            let context = DecisionContext(now: instant, timeZone: clock.timeZone)
            if case .issue(let mergedID, .mergeInto(let survivorID)) = command, before.count == 2 {
                let decided = try? IssueAggregate.merge(
                    mergedID, IssueAggregate.replay(before[0].compactMap(\.issueEvent)),
                    into: survivorID, IssueAggregate.replay(before[1].compactMap(\.issueEvent)), context)
                if let decided,
                    decided.merged.map({ DomainEvent.issue(mergedID, $0) }) == written[0],
                    decided.survivor.map({ DomainEvent.issue(survivorID, $0) }) == written[1]
                {
                    return true
                }
            } else if let events = try? command.decide(history: before[0], context: context), events == written[0] {
                return true
            }
        }
        return false
    }

    private func attemptOnce(_ command: DomainCommand, metadata: EventMetadata) async throws -> CommandOutcome {
        if case .issue(let mergedID, .mergeInto(let survivorID)) = command {
            return try await merge(mergedID, into: survivorID, metadata: metadata)
        }
        if case .issue(_, .absorb) = command {
            // Only the merge above may move sources and owed feedback between issues.
            throw DomainError(
                .transitionNotAllowed,
                "Ett ärende tar bara över källor och återkoppling när ett annat slås ihop med det.")
        }
        try await checkReferences(command)
        let stream = StreamID(command.streamName)
        let history = try await load(stream)
        let events = try decide(command, history.events)
        guard !events.isEmpty else { return CommandOutcome(events: [], position: nil, isDuplicate: false) }
        let result = try await store.append(
            to: stream, expectedVersion: .exactly(history.version), events: try events.map { try $0.newEvent() },
            metadata: metadata, idempotencyKey: metadata.commandID.map { Self.idempotencyKey($0) })
        return CommandOutcome(
            events: result.isDuplicate ? [] : events, position: result.position, isDuplicate: result.isDuplicate)
    }

    /// A merge changes two issues at once: both streams in one transaction.
    private func merge(_ mergedID: IssueID, into survivorID: IssueID, metadata: EventMetadata) async throws
        -> CommandOutcome
    {
        let merged = try await load(StreamID(mergedID.streamName))
        let survivor = try await load(StreamID(survivorID.streamName))
        if mergedID != survivorID {
            if merged.version == 0 {
                throw Self.notFound(mergedID.streamName, "Ärendet \(mergedID) som ska slås ihop finns inte.")
            }
            if survivor.version == 0 {
                throw Self.notFound(
                    survivorID.streamName, "Ärendet \(survivorID) som det ska slås ihop med finns inte.")
            }
        }
        let decided = try IssueAggregate.merge(
            mergedID, IssueAggregate.replay(merged.events.compactMap(\.issueEvent)),
            into: survivorID, IssueAggregate.replay(survivor.events.compactMap(\.issueEvent)), context)
        let (first, second) = try await store.withTransaction(
            locking: [StreamID(mergedID.streamName), StreamID(survivorID.streamName)]
        ) { transaction in
            let first = try await transaction.append(
                to: StreamID(mergedID.streamName), expectedVersion: .exactly(merged.version),
                events: try decided.merged.map { try DomainEvent.issue(mergedID, $0).newEvent() }, metadata: metadata,
                idempotencyKey: metadata.commandID.map { Self.idempotencyKey($0, ":merged") })
            let second = try await transaction.append(
                to: StreamID(survivorID.streamName), expectedVersion: .exactly(survivor.version),
                events: try decided.survivor.map { try DomainEvent.issue(survivorID, $0).newEvent() },
                metadata: metadata,
                idempotencyKey: metadata.commandID.map { Self.idempotencyKey($0, ":survivor") })
            return (first, second)
        }
        let events =
            decided.merged.map { DomainEvent.issue(mergedID, $0) }
            + decided.survivor.map { DomainEvent.issue(survivorID, $0) }
        return CommandOutcome(
            events: first.isDuplicate ? [] : events, position: max(first.position, second.position),
            isDuplicate: first.isDuplicate)
    }

    /// The domain's decision; its `not_found` — said only by a command that needs an existing
    /// aggregate — becomes ``NotFound``, which the interface answers as
    /// NotFound, like an unknown id prefix.
    private func decide(_ command: DomainCommand, _ history: [DomainEvent]) throws -> [DomainEvent] {
        let refusal: DomainError
        do {
            return try command.decide(history: history, context: context)
        } catch {
            refusal = error
        }
        if refusal.code == .notFound { throw Self.notFound(command.streamName, refusal.message) }
        throw refusal
    }

    /// ``NotFound`` for the aggregate of a stream: its kind is the
    /// stream's prefix (`issue`, `unit`, …), its id the UUID after it.
    static func notFound(_ streamName: String, _ message: String) -> NotFound {
        let parts = streamName.split(separator: "-", maxSplits: 1)
        return NotFound(kind: String(parts.first ?? ""), id: String(parts.last ?? ""), message: message)
    }

    // MARK: Loading

    struct History {
        var events: [DomainEvent]
        var version: Int64
    }

    func load(_ stream: StreamID) async throws -> History {
        let recorded = try await store.readStream(stream)
        return History(
            events: try recorded.map { try DomainEventRecord($0).event }, version: recorded.last?.streamVersion ?? 0)
    }

    private func exists(_ stream: String) async throws -> History? {
        let history = try await load(StreamID(stream))
        return history.version == 0 ? nil : history
    }

    /// The aggregates a command refers to must exist: the domain decides on one aggregate and trusts
    /// the ids it is given.
    private func checkReferences(_ command: DomainCommand) async throws {
        switch command {
        case .council(_, .create(let unitId, _, _)):
            try await requireUnit(unitId)
        case .proposal(_, .putForward(let councilId, let meetingId, _, _, _)):
            guard let council = try await exists(councilId.streamName) else {
                throw NotFound(
                    kind: "council", id: councilId.description, message: "Brukarrådet \(councilId) finns inte.")
            }
            if let meetingId {
                let state = CouncilAggregate.replay(council.events.compactMap(\.councilEvent))
                guard state?.hasMeeting(meetingId) == true else {
                    throw NotFound(
                        kind: "meeting", id: meetingId.description,
                        message: "Mötet \(meetingId) finns inte hos brukarrådet.")
                }
            }
        case .revision(_, .plan(let unitId, _, _, _)):
            try await requireUnit(unitId)
        case .certification(_, .start(let unitId, _, let renews)):
            try await requireUnit(unitId)
            if let renews, try await exists(renews.streamName) == nil {
                throw NotFound(
                    kind: "certification", id: renews.description,
                    message: "Certifieringen \(renews) som ska förnyas finns inte.")
            }
        case .issue(_, .open(let unitId, _, let source, _)):
            try await requireUnit(unitId)
            try await requireSource(source)
        case .issue(_, .linkSource(let source)), .issue(_, .reopen(let source, _)):
            try await requireSource(source)
        case .issue(_, .giveFeedback(let councilId, _, _, _)):
            if try await exists(councilId.streamName) == nil {
                throw NotFound(
                    kind: "council", id: councilId.description, message: "Brukarrådet \(councilId) finns inte.")
            }
        default:
            break
        }
    }

    private func requireUnit(_ id: UnitID) async throws {
        if try await exists(id.streamName) == nil {
            throw NotFound(kind: "unit", id: id.description, message: "Verksamheten \(id) finns inte.")
        }
    }

    private func requireSource(_ source: IssueSource) async throws {
        switch source {
        case .proposal(let id, let council):
            guard let history = try await exists(id.streamName),
                let state = ProposalAggregate.replay(history.events.compactMap(\.proposalEvent))
            else { throw NotFound(kind: "proposal", id: id.description, message: "Förslaget \(id) finns inte.") }
            guard state.councilId == council else {
                throw NotFound(
                    kind: "proposal", id: id.description,
                    message: "Förslaget \(id) kommer inte från brukarrådet \(council).")
            }
        case .finding(let id, let revision):
            guard let history = try await exists(revision.streamName),
                RevisionAggregate.replay(history.events.compactMap(\.revisionEvent))?.finding(id) != nil
            else {
                throw NotFound(
                    kind: "finding", id: id.description,
                    message: "Iakttagelsen \(id) finns inte i brukarrevisionen \(revision).")
            }
        case .actionItem(let id, let certification):
            guard let history = try await exists(certification.streamName),
                CertificationAggregate.replay(history.events.compactMap(\.certificationEvent))?.actionItems
                    .contains(where: { $0.id == id }) == true
            else {
                throw NotFound(
                    kind: "actionItem", id: id.description,
                    message: "Åtgärden \(id) finns inte i handlingsplanen \(certification).")
            }
        }
    }
}

extension DomainEvent {
    var issueEvent: IssueEvent? { if case .issue(_, let e) = self { e } else { nil } }
    var councilEvent: CouncilEvent? { if case .council(_, let e) = self { e } else { nil } }
    var proposalEvent: ProposalEvent? { if case .proposal(_, let e) = self { e } else { nil } }
    var revisionEvent: RevisionEvent? { if case .revision(_, let e) = self { e } else { nil } }
    var certificationEvent: CertificationEvent? { if case .certification(_, let e) = self { e } else { nil } }
}
