import CLibPQ

/// The rows a statement returned, decoded lazily from libpq's result.
///
/// The result is immutable once received, so reading it from any task is safe.
package final class PostgresRows: @unchecked Sendable, RandomAccessCollection {
    private let result: OpaquePointer
    /// Column names in result order.
    package let columnNames: [String]
    private let columnTypes: [PostgresType]
    private let rowCount: Int32

    init(result: OpaquePointer) {
        self.result = result
        let columns = PQnfields(result)
        columnNames = (0..<columns).map { String(cString: PQfname(result, $0)) }
        columnTypes = (0..<columns).map { PostgresType(rawValue: PQftype(result, $0)) }
        rowCount = PQntuples(result)
    }

    deinit { PQclear(result) }

    /// Rows changed by an INSERT, UPDATE or DELETE (or returned by a SELECT).
    package var affectedRows: Int {
        Int(String(cString: PQcmdTuples(result))) ?? Int(rowCount)
    }

    package var startIndex: Int { 0 }
    package var endIndex: Int { Int(rowCount) }

    package subscript(position: Int) -> PostgresRow {
        PostgresRow(rows: self, index: Int32(position))
    }

    /// Index of the column called `name`.
    package func columnIndex(_ name: String) throws(PostgresError) -> Int {
        guard let index = columnNames.firstIndex(of: name) else { throw .unknownColumn(name) }
        return index
    }

    func cell(row: Int32, column: Int) -> PostgresCell {
        let column32 = Int32(column)
        let bytes: UnsafeRawBufferPointer?
        if PQgetisnull(result, row, column32) != 0 {
            bytes = nil
        } else {
            let length = Int(PQgetlength(result, row, column32))
            bytes = UnsafeRawBufferPointer(start: PQgetvalue(result, row, column32), count: length)
        }
        return PostgresCell(bytes: bytes, type: columnTypes[column], rows: self, column: column)
    }

    func checkColumn(_ column: Int) throws(PostgresError) {
        guard columnTypes.indices.contains(column) else { throw .unknownColumn("#\(column)") }
    }
}
