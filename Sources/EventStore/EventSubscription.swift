import Logging
import Postgres

/// The global log as an asynchronous sequence: what is stored after a position, then each event as it
/// becomes readable.
///
/// It pulls: each `next()` reads a batch, or waits for a NOTIFY (on a dedicated connection) or for the
/// poll interval, whichever comes first — notifications are lost when a connection drops, so polling
/// is the safety net. The database going away does not end the sequence: it waits and retries.
/// The sequence ends when the consuming task is cancelled.
package struct EventSubscription: AsyncSequence, Sendable {
    package typealias Element = RecordedEvent

    let store: EventStore
    let position: LogPosition
    let batchSize: Int
    let pollInterval: Duration

    package func makeAsyncIterator() -> Iterator {
        Iterator(store: store, position: position, batchSize: batchSize, pollInterval: pollInterval)
    }

    package struct Iterator: AsyncIteratorProtocol {
        let store: EventStore
        /// The position of the last event handed out (or the start).
        package private(set) var position: LogPosition
        let batchSize: Int
        let pollInterval: Duration
        private var buffer: [RecordedEvent] = []
        private var next = 0
        private var listener: PostgresConnection?
        /// Whether the last batch read was shorter than `batchSize`: the log's end, as far as readable.
        private var readToEnd = false

        init(store: EventStore, position: LogPosition, batchSize: Int, pollInterval: Duration) {
            self.store = store
            self.position = position
            self.batchSize = batchSize
            self.pollInterval = pollInterval
        }

        package mutating func next() async throws -> RecordedEvent? {
            if next < buffer.count {
                defer { next += 1 }
                position = buffer[next].position
                return buffer[next]
            }
            guard let batch = try await nextBatch() else { return nil }
            buffer = batch
            next = 1
            position = batch[0].position
            return batch[0]
        }

        /// The next events as one batch (at most `batchSize`), for consumers that write in batches;
        /// `nil` when the task was cancelled.
        package mutating func nextBatch() async throws -> [RecordedEvent]? {
            if next < buffer.count {
                let rest = Array(buffer[next...])
                buffer = []
                next = 0
                position = rest[rest.count - 1].position
                return rest
            }
            // After a batch shorter than `batchSize` the log was read to its end: what commits later is
            // announced, and a read now would find nothing. Notifications that came while that batch
            // was applied wake the wait at once.
            var waitFirst = readToEnd
            while true {
                if Task.isCancelled { return nil }
                // Listen before reading, so nothing committed between the read and the wait is missed.
                if listener == nil {
                    listener = await startListening()
                    // A new listener heard nothing of what came before it: read before waiting.
                    if listener != nil { waitFirst = false }
                }
                if waitFirst, try await !waitForNews() { return nil }
                waitFirst = true
                do {
                    let batch = try await store.readAll(after: position, limit: batchSize)
                    if let last = batch.last {
                        position = last.position
                        readToEnd = batch.count < batchSize
                        return batch
                    }
                } catch EventStoreError.database(let error) where error.isConnectionProblem {
                    store.logger.warning("reading the event log failed, retrying: \(error)")
                } catch  where Task.isCancelled {
                    // Cancelled while reading (waiting for a connection, or the statement cancelled):
                    // the sequence ends, as it does when cancelled while waiting.
                    return nil
                }
            }
        }

        /// Waits for a notification or the poll interval; false when the task was cancelled.
        private mutating func waitForNews() async throws -> Bool {
            do {
                if let listener {
                    _ = try await listener.nextNotification(timeout: pollInterval)
                    // Several appends may have been announced; one read serves them all.
                    while try await listener.nextNotification(timeout: .zero) != nil {}
                } else {
                    try await Task.sleep(for: pollInterval)
                }
                return true
            } catch is CancellationError {
                return false
            } catch let error as PostgresError where error.isConnectionProblem {
                store.logger.warning("the event log's listening connection was lost: \(error)")
                listener = nil
                return !Task.isCancelled
            }
        }

        private func startListening() async -> PostgresConnection? {
            do {
                let connection = try await store.pool.makeDedicatedConnection()
                try await connection.listen(store.channel)
                return connection
            } catch {
                store.logger.warning("cannot listen for new events, polling instead: \(error)")
                return nil
            }
        }
    }
}

extension PostgresError {
    /// Errors that end when the database is back: worth waiting out rather than failing.
    package var isConnectionProblem: Bool {
        switch self {
        case .connectionLost, .connectionFailed, .commitOutcomeUnknown: true
        default: false
        }
    }
}

extension EventStoreError {
    /// Whether `error` — the store's, or PostgreSQL's directly — means the database cannot be reached
    /// for now: worth waiting out (or saying so) rather than treating as a failure.
    package static func isConnectionProblem(_ error: any Error) -> Bool {
        if let error = error as? PostgresError { return error.isConnectionProblem }
        if case .database(let error)? = error as? EventStoreError { return error.isConnectionProblem }
        return false
    }
}
