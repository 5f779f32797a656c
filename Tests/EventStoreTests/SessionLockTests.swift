import EventStore
import Foundation
import Postgres
import PostgresTestSupport
import Synchronization
import Testing

/// The session-level locks that serialise a demo load, a policy run or a digest run, and that pick the
/// one daemon that delivers mail: advisory locks are shared by the whole database, so each is the
/// schema's own. (A lock shared across schemas made every demo load in the suite queue behind the
/// others, and a load on a daemon with a pool of one ran out of time behind them.)
@Suite struct SessionLockTests {
    @Test(.timeLimit(.minutes(1))) func storesInOtherSchemasDoNotWaitForEachOthersLock() async throws {
        try await withStore { first in
            try await withStore { second in
                // Holding the first schema's lock, the second schema's lock of the same name is free at
                // once; were they one lock, this would wait for itself until the time limit.
                let ran = try await first.withExclusiveSession(named: "demo-load") {
                    try await second.withExclusiveSession(named: "demo-load") { true }
                }
                #expect(ran)
                let led = try await first.withExclusiveSession(named: "mailer") {
                    try await second.withLeadership(named: "mailer") { _ in }
                }
                #expect(led)
            }
        }
    }

    @Test(.timeLimit(.minutes(1))) func oneSchemasLockIsHeldByOneSessionAtATime() async throws {
        try await withStore { store in
            // While one session holds "mailer", no other session of the same schema gets it.
            let tookIt = try await store.withExclusiveSession(named: "mailer") {
                try await store.withLeadership(named: "mailer") { _ in }
            }
            #expect(!tookIt)
            // A waiting exclusive session gets the lock as soon as the holder lets go, not before.
            let order = Steps()
            let (holding, held) = AsyncStream<Void>.makeStream()
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    try await store.withExclusiveSession(named: "demo-load") {
                        held.yield()
                        // Held until the other session is known to be waiting for it in PostgreSQL.
                        while try await Self.sessionsWaiting(for: "demo-load", in: store) == 0 {
                            try await Task.sleep(for: .milliseconds(20))
                        }
                        order.append("first released")
                    }
                }
                for await _ in holding { break }
                group.addTask {
                    try await store.withExclusiveSession(named: "demo-load") {
                        order.append("second ran")
                    }
                }
                try await group.waitForAll()
            }
            #expect(order.all == ["first released", "second ran"])
        }
    }

    /// Sessions waiting for this store's lock `name`: its key is the schema's own, which no other
    /// test uses, so a lock another test waits for meanwhile is not counted.
    private static func sessionsWaiting(for name: String, in store: EventStore) async throws -> Int {
        try await store.pool.query(
            """
            SELECT count(*) AS n FROM pg_locks
            WHERE locktype = 'advisory' AND NOT granted AND objsubid = 1
                AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
                AND ((classid::bigint << 32) | objid::bigint) = hashtextextended(\(store.schema + "." + name), 0)
            """
        ).first?.decode("n", as: Int.self) ?? 0
    }
}

/// What happened, in order, across tasks.
private final class Steps: Sendable {
    private let steps = Mutex<[String]>([])
    func append(_ step: String) { steps.withLock { $0.append(step) } }
    var all: [String] { steps.withLock { $0 } }
}
