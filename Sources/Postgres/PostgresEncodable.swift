import Foundation

/// A Swift value that can be sent as a query parameter, in PostgreSQL's binary format.
///
/// Binary parameters never pass through SQL text, so no value can change a statement's meaning.
package protocol PostgresEncodable: Sendable {
    /// The type the server should read the parameter as.
    static var postgresType: PostgresType { get }
    /// Appends the binary representation; `nil` means SQL NULL.
    func encode() throws(PostgresError) -> [UInt8]?
}

extension Optional: PostgresEncodable where Wrapped: PostgresEncodable {
    package static var postgresType: PostgresType { Wrapped.postgresType }
    package func encode() throws(PostgresError) -> [UInt8]? {
        guard let value = self else { return nil }
        return try value.encode()
    }
}

extension String: PostgresEncodable {
    package static var postgresType: PostgresType { .text }
    package func encode() throws(PostgresError) -> [UInt8]? {
        let bytes = Array(utf8)
        if bytes.contains(0) {
            throw .invalidParameter(
                index: 0, reason: "text contains a NUL byte, which PostgreSQL text cannot store (use bytea)")
        }
        return bytes
    }
}

extension Substring: PostgresEncodable {
    package static var postgresType: PostgresType { .text }
    package func encode() throws(PostgresError) -> [UInt8]? { try String(self).encode() }
}

extension Bool: PostgresEncodable {
    package static var postgresType: PostgresType { .bool }
    package func encode() -> [UInt8]? { [self ? 1 : 0] }
}

extension Int: PostgresEncodable {
    package static var postgresType: PostgresType { .int8 }
    package func encode() -> [UInt8]? { Int64(self).bigEndianBytes }
}

extension Int64: PostgresEncodable {
    package static var postgresType: PostgresType { .int8 }
    package func encode() -> [UInt8]? { bigEndianBytes }
}

extension Int32: PostgresEncodable {
    package static var postgresType: PostgresType { .int4 }
    package func encode() -> [UInt8]? { bigEndianBytes }
}

extension Int16: PostgresEncodable {
    package static var postgresType: PostgresType { .int2 }
    package func encode() -> [UInt8]? { bigEndianBytes }
}

extension Double: PostgresEncodable {
    package static var postgresType: PostgresType { .float8 }
    package func encode() -> [UInt8]? { bitPattern.bigEndianBytes }
}

extension Date: PostgresEncodable {
    package static var postgresType: PostgresType { .timestamptz }
    package func encode() -> [UInt8]? {
        let micros = ((timeIntervalSince1970 - PostgresEpoch.unixOffset) * 1_000_000).rounded()
        return Int64(micros).bigEndianBytes
    }
}

extension UUID: PostgresEncodable {
    package static var postgresType: PostgresType { .uuid }
    package func encode() -> [UInt8]? {
        withUnsafeBytes(of: uuid) { Array($0) }
    }
}

extension Data: PostgresEncodable {
    package static var postgresType: PostgresType { .bytea }
    package func encode() -> [UInt8]? { Array(self) }
}

extension FixedWidthInteger {
    var bigEndianBytes: [UInt8] {
        withUnsafeBytes(of: bigEndian) { Array($0) }
    }
}
