import AdminServer
import Digests
import Foundation
import Logging
import Mailer
import Policies
import Scheduler

/// Everything `tredjekraftd` reads from its configuration, validated.
///
/// One value type, built by ``ConfigurationLoader`` from defaults < YAML file < environment, so the
/// rest of the daemon never sees a raw key or an unchecked value.
package struct DaemonConfiguration: Sendable, Equatable {
    /// Where the events live.
    package struct Database: Sendable, Equatable {
        /// A libpq conninfo or URI; `nil` means the embedded cluster provides one.
        package var url: String?
        /// The schema owner's connection, for migrations only; `nil`: `url`'s role migrates too. With
        /// `ops/db-bootstrap`'s two roles the daemon serves as a role that cannot change the schema or
        /// the log.
        package var migrationURL: String? = nil
        /// Run a private PostgreSQL cluster under the state directory (also when `url` is absent).
        package var embedded: Bool
        /// The PostgreSQL schema for the daemon's tables.
        package var schema: String
        /// At most this many sessions to PostgreSQL.
        package var poolSize: Int

        /// Whether the daemon runs its own cluster.
        package var usesEmbedded: Bool { embedded || url == nil }
    }

    /// The Varlink admin socket.
    package struct Admin: Sendable, Equatable {
        package var socketPath: String
        /// File mode of the socket: who may connect.
        package var socketMode: mode_t
        /// Group of the socket file; `nil` keeps the daemon's group.
        package var socketGroup: String?
        /// The largest accepted message in bytes.
        package var maxFrameBytes: Int
        /// How long a reply waits for the read models to show the change it made (read-your-writes)
        /// before it answers with `lag`.
        package var consistencyTimeout: Duration = .seconds(Defaults.consistencyTimeoutSeconds)
    }

    package var database: Database
    package var stateDirectory: String
    package var admin: Admin
    /// Who gets which role; reloaded on SIGHUP.
    package var roles: RoleMapping
    /// The organisation's time zone, for dates and deadlines.
    package var timeZone: TimeZone
    /// Reloaded on SIGHUP.
    package var logLevel: Logger.Level
    /// Sending e-mail: reloaded on SIGHUP.
    package var mail: MailerConfiguration
    /// The reminder and escalation policies; their thresholds are also what the read models call late.
    package var policies: PoliciesConfiguration
    /// When the monthly digests go out; reloaded on SIGHUP.
    package var digests: DigestsConfiguration
    /// The councils' static status pages; read at start.
    package var pages: PagesConfiguration
    /// `mail.inbound.max_per_sender_per_hour`: received messages from one address within an hour
    /// beyond which they are recorded and not answered.
    package var inboundMaxPerSenderPerHour: Int = InboundMailSettings.defaultMaxPerSenderPerHour
    /// Where the values came from (the file path, if one was read), for the start-up log line.
    package var sourceFile: String?

    /// Values used when neither the file nor the environment says otherwise.
    package enum Defaults {
        package static let configPath = "/etc/tredjekraft/tredjekraft.yaml"
        package static let schema = "tredjekraft"
        package static let poolSize = 8
        package static let stateDirectory = "/var/lib/tredjekraft"
        package static let socketPath = "/run/tredjekraft/admin.sock"
        package static let socketMode: mode_t = 0o660
        package static let maxFrameBytes = 1 << 20
        package static let consistencyTimeoutSeconds = 5
        package static let timeZone = "Europe/Stockholm"
        package static let logLevel = Logger.Level.info
    }
}
