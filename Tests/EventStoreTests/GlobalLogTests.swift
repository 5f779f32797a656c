import EventStore
import Foundation
import Postgres
import PostgresTestSupport
import Synchronization
import Testing

@Suite struct GlobalLogTests {
    @Test func readAllFollowsCommitOrderInBatches() async throws {
        try await withStore { store in
            for stream in ["a", "b", "c"] {
                try await store.append(
                    to: StreamID(stream), expectedVersion: .any, events: sampleEvents(4), metadata: coordinator)
            }
            let all = try await readWholeLog(store, atLeast: 12)
            #expect(all.count == 12)
            #expect(all.map(\.position) == all.map(\.position).sorted())
            #expect(
                all.map(\.streamID.rawValue) == Array(repeating: "a", count: 4) + Array(repeating: "b", count: 4)
                    + Array(repeating: "c", count: 4))
            var position = LogPosition.start
            var pages: [Int] = []
            while true {
                let page = try await store.readAll(after: position, limit: 5)
                guard let last = page.last else { break }
                pages.append(page.count)
                position = last.position
            }
            #expect(pages == [5, 5, 2])
        }
    }

    /// Writers that insert, wait, then commit (or roll back) — so sequence numbers commit out of order —
    /// while a subscriber follows the log: it must see every committed event exactly once, each stream
    /// in version order. Transactions that hold ids but never append stay open throughout, in this
    /// database and in another one: the subscriber must not wait for them.
    @Test(.timeLimit(.minutes(5)))
    func concurrentWritersNeverMakeTheSubscriberSkipOrRepeat() async throws {
        let writers = 8
        let eventsPerWriter = 12_500
        try await withStore(maximumConnections: writers + 2) { store in
            try await whileForeignTransactionsHoldIDs {
                let committed = CommittedVersions()
                let received = ReceivedEvents()
                let subscriber = Task {
                    for try await event in store.subscribe(batchSize: 5000, pollInterval: .milliseconds(100)) {
                        received.append(event)
                    }
                }
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for writer in 0..<writers {
                        group.addTask {
                            var generator = SystemRandomNumberGenerator()
                            var written = 0
                            var rollbacks = 0
                            while written < eventsPerWriter {
                                let count = min(Int.random(in: 1...10, using: &generator), eventsPerWriter - written)
                                let stream = StreamID("stream-\(Int.random(in: 0..<64, using: &generator))")
                                let rollBack = Int.random(in: 0..<20, using: &generator) == 0
                                struct RolledBack: Error {}
                                do {
                                    let result = try await store.withTransaction(locking: [stream]) { transaction in
                                        let result = try await transaction.append(
                                            to: stream, expectedVersion: .any, events: sampleEvents(count),
                                            metadata: EventMetadata(actor: "writer-\(writer)"))
                                        if Bool.random(using: &generator) {
                                            try await Task.sleep(
                                                for: .microseconds(Int.random(in: 0...3000, using: &generator)))
                                        }
                                        if rollBack { throw RolledBack() }
                                        return result
                                    }
                                    committed.record(stream, result.lastVersion)
                                    written += count
                                } catch is RolledBack {
                                    rollbacks += 1
                                }
                            }
                            #expect(rollbacks > 0)
                        }
                    }
                    try await group.waitForAll()
                }
                // Everything is committed: the subscriber has seen it all once it reaches the log's head
                // (it delivers in log order). Then one more event, a marker: anything it delivers before
                // the marker that it had delivered already (a repeat) is in `seen`, found below.
                let head = try await store.headPosition()
                try await waitUntil(received, reaches: head)
                let marker = try await store.append(
                    to: "marker", expectedVersion: .noStream, events: [sampleEvent("marker")], metadata: coordinator)
                try await waitUntil(received, reaches: marker.position)
                subscriber.cancel()
                try await subscriber.value
                var seen = received.events
                #expect(seen.last?.streamID == "marker", "the marker was not the last event delivered")
                seen.removeAll { $0.streamID == "marker" }
                #expect(seen.count == writers * eventsPerWriter)
                #expect(Set(seen.map(\.position)).count == seen.count, "an event was delivered twice")
                #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.position < $1.position }, "the log went backwards")
                var versions: [StreamID: Int64] = [:]
                var gaps: [String] = []
                for event in seen {
                    let expected = (versions[event.streamID] ?? 0) + 1
                    if event.streamVersion != expected {
                        gaps.append("\(event.streamID): \(expected) expected, \(event.streamVersion) received")
                    }
                    versions[event.streamID] = event.streamVersion
                }
                #expect(gaps.isEmpty, "streams out of order, first: \(gaps.prefix(3))")
                #expect(versions == committed.snapshot)
            }
        }
    }

    @Test func aBackendKilledMidAppendLeavesNothingAndTheLogStaysFollowable() async throws {
        try await withStore { store in
            try await store.append(to: "before", expectedVersion: .any, events: sampleEvents(2), metadata: coordinator)
            let admin = try await TestDatabase.connect()
            let error = await #expect(throws: (any Error).self) {
                try await store.withTransaction(locking: ["killed"]) { transaction in
                    try await transaction.append(
                        to: "killed", expectedVersion: .noStream, events: sampleEvents(5), metadata: coordinator)
                    let pid = await transaction.connection.backendPID
                    try await admin.query("SELECT pg_terminate_backend(\(pid))")
                    try await transaction.append(
                        to: "killed", expectedVersion: .exactly(5), events: sampleEvents(1), metadata: coordinator)
                }
            }
            #expect("\(error!)".contains("connection to PostgreSQL lost"))
            #expect(try await store.readStream("killed").isEmpty)
            try await store.append(to: "after", expectedVersion: .any, events: sampleEvents(3), metadata: coordinator)
            let log = try await readWholeLog(store, atLeast: 5)
            #expect(log.map(\.streamID.rawValue) == ["before", "before", "after", "after", "after"])
            // The stream that was never committed can still be started.
            let retried = try await store.append(
                to: "killed", expectedVersion: .noStream, events: sampleEvents(1), metadata: coordinator)
            #expect(retried.firstVersion == 1)
        }
    }

    @Test func aSubscriptionFollowsNewEventsAndEndsWhenItsTaskIsCancelled() async throws {
        try await withStore { store in
            try await store.append(to: "s", expectedVersion: .any, events: sampleEvents(2), metadata: coordinator)
            let received = ReceivedEvents()
            let follower = Task {
                for try await event in store.subscribe(pollInterval: .seconds(2)) { received.append(event) }
            }
            try await Task.sleep(for: .milliseconds(200))
            try await store.append(to: "s", expectedVersion: .any, events: sampleEvents(1), metadata: coordinator)
            let deadline = ContinuousClock.now + .seconds(120)
            while received.count < 3, ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(20))
            }
            follower.cancel()
            try await follower.value
            #expect(received.events.map(\.streamVersion) == [1, 2, 3])
        }
    }
}

/// Waits until the subscriber has delivered the event at `position` (or one after it); the bound only
/// ends a test whose subscriber is stuck, e.g. short of an event it skipped.
func waitUntil(_ received: ReceivedEvents, reaches position: LogPosition, timeout: Duration = .seconds(240))
    async throws
{
    let deadline = ContinuousClock.now + timeout
    while (received.last?.position ?? .start) < position {
        guard ContinuousClock.now < deadline else {
            Issue.record(
                "the subscriber stopped at \(String(describing: received.last?.position)), short of \(position)")
            return
        }
        try await Task.sleep(for: .milliseconds(50))
    }
}

/// The highest committed version of each stream, shared by the writer tasks.
final class CommittedVersions: Sendable {
    private let versions = Mutex<[StreamID: Int64]>([:])

    func record(_ stream: StreamID, _ version: Int64) {
        versions.withLock { $0[stream] = max($0[stream] ?? 0, version) }
    }

    var snapshot: [StreamID: Int64] { versions.withLock { $0 } }
}

/// What a subscriber task has received so far, readable while it runs.
final class ReceivedEvents: Sendable {
    private let received = Mutex<[RecordedEvent]>([])

    func append(_ event: RecordedEvent) { received.withLock { $0.append(event) } }
    var count: Int { received.withLock { $0.count } }
    var events: [RecordedEvent] { received.withLock { $0 } }
    var last: RecordedEvent? { received.withLock { $0.last } }
}
