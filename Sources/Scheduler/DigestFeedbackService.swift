import Domain
import EventStore
import Logging
import Projections
import ServiceLifecycle

/// Records the feedback of council digests once their e-mail is delivered: a process that reacts to
/// `MailDelivered` as the log is read — the projection runner tells it of every batch it applied — not
/// work in the scheduler's sleep. Every daemon runs it: ``DigestFeedback`` is a unit of work per
/// digest whose rule records the feedback once, whoever comes first.
package struct DigestFeedbackService: Service {
    let feedback: DigestFeedback
    let runner: ProjectionRunner
    let logger: Logger

    package init(feedback: DigestFeedback, runner: ProjectionRunner, logger: Logger) {
        self.feedback = feedback
        self.runner = runner
        self.logger = logger
    }

    private static let metadata = EventMetadata(actor: "scheduler", client: "tredjekraftd")

    package func run() async throws {
        // One pending "look again" is enough: a look records every delivered digest still waiting.
        let (deliveries, delivered) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        runner.onApplied { types in
            if types.contains(MailDelivered.eventType) { delivered.yield() }
        }
        await cancelWhenGracefulShutdown {
            // Deliveries before now, also those while the daemon was down; then each as it is applied.
            await recordUntilDone()
            for await _ in deliveries { await recordUntilDone() }
        }
        delivered.finish()
    }

    /// Records the feedback of every delivered digest waiting for it, trying again with back-off while
    /// the database fails, until it works or the service stops.
    private func recordUntilDone() async {
        var wait = Duration.seconds(1)
        while !Task.isCancelled {
            do {
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
}
