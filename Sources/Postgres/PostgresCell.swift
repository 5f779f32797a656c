import Foundation

/// One value of a result, valid only during a `decode(from:)` call.
package struct PostgresCell {
    /// The value's binary representation, or `nil` for SQL NULL.
    package let bytes: UnsafeRawBufferPointer?
    /// The column's type as the server reported it.
    package let type: PostgresType
    let rows: PostgresRows
    let column: Int

    /// The column's name, for error messages.
    package var columnName: String { rows.columnNames[column] }

    /// The bytes, or the typed error that names the column when the value is NULL.
    package func requireBytes() throws(PostgresError) -> UnsafeRawBufferPointer {
        guard let bytes else { throw .unexpectedNull(column: columnName) }
        return bytes
    }

    package func mismatch(_ expected: Any.Type) -> PostgresError {
        .typeMismatch(column: columnName, expected: String(describing: expected), actual: type)
    }

    /// A cell for one element of this array value.
    func element(bytes: UnsafeRawBufferPointer?, type: PostgresType) -> PostgresCell {
        PostgresCell(bytes: bytes, type: type, rows: rows, column: column)
    }

    func malformed(_ reason: String) -> PostgresError {
        .malformedValue(column: columnName, type: type, reason: reason)
    }

    func readInteger<T: FixedWidthInteger>(_: T.Type) throws(PostgresError) -> T {
        let bytes = try requireBytes()
        guard bytes.count == MemoryLayout<T>.size else {
            throw malformed("expected \(MemoryLayout<T>.size) bytes, got \(bytes.count)")
        }
        return T(bigEndian: bytes.loadUnaligned(as: T.self))
    }
}
