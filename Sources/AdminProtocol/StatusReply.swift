/// The reply of `Status`: the daemon's health, as `tredjekraft status` and monitoring read it.
package struct StatusReply: Codable, Sendable, Equatable {
    package struct Database: Codable, Sendable, Equatable {
        /// `ok`, `unreachable` or `starting`.
        package var state: String
        package var reason: String?
        package var embedded: Bool
        package var schema: String
        package var since: String

        package init(state: String, reason: String?, embedded: Bool, schema: String, since: String) {
            self.state = state
            self.reason = reason
            self.embedded = embedded
            self.schema = schema
            self.since = since
        }
    }

    package struct EventLog: Codable, Sendable, Equatable {
        package var lastSequence: Int64
        package var heldBackEvents: Int
        package var oldestTransactionSeconds: Double?
        package var oldestTransactionApplication: String?
        package var oldestTransactionPid: Int32?
        package var oldestTransactionDatabase: String?

        package init(
            lastSequence: Int64, heldBackEvents: Int, oldestTransactionSeconds: Double?,
            oldestTransactionApplication: String?, oldestTransactionPid: Int32? = nil,
            oldestTransactionDatabase: String? = nil
        ) {
            self.lastSequence = lastSequence
            self.heldBackEvents = heldBackEvents
            self.oldestTransactionSeconds = oldestTransactionSeconds
            self.oldestTransactionApplication = oldestTransactionApplication
            self.oldestTransactionPid = oldestTransactionPid
            self.oldestTransactionDatabase = oldestTransactionDatabase
        }
    }

    package struct Projection: Codable, Sendable, Equatable {
        package var name: String
        package var position: String
        package var eventsBehind: Int
        /// Set when it stopped at an event it could not apply.
        package var stopped: ProjectionFailure?

        package init(name: String, position: String, eventsBehind: Int, stopped: ProjectionFailure? = nil) {
            self.name = name
            self.position = position
            self.eventsBehind = eventsBehind
            self.stopped = stopped
        }
    }

    package var version: String
    package var uptimeSeconds: Double
    package var startedAt: String
    package var database: Database
    package var migrationVersion: Int?
    package var latestMigrationVersion: Int
    package var eventLog: EventLog?
    package var projections: [Projection]?
    package var timeZone: String
    package var user: String
    package var role: String
    /// The caller's roles for single units, when it has any (`roles.units`).
    package var units: [UnitRoleEntry]?
    /// The outbox and the mailer; absent from daemons before mail.
    package var mail: MailStatus?
    /// The daily reminders and the monthly digests; absent from daemons before digests.
    package var schedule: ScheduleStatus?

    package init(
        version: String, uptimeSeconds: Double, startedAt: String, database: Database, migrationVersion: Int?,
        latestMigrationVersion: Int, eventLog: EventLog?, projections: [Projection]?, timeZone: String,
        user: String, role: String, units: [UnitRoleEntry]? = nil, mail: MailStatus? = nil,
        schedule: ScheduleStatus? = nil
    ) {
        self.units = units
        self.mail = mail
        self.schedule = schedule
        self.version = version
        self.uptimeSeconds = uptimeSeconds
        self.startedAt = startedAt
        self.database = database
        self.migrationVersion = migrationVersion
        self.latestMigrationVersion = latestMigrationVersion
        self.eventLog = eventLog
        self.projections = projections
        self.timeZone = timeZone
        self.user = user
        self.role = role
    }
}
