/// Something that runs a statement: the pool (each statement on whichever session is free) or one
/// connection (all statements in its transaction, so on one snapshot when that is repeatable read).
///
/// Lets a reader run the same queries either way, e.g. a trace that must not see half a change.
package protocol PostgresQueryable: Sendable {
    func query(_ query: PostgresQuery) async throws -> PostgresRows
}

extension PostgresPool: PostgresQueryable {}

extension PostgresConnection: PostgresQueryable {}
