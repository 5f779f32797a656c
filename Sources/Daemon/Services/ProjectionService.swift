import Logging
import Projections
import ServiceLifecycle

/// Runs the projection runner as one of the daemon's services: it follows the log until shutdown.
///
/// The runner has caught up before this starts (see ``TredjekraftDaemon``), so `READY=1` means the
/// read models answer for everything committed before the start.
package struct ProjectionService: Service {
    let runner: ProjectionRunner
    let logger: Logger

    package init(runner: ProjectionRunner, logger: Logger) {
        self.runner = runner
        self.logger = logger
    }

    package func run() async throws {
        do {
            try await cancelWhenGracefulShutdown { try await runner.run() }
        } catch {
            logger.critical("projections stopped: \(error)")
            throw error
        }
    }
}
