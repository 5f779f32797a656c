import CLibPQ
import Foundation

extension PostgresConnection {
    /// Runs one statement and returns its rows.
    ///
    /// Task cancellation asks the server to cancel the statement; the error is then the server's
    /// `query_canceled` and any transaction around it is rolled back by ``withTransaction(isolation:_:)``.
    @discardableResult
    package func query(_ query: PostgresQuery) async throws -> PostgresRows {
        try await cancellable { ticket in try self.run(query, ticket: ticket) }
    }

    /// Runs a statement and returns the number of rows it changed.
    @discardableResult
    package func execute(_ query: PostgresQuery) async throws -> Int {
        try await self.query(query).affectedRows
    }

    /// Runs several statements without parameters, as one simple-protocol round trip.
    ///
    /// For embedded schema migrations only: they are constant SQL. Anything with values uses
    /// ``query(_:)``, which binds them.
    package func runScript(_ sql: String) async throws {
        try await cancellable { ticket in try self.runScript(sql, ticket: ticket) }
    }

    /// Runs a statement on the connection's thread so that the task's cancellation can interrupt it.
    func cancellable<Value: Sendable>(
        _ operation: @escaping @Sendable (_ ticket: UInt64) throws -> Value
    ) async throws -> Value {
        try Task.checkCancellation()
        let canceller = self.canceller
        let ticket = canceller.ticket()
        return try await withTaskCancellationHandler {
            try await onThread { try operation(ticket) }
        } onCancel: {
            canceller.cancel(ticket)
        }
    }

    private func run(_ query: PostgresQuery, ticket: UInt64) throws -> PostgresRows {
        guard canceller.begin(ticket) else { throw CancellationError() }
        defer { canceller.end() }
        return try run(query)
    }

    private func runScript(_ sql: String, ticket: UInt64) throws {
        guard let handle else { throw PostgresError.connectionLost(reason: "the connection is closed") }
        if sql.utf8.contains(0) {
            throw PostgresError.invalidParameter(index: 0, reason: "the SQL text contains a NUL byte")
        }
        guard canceller.begin(ticket) else { throw CancellationError() }
        defer { canceller.end() }
        _ = try isolatedCall { () throws(PostgresError) in try check(PQexec(handle, sql), handle: handle) }
    }

    /// Runs a blocking call; it must be on the connection's own thread, never the cooperative pool.
    func isolatedCall<Value, Failure: Error>(_ body: () throws(Failure) -> Value) throws(Failure) -> Value {
        assert(ConnectionThread.isCurrent, "libpq must run on the connection's thread, not Swift's cooperative pool")
        return try body()
    }

    /// Runs `query` on the connection's thread, without the cancellation check: used for ROLLBACK,
    /// which must still run in a cancelled task.
    @discardableResult
    func run(_ query: PostgresQuery) throws(PostgresError) -> PostgresRows {
        guard let handle else { throw .connectionLost(reason: "the connection is closed") }
        let parameters = try EncodedParameters(query)
        let statement =
            query.isPrepared ? try preparedStatement(query.sql, types: parameters.types, handle: handle) : nil
        let result = parameters.withPointers { pointers, lengths, formats in
            isolatedCall {
                if let statement {
                    PQexecPrepared(handle, statement, parameters.count, pointers, lengths, formats, 1)
                } else {
                    PQexecParams(handle, query.sql, parameters.count, parameters.types, pointers, lengths, formats, 1)
                }
            }
        }
        do {
            return try check(result, handle: handle)
        } catch .server(let error) where statement != nil && error.sqlState.rawValue == "0A000" {
            // "cached plan must not change result type": a table it reads was recreated with other columns.
            // Forget the statement (its name is never reused). Outside a transaction nothing was done, so
            // it runs again, prepared afresh; inside one, the transaction is lost and the caller decides.
            preparedStatements[PreparedKey(sql: query.sql, types: parameters.types)] = nil
            if transactionDepth == 0 { return try run(query) }
            throw .server(error)
        }
    }

    func check(_ result: OpaquePointer?, handle: OpaquePointer) throws(PostgresError) -> PostgresRows {
        guard let result else {
            let reason = Self.trimmed(PQerrorMessage(handle)) ?? "no result"
            if PQstatus(handle) == CONNECTION_BAD { throw lost(reason) }
            throw .server(ServerError(sqlState: SQLState(rawValue: "XX000"), severity: "ERROR", message: reason))
        }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY:
            return PostgresRows(result: result)
        default:
            let error = Self.serverError(from: result, handle: handle)
            PQclear(result)
            if PQstatus(handle) == CONNECTION_BAD || error.sqlState.endsSession {
                throw lost(error.message)
            }
            throw .server(error)
        }
    }

    func lost(_ reason: String) -> PostgresError {
        closeOnThread()
        return .connectionLost(reason: reason)
    }
}
