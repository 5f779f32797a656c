import Logging
import Projections
import ServiceLifecycle

/// Keeps the councils' status pages up to date: writes them at start, then again whenever the projection
/// runner has applied a batch (``ProjectionRunner/onApplied(_:)``) — a decision, a correction, an erasure
/// (`TextRedacted`: the runner rebuilds the read models, and ``StatusPages/regenerate()`` first waits until
/// they show the whole log again). Debounced: a burst of batches gives one regeneration after `debounce`;
/// only files whose text changed are replaced.
package struct StatusPagesService: Service {
    let pages: StatusPages
    let runner: ProjectionRunner
    let debounce: Duration
    let logger: Logger

    package init(pages: StatusPages, runner: ProjectionRunner, debounce: Duration = .seconds(1), logger: Logger) {
        self.pages = pages
        self.runner = runner
        self.debounce = debounce
        self.logger = logger
    }

    package func run() async throws {
        // One pending "write again" is enough: a regeneration reads everything afresh.
        let (changes, changed) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        runner.onApplied { _ in changed.yield() }
        await cancelWhenGracefulShutdown {
            await regenerateUntilDone()
            for await _ in changes {
                // Let the rest of a burst arrive; what arrives meanwhile waits as the one pending change.
                try? await Task.sleep(for: debounce)
                await regenerateUntilDone()
            }
        }
        changed.finish()
    }

    /// Writes the pages, trying again with back-off while the database or the directory fails, until it
    /// works or the service stops.
    private func regenerateUntilDone() async {
        var wait = Duration.seconds(1)
        while !Task.isCancelled {
            do {
                try await pages.regenerate()
                return
            } catch {
                if Task.isCancelled { return }
                logger.warning(
                    "writing the status pages failed", metadata: ["error": "\(error)", "retry_in": "\(wait)"])
                try? await Task.sleep(for: wait)
                wait = min(wait * 2, .seconds(60))
            }
        }
    }
}
