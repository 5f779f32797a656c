import CLibPQ
import Foundation

extension PostgresConnection {
    /// Subscribes this session to `channel` (LISTEN).
    package func listen(_ channel: String) async throws {
        try await query(PostgresQuery(unsafeSQL: "LISTEN " + PostgresQuery.quoteIdentifier(channel)))
    }

    /// Ends the subscription to `channel` (UNLISTEN).
    package func unlisten(_ channel: String) async throws {
        try await query(PostgresQuery(unsafeSQL: "UNLISTEN " + PostgresQuery.quoteIdentifier(channel)))
    }

    /// Waits for the next notification on a channel this session listens to.
    ///
    /// - Parameter timeout: how long to wait; `nil` waits until one arrives or the task is cancelled.
    /// - Returns: the notification, or `nil` when the timeout passed first.
    /// - Throws: `CancellationError` when the task is cancelled while waiting,
    ///   ``PostgresError/connectionLost(reason:)`` when the session ends (notifications sent meanwhile
    ///   are lost: callers keep a polling safety net).
    package func nextNotification(timeout: Duration? = nil) async throws -> PostgresNotification? {
        try Task.checkCancellation()
        let wakeup = self.wakeup
        wakeup.reset()
        return try await withTaskCancellationHandler {
            try await onThread { try self.waitForNotification(timeout: timeout) }
        } onCancel: {
            wakeup.cancel()
        }
    }

    /// Notifications as an asynchronous sequence; it ends when the task is cancelled.
    package var notifications: PostgresNotificationSequence {
        PostgresNotificationSequence(connection: self)
    }

    private func waitForNotification(timeout: Duration?) throws -> PostgresNotification? {
        if !pendingNotifications.isEmpty { return pendingNotifications.removeFirst() }
        guard !isWaitingForNotification else { throw PostgresError.concurrentWait }
        isWaitingForNotification = true
        defer { isWaitingForNotification = false }
        let deadline = timeout.map { ContinuousClock.now + $0 }
        while true {
            if wakeup.isCancelled { throw CancellationError() }
            guard let handle else { throw PostgresError.connectionLost(reason: "the connection is closed") }
            if let notification = takeNotification(handle) { return notification }
            var milliseconds: Int32 = -1
            if let deadline {
                let remaining = ContinuousClock.now.duration(to: deadline)
                if remaining <= .zero { return nil }
                let (seconds, attoseconds) = remaining.components
                milliseconds = Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1)
            }
            var descriptors = [
                pollfd(fd: PQsocket(handle), events: Int16(POLLIN), revents: 0),
                pollfd(fd: wakeup.readEnd, events: Int16(POLLIN), revents: 0),
            ]
            let ready = isolatedCall { poll(&descriptors, 2, milliseconds) }
            if ready < 0 {
                if errno == EINTR { continue }
                throw lost("poll(2) failed: errno \(errno)")
            }
            if descriptors[1].revents != 0 { wakeup.drain() }
            if descriptors[0].revents != 0 {
                if PQconsumeInput(handle) == 0 || PQstatus(handle) == CONNECTION_BAD {
                    throw lost(Self.trimmed(PQerrorMessage(handle)) ?? "the server closed the connection")
                }
            }
        }
    }

    private func takeNotification(_ handle: OpaquePointer) -> PostgresNotification? {
        guard let raw = PQnotifies(handle) else { return nil }
        defer { PQfreemem(raw) }
        return PostgresNotification(
            channel: String(cString: raw.pointee.relname),
            payload: String(cString: raw.pointee.extra),
            backendPID: raw.pointee.be_pid)
    }
}
