import EventStore
import Foundation
import Varlink

/// Builds `io.tredjekraft.admin`: the interface definition with the daemon's own methods
/// (`Status`, `WhoAmI`). Domain methods are added to the returned value before the server starts
/// (see ``DaemonServices/init(configuration:logger:logLevel:notifier:store:health:)``'s `methods`).
public struct AdminInterface: Sendable {
    /// What `Status` reports about.
    public struct Context: Sendable {
        public var access: AdminAccess
        public var store: EventStore
        public var health: DatabaseHealth
        public var embedded: Bool
        public var timeZone: TimeZone
        public var startedAt: Date
        public var startedInstant: ContinuousClock.Instant
    }

    /// The interface with `Status` and `WhoAmI` registered.
    public static func make(context: Context) -> VarlinkInterface {
        // The embedded definition is checked by a test; it cannot fail to parse.
        var interface = try! VarlinkInterface(definition: AdminInterfaceDefinition.text)
        interface.addMethod("Status", parameters: VarlinkEmpty.self) { _, call in
            try await status(call: call, context: context)
        }
        interface.addMethod("WhoAmI", parameters: VarlinkEmpty.self) { _, call in
            let peer = call.peer
            let role = context.access.role(for: peer)
            return WhoAmIReply(
                user: peer.userName ?? "uid \(peer.uid)", uid: Int(peer.uid), groups: peer.groupNames,
                role: role?.rawValue, can_write: role?.canWrite ?? false)
        }
        return interface
    }

    static func status(call: VarlinkCall, context: Context) async throws -> StatusReply {
        let caller = try context.access.caller(of: call)
        var migrationVersion: Int?
        var eventLog: StatusReply.EventLog?
        do {
            migrationVersion = try await context.store.migrator.databaseVersion()
            let horizon = try await context.store.horizon()
            eventLog = StatusReply.EventLog(
                last_sequence: horizon.lastSequence, held_back_events: horizon.heldBackEvents,
                oldest_transaction_seconds: horizon.oldestTransaction.map { Self.seconds($0.age) },
                oldest_transaction_application: horizon.oldestTransaction?.applicationName)
            context.health.record(.ok)
        } catch {
            // Asked now, so report now; the health loop keeps retrying with back-off.
            context.health.record(.unreachable(reason: DatabaseHealth.reason(error)))
        }
        let health = context.health.snapshot
        let reason: String? = if case .unreachable(let reason) = health.state { reason } else { nil }
        return StatusReply(
            version: DaemonVersion.current,
            uptime_seconds: seconds(ContinuousClock.now - context.startedInstant),
            started_at: ISO8601DateFormatter().string(from: context.startedAt),
            database: .init(
                state: health.state.name, reason: reason, embedded: context.embedded,
                schema: context.store.schema, since: ISO8601DateFormatter().string(from: health.since)),
            migration_version: migrationVersion,
            latest_migration_version: context.store.migrator.latestVersion,
            event_log: eventLog, time_zone: context.timeZone.identifier,
            user: caller.userName, role: caller.role.rawValue)
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

/// The reply of `Status`; field names as in the interface definition.
struct StatusReply: Codable, Sendable {
    struct Database: Codable, Sendable {
        var state: String
        var reason: String?
        var embedded: Bool
        var schema: String
        var since: String
    }

    struct EventLog: Codable, Sendable {
        var last_sequence: Int64
        var held_back_events: Int
        var oldest_transaction_seconds: Double?
        var oldest_transaction_application: String?
    }

    var version: String
    var uptime_seconds: Double
    var started_at: String
    var database: Database
    var migration_version: Int?
    var latest_migration_version: Int
    var event_log: EventLog?
    var time_zone: String
    var user: String
    var role: String
}

/// The reply of `WhoAmI`.
struct WhoAmIReply: Codable, Sendable {
    var user: String
    var uid: Int
    var groups: [String]
    var role: String?
    var can_write: Bool
}
