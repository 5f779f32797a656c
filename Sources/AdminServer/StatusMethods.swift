import AdminProtocol
import Domain
import EventStore
import Foundation
import Postgres
import Varlink

/// `Status` and `WhoAmI`: what an operator asks first when something seems wrong.
struct StatusMethods: Sendable {
    let context: AdminContext

    func register(on interface: inout VarlinkInterface) {
        interface.addMethod(AdminMethod.status.rawValue, parameters: VarlinkEmpty.self) { _, call in
            try await context.counted(.status) { try await status(call: call) }
        }
        interface.addMethod(AdminMethod.whoAmI.rawValue, parameters: VarlinkEmpty.self) { _, call in
            let peer = call.peer
            let grant = context.access.currentMapping.grant(for: peer)
            return try await context.counted(.whoAmI) {
                WhoAmIReply(
                    user: peer.userName ?? "uid \(peer.uid)", uid: Int(peer.uid), groups: peer.groupNames,
                    role: grant?.role?.rawValue, canWrite: grant?.role?.canWrite ?? false,
                    units: Self.units(grant?.units ?? [:]))
            }
        }
    }

    func status(call: VarlinkCall) async throws -> StatusReply {
        let caller = try context.access.caller(of: call)
        let store = context.store
        var migrationVersion: Int?
        var eventLog: StatusReply.EventLog?
        var projections: [StatusReply.Projection]?
        var mail: MailStatus?
        var schedule: ScheduleStatus?
        do {
            migrationVersion = try await store.migrator.databaseVersion()
            let horizon = try await store.horizon()
            eventLog = StatusReply.EventLog(
                lastSequence: horizon.lastSequence, heldBackEvents: horizon.heldBackEvents,
                oldestTransactionSeconds: horizon.oldestAppender.map { Self.seconds($0.age) },
                oldestTransactionApplication: horizon.oldestAppender?.applicationName,
                oldestTransactionPid: horizon.oldestAppender?.pid,
                oldestTransactionDatabase: horizon.oldestAppender?.database)
            projections = try await ProjectionMethods.status(of: context)
            mail = try await MailMethods.status(of: context)
            schedule = try await DigestMethods.scheduleStatus(of: context)
            context.health.record(.ok)
        } catch {
            // Asked now, so report now; the health loop keeps retrying with back-off.
            context.health.record(.unreachable(reason: DatabaseHealth.reason(error)))
        }
        let health = context.health.snapshot
        let reason: String? = if case .unreachable(let reason) = health.state { reason } else { nil }
        return StatusReply(
            version: context.version,
            uptimeSeconds: Self.seconds(ContinuousClock.now - context.startedInstant),
            startedAt: context.instant(context.startedAt),
            database: .init(
                state: health.state.name, reason: reason, embedded: context.embedded, schema: store.schema,
                since: context.instant(health.since)),
            migrationVersion: migrationVersion, latestMigrationVersion: store.migrator.latestVersion,
            eventLog: eventLog, projections: projections, timeZone: context.clock.timeZone.identifier,
            user: caller.userName, role: caller.role.rawValue, units: Self.units(caller.unitRoles), mail: mail,
            schedule: schedule)
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// Unit roles for a reply, sorted by unit; `nil` when there are none.
    static func units(_ roles: [String: Role]) -> [UnitRoleEntry]? {
        roles.isEmpty
            ? nil : roles.sorted { $0.key < $1.key }.map { UnitRoleEntry(unit: $0.key, role: $0.value.rawValue) }
    }
}
