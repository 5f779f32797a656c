import CLibPQ
import Foundation

extension PostgresConnection {
    /// Runs `queries` in one round trip, each in a transaction of its own that commits before the next
    /// begins (libpq's pipeline mode, a sync after each): for a statement whose follow-up must not be in
    /// its transaction, such as the NOTIFY after an append, without waiting for a second round trip.
    ///
    /// - Returns: each statement's rows or error, in order; a statement's failure does not stop the next.
    package func pipelined(_ queries: [PostgresQuery]) async throws -> [Result<PostgresRows, PostgresError>] {
        try await cancellable { ticket in
            guard self.canceller.begin(ticket) else { throw CancellationError() }
            defer { self.canceller.end() }
            return try self.runPipelined(queries)
        }
    }

    private func runPipelined(_ queries: [PostgresQuery]) throws(PostgresError) -> [Result<PostgresRows, PostgresError>]
    {
        guard let handle else { throw .connectionLost(reason: "the connection is closed") }
        guard transactionDepth == 0 else {
            preconditionFailure("pipelined statements run in transactions of their own, not inside one")
        }
        let encoded = try encodeForPipeline(queries, handle: handle)
        guard isolatedCall({ PQenterPipelineMode(handle) }) == 1 else {
            throw lost(Self.trimmed(PQerrorMessage(handle)) ?? "could not enter pipeline mode")
        }
        // Not after a lost connection: lost() has finished the session and `handle` is freed.
        defer { if self.handle != nil { _ = PQexitPipelineMode(handle) } }
        for (query, (parameters, statement)) in zip(queries, encoded) {
            try sendInPipeline(query, parameters, statement: statement, handle: handle, sync: true)
        }
        var results: [Result<PostgresRows, PostgresError>] = []
        for _ in queries {
            // One result for the statement, the end of its results, then its sync.
            let result = isolatedCall { PQgetResult(handle) }
            if let result, PQresultStatus(result) == PGRES_PIPELINE_ABORTED {
                PQclear(result)
                results.append(.failure(.connectionLost(reason: "the pipeline was aborted")))
            } else {
                do {
                    results.append(.success(try check(result, handle: handle)))
                } catch {
                    if case .connectionLost = error { throw error }
                    results.append(.failure(error))
                }
            }
            while let rest = isolatedCall({ PQgetResult(handle) }) { PQclear(rest) }  // to the end of its results
            while let sync = isolatedCall({ PQgetResult(handle) }) {
                let status = PQresultStatus(sync)
                PQclear(sync)
                if status == PGRES_PIPELINE_SYNC { break }
            }
            if PQstatus(handle) == CONNECTION_BAD {
                throw lost(Self.trimmed(PQerrorMessage(handle)) ?? "the server closed the connection")
            }
        }
        return results
    }
}
