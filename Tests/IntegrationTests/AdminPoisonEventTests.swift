import EventStore
import Foundation
import Postgres
import TestSupport
import Testing
import Varlink

extension AdminDaemonTests {
    /// A poison event cannot wedge the service (issue 11): with an event in the log that the catalog
    /// cannot store, the daemon used to exit and every later start failed with ERROR 22003. Now it
    /// starts and serves, with that one projection stopped and named.
    @Suite struct PoisonEvent {
        static let admin = "io.tredjekraft.admin."

        @Test(.timeLimit(.minutes(8))) func theDaemonStartsAndServesWithOneProjectionStopped() async throws {
            try await withDaemonSetup { setup in
                let first = try await setup.start(run: 1)
                let seeded = try await first.seedIssue()
                #expect(await first.stop() == 0)

                // What an older release, without today's limits, could have stored.
                let data = """
                    {"councilId":"\(seeded.councilId)","heldOn":"2026-01-05","meetingId":"\(newCommandID())","participantCount":2147483648}
                    """
                let poison = try await withTestPool { pool in
                    try await EventStore(pool: pool, schema: setup.schema).append(
                        to: StreamID("council-\(seeded.councilId)"), expectedVersion: .any,
                        events: [NewEvent(eventType: "CouncilMeetingHeld", schemaVersion: 1, data: Data(data.utf8))],
                        metadata: EventMetadata(actor: "older-release")
                    ).position.description
                }

                let daemon = try await setup.start(run: 2)
                let said = daemon.startup.joined(separator: "\n")
                #expect(
                    said.contains("STATUS=projection catalog stopped at event \(poison) (CouncilMeetingHeld)"),
                    "\(said)")
                #expect(said.contains("22003"), "\(said)")

                let status = try await daemon.call(Self.admin + "Status")
                let projections = status["projections"]?.arrayValue?.compactMap(\.objectValue) ?? []
                let catalog = try #require(projections.first { $0["name"] == "catalog" }, "\(status)")
                let stopped = try #require(catalog["stopped"]?.objectValue, "\(catalog)")
                #expect(stopped["position"] == .string(poison))
                #expect(stopped["stream"] == .string("council-\(seeded.councilId)"))
                #expect(
                    projections.filter { $0["stopped"] != nil && $0["stopped"] != .null }.count == 1, "\(projections)")

                // Queries answer; those that read the catalog say they are stale, the others do not.
                let issue = try await daemon.call(Self.admin + "GetIssue", ["issueId": .string(seeded.issueId)])
                #expect(issue["stale"]?.arrayValue?.first?.objectValue?["projection"] == "catalog", "\(issue)")
                let statistics = try await daemon.call(Self.admin + "Statistics")
                #expect(statistics["stale"] == nil, "\(statistics)")
                // Commands are carried out; the issues read model shows them, the reply says the
                // catalog does not.
                let assigned = try await daemon.call(
                    Self.admin + "AssignOwner", ["issueId": .string(seeded.issueId), "owner": "Enhetschef"])
                #expect(assigned["lag"]?.objectValue != nil, "\(assigned)")
                let after = try await daemon.call(Self.admin + "GetIssue", ["issueId": .string(seeded.issueId)])
                #expect(after["issue"]?.objectValue?["summary"]?.objectValue?["owner"] == "Enhetschef", "\(after)")

                // A rebuild (admin) tries again; the event still cannot be stored, so it stops there again.
                let rebuilt = try await daemon.call(Self.admin + "RebuildProjection", ["name": "catalog"])
                #expect(
                    rebuilt["projection"]?.objectValue?["stopped"]?.objectValue?["position"] == .string(poison),
                    "\(rebuilt)")
                let unknown = try await daemon.error(of: Self.admin + "RebuildProjection", ["name": "nonsense"])
                #expect(unknown?.name == Self.admin + "NotFound", "\(String(describing: unknown))")

                #expect(await daemon.stop() == 0, "log:\n\(daemon.log)")
            }
        }
    }
}
