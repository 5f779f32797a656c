/// What a scrape reads from the same sources as `Status`, for ``OperatorMetrics/refresh(with:)``.
///
/// Plain values, so this module needs neither the store nor the read models.
package struct ScrapeFigures: Sendable, Equatable {
    package var databaseReachable: Bool
    /// `nil` when the database did not answer.
    package var log: Log?
    package var projections: [Projection]?
    package var outbox: Outbox?
    package var schedule: Schedule?

    package init(
        databaseReachable: Bool, log: Log? = nil, projections: [Projection]? = nil, outbox: Outbox? = nil,
        schedule: Schedule? = nil
    ) {
        self.databaseReachable = databaseReachable
        self.log = log
        self.projections = projections
        self.outbox = outbox
        self.schedule = schedule
    }

    /// The log's head and what holds its readers back (`LogHorizon`).
    package struct Log: Sendable, Equatable {
        package var lastSequence: Int64
        package var heldBackEvents: Int
        package var oldestAppendAgeSeconds: Double?

        package init(lastSequence: Int64, heldBackEvents: Int, oldestAppendAgeSeconds: Double?) {
            self.lastSequence = lastSequence
            self.heldBackEvents = heldBackEvents
            self.oldestAppendAgeSeconds = oldestAppendAgeSeconds
        }
    }

    /// One read model: how far behind the log it is, and whether it stopped at an event.
    package struct Projection: Sendable, Equatable {
        package var name: String
        package var eventsBehind: Int
        package var stopped: Bool

        package init(name: String, eventsBehind: Int, stopped: Bool) {
            self.name = name
            self.eventsBehind = eventsBehind
            self.stopped = stopped
        }
    }

    /// The outbox's counts, as `Status` shows them under mail.
    package struct Outbox: Sendable, Equatable {
        package var queued: Int
        package var failing: Int
        package var held: Int
        package var failed: Int
        package var oldestUndeliveredSeconds: Double?

        package init(queued: Int, failing: Int, held: Int, failed: Int, oldestUndeliveredSeconds: Double?) {
            self.queued = queued
            self.failing = failing
            self.held = held
            self.failed = failed
            self.oldestUndeliveredSeconds = oldestUndeliveredSeconds
        }
    }

    /// When the scheduled runs last happened, as Unix time in seconds.
    package struct Schedule: Sendable, Equatable {
        package var lastPoliciesRun: Double?
        package var lastDigestsRun: Double?

        package init(lastPoliciesRun: Double?, lastDigestsRun: Double?) {
            self.lastPoliciesRun = lastPoliciesRun
            self.lastDigestsRun = lastDigestsRun
        }
    }
}
