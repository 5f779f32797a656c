import AppTestSupport
import CommandHandling
import Domain
import EventCodec
import EventStore
import Foundation
import Postgres
import Projections
import ReadModelTypes
import Synchronization
import Testing

/// A poison event — one a projection cannot store — must not wedge the service (issue 11: a
/// participant count of 2^31, once in the log, stopped the daemon and every later start).
@Suite struct PoisonEventTests {
    let unit: UnitID = id(1)
    let council: CouncilID = id(2)
    let proposal: ProposalID = id(3)
    let issue: IssueID = id(4)
    let otherUnit: UnitID = id(5)

    /// Appends, as an older release could have, a meeting whose participant count overflows the
    /// catalog's `integer` column; the domain refuses such a command today.
    func appendPoison(_ app: TestApp) async throws -> LogPosition {
        let event = DomainEvent.council(
            council,
            .meetingHeld(
                CouncilMeetingHeld(meetingId: id(6), heldOn: day("2026-01-05"), participantCount: 2_147_483_648)))
        let result = try await app.store.append(
            to: StreamID(council.streamName), expectedVersion: .any, events: [try event.newEvent()],
            metadata: EventMetadata(actor: "older-release"))
        return result.position
    }

    /// Catches up until the running projections reach `end`: a transaction another test holds open
    /// on the cluster can keep the log's readable end short of it for a moment.
    func catchUp(_ runner: ProjectionRunner, to end: LogPosition) async throws {
        while true {
            try await runner.catchUp()
            if runner.processedPosition >= end { return }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    @Test(.timeLimit(.minutes(3))) func aProjectionThatCannotStoreAnEventStopsAloneAndTheOthersGoOn() async throws {
        try await TestApp.with(followLog: false) { app in
            try await app.run(.unit(unit, .register(name: "Vuxenstöd Lund")))
            try await app.run(.council(council, .create(unitId: unit, name: "Brukarrådet", form: .userCouncil)))
            try await app.run(
                .proposal(
                    proposal,
                    .putForward(
                        councilId: council, meetingId: nil, text: "Tid att lyssna", qualityArea: nil, pseudonym: nil)))
            try await app.run(
                .issue(
                    issue,
                    .open(
                        unitId: unit, title: "Tid att lyssna", source: .proposal(proposal, council: council),
                        qualityArea: nil)))
            let poison = try await appendPoison(app)
            try await app.run(.issue(issue, .assignOwner("Enhetschef")))
            let end = try #require(try await app.run(.unit(otherUnit, .register(name: "Iris Mullsjö HVB"))).position)

            try await catchUp(app.runner, to: end)  // before: threw ERROR 22003 and the daemon would not start

            let stop = try #require(app.runner.stopped["catalog"], "\(app.runner.stopped)")
            #expect(stop.position == poison)
            #expect(stop.eventType == "CouncilMeetingHeld")
            #expect(stop.stream == council.streamName)
            #expect(stop.error.contains("22003"), "\(stop.error)")
            #expect(app.runner.stopped.count == 1)
            // The catalog kept everything before the event, and nothing after it.
            #expect(try #require(app.runner.checkpoints["catalog"]) < poison)
            #expect(try await app.dump("units").count == 1)
            // The others went on past it.
            #expect(app.runner.checkpoints["issues"] == end)
            #expect(app.runner.checkpoints["timeline"] == end)
            #expect(try await app.readModel.issue(issue).summary.owner == "Enhetschef")
            #expect(app.runner.processedPosition == end)
            // A command waiting for the catalog hears that it will not get there.
            let lag = await #expect(throws: ProjectionLag.self) {
                try await app.runner.waitUntilProcessed(end, timeout: .seconds(1))
            }
            #expect(lag?.stoppedProjections == ["catalog"])

            // A rebuild applies what it can and stops again at the same event: the cause is still there.
            #expect(try await app.runner.rebuild(named: "catalog"))
            #expect(app.runner.stopped["catalog"]?.position == poison)
            #expect(try await app.dump("units").count == 1)
            #expect(try await app.runner.rebuild(named: "nonsense") == false)

            // A restart tries again, and starts all the same.
            let restarted = ProjectionRunner(
                store: app.store, projections: ProjectionRunner.readModels(for: app.store, clock: app.organisationClock)
            )
            try await restarted.prepare()
            try await catchUp(restarted, to: end)
            #expect(restarted.stopped["catalog"]?.position == poison)
            #expect(restarted.checkpoints["issues"] == end)
        }
    }

    /// A projection that refuses one kind of event until "an upgrade" fixes it.
    final class Fragile: Projection, Sendable {
        let name = "fragile"
        let version = 1
        let tables = ["fragile_events"]
        let refuses = Mutex(true)

        struct Refusal: Error {}

        func createTables(schema: String, on connection: PostgresConnection) async throws {
            try await connection.execute("CREATE TABLE \(identifier: schema).fragile_events (type text NOT NULL)")
        }

        func apply(_ events: [DomainEventRecord], schema: String, on connection: PostgresConnection) async throws {
            for record in events {
                if record.event.eventType == "UnitRenamed" && refuses.withLock({ $0 }) { throw Refusal() }
                try await connection.execute(
                    "INSERT INTO \(identifier: schema).fragile_events VALUES (\(record.event.eventType))")
            }
        }
    }

    @Test(.timeLimit(.minutes(3))) func aRebuildBringsAStoppedProjectionBackOnceTheCauseIsFixed() async throws {
        let fragile = Fragile()
        let projections: @Sendable (EventStore, OrganisationClock) -> [any Projection] = { _, _ in
            [CatalogProjection(), fragile]
        }
        try await TestApp.with(projections: projections, followLog: false) { app in
            try await app.run(.unit(unit, .register(name: "Vuxenstöd")))
            try await app.run(.unit(unit, .rename(name: "Vuxenstöd Lund")))
            let end = try #require(try await app.run(.unit(otherUnit, .register(name: "Iris Mullsjö HVB"))).position)
            try await catchUp(app.runner, to: end)
            #expect(app.runner.stopped["fragile"]?.eventType == "UnitRenamed")
            #expect(try await app.dump("fragile_events") == ["(UnitRegistered)"])
            #expect(app.runner.checkpoints["catalog"] == end)

            fragile.refuses.withLock { $0 = false }
            #expect(try await app.runner.rebuild(named: "fragile"))
            #expect(app.runner.stopped.isEmpty)
            #expect(app.runner.checkpoints["fragile"] == end)
            #expect(try await app.dump("fragile_events").count == 3)
            try await app.runner.waitUntilProcessed(end, timeout: .seconds(10))
        }
    }
}
