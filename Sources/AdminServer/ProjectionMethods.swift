import AdminProtocol
import Domain
import EventStore
import Foundation
import Postgres
import Projections
import Varlink
import Wording

/// `RebuildProjection` (admin): builds one read model again from the start of the log — after an
/// upgrade that fixes what stopped it at an event, or to make sure it matches the log — and the
/// read models' status, shared with `Status`.
struct ProjectionMethods: Sendable {
    let context: AdminContext

    func register(on interface: inout VarlinkInterface) {
        interface.add(.rebuildProjection, RebuildProjectionParameters.self, requiring: .admin, context: context) {
            p, _ in
            let names = context.runner.projections.map(\.name)
            guard try await context.runner.rebuild(named: p.name) else {
                throw NotFound(
                    .projection, p.name,
                    message:
                        "Det finns ingen läsmodell som heter \(p.name). De som finns: \(names.joined(separator: ", "))."
                )
            }
            guard let status = try await Self.status(of: context).first(where: { $0.name == p.name }) else {
                throw AdminError.internalError(reason: "projection \(p.name) has no checkpoint after its rebuild")
            }
            return RebuildProjectionReply(projection: status)
        }
    }

    /// Each projection's checkpoint, how many events it has still to apply, and where it stopped.
    static func status(of context: AdminContext) async throws -> [StatusReply.Projection] {
        var result: [StatusReply.Projection] = []
        let stopped = context.runner.stopped
        for (name, position) in context.runner.checkpoints.sorted(by: { $0.key < $1.key }) {
            result.append(
                .init(
                    name: name, position: position.description,
                    eventsBehind: try await context.store.eventCount(after: position),
                    stopped: stopped[name].map { Self.failure($0, timeZone: context.clock.timeZone) }))
        }
        return result
    }

    static func failure(_ stop: ProjectionStop, timeZone: TimeZone) -> ProjectionFailure {
        ProjectionFailure(
            projection: stop.projection, position: stop.position.description, eventType: stop.eventType,
            stream: stop.stream, error: stop.error, since: LocalTime.iso(stop.since, in: timeZone))
    }
}
