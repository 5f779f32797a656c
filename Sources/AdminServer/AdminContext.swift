import AdminProtocol
import CommandHandling
import Domain
import EventStore
import Foundation
import Logging
import Mailer
import OperatorMetrics
import Projections
import Scheduler
import Wording

/// Everything the admin interface's methods use, built once by the daemon.
///
/// Handlers are plain functions of this context and the call, so tests can serve the interface on a
/// temporary socket over a test database without the rest of the daemon.
package struct AdminContext: Sendable {
    package var access: AdminAccess
    package var store: EventStore
    package var runner: ProjectionRunner
    package var handler: CommandHandler
    package var readModel: ReadModel
    /// The outbox's deliverer and the contact directory.
    package var mailer: Mailer
    /// Runs the reminder and escalation policies, daily and on demand, with `policies.*` as reloaded.
    package var scheduler: Scheduler
    package var health: DatabaseHealth
    /// Whether the daemon runs its own embedded cluster (for `Status`).
    package var embedded: Bool
    /// The daemon's one clock: "today" for commands and queries, the organisation's time zone.
    package var clock: OrganisationClock
    package var startedAt: Date
    package var startedInstant: ContinuousClock.Instant
    /// The daemon's version, as `Status` reports it.
    package var version: String
    /// This daemon's figures for `Metrics`: the calls counted here, the rest read when scraped.
    package var metrics: OperatorMetrics
    /// How long a reply waits for the read models to show what the call changed (read-your-writes)
    /// before it answers with `lag` (`admin.consistency_timeout`). The command handler is built with
    /// the same value.
    package var consistencyTimeout: Duration
    package var logger: Logger
    /// The keys of replies by mail (`RotateReplyTokenKey`, and verifying a reply's token); `nil` when
    /// `mail.reply_to` is not set.
    package var replyKeys: ReplyKeyStore?
    /// `mail.reply_to` as configured at start (the address template with `{token}`), or `nil`.
    package var replyTo: String?
    /// Mail that comes in (`ReceiveMail`): its rate limit, and how replies' tokens are read.
    package var inboundMail = InboundMailSettings()

    package init(
        access: AdminAccess, store: EventStore, runner: ProjectionRunner, handler: CommandHandler,
        readModel: ReadModel, mailer: Mailer, scheduler: Scheduler, health: DatabaseHealth, embedded: Bool,
        clock: OrganisationClock, version: String,
        startedAt: Date = Date(), startedInstant: ContinuousClock.Instant = .now, metrics: OperatorMetrics = .init(),
        consistencyTimeout: Duration = .seconds(5), logger: Logger, replyKeys: ReplyKeyStore? = nil,
        replyTo: String? = nil
    ) {
        self.replyKeys = replyKeys
        self.replyTo = replyTo
        self.consistencyTimeout = consistencyTimeout
        self.scheduler = scheduler
        self.access = access
        self.store = store
        self.runner = runner
        self.handler = handler
        self.readModel = readModel
        self.mailer = mailer
        self.health = health
        self.embedded = embedded
        self.clock = clock
        self.startedAt = startedAt
        self.startedInstant = startedInstant
        self.version = version
        self.metrics = metrics
        self.logger = logger
    }

    /// Resolves the ids people type (whole or a unique prefix) against the read models.
    var identifiers: IdentifierResolver { IdentifierResolver(readModel: readModel) }

    var today: CalendarDate { clock.today }

    /// An instant as replies carry it: ISO 8601 with the organisation's offset ("2026-12-07T07:00:00+01:00"),
    /// so the CLI shows people the organisation's clock and `--json` keeps the zone.
    func instant(_ date: Date) -> String { LocalTime.iso(date, in: clock.timeZone) }

    /// Waits until the read models show the log up to `position` (default: everything committed now),
    /// so the reply reads the call's own writes; `nil` when they do, else how far they had come — the
    /// reply says so as a command's does, never answers stale in silence.
    func readModelLag(upTo position: LogPosition? = nil) async -> ReadModelLag? {
        let target: LogPosition
        if let position {
            target = position
        } else {
            do {
                target = try await store.headPosition()
            } catch {
                logger.warning("reading the log's head for read-your-writes failed: \(error)")
                return ReadModelLag(reached: runner.processedPosition.description, waitedSeconds: 0)
            }
        }
        do {
            try await runner.waitUntilProcessed(target, timeout: consistencyTimeout)
            return nil
        } catch let lag as ProjectionLag {
            logger.warning("\(lag)")
            return ReadModelLag(reached: lag.reached.description, waitedSeconds: CommandMethods.seconds(lag.timeout))
        } catch {
            logger.warning("waiting for the read models failed: \(error)")
            return ReadModelLag(reached: runner.processedPosition.description, waitedSeconds: 0)
        }
    }
}
