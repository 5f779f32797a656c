import Logging
import Synchronization

/// A small set of sessions shared by the daemon's tasks.
///
/// A task borrows a connection for the length of a closure. Connections are opened lazily up to
/// `maximumConnections`; when all are busy, callers wait in order (and stop waiting when cancelled).
/// A connection that died — its backend terminated, the server restarted — is noticed when it comes
/// back or before it is handed out again, and replaced by a fresh one.
package final class PostgresPool: Sendable {
    /// The libpq connection string every session is opened with.
    package let conninfo: String
    package let maximumConnections: Int
    private let applicationName: String
    private let logger: Logger
    private let state = Mutex(State())

    private struct State {
        var idle: [PostgresConnection] = []
        var open = 0
        var waiters: [(id: UInt64, continuation: CheckedContinuation<Grant, any Error>)] = []
        var nextWaiterID: UInt64 = 0
        var isClosed = false
    }

    /// What a waiting caller is given: a connection, or the right to open one.
    private enum Grant: Sendable {
        case connection(PostgresConnection)
        case openSlot
    }

    package init(
        conninfo: String, maximumConnections: Int = 8, applicationName: String = "tredjekraft",
        logger: Logger = .postgresNoOp
    ) {
        precondition(maximumConnections > 0, "a pool needs at least one connection")
        self.conninfo = conninfo
        self.maximumConnections = maximumConnections
        self.applicationName = applicationName
        self.logger = logger
    }

    /// Lends a connection to `body` and takes it back afterwards, however `body` ends.
    package func withConnection<Value>(_ body: (PostgresConnection) async throws -> Value) async throws -> Value {
        let connection = try await lease()
        do {
            let value = try await body(connection)
            await giveBack(connection)
            return value
        } catch {
            await giveBack(connection)
            throw error
        }
    }

    /// Runs one statement on any free connection.
    @discardableResult
    package func query(_ query: PostgresQuery) async throws -> PostgresRows {
        try await withConnection { try await $0.query(query) }
    }

    /// Runs one statement on any free connection and returns the number of rows it changed.
    @discardableResult
    package func execute(_ query: PostgresQuery) async throws -> Int {
        try await withConnection { try await $0.execute(query) }
    }

    /// Runs `body` in a transaction on one connection; see
    /// ``PostgresConnection/withTransaction(isolation:readOnly:_:)``.
    @discardableResult
    package func withTransaction<Value>(
        isolation level: PostgresConnection.IsolationLevel = .readCommitted, readOnly: Bool = false,
        _ body: (PostgresConnection) async throws -> Value
    ) async throws -> Value {
        try await withConnection { try await $0.withTransaction(isolation: level, readOnly: readOnly, body) }
    }

    /// Opens a session outside the pool, e.g. one that LISTENs for as long as the daemon runs.
    package func makeDedicatedConnection() async throws(PostgresError) -> PostgresConnection {
        try await PostgresConnection.connect(conninfo, applicationName: applicationName, logger: logger)
    }

    /// Sessions currently open (idle and lent out), for `status`.
    package var openConnections: Int { state.withLock { $0.open } }

    /// Closes idle sessions and refuses new work; lent sessions close when they come back.
    package func close() async {
        let (idle, waiters) = state.withLock { state in
            state.isClosed = true
            defer {
                state.idle = []
                state.waiters = []
            }
            state.open -= state.idle.count
            return (state.idle, state.waiters)
        }
        for waiter in waiters { waiter.continuation.resume(throwing: PostgresError.poolClosed) }
        for connection in idle { await connection.close() }
    }

    // MARK: Lending

    private enum Step {
        case reuse(PostgresConnection)
        case open
        case wait
    }

    private func lease() async throws -> PostgresConnection {
        while true {
            try Task.checkCancellation()
            let step = try state.withLock { state throws(PostgresError) -> Step in
                if state.isClosed { throw .poolClosed }
                if let connection = state.idle.popLast() { return .reuse(connection) }
                if state.open < maximumConnections {
                    state.open += 1
                    return .open
                }
                return .wait
            }
            switch step {
            case .reuse(let connection):
                if await connection.isReusable() { return connection }
                logger.info("replacing a PostgreSQL connection that the server closed")
                await connection.close()
                releaseSlot()
            case .open:
                return try await openConnection()
            case .wait:
                switch try await waitForGrant() {
                case .connection(let connection): return connection
                case .openSlot: return try await openConnection()
                }
            }
        }
    }

    private func openConnection() async throws -> PostgresConnection {
        do {
            return try await PostgresConnection.connect(conninfo, applicationName: applicationName, logger: logger)
        } catch {
            releaseSlot()
            throw error
        }
    }

    /// Frees one slot: hands it to the first waiter, if any, as the right to open a connection.
    private func releaseSlot() {
        let waiter = state.withLock { state -> CheckedContinuation<Grant, any Error>? in
            if state.waiters.isEmpty {
                state.open -= 1
                return nil
            }
            return state.waiters.removeFirst().continuation
        }
        waiter?.resume(returning: .openSlot)
    }

    private func waitForGrant() async throws -> Grant {
        let id = state.withLock { state in
            defer { state.nextWaiterID += 1 }
            return state.nextWaiterID
        }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                let refusal: (any Error)? = state.withLock { state in
                    if state.isClosed { return PostgresError.poolClosed }
                    if Task.isCancelled { return CancellationError() }
                    state.waiters.append((id, continuation))
                    return nil
                }
                if let refusal { continuation.resume(throwing: refusal) }
            }
        } onCancel: {
            let waiter = state.withLock { state in
                state.waiters.firstIndex { $0.id == id }.map { state.waiters.remove(at: $0).continuation }
            }
            waiter?.resume(throwing: CancellationError())
        }
    }

    private func giveBack(_ connection: PostgresConnection) async {
        let reusable = await connection.isReusable()
        if !reusable { await connection.close() }
        enum Outcome {
            case handedOver(CheckedContinuation<Grant, any Error>, Grant)
            case kept
            case closeIt
        }
        let outcome = state.withLock { state -> Outcome in
            if state.isClosed {
                state.open -= 1
                return .closeIt
            }
            if !state.waiters.isEmpty {
                let waiter = state.waiters.removeFirst().continuation
                return .handedOver(waiter, reusable ? .connection(connection) : .openSlot)
            }
            if reusable {
                state.idle.append(connection)
            } else {
                state.open -= 1
            }
            return .kept
        }
        switch outcome {
        case .handedOver(let waiter, let grant): waiter.resume(returning: grant)
        case .kept: break
        case .closeIt: await connection.close()
        }
    }
}
