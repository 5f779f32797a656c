import CLibPQ

/// One row of a result.
package struct PostgresRow: Sendable {
    let rows: PostgresRows
    let index: Int32

    /// Decodes the column at `column` (zero-based).
    package func decode<Value: PostgresDecodable>(
        _ column: Int, as: Value.Type = Value.self
    ) throws(PostgresError) -> Value {
        try rows.checkColumn(column)
        return try withExtendedLifetime(rows) { () throws(PostgresError) -> Value in
            try Value.decode(from: rows.cell(row: index, column: column))
        }
    }

    /// Decodes the column called `name`.
    package func decode<Value: PostgresDecodable>(
        _ name: String, as: Value.Type = Value.self
    ) throws(PostgresError) -> Value {
        try decode(try rows.columnIndex(name), as: Value.self)
    }
}
