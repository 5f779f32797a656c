import Foundation
import Postgres
import PostgresTestSupport
import Testing

@Suite struct PoolTests {
    @Test func twoHundredConcurrentTasksShareEightConnections() async throws {
        let pool = try TestDatabase.pool(maximumConnections: 8)
        let sums = try await withThrowingTaskGroup(of: Int.self) { group in
            for task in 0..<200 {
                group.addTask {
                    if task % 3 == 0 {
                        return try await pool.withTransaction { connection in
                            try await connection.query("SELECT \(task) + 1 AS n, pg_sleep(0.005)")[0].decode("n")
                        }
                    }
                    return try await pool.query("SELECT \(task) + 1 AS n")[0].decode("n")
                }
            }
            var results: [Int] = []
            for try await value in group { results.append(value) }
            return results
        }
        #expect(sums.sorted() == Array(1...200))
        #expect(pool.openConnections <= 8)
        await pool.close()
    }

    @Test func aWaitingCallerCanBeCancelled() async throws {
        let pool = try TestDatabase.pool(maximumConnections: 1)
        let holding = AsyncStream.makeStream(of: Void.self)
        let release = AsyncStream.makeStream(of: Void.self)
        let holder = Task {
            try await pool.withConnection { _ in
                holding.continuation.yield()
                for await _ in release.stream { break }
            }
        }
        for await _ in holding.stream { break }
        let waiter = Task { try await pool.query("SELECT 1") }
        try await Task.sleep(for: .milliseconds(100))
        waiter.cancel()
        await #expect(throws: CancellationError.self) { try await waiter.value }
        release.continuation.yield()
        try await holder.value
        #expect(try await pool.query("SELECT 2 AS n")[0].decode("n", as: Int.self) == 2)
        await pool.close()
    }

    @Test func aClosedPoolRefusesWork() async throws {
        let pool = try TestDatabase.pool(maximumConnections: 1)
        try await pool.query("SELECT 1")
        await pool.close()
        let error = await #expect(throws: PostgresError.self) { try await pool.query("SELECT 1") }
        #expect(error?.description == "the PostgreSQL connection pool is closed")
    }

    @Test func aTerminatedBackendIsReplaced() async throws {
        let pool = try TestDatabase.pool(maximumConnections: 1)
        let victim: Int32 = try await pool.withConnection { await $0.backendPID }
        let admin = try await TestDatabase.connect()
        try await admin.query("SELECT pg_terminate_backend(\(victim))")
        try await waitUntilGone(victim, admin)
        // The idle connection's death is noticed before it is lent again: a fresh one serves.
        let rows = try await pool.query("SELECT pg_backend_pid() AS pid")
        #expect(try rows[0].decode("pid", as: Int32.self) != victim)
        await pool.close()
    }

    @Test func aBackendTerminatedWhileLentGivesConnectionLostThenRecovers() async throws {
        let pool = try TestDatabase.pool(maximumConnections: 1)
        let admin = try await TestDatabase.connect()
        let error = await #expect(throws: PostgresError.self) {
            try await pool.withConnection { connection in
                let pid = await connection.backendPID
                try await admin.query("SELECT pg_terminate_backend(\(pid))")
                try await waitUntilGone(pid, admin)
                try await connection.query("SELECT 1")
            }
        }
        #expect(error?.isConnectionLost == true)
        #expect(error?.description.hasPrefix("connection to PostgreSQL lost") == true)
        #expect(try await pool.query("SELECT 3 AS n")[0].decode("n", as: Int.self) == 3)
        await pool.close()
    }

    /// The backend is terminated while the server shows the statement running (one that would
    /// otherwise end by itself only after five minutes).
    @Test(.timeLimit(.minutes(10))) func terminatedMidStatementGivesConnectionLost() async throws {
        let connection = try await TestDatabase.connect()
        let admin = try await TestDatabase.connect()
        let pid = await connection.backendPID
        let sleeper = Task { try await connection.query("SELECT pg_sleep(300)") }
        try await waitUntilSleeping(pid, admin)
        try await admin.query("SELECT pg_terminate_backend(\(pid))")
        let error = await #expect(throws: PostgresError.self) { try await sleeper.value }
        #expect(error?.isConnectionLost == true)
        let again = await #expect(throws: PostgresError.self) { try await connection.query("SELECT 1") }
        #expect(again?.isConnectionLost == true)
    }

    /// Waits until backend `pid` has left `pg_stat_activity`; fails the test when it has not after a
    /// bound far above any normal run (a terminated backend goes within milliseconds).
    private func waitUntilGone(
        _ pid: Int32, _ admin: PostgresConnection, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let deadline = ContinuousClock.now + .seconds(60)
        while true {
            let rows = try await admin.query(
                "SELECT count(*) AS n FROM pg_stat_activity WHERE pid = \(pid)")
            if try rows[0].decode("n", as: Int.self) == 0 { return }
            guard ContinuousClock.now < deadline else {
                Issue.record("backend \(pid) was still there after 60 s", sourceLocation: sourceLocation)
                return
            }
            try await Task.sleep(for: .milliseconds(10))
        }
    }

    /// Waits until the server shows backend `pid` running `pg_sleep`; fails the test when it never does.
    private func waitUntilSleeping(
        _ pid: Int32, _ admin: PostgresConnection, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let deadline = ContinuousClock.now + .seconds(120)
        while true {
            let rows = try await admin.query(
                """
                SELECT count(*) AS n FROM pg_stat_activity
                WHERE pid = \(pid) AND state = 'active' AND wait_event = 'PgSleep'
                """)
            if try rows[0].decode("n", as: Int.self) == 1 { return }
            guard ContinuousClock.now < deadline else {
                Issue.record("backend \(pid) never showed pg_sleep running", sourceLocation: sourceLocation)
                return
            }
            try await Task.sleep(for: .milliseconds(20))
        }
    }
}
