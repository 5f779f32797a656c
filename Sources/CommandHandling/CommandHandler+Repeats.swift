import Domain
import EventCodec
import EventStore
import Foundation

extension CommandHandler {
    /// What the command with this id wrote before, if it ran: the same answer, or an error when the
    /// id was used for something else — another stream, or another command on the same stream.
    ///
    /// The store keeps only the key, on the last append of the earlier transaction. The command is
    /// compared through what that transaction wrote: deciding it again on its streams as they were
    /// before, at the instant the events were recorded, must give exactly those events (`decide` is a
    /// pure function of command, history and time). A different command gives other events.
    func earlierOutcome(of command: DomainCommand, commandID: UUID) async throws -> CommandOutcome? {
        let key = Self.idempotencyKey(commandID)
        guard let earlier = try await earlierAppend(key) else { return nil }
        let streams = Self.streams(of: command)
        guard streams.contains(earlier.streamID.rawValue) else {
            throw EventStoreError.idempotencyKeyReused(
                key: key, originalStream: earlier.streamID, stream: StreamID(command.streamName))
        }
        guard
            let position = try await positionIfSame(
                command, transactionID: earlier.position.transactionID, streams: streams)
        else {
            throw CommandError.commandIDReused(commandID: commandID, stream: command.streamName)
        }
        return CommandOutcome(events: [], position: position, isDuplicate: true)
    }

    /// The append made under `key`; a merge stored before the one write path keyed its two appends
    /// apart (`:merged`, `:survivor`).
    private func earlierAppend(_ key: String) async throws -> AppendResult? {
        for candidate in [key, key + ":survivor", key + ":merged"] {
            if let found = try await store.previousAppend(idempotencyKey: candidate) { return found }
        }
        return nil
    }

    /// The streams a command writes: a merge both issues', anything else its own.
    private static func streams(of command: DomainCommand) -> [String] {
        if case .issue(let merged, .mergeInto(let survivor)) = command {
            return [merged.streamName, survivor.streamName]
        }
        return [command.streamName]
    }

    /// The last position transaction `transactionID` wrote on `streams`, if deciding `command` again on
    /// them as they stood before it gives exactly what it wrote; `nil` otherwise.
    private func positionIfSame(_ command: DomainCommand, transactionID: UInt64, streams: [String]) async throws
        -> LogPosition?
    {
        var before: [String: UnitOfWork.Stream] = [:]
        var written: [String: [DomainEvent]] = [:]
        var recordedAt: Date?
        var last: LogPosition?
        for stream in streams {
            // A stream's appends take its lock in turn, so their transaction ids grow with its versions.
            let records = try await store.readStream(StreamID(stream)).map { try DomainEventRecord($0) }
            let earlier = records.filter { $0.position.transactionID < transactionID }
            let mine = records.filter { $0.position.transactionID == transactionID }
            before[stream] = UnitOfWork.Stream(history: earlier.map(\.event), version: earlier.last?.streamVersion ?? 0)
            if !mine.isEmpty { written[stream] = mine.map(\.event) }
            recordedAt = recordedAt ?? mine.first?.recordedAt
            last = [last, mine.last?.position].compactMap { $0 }.max()
        }
        guard let recordedAt, let last else { return nil }
        let asBefore = before
        let now = Self.reading(store)
        // The store stamps events a moment after the handler decided; around midnight that moment can
        // fall on the next day, so the instant a little earlier counts as well.
        for instant in [recordedAt, recordedAt.addingTimeInterval(-60)] {
            var unit = UnitOfWork(
                source: { stream in if let known = asBefore[stream] { known } else { try await now(stream) } },
                context: DecisionContext(now: instant, timeZone: clock.timeZone))
            guard (try? await decide(command, in: &unit)) != nil else { continue }
            if unit.pending == written { return last }
        }
        return nil
    }
}
