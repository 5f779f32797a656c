import AdminServer
import Domain
import EventStore
import Foundation
import Logging
import Mailer
import OperatorMetrics
import PersonalData
import Postgres
import Projections
import ServiceLifecycle
import Systemd
import UnixSignals

/// The whole daemon, from a validated configuration to a clean exit.
///
/// Start-up is sequential — embedded cluster (if any), pool, migrations (retried with back-off while
/// the database is unreachable) — and can be interrupted by SIGTERM/SIGINT. Then the
/// ``DaemonServices`` group runs until a graceful shutdown; afterwards the pool is closed and the
/// embedded cluster stopped, however the group ended.
package struct TredjekraftDaemon: Sendable {
    package var configuration: DaemonConfiguration
    package var loader: ConfigurationLoader
    package var logger: Logger
    package var logLevel: ReloadableLogLevel
    package var notifier: SystemdNotifier
    /// The daemon's one clock, made once from `time_zone` and handed to every part that dates things.
    package let clock: OrganisationClock
    /// This daemon's figures (`tredjekraft metrics`), its own even when a test runs several daemons.
    package let metrics: OperatorMetrics

    package init(
        configuration: DaemonConfiguration, loader: ConfigurationLoader, logger: Logger,
        logLevel: ReloadableLogLevel, notifier: SystemdNotifier = SystemdNotifier(),
        metrics: OperatorMetrics = OperatorMetrics()
    ) {
        self.configuration = configuration
        self.loader = loader
        self.logger = logger
        self.logLevel = logLevel
        self.notifier = notifier
        self.clock = OrganisationClock(timeZone: configuration.timeZone)
        self.metrics = metrics
    }

    /// Runs until SIGTERM/SIGINT; throws when start-up fails.
    package func run() async throws {
        let startedAt = Date()
        let startedInstant = ContinuousClock.now
        let embedded =
            configuration.database.usesEmbedded
            ? EmbeddedPostgres(directory: configuration.stateDirectory + "/postgres", logger: logger) : nil
        var pool: PostgresPool?
        do {
            let started = try await interruptibleStartUp(embedded: embedded)
            pool = started?.store.pool
            if let (store, runner) = started {
                // Replies by mail need their keys: a key file others can read, or one that cannot be
                // made, stops the start with what to fix rather than letters that cannot be answered.
                if let keys = DaemonServices.replyKeys(configuration) {
                    do {
                        _ = try keys.keyring()
                    } catch {
                        throw DaemonStartError("mail.reply_to is set, but \(error)")
                    }
                }
                let services = DaemonServices(
                    configuration: configuration, loader: loader, store: store, runner: runner, clock: clock,
                    logger: logger,
                    logLevel: logLevel, notifier: notifier, metrics: metrics, startedAt: startedAt,
                    startedInstant: startedInstant)
                services.health.record(.ok)  // migrations just succeeded
                try prepareSocketDirectory()
                try await services.serviceGroup().run()
            } else {
                logger.notice("stopped during start-up")
                try? notifier.notify([.stopping])
            }
        } catch {
            try? notifier.notify([.stopping, .status("failed: \(error)")])
            await pool?.close()
            await embedded?.stop()
            throw error
        }
        await pool?.close()
        await embedded?.stop()
        logger.notice("stopped")
    }

    /// Start-up raced against SIGTERM/SIGINT; `nil` when a signal came first.
    private func interruptibleStartUp(embedded: EmbeddedPostgres?) async throws -> Started? {
        let signals = await UnixSignalsSequence(trapping: .sigterm, .sigint)
        return try await withThrowingTaskGroup(of: Started?.self) { group in
            group.addTask { try await startUp(embedded: embedded) }
            group.addTask {
                for await signal in signals {
                    logger.notice("signal during start-up", metadata: ["signal": "\(signal)"])
                    return nil
                }
                return nil
            }
            let first = try await group.next() ?? nil
            group.cancelAll()
            // A store made while the signal won is closed here, not leaked.
            while let rest = try? await group.next() {
                if let other = rest, first == nil { await other.store.pool.close() }
            }
            return first
        }
    }

    /// What start-up hands to the services: a migrated store and projections that have caught up.
    typealias Started = (store: EventStore, runner: ProjectionRunner)

    private func startUp(embedded: EmbeddedPostgres?) async throws -> Started {
        logger.notice(
            "starting",
            metadata: [
                "version": "\(DaemonVersion.current)", "config": "\(configuration.sourceFile ?? "(defaults)")",
            ])
        var conninfo = configuration.database.url ?? ""
        if let embedded {
            try? notifier.notify(.status("starting embedded PostgreSQL"))
            conninfo = try await embedded.start()
        }
        let pool = PostgresPool(
            conninfo: conninfo, maximumConnections: configuration.database.poolSize,
            applicationName: "tredjekraftd", logger: logger)
        let clock = clock
        let store = EventStore(
            pool: pool, schema: configuration.database.schema, logger: logger, now: { clock.now },
            metrics: metrics.factory)
        do {
            try await migrate(store)
            return (store, try await catchUpProjections(store: store))
        } catch {
            // Whatever stopped the start (a signal, a failed migration or catch-up), the pool goes.
            await pool.close()
            throw error
        }
    }

    /// Applies every part's migrations, waiting out an unreachable database with back-off (systemd's
    /// start timeout bounds this). A reachable database whose migration fails is not retried.
    ///
    /// With `database.migration_url` the schema's owner migrates on a connection of its own, closed
    /// afterwards; the serving role then only reads that the schema is up to date.
    private func migrate(_ store: EventStore) async throws {
        var backoff = Duration.seconds(1)
        while true {
            try Task.checkCancellation()
            let owner = configuration.database.migrationURL.map {
                PostgresPool(
                    conninfo: $0, maximumConnections: 1, applicationName: "tredjekraftd migrations", logger: logger)
            }
            let migrating =
                owner.map {
                    EventStore(pool: $0, schema: configuration.database.schema, logger: logger, now: { clock.now })
                } ?? store
            do {
                try? notifier.notify(.status("applying database migrations"))
                var applied: [String: [Int]] = [:]
                for migrator in migrators(for: migrating) {
                    applied[migrator.component] = try await migrator.migrate()
                }
                let rebased = try await migrating.rebaseIfAhead()
                if rebased > 0 {
                    logger.notice(
                        "the log came from another cluster (a restore): its events now precede this cluster's",
                        metadata: ["events": "\(rebased)"])
                }
                if owner != nil {
                    for migrator in migrators(for: store) { try await migrator.migrate() }
                }
                await owner?.close()
                logger.notice(
                    "database ready",
                    metadata: [
                        "schema": "\(configuration.database.schema)",
                        "migrations_applied": "\(applied.filter { !$0.value.isEmpty })",
                        "migrated_by": "\(owner == nil ? "database.url" : "database.migration_url")",
                    ])
                return
            } catch {
                let reachable = (try? await migrating.pool.query("SELECT 1")) != nil
                await owner?.close()
                if reachable {
                    throw DaemonStartError("database migration failed: \(error)")
                }
                let reason = DatabaseHealth.reason(error)
                logger.error("database unreachable at start; retrying", metadata: ["reason": "\(reason)"])
                try? notifier.notify(.status("waiting for the database: \(reason)"))
                try await Task.sleep(for: backoff)
                backoff = min(backoff * 2, .seconds(30))
            }
        }
    }

    /// Every part's schema on `store`'s connection, in the order they build on each other.
    private func migrators(for store: EventStore) -> [SchemaMigrator] {
        [
            store.migrator, ContactDirectory(store: store, clock: clock).migrator,
            InboundMailSenders(store: store).migrator, ProjectionRunner.migrator(for: store),
        ]
    }

    /// Prepares the read models (building new or changed ones from the log) and applies everything
    /// committed so far, so the daemon reports READY only when queries answer for all of it.
    private func catchUpProjections(store: EventStore) async throws -> ProjectionRunner {
        let notifier = notifier
        let runner = ProjectionRunner(
            store: store,
            projections: ProjectionRunner.readModels(for: store, clock: clock),
            logger: logger,
            onStop: { stop in
                // The daemon serves on; systemd's status says which read model stands still and why.
                try? notifier.notify(.status(DaemonServices.statusLine(stop)))
            })
        let elapsed: Duration
        do {
            try? notifier.notify(.status("preparing the read models"))
            try await runner.prepare()
            try? notifier.notify(.status("catching up the read models"))
            elapsed = try await ContinuousClock().measure { try await runner.catchUp() }
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            throw DaemonStartError("the read models could not be brought up to date: \(error)")
        }
        logger.notice(
            "read models caught up", metadata: ["position": "\(runner.processedPosition)", "took": "\(elapsed)"])
        for stop in runner.stopped.values { logger.critical("\(stop); the daemon serves on without it") }
        return runner
    }

    /// The admin socket's directory exists (systemd's RuntimeDirectory= makes it in production).
    private func prepareSocketDirectory() throws {
        let directory = URL(fileURLWithPath: configuration.admin.socketPath).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw DaemonStartError(
                "cannot create the admin socket's directory \(directory): \(error.localizedDescription) "
                    + "(admin.socket_path)")
        }
    }
}
