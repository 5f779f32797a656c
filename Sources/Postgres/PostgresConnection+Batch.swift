import CLibPQ
import Foundation

extension PostgresConnection {
    /// Runs `queries` in order in one round trip, all in one transaction: the caller's (inside
    /// ``withTransaction(isolation:_:)``) or one of their own. libpq's pipeline mode with a single sync
    /// at the end, so a projection's batch of small statements costs one wait for the server, not one
    /// per statement.
    ///
    /// - Throws: the first statement's failure; the statements after it are not run, and the
    ///   transaction is aborted as after any failed statement.
    package func executeBatch(_ queries: [PostgresQuery]) async throws {
        guard queries.count > 1 else {
            if let query = queries.first { try await execute(query) }
            return
        }
        try await cancellable { ticket in
            guard self.canceller.begin(ticket) else { throw CancellationError() }
            defer { self.canceller.end() }
            try self.runBatch(queries)
        }
    }

    private func runBatch(_ queries: [PostgresQuery]) throws(PostgresError) {
        guard let handle else { throw .connectionLost(reason: "the connection is closed") }
        let encoded = try encodeForPipeline(queries, handle: handle)
        guard isolatedCall({ PQenterPipelineMode(handle) }) == 1 else {
            throw lost(Self.trimmed(PQerrorMessage(handle)) ?? "could not enter pipeline mode")
        }
        // Not after a lost connection: lost() has finished the session and `handle` is freed.
        defer { if self.handle != nil { _ = PQexitPipelineMode(handle) } }
        for (query, (parameters, statement)) in zip(queries, encoded) {
            try sendInPipeline(query, parameters, statement: statement, handle: handle, sync: false)
        }
        guard isolatedCall({ PQpipelineSync(handle) }) == 1 else {
            throw lost(Self.trimmed(PQerrorMessage(handle)) ?? "could not send a batch's sync")
        }
        var firstError: PostgresError?
        for _ in queries {
            // One result for the statement (or "aborted" after an earlier failure), then the end of its results.
            let result = isolatedCall { PQgetResult(handle) }
            if let result, PQresultStatus(result) == PGRES_PIPELINE_ABORTED {
                PQclear(result)
            } else {
                do {
                    _ = try check(result, handle: handle)
                } catch {
                    if case .connectionLost = error { throw error }
                    if firstError == nil { firstError = error }
                }
            }
            while let rest = isolatedCall({ PQgetResult(handle) }) { PQclear(rest) }
        }
        while let sync = isolatedCall({ PQgetResult(handle) }) {
            let status = PQresultStatus(sync)
            PQclear(sync)
            if status == PGRES_PIPELINE_SYNC { break }
        }
        if PQstatus(handle) == CONNECTION_BAD {
            throw lost(Self.trimmed(PQerrorMessage(handle)) ?? "the server closed the connection")
        }
        if let firstError { throw firstError }
    }
}
