import AdminServer
import Foundation
import Logging

/// Everything `tredjekraftd` reads from its configuration, validated.
///
/// One value type, built by ``ConfigurationLoader`` from defaults < YAML file < environment, so the
/// rest of the daemon never sees a raw key or an unchecked value.
public struct DaemonConfiguration: Sendable, Equatable {
    /// Where the events live.
    public struct Database: Sendable, Equatable {
        /// A libpq conninfo or URI; `nil` means the embedded cluster provides one.
        public var url: String?
        /// Run a private PostgreSQL cluster under the state directory (also when `url` is absent).
        public var embedded: Bool
        /// The PostgreSQL schema for the daemon's tables.
        public var schema: String
        /// At most this many sessions to PostgreSQL.
        public var poolSize: Int

        /// Whether the daemon runs its own cluster.
        public var usesEmbedded: Bool { embedded || url == nil }
    }

    /// The Varlink admin socket.
    public struct Admin: Sendable, Equatable {
        public var socketPath: String
        /// File mode of the socket: who may connect.
        public var socketMode: mode_t
        /// Group of the socket file; `nil` keeps the daemon's group.
        public var socketGroup: String?
        /// The largest accepted message in bytes.
        public var maxFrameBytes: Int
    }

    public var database: Database
    public var stateDirectory: String
    public var admin: Admin
    /// Who gets which role; reloaded on SIGHUP.
    public var roles: RoleMapping
    /// The organisation's time zone, for dates and deadlines.
    public var timeZone: TimeZone
    /// Reloaded on SIGHUP.
    public var logLevel: Logger.Level
    /// Where the values came from (the file path, if one was read), for the start-up log line.
    public var sourceFile: String?

    /// Values used when neither the file nor the environment says otherwise.
    public enum Defaults {
        public static let configPath = "/etc/tredjekraft/tredjekraft.yaml"
        public static let schema = "tredjekraft"
        public static let poolSize = 8
        public static let stateDirectory = "/var/lib/tredjekraft"
        public static let socketPath = "/run/tredjekraft/admin.sock"
        public static let socketMode: mode_t = 0o660
        public static let maxFrameBytes = 1 << 20
        public static let timeZone = "Europe/Stockholm"
        public static let logLevel = Logger.Level.info
    }
}
