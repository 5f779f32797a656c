import Domain
import EventStore
import Logging
import ServiceLifecycle

/// Records the feedback of council digests once their e-mail is delivered: a process that reacts to
/// `MailDelivered` by reading the log, as a projection does, rather than work in the scheduler's
/// sleep. Every daemon may run it: ``DigestFeedback`` is a unit of work per digest whose rule records
/// the feedback once, whoever comes first.
package struct DigestFeedbackService: Service {
    let feedback: DigestFeedback
    let store: EventStore
    /// The read models the feedback query reads: they must show a delivery before it is looked for.
    let follower: any LogFollower
    let logger: Logger
    let pollInterval: Duration

    package init(
        store: EventStore, feedback: DigestFeedback, follower: any LogFollower, logger: Logger,
        pollInterval: Duration = .seconds(1)
    ) {
        self.store = store
        self.feedback = feedback
        self.follower = follower
        self.logger = logger
        self.pollInterval = pollInterval
    }

    private static let metadata = EventMetadata(actor: "scheduler", client: "tredjekraftd")
    /// How long to wait for the read models before trying anyway (the next delivery, or the retry, tries again).
    private static let catchUpTimeout = Duration.seconds(60)

    package func run() async throws {
        try await cancelWhenGracefulShutdown {
            // Deliveries before now (also those while the daemon was down) are found by one pass once the
            // read models show them; later ones as they come.
            let start = try await waitForDatabase { try await store.headPosition() }
            await recordUntilDone(upTo: start)
            var deliveries = store.subscribe(after: start, batchSize: 1000, pollInterval: pollInterval)
                .makeAsyncIterator()
            while let batch = try await deliveries.nextBatch() {
                guard let last = batch.last, batch.contains(where: { $0.eventType == MailDelivered.eventType })
                else { continue }
                await recordUntilDone(upTo: last.position)
            }
        }
    }

    /// Records the feedback of every digest delivered up to `position`, trying again with back-off
    /// while the database or the read models fail, until it works or the service stops.
    private func recordUntilDone(upTo position: LogPosition) async {
        var wait = Duration.seconds(1)
        while !Task.isCancelled {
            do {
                try await follower.waitUntilProcessed(position, timeout: Self.catchUpTimeout)
                try await feedback.recordDelivered(metadata: Self.metadata)
                return
            } catch {
                if Task.isCancelled { return }
                logger.warning(
                    "recording the feedback of delivered digests failed",
                    metadata: ["error": "\(error)", "retry_in": "\(wait)"])
                try? await Task.sleep(for: wait)
                wait = min(wait * 2, .seconds(60))
            }
        }
    }

    private func waitForDatabase<Value>(_ body: () async throws -> Value) async throws -> Value {
        var wait = Duration.seconds(1)
        while true {
            do {
                return try await body()
            } catch  where !Task.isCancelled && EventStoreError.isConnectionProblem(error) {
                logger.warning("digest feedback waits for the database: \(error)")
                try await Task.sleep(for: wait)
                wait = min(wait * 2, .seconds(30))
            }
        }
    }
}
