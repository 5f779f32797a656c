import CLibPQ
import Foundation

extension PostgresConnection {
    /// Whether the session can be handed to the next user: open, idle, not in a transaction.
    ///
    /// Reads whatever the server sent while the session was idle, so a backend that was terminated
    /// (its farewell error and end-of-file are waiting in the socket) is noticed here, before a caller
    /// gets it.
    func isReusable() async -> Bool {
        (try? await onThread { self.checkReusable() }) ?? false
    }

    private func checkReusable() -> Bool {
        guard let handle, PQstatus(handle) == CONNECTION_OK else { return false }
        // An idle session that is not listening receives nothing — except a terminated backend's
        // farewell error, whose end-of-file may follow a moment later. Anything waiting is a sign of
        // that: the session is not trusted with the next caller's work.
        var descriptor = pollfd(fd: PQsocket(handle), events: Int16(POLLIN), revents: 0)
        if poll(&descriptor, 1, 0) > 0 {
            closeOnThread()
            return false
        }
        switch PQtransactionStatus(handle) {
        case PQTRANS_IDLE:
            return transactionDepth == 0
        case PQTRANS_INTRANS, PQTRANS_INERROR:
            transactionDepth = 0
            return (try? run("ROLLBACK")) != nil
        default:
            return false
        }
    }

    /// True when called on this connection's own thread; tests use it to prove libpq stays off the
    /// cooperative pool.
    func runsOnOwnThread() async throws -> Bool {
        try await cancellable { _ in ConnectionThread.isCurrent }
    }

    /// Whether the session is still open (it may still turn out dead on next use).
    package var isOpen: Bool {
        get async {
            (try? await onThread { self.handle.map { PQstatus($0) == CONNECTION_OK } ?? false }) ?? false
        }
    }
}
