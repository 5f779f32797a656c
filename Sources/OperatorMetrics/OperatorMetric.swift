/// Every figure `tredjekraft metrics` shows, named once with its HELP text.
///
/// The names follow Prometheus's conventions: a `tredjekraft_` prefix, the unit in the name
/// (`_seconds`, `_events`, `_messages`), `_total` on counters. A name given to the factory that is not
/// listed here is shown without HELP; the daemon records only these.
package enum OperatorMetric: String, CaseIterable, Sendable {
    /// Counter, labels `method` (the Varlink method) and `result` (see ``CallResult``).
    case adminCalls = "tredjekraft_admin_calls_total"
    /// Histogram of the event store's appends; recorded by `EventStore`, which spells the same name.
    case appendDuration = "tredjekraft_event_append_duration_seconds"
    /// Gauge, label `projection`.
    case projectionLag = "tredjekraft_projection_lag_events"
    /// Gauge 0/1, label `projection`.
    case projectionStopped = "tredjekraft_projection_stopped"
    /// Gauge.
    case lastSequence = "tredjekraft_event_log_last_sequence"
    /// Gauge.
    case heldBackEvents = "tredjekraft_event_log_held_back_events"
    /// Gauge.
    case oldestAppendAge = "tredjekraft_event_log_oldest_append_age_seconds"
    /// Gauge, label `state` (`queued`, `failing`, `held`, `failed`).
    case outboxMessages = "tredjekraft_mail_outbox_messages"
    /// Gauge.
    case oldestUndeliveredAge = "tredjekraft_mail_oldest_undelivered_age_seconds"
    /// Gauge, label `job` (`policies`, `digests`).
    case schedulerLastRun = "tredjekraft_scheduler_last_run_timestamp_seconds"
    /// Gauge 0/1.
    case databaseReachable = "tredjekraft_database_reachable"

    /// The metric's name, as the factory is given it and Prometheus shows it.
    package var name: String { rawValue }

    /// The `# HELP` line: what the figure is and when to worry, for whoever reads a dashboard.
    package var help: String {
        switch self {
        case .adminCalls:
            "Calls on the admin socket by Varlink method and result: ok, refused (no role, a rule, "
                + "something not found), error (database away, internal fault)."
        case .appendDuration:
            "Time PostgreSQL took to append one batch of events to a stream, for every writer (commands, "
                + "reminders, digests, mail)."
        case .projectionLag:
            "Events in the log that a read model has still to apply."
        case .projectionStopped:
            "1 when a read model stopped at an event it could not apply (see tredjekraft status), else 0."
        case .lastSequence:
            "The highest sequence number written to the event log."
        case .heldBackEvents:
            "Committed events that readers cannot see yet because an older append of the store is still open."
        case .oldestAppendAge:
            "Age of the oldest open append transaction holding the log's readers back; 0 when none is open."
        case .outboxMessages:
            "Messages in the mail outbox by state: queued (waiting), failing (retrying), held (no address), "
                + "failed (given up, waits for tredjekraft mail retry)."
        case .oldestUndeliveredAge:
            "Age of the oldest message not delivered yet; 0 when the outbox is empty."
        case .schedulerLastRun:
            "Unix time of the last scheduled run by job (policies daily, digests monthly); 0 before the first."
        case .databaseReachable:
            "1 when the daemon reaches PostgreSQL, 0 when it does not (or has not yet)."
        }
    }

    /// The histogram buckets of a timer: appends usually take milliseconds; seconds mean a lock wait or a
    /// starved pool.
    package var buckets: [Duration]? {
        switch self {
        case .appendDuration:
            [
                .microseconds(500), .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10),
                .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250),
                .milliseconds(500), .seconds(1), .milliseconds(2500), .seconds(5), .seconds(10),
            ]
        default: nil
        }
    }

    /// The result label of ``adminCalls``.
    package enum CallResult: String, CaseIterable, Sendable {
        /// The method answered.
        case ok
        /// The caller was told no: no role, a domain rule, something not found, bad parameters.
        case refused
        /// The daemon could not answer: the database is away, mail cannot go out, an internal fault.
        case error
    }
}
