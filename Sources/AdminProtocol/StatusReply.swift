/// The reply of `Status`: the daemon's health, as `tredjekraft status` and monitoring read it.
public struct StatusReply: Codable, Sendable, Equatable {
    public struct Database: Codable, Sendable, Equatable {
        /// `ok`, `unreachable` or `starting`.
        public var state: String
        public var reason: String?
        public var embedded: Bool
        public var schema: String
        public var since: String

        public init(state: String, reason: String?, embedded: Bool, schema: String, since: String) {
            self.state = state
            self.reason = reason
            self.embedded = embedded
            self.schema = schema
            self.since = since
        }
    }

    public struct EventLog: Codable, Sendable, Equatable {
        public var lastSequence: Int64
        public var heldBackEvents: Int
        public var oldestTransactionSeconds: Double?
        public var oldestTransactionApplication: String?
        public var oldestTransactionPid: Int32?
        public var oldestTransactionDatabase: String?

        public init(
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

    public struct Projection: Codable, Sendable, Equatable {
        public var name: String
        public var position: String
        public var eventsBehind: Int
        /// Set when it stopped at an event it could not apply.
        public var stopped: ProjectionFailure?

        public init(name: String, position: String, eventsBehind: Int, stopped: ProjectionFailure? = nil) {
            self.name = name
            self.position = position
            self.eventsBehind = eventsBehind
            self.stopped = stopped
        }
    }

    public var version: String
    public var uptimeSeconds: Double
    public var startedAt: String
    public var database: Database
    public var migrationVersion: Int?
    public var latestMigrationVersion: Int
    public var eventLog: EventLog?
    public var projections: [Projection]?
    public var timeZone: String
    public var user: String
    public var role: String

    public init(
        version: String, uptimeSeconds: Double, startedAt: String, database: Database, migrationVersion: Int?,
        latestMigrationVersion: Int, eventLog: EventLog?, projections: [Projection]?, timeZone: String,
        user: String, role: String
    ) {
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

/// The reply of `WhoAmI`.
public struct WhoAmIReply: Codable, Sendable, Equatable {
    public var user: String
    public var uid: Int
    public var groups: [String]
    /// `admin`, `coordinator` or `reader`; `nil` when the configuration gives the caller no role.
    public var role: String?
    public var canWrite: Bool

    public init(user: String, uid: Int, groups: [String], role: String?, canWrite: Bool) {
        self.user = user
        self.uid = uid
        self.groups = groups
        self.role = role
        self.canWrite = canWrite
    }
}
