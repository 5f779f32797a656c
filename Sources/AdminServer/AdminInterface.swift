import AdminProtocol
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
        /// The daemon's version, as `Status` reports it.
        public var version: String

        public init(
            access: AdminAccess, store: EventStore, health: DatabaseHealth, embedded: Bool, timeZone: TimeZone,
            startedAt: Date, startedInstant: ContinuousClock.Instant, version: String
        ) {
            self.access = access
            self.store = store
            self.health = health
            self.embedded = embedded
            self.timeZone = timeZone
            self.startedAt = startedAt
            self.startedInstant = startedInstant
            self.version = version
        }
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
                role: role?.rawValue, canWrite: role?.canWrite ?? false)
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
                lastSequence: horizon.lastSequence, heldBackEvents: horizon.heldBackEvents,
                oldestTransactionSeconds: horizon.oldestTransaction.map { Self.seconds($0.age) },
                oldestTransactionApplication: horizon.oldestTransaction?.applicationName)
            context.health.record(.ok)
        } catch {
            // Asked now, so report now; the health loop keeps retrying with back-off.
            context.health.record(.unreachable(reason: DatabaseHealth.reason(error)))
        }
        let health = context.health.snapshot
        let reason: String? = if case .unreachable(let reason) = health.state { reason } else { nil }
        return StatusReply(
            version: context.version,
            uptimeSeconds: seconds(ContinuousClock.now - context.startedInstant),
            startedAt: ISO8601DateFormatter().string(from: context.startedAt),
            database: .init(
                state: health.state.name, reason: reason, embedded: context.embedded,
                schema: context.store.schema, since: ISO8601DateFormatter().string(from: health.since)),
            migrationVersion: migrationVersion,
            latestMigrationVersion: context.store.migrator.latestVersion,
            eventLog: eventLog, projections: nil, timeZone: context.timeZone.identifier,
            user: caller.userName, role: caller.role.rawValue)
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

