import Foundation
import Postgres
import PostgresTestSupport
import Testing

@Suite struct NotificationTests {
    @Test func notificationsArriveInOrderWithSwedishPayloads() async throws {
        let channel = TestDatabase.uniqueName("kanal")
        let listener = try await TestDatabase.connect()
        try await listener.listen(channel)
        let sender = try await TestDatabase.connect()
        let payloads = (1...50).map { "förslag \($0): återkoppling åäö 🧭" }
        for payload in payloads {
            try await sender.query("SELECT pg_notify(\(channel), \(payload))")
        }
        var received: [String] = []
        for try await notification in listener.notifications {
            #expect(notification.channel == channel)
            #expect(notification.backendPID == (await sender.backendPID))
            received.append(notification.payload)
            if received.count == payloads.count { break }
        }
        #expect(received == payloads)
    }

    @Test func waitingTimesOut() async throws {
        let listener = try await TestDatabase.connect()
        try await listener.listen(TestDatabase.uniqueName("tyst"))
        let started = ContinuousClock.now
        let notification = try await listener.nextNotification(timeout: .milliseconds(200))
        #expect(notification == nil)
        #expect(ContinuousClock.now - started >= .milliseconds(200))
    }

    @Test func cancellationEndsTheWait() async throws {
        let listener = try await TestDatabase.connect()
        try await listener.listen(TestDatabase.uniqueName("tyst"))
        let task = Task { () -> Int in
            var count = 0
            for try await _ in listener.notifications { count += 1 }
            return count
        }
        try await Task.sleep(for: .milliseconds(100))
        task.cancel()
        #expect(try await task.value == 0)
        // The connection still works afterwards.
        #expect(try await listener.query("SELECT 1 AS n")[0].decode("n", as: Int.self) == 1)
    }

    @Test func aTerminatedListenerReportsConnectionLost() async throws {
        let listener = try await TestDatabase.connect()
        try await listener.listen(TestDatabase.uniqueName("kanal"))
        let admin = try await TestDatabase.connect()
        let pid = await listener.backendPID
        let waiting = Task { try await listener.nextNotification(timeout: .seconds(30)) }
        try await Task.sleep(for: .milliseconds(100))
        try await admin.query("SELECT pg_terminate_backend(\(pid))")
        let error = await #expect(throws: PostgresError.self) { try await waiting.value }
        #expect(error?.isConnectionLost == true)
    }
}
