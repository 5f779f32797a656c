import AdminServer
import CommandHandling
import Domain
import EventStore
import Foundation
import Logging
import Mailer
import OperatorMetrics
import Policies
import Postgres
import Projections
import Scheduler
import ServiceLifecycle
import Systemd
import UnixSignals
import Varlink

/// The daemon's running parts, wired: database health loop, the projections following the log, the
/// Varlink admin server, the SIGHUP reload and the systemd notifications, as one `ServiceGroup`.
///
/// Built after the database is reachable, migrated and the projections caught up (see
/// ``TredjekraftDaemon``), so every method handler can rely on the schema and read models.
package final class DaemonServices: Sendable {
    /// Database reachability, as `Status` and `STATUS=` report it.
    package let health: DatabaseHealth
    private let runner: ProjectionRunner
    private let server: VarlinkServer
    private let lifecycle: SystemdLifecycleService
    /// SIGHUP's reload; internal so tests reload as the signal does.
    let reload: ConfigurationReloadService
    /// The thresholds and calendar the read models count with, updated by ``reload``.
    let liveThresholds: LiveThresholds
    /// Delivers the outbox (when this daemon holds the mailer lock).
    package let mailer: Mailer
    /// Runs the reminder and escalation policies (when this daemon holds the schedule).
    package let scheduler: Scheduler
    private let digestFeedback: DigestFeedbackService
    /// Writes the councils' status pages (`pages.enabled`).
    private let statusPages: StatusPagesService?
    private let logger: Logger

    package init(
        configuration: DaemonConfiguration, loader: ConfigurationLoader, store: EventStore, runner: ProjectionRunner,
        clock: OrganisationClock, logger: Logger, logLevel: ReloadableLogLevel, notifier: SystemdNotifier,
        metrics: OperatorMetrics = OperatorMetrics(), startedAt: Date = Date(),
        startedInstant: ContinuousClock.Instant = .now
    ) {
        self.runner = runner
        self.logger = logger
        let socketPath = configuration.admin.socketPath
        // What counts as late in queries is what the policies call late (`policies.*`), on the
        // calendar in force (`calendar.closed`): a reload updates both, as it updates the scheduler's.
        let thresholds = LiveThresholds(configuration.policies.thresholds)
        self.liveThresholds = thresholds
        let readModel = ReadModel(
            pool: store.pool, schema: store.schema, clock: clock, liveThresholds: thresholds)
        let replyKeys = Self.replyKeys(configuration)
        let mailer = Mailer(
            store: store, readModel: readModel, clock: clock, configuration: configuration.mail, logger: logger,
            replyKeys: replyKeys)
        self.mailer = mailer
        let stateDirectory = URL(fileURLWithPath: configuration.stateDirectory, isDirectory: true)
        let pages = StatusPages(
            readModel: readModel, store: store, follower: runner, clock: clock, configuration: configuration.pages,
            stateDirectory: stateDirectory, logger: logger)
        statusPages =
            configuration.pages.enabled ? StatusPagesService(pages: pages, runner: runner, logger: logger) : nil
        let scheduler = Scheduler(
            policyRun: PolicyRun(
                store: store, readModel: readModel, follower: runner, clock: clock, logger: logger,
                answersByMail: replyKeys != nil),
            digestRun: DigestRun(
                store: store, readModel: readModel, follower: runner, clock: clock, stateDirectory: stateDirectory,
                logger: logger, pages: pages),
            clock: clock, configuration: configuration.policies, digests: configuration.digests, logger: logger)
        self.scheduler = scheduler
        digestFeedback = DigestFeedbackService(
            feedback: DigestFeedback(store: store, readModel: readModel, clock: clock, logger: logger), runner: runner,
            logger: logger)
        if let problem = mailer.status.problem { logger.error("mail cannot go out: \(problem)") }
        let health = DatabaseHealth(pool: store.pool, logger: logger) { state in
            let line: String =
                switch state {
                case .ok: "ready: admin socket \(socketPath); database ok"
                case .unreachable(let reason): "database unreachable, retrying: \(reason)"
                case .starting: "starting"
                }
            try? notifier.notify(.status(line + Self.stoppedProjections(runner) + Self.mailProblem(mailer)))
        }
        self.health = health
        let access = AdminAccess(mapping: configuration.roles)

        var context = AdminContext(
            access: access, store: store, runner: runner,
            handler: CommandHandler(
                store: store, runner: runner, clock: clock,
                consistencyTimeout: configuration.admin.consistencyTimeout, logger: logger),
            readModel: readModel, mailer: mailer, scheduler: scheduler, health: health,
            embedded: configuration.database.usesEmbedded, clock: clock,
            version: DaemonVersion.current, startedAt: startedAt, startedInstant: startedInstant, metrics: metrics,
            consistencyTimeout: configuration.admin.consistencyTimeout, logger: logger, replyKeys: replyKeys,
            replyTo: configuration.mail.replies?.address)
        context.inboundMail.maxPerSenderPerHour = configuration.inboundMaxPerSenderPerHour
        if let replyKeys {
            // Read per message: a rotated key is in use at once, without a restart.
            context.inboundMail.replyTo = configuration.mail.replies?.address
            context.inboundMail.keyring = { try replyKeys.keyring() }
        }
        let interface = AdminInterface.make(context: context)

        self.server = VarlinkServer(
            configuration: .init(
                socketPath: socketPath, socketMode: configuration.admin.socketMode,
                socketGroup: configuration.admin.socketGroup, maximumFrameSize: configuration.admin.maxFrameBytes,
                internalErrorName: AdminError.internalErrorName,
                info: .init(
                    vendor: "Tredje kraften", product: "tredjekraftd", version: DaemonVersion.current,
                    url: "https://github.com/tredjekraft/tredjekraft")),
            interfaces: [interface], logger: logger)
        self.lifecycle = SystemdLifecycleService(notifier: notifier, server: server, logger: logger) {
            "ready: admin socket \(socketPath); database \(health.snapshot.state.name)"
                + Self.stoppedProjections(runner) + Self.mailProblem(mailer)
        }
        self.reload = ConfigurationReloadService(loader: loader, initial: configuration, logger: logger) { new in
            logLevel.value = new.logLevel
            access.update(new.roles)
            mailer.update(new.mail)
            scheduler.update(new.policies, digests: new.digests)
            thresholds.update(new.policies.thresholds)
        }
    }

    /// The keys of replies by mail, when `mail.reply_to` is set: the systemd credential if the daemon has
    /// one, else the key file. One store, shared by the mailer (which signs) and the admin interface
    /// (which verifies and rotates).
    static func replyKeys(_ configuration: DaemonConfiguration) -> ReplyKeyStore? {
        configuration.mail.replies.map {
            ReplyKeyStore.configured(
                keyFile: $0.keyFile, stateDirectory: configuration.stateDirectory, validDays: $0.validDays)
        }
    }

    /// sd_notify's `STATUS=` for a projection stopped at an event: which, where, and why.
    package static func statusLine(_ stop: ProjectionStop) -> String {
        "projection \(stop.projection) stopped at event \(stop.position) (\(stop.eventType)): \(stop.error)"
    }

    /// `; projection … stopped at …` for each stopped projection, appended to the other status lines
    /// so a later line does not hide it.
    static func stoppedProjections(_ runner: ProjectionRunner) -> String {
        runner.stopped.values.sorted { $0.projection < $1.projection }.map { "; " + statusLine($0) }.joined()
    }

    /// `; mail cannot go out: …` when mail is on but cannot be sent, so `systemctl status` says why.
    static func mailProblem(_ mailer: Mailer) -> String {
        mailer.status.problem.map { "; mail cannot go out: \($0)" } ?? ""
    }

    /// The group to run: stops gracefully on SIGTERM and SIGINT. Order matters: services stop in
    /// reverse, so the lifecycle service says `STOPPING=1` first, the admin server then finishes the
    /// commands in flight while the projections still run (their replies wait for them), and the
    /// health loop stops last.
    package func serviceGroup() -> ServiceGroup {
        var services: [any Service] = [
            health, ProjectionService(runner: runner, logger: logger), mailer, digestFeedback, scheduler, reload,
            server,
            lifecycle,
        ]
        // Last, so it stops first: it reads what the projections and the database give.
        if let statusPages { services.append(statusPages) }
        return ServiceGroup(
            services: services,
            gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
    }
}
