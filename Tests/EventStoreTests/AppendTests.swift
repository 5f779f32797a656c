import EventStore
import Foundation
import Postgres
import PostgresTestSupport
import Testing

@Suite struct AppendTests {
    @Test func appendedEventsReadBackWithTheirEnvelope() async throws {
        try await withStore { store in
            let metadata = EventMetadata(
                actor: "anna", commandID: UUID(), correlationID: UUID(), causationID: UUID(), client: "tredjekraft-cli")
            let result = try await store.append(
                to: "issue-1", expectedVersion: .noStream, events: [sampleEvent("ett"), sampleEvent("två")],
                metadata: metadata)
            #expect(result.firstVersion == 1)
            #expect(result.lastVersion == 2)
            #expect(!result.isDuplicate)
            let events = try await store.readStream("issue-1")
            #expect(events.map(\.streamVersion) == [1, 2])
            #expect(events.map(\.eventType) == ["SampleRecorded", "SampleRecorded"])
            #expect(String(decoding: events[1].data, as: UTF8.self) == #"{"text": "två"}"#)
            #expect(events.allSatisfy { $0.metadata == metadata })
            #expect(events[1].position == result.position)
            #expect(events[0].position < events[1].position)
            #expect(abs(events[0].recordedAt.timeIntervalSinceNow) < 60)
            #expect(try await store.readStream("issue-1", from: 2).count == 1)
            #expect(try await store.readStream("issue-unknown").isEmpty)
        }
    }

    @Test func theClockIsInjected() async throws {
        let pool = try TestDatabase.pool(maximumConnections: 2)
        let schema = TestDatabase.uniqueName("es")
        let fixed = Date(timeIntervalSince1970: 1_772_582_400)
        let store = EventStore(pool: pool, schema: schema, now: { fixed })
        try await store.migrate()
        try await store.append(to: "s", expectedVersion: .any, events: [sampleEvent()], metadata: coordinator)
        #expect(try await store.readStream("s")[0].recordedAt == fixed)
        try await pool.execute("DROP SCHEMA \(identifier: schema) CASCADE")
        await pool.close()
    }

    @Test func expectedVersionsAreChecked() async throws {
        try await withStore { store in
            try await store.append(to: "s", expectedVersion: .noStream, events: [sampleEvent()], metadata: coordinator)
            let error = await #expect(throws: EventStoreError.self) {
                try await store.append(
                    to: "s", expectedVersion: .noStream, events: [sampleEvent()], metadata: coordinator)
            }
            #expect(
                error?.description
                    == "stream s was expected at no stream but is at version 1: someone else changed it meanwhile; reload and try again"
            )
            let stale = await #expect(throws: EventStoreError.self) {
                try await store.append(
                    to: "s", expectedVersion: .exactly(5), events: [sampleEvent()], metadata: coordinator)
            }
            guard case .wrongExpectedVersion(let stream, let expected, let actual)? = stale else {
                Issue.record("expected wrongExpectedVersion, got \(String(describing: stale))")
                return
            }
            #expect(stream == "s")
            #expect(expected == .exactly(5))
            #expect(actual == 1)
            let missing = await #expect(throws: EventStoreError.self) {
                try await store.append(
                    to: "t", expectedVersion: .exactly(2), events: [sampleEvent()], metadata: coordinator)
            }
            #expect(missing?.description.contains("is at version 0") == true)
            let next = try await store.append(
                to: "s", expectedVersion: .exactly(1), events: sampleEvents(3), metadata: coordinator)
            #expect(next.lastVersion == 4)
            let any = try await store.append(
                to: "s", expectedVersion: .any, events: [sampleEvent()], metadata: coordinator)
            #expect(any.firstVersion == 5)
        }
    }

    @Test func twoWritersWithTheSameExpectedVersionOneWins() async throws {
        try await withStore { store in
            try await store.append(
                to: "race", expectedVersion: .noStream, events: [sampleEvent()], metadata: coordinator)
            for round in 0..<20 {
                let version = Int64(1 + round * 3)
                let outcomes = await withTaskGroup(of: Result<AppendResult, any Error>.self) { group in
                    for _ in 0..<2 {
                        group.addTask {
                            do {
                                return .success(
                                    try await store.append(
                                        to: "race", expectedVersion: .exactly(version), events: sampleEvents(3),
                                        metadata: coordinator))
                            } catch {
                                return .failure(error)
                            }
                        }
                    }
                    return await group.reduce(into: []) { $0.append($1) }
                }
                let winners = outcomes.filter { if case .success = $0 { true } else { false } }
                #expect(winners.count == 1)
                for case .failure(let error) in outcomes {
                    guard case EventStoreError.wrongExpectedVersion(_, _, let actual) = error else {
                        Issue.record("unexpected error \(error)")
                        continue
                    }
                    #expect(actual == version + 3)
                }
            }
            // Nothing partial: exactly the winners' events, in unbroken versions.
            let events = try await store.readStream("race")
            #expect(events.map(\.streamVersion) == Array(1...61))
        }
    }

    @Test func aRepeatedCommandIsStoredOnce() async throws {
        try await withStore { store in
            let key = UUID().uuidString
            let first = try await store.append(
                to: "s", expectedVersion: .noStream, events: sampleEvents(2), metadata: coordinator, idempotencyKey: key
            )
            let again = try await store.append(
                to: "s", expectedVersion: .noStream, events: sampleEvents(2), metadata: coordinator, idempotencyKey: key
            )
            #expect(again.isDuplicate)
            #expect(again.firstVersion == first.firstVersion)
            #expect(again.lastVersion == first.lastVersion)
            #expect(again.position == first.position)
            #expect(try await store.readStream("s").count == 2)

            // After a restart: another store object on another pool.
            let restarted = EventStore(pool: try TestDatabase.pool(maximumConnections: 1), schema: store.schema)
            let afterRestart = try await restarted.append(
                to: "s", expectedVersion: .exactly(7), events: sampleEvents(1), metadata: coordinator,
                idempotencyKey: key)
            #expect(afterRestart.isDuplicate)
            #expect(afterRestart.lastVersion == 2)
            await restarted.pool.close()
        }
    }

    @Test func aCommandSentFromManyConnectionsAtOnceIsStoredOnce() async throws {
        try await withStore(maximumConnections: 10) { store in
            for round in 0..<10 {
                let key = "command-\(round)"
                let results = try await withThrowingTaskGroup(of: AppendResult.self) { group in
                    for _ in 0..<8 {
                        group.addTask {
                            try await store.append(
                                to: StreamID("s\(round)"), expectedVersion: .any, events: sampleEvents(2),
                                metadata: coordinator, idempotencyKey: key)
                        }
                    }
                    return try await group.reduce(into: []) { $0.append($1) }
                }
                #expect(results.filter { !$0.isDuplicate }.count == 1)
                #expect(Set(results.map(\.position)).count == 1)
                #expect(try await store.readStream(StreamID("s\(round)")).count == 2)
            }
        }
    }

    @Test func anIdempotencyKeyBelongsToOneStream() async throws {
        try await withStore { store in
            try await store.append(
                to: "a", expectedVersion: .any, events: [sampleEvent()], metadata: coordinator, idempotencyKey: "k")
            let error = await #expect(throws: EventStoreError.self) {
                try await store.append(
                    to: "b", expectedVersion: .any, events: [sampleEvent()], metadata: coordinator, idempotencyKey: "k")
            }
            #expect(error?.description == "idempotency key k was already used for stream a, not b")
            #expect(try await store.readStream("b").isEmpty)
        }
    }

    /// The key is written after the events: when appends to different streams race with one key, the
    /// first to commit keeps it and every other rolls back, naming the stream that has it.
    @Test func oneKeySentToManyStreamsAtOnceIsStoredOnce() async throws {
        try await withStore(maximumConnections: 10) { store in
            for round in 0..<10 {
                let key = "raced-\(round)"
                let outcomes = await withTaskGroup(of: Result<AppendResult, any Error>.self) { group in
                    for writer in 0..<8 {
                        group.addTask {
                            do {
                                return .success(
                                    try await store.append(
                                        to: StreamID("r\(round)-\(writer)"), expectedVersion: .noStream,
                                        events: [sampleEvent()], metadata: coordinator, idempotencyKey: key))
                            } catch {
                                return .failure(error)
                            }
                        }
                    }
                    return await group.reduce(into: []) { $0.append($1) }
                }
                let written = outcomes.compactMap { try? $0.get() }.filter { !$0.isDuplicate }
                #expect(written.count == 1)
                guard let winner = written.first?.streamID else { continue }
                for case .failure(let error) in outcomes {
                    guard case .idempotencyKeyReused(key, let original, let stream)? = error as? EventStoreError else {
                        Issue.record("unexpected error: \(error)")
                        continue
                    }
                    #expect(original == winner)
                    #expect(stream != winner)
                }
                for writer in 0..<8 where StreamID("r\(round)-\(writer)") != winner {
                    let events = try await store.readStream(StreamID("r\(round)-\(writer)"))
                    #expect(events.isEmpty)
                }
            }
        }
    }

    @Test func badAppendsAreRefusedAndLeaveNothing() async throws {
        try await withStore { store in
            await #expect(throws: EventStoreError.self) {
                try await store.append(to: "s", expectedVersion: .any, events: [], metadata: coordinator)
            }
            let invalidJSON = NewEvent(eventType: "SampleRecorded", schemaVersion: 1, data: Data("{nope".utf8))
            await #expect(throws: EventStoreError.self) {
                try await store.append(
                    to: "s", expectedVersion: .any, events: [sampleEvent(), invalidJSON], metadata: coordinator)
            }
            #expect(try await store.readStream("s").isEmpty)
            let appended = try await store.append(
                to: "s", expectedVersion: .noStream, events: [sampleEvent()], metadata: coordinator)
            #expect(appended.firstVersion == 1)
        }
    }

    @Test func appendsInOneTransactionAreAtomicAcrossStreams() async throws {
        struct Refused: Error {}
        try await withStore { store in
            await #expect(throws: Refused.self) {
                try await store.withTransaction(locking: ["a", "b"]) { transaction in
                    try await transaction.append(
                        to: "a", expectedVersion: .noStream, events: [sampleEvent()], metadata: coordinator)
                    try await transaction.append(
                        to: "b", expectedVersion: .noStream, events: [sampleEvent()], metadata: coordinator)
                    throw Refused()
                }
            }
            #expect(try await store.readStream("a").isEmpty)
            try await store.withTransaction(locking: ["a", "b"]) { transaction in
                try await transaction.append(
                    to: "a", expectedVersion: .noStream, events: [sampleEvent()], metadata: coordinator)
                try await transaction.append(
                    to: "b", expectedVersion: .noStream, events: [sampleEvent()], metadata: coordinator)
            }
            let a = try await store.readStream("a")
            let b = try await store.readStream("b")
            #expect(a[0].position.transactionID == b[0].position.transactionID)
        }
    }
}
