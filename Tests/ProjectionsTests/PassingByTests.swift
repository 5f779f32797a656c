import AppTestSupport
import CommandHandling
import Domain
import EventCodec
import EventStore
import Foundation
import Postgres
import Projections
import Synchronization
import Testing

/// A batch with no event a projection handles is passed by without a write, its checkpoint moving all
/// the same; what each projection says it handles must give the same rows as applying everything.
@Suite struct PassingByTests {
    /// Counts the batches it is given; handles only unit events.
    final class UnitEventsOnly: Projection, Sendable {
        let name = "unit_events_only"
        let version = 1
        let tables = ["unit_events_only"]
        let batches = Mutex(0)

        func handles(_ event: DomainEvent) -> Bool {
            if case .unit = event { true } else { false }
        }

        func createTables(schema: String, on connection: PostgresConnection) async throws {
            try await connection.execute("CREATE TABLE \(identifier: schema).unit_events_only (type text NOT NULL)")
        }

        func apply(_ events: [DomainEventRecord], schema: String, on connection: PostgresConnection) async throws {
            batches.withLock { $0 += 1 }
            for record in events where handles(record.event) {
                try await connection.execute(
                    "INSERT INTO \(identifier: schema).unit_events_only VALUES (\(record.event.eventType))")
            }
        }
    }

    @Test(.timeLimit(.minutes(3))) func aBatchWithNothingForAProjectionMovesItsCheckpointWithoutApplying()
        async throws
    {
        let only = UnitEventsOnly()
        let projections: @Sendable (EventStore, OrganisationClock) -> [any Projection] = { _, _ in
            [CatalogProjection(), only]
        }
        try await TestApp.with(projections: projections, followLog: false) { app in
            let unit = UnitID(UUID())
            let council = CouncilID(UUID())
            let registered = try #require(try await app.run(.unit(unit, .register(name: "Vuxenstöd"))).position)
            try await app.runner.catchUp()
            #expect(only.batches.withLock { $0 } == 1)
            #expect(app.runner.checkpoints[only.name] == registered)

            let created = try #require(
                try await app.run(.council(council, .create(unitId: unit, name: "Brukarrådet", form: .userCouncil)))
                    .position)
            try await app.runner.catchUp()
            // Not applied, yet past the council's event: a reply waiting for it is not held back.
            #expect(only.batches.withLock { $0 } == 1)
            #expect(app.runner.checkpoints[only.name] == created)
            try await app.runner.waitUntilProcessed(created, timeout: .seconds(10))
            let stored = try await app.pool.query(
                """
                SELECT sequence FROM \(identifier: app.schema).projection_checkpoints WHERE name = \(only.name)
                """)
            #expect(try stored[0].decode(0, as: Int64.self) == created.sequence)
            #expect(try await app.dump("unit_events_only") == ["(UnitRegistered)"])
        }
    }

    /// Every read model, one event per batch (so nearly every batch is passed by by most of them), gives
    /// exactly the rows a rebuild in large batches gives.
    @Test(.timeLimit(.minutes(5))) func eventByEventEqualsARebuildForEveryReadModel() async throws {
        try await TestApp.with(followLog: false) { app in
            var history = RandomHistory(seed: 35)
            try await history.setUp(app)
            for number in 0..<400 { try await history.step(app, number) }
            let oneByOne = ProjectionRunner(
                store: app.store, projections: app.runner.projections, batchSize: 1)
            try await oneByOne.prepare()
            try await oneByOne.catchUp()
            let tables = RebuildTests.tables + ["outbox", "policy_effects", "digests"]
            var incremental: [String: [String]] = [:]
            for table in tables { incremental[table] = try await app.dump(table) }
            #expect(incremental["timeline"]!.count > 100)

            for projection in app.runner.projections { try await app.runner.rebuild(projection) }
            try await app.runner.catchUp()
            for table in tables {
                #expect(try await app.dump(table) == incremental[table], "\(table) differs")
            }
        }
    }
}
