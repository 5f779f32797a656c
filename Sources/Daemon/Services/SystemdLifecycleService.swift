import Logging
import ServiceLifecycle
import Systemd
import Varlink

/// Tells systemd how the daemon is doing: `READY=1` once the admin socket listens (migrations ran
/// before), `WATCHDOG=1` at half of `WATCHDOG_USEC`, `STATUS=` lines, and `STOPPING=1` as soon as a
/// graceful shutdown begins.
///
/// Put it last in the service group: services stop in reverse order, so it hears of the shutdown
/// first and `STOPPING=1` goes out before the admin server drains.
package final class SystemdLifecycleService: Service, Sendable {
    private let notifier: SystemdNotifier
    private let server: VarlinkServer
    private let logger: Logger
    private let statusLine: @Sendable () -> String

    /// - Parameter statusLine: the `STATUS=` text once ready (e.g. socket and database state).
    package init(
        notifier: SystemdNotifier, server: VarlinkServer, logger: Logger,
        statusLine: @escaping @Sendable () -> String
    ) {
        self.notifier = notifier
        self.server = server
        self.logger = logger
        self.statusLine = statusLine
    }

    package func run() async throws {
        try await withGracefulShutdownHandler {
            try await cancelWhenGracefulShutdown { [self] in
                try await server.waitUntilListening()
                send([.ready, .status(statusLine())])
                logger.notice("ready", metadata: ["socket": "\(server.configuration.socketPath)"])
                if let interval = notifier.watchdogInterval {
                    while !Task.isCancelled {
                        try? await Task.sleep(for: interval / 2)
                        send([.watchdog])
                    }
                } else {
                    try? await gracefulShutdown()
                }
            }
        } onGracefulShutdown: { [self] in
            send([.stopping, .status("stopping")])
            logger.notice("stopping")
        }
    }

    /// Sends a notification; a failure is logged, never fatal (systemd may be gone during shutdown).
    package func send(_ states: [SystemdNotifier.State]) {
        do {
            try notifier.notify(states)
        } catch {
            logger.warning("sd_notify failed", metadata: ["error": "\(error)"])
        }
    }
}
