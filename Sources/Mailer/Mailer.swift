import CommandHandling
import Domain
import EventStore
import Foundation
import Logging
import PersonalData
import Postgres
import Projections
import ServiceLifecycle
import Synchronization

/// Delivers the outbox: a lifecycle service that hands every due message to sendmail and records how
/// each attempt ended, as events on the message's stream.
///
/// With several daemons on one database only one delivers: the one holding the mailer's advisory lock,
/// on a session of its own. When that daemon dies its session ends, the lock is free, and another
/// takes over within a poll interval or two. Before each round the holder checks that its session is
/// alive, so a daemon cut off from the database stops delivering.
///
/// The stream, not the read model, decides whether a message is still due, so a message recorded as
/// delivered is never handed over again. The one window: sendmail accepted, then the daemon died (or
/// lost the database for longer than it retries the recording) before the delivery was recorded —
/// the message goes out again, with the same `Message-ID`.
package final class Mailer: Service, Sendable {
    let store: EventStore
    let readModel: ReadModel
    package let contacts: ContactDirectory
    let clock: OrganisationClock
    let handler: CommandHandler
    let logger: Logger
    /// The keys that sign reply addresses; `nil` when replies by mail are not configured.
    package let replyKeys: ReplyKeyStore?
    private let state: Mutex<State>

    private struct State {
        var configuration: MailerConfiguration
        var delivering = false
        var lastRoundAt: Date?
        var stopping = false
    }

    package init(
        store: EventStore, readModel: ReadModel, clock: OrganisationClock, configuration: MailerConfiguration,
        logger: Logger, replyKeys: ReplyKeyStore? = nil
    ) {
        self.replyKeys = replyKeys
        self.store = store
        self.readModel = readModel
        self.contacts = ContactDirectory(store: store, clock: clock)
        self.clock = clock
        self.handler = CommandHandler(store: store, runner: nil, clock: clock, logger: logger)
        self.logger = logger
        self.state = Mutex(State(configuration: configuration))
    }

    /// The settings in force; a reload (SIGHUP) replaces them between two deliveries.
    package var configuration: MailerConfiguration { state.withLock { $0.configuration } }

    /// Replies by mail are read at start (the keys' file is opened then): they are kept as they were.
    package func update(_ configuration: MailerConfiguration) {
        state.withLock { state in
            var configuration = configuration
            configuration.replies = state.configuration.replies
            state.configuration = configuration
        }
    }

    /// For `status`.
    package var status: MailerStatus {
        state.withLock { state in
            MailerStatus(
                enabled: state.configuration.enabled, delivering: state.delivering,
                problem: Self.problem(state.configuration), lastRoundAt: state.lastRoundAt)
        }
    }

    /// What stops mail going out at all, with mail on.
    static func problem(_ configuration: MailerConfiguration) -> String? {
        guard configuration.enabled else { return nil }
        guard configuration.from != nil else { return MailerError.noSender.description }
        return configuration.transport.problem
    }

    /// Shutting down (graceful shutdown of the service group), or the task was cancelled (outside one).
    var isStopping: Bool { Task.isCancelled || state.withLock { $0.stopping } }

    // MARK: Running

    package func run() async throws {
        await withGracefulShutdownHandler {
            await lead()
        } onGracefulShutdown: {
            self.state.withLock { $0.stopping = true }
        }
    }

    /// Takes the mailer's lock when it is free and delivers while holding it.
    private func lead() async {
        var backoff = Duration.seconds(1)
        while !isStopping {
            let configuration = configuration
            guard configuration.enabled, Self.problem(configuration) == nil else {
                await pause(configuration.pollInterval)
                continue
            }
            do {
                try await holdingTheLock { try await deliverWhileLeading($0) }
                backoff = .seconds(1)
            } catch is CancellationError {
                return
            } catch {
                if !isStopping {
                    logger.warning("mailer paused: \(error)", metadata: ["retry_in": "\(backoff)"])
                }
                await pause(backoff)
                backoff = min(backoff * 2, .seconds(30))
            }
        }
    }

    /// Runs `body` with the lock held on a dedicated session; returns at once when another has it.
    private func holdingTheLock(_ body: (PostgresConnection) async throws -> Void) async throws {
        _ = try await store.withLeadership(named: "mailer") { session in
            logger.notice("mailer delivering: this daemon holds the mailer lock")
            state.withLock { $0.delivering = true }
            defer { state.withLock { $0.delivering = false } }
            try await body(session)
        }
        if !isStopping { await pause(configuration.pollInterval * 2) }
    }

    /// Rounds until shutdown or until the configuration turns mail off; before each, checks that the
    /// lock's session is alive (a dead session has lost the lock to whoever took it since).
    private func deliverWhileLeading(_ session: PostgresConnection) async throws {
        while !isStopping {
            let configuration = configuration
            guard configuration.enabled, Self.problem(configuration) == nil else { return }
            _ = try await session.execute("SELECT 1")
            let worked = try await round(configuration)
            state.withLock { $0.lastRoundAt = clock.now }
            if !worked { await pause(configuration.pollInterval) }
        }
    }

    /// Sleeps, or returns early on shutdown.
    private func pause(_ duration: Duration) async {
        let step = Duration.milliseconds(100)
        var left = duration
        while left > .zero, !isStopping {
            try? await Task.sleep(for: min(step, left))
            left -= step
        }
    }
}
