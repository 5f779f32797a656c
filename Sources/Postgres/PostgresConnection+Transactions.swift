import CLibPQ
import Foundation

extension PostgresConnection {
    /// How a transaction sees concurrent ones.
    package enum IsolationLevel: String, Sendable {
        case readCommitted = "READ COMMITTED"
        case repeatableRead = "REPEATABLE READ"
        case serializable = "SERIALIZABLE"
    }

    /// Runs `body` in a transaction: commits when it returns, rolls back when it throws or the task is
    /// cancelled.
    ///
    /// Nested calls become savepoints, so a helper that needs atomicity can be called both inside and
    /// outside a larger transaction; `isolation` and `readOnly` apply only to the outermost one (a
    /// read-only transaction is begun so in the same statement, without a round trip of its own).
    @discardableResult
    package func withTransaction<Value>(
        isolation level: IsolationLevel = .readCommitted, readOnly: Bool = false,
        _ body: (PostgresConnection) async throws -> Value
    ) async throws -> Value {
        try Task.checkCancellation()
        let depth = try await onThread { try self.begin(level, readOnly: readOnly) }
        let value: Value
        do {
            value = try await body(self)
            try Task.checkCancellation()
        } catch {
            // Runs even in a cancelled task: nothing here checks for cancellation.
            _ = try? await onThread { self.rollback(depth) }
            throw error
        }
        try await onThread { try self.commit(depth, changes: !readOnly) }
        return value
    }

    /// Whether a transaction is open on this session (0 when none, 2 inside a savepoint).
    package var transactionNesting: Int {
        get async { (try? await onThread { self.transactionDepth }) ?? 0 }
    }

    private func begin(_ level: IsolationLevel, readOnly: Bool) throws -> Int {
        let depth = transactionDepth + 1
        if depth == 1 {
            try run(PostgresQuery(unsafeSQL: "BEGIN ISOLATION LEVEL \(level.rawValue)\(readOnly ? " READ ONLY" : "")"))
        } else {
            try run(PostgresQuery(unsafeSQL: "SAVEPOINT tredjekraft_\(depth)"))
        }
        transactionDepth = depth
        return depth
    }

    /// - Parameter changes: whether the transaction may have written: a read-only one lost at its
    ///   COMMIT changed nothing either way.
    private func commit(_ depth: Int, changes: Bool) throws(PostgresError) {
        precondition(transactionDepth == depth, "transactions must end in the order they began")
        transactionDepth = depth - 1
        if depth == 1 {
            do {
                try run("COMMIT")
            } catch {
                // The COMMIT may have reached the server and been carried out before the session ended.
                if changes, case .connectionLost(let reason) = error { throw .commitOutcomeUnknown(reason: reason) }
                throw error
            }
        } else {
            try run(PostgresQuery(unsafeSQL: "RELEASE SAVEPOINT tredjekraft_\(depth)"))
        }
    }

    private func rollback(_ depth: Int) {
        guard transactionDepth >= depth else { return }
        transactionDepth = depth - 1
        if depth == 1 {
            _ = try? run("ROLLBACK")
        } else {
            _ = try? run(PostgresQuery(unsafeSQL: "ROLLBACK TO SAVEPOINT tredjekraft_\(depth)"))
            _ = try? run(PostgresQuery(unsafeSQL: "RELEASE SAVEPOINT tredjekraft_\(depth)"))
        }
    }
}
