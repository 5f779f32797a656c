import Foundation

/// A Swift value that can be read from a result column in PostgreSQL's binary format.
package protocol PostgresDecodable: Sendable {
    /// Decodes one cell. `cell.bytes` is `nil` for SQL NULL; only `Optional` accepts that.
    static func decode(from cell: PostgresCell) throws(PostgresError) -> Self
}

extension Optional: PostgresDecodable where Wrapped: PostgresDecodable {
    package static func decode(from cell: PostgresCell) throws(PostgresError) -> Wrapped? {
        guard cell.bytes != nil else { return nil }
        return try Wrapped.decode(from: cell)
    }
}

extension String: PostgresDecodable {
    package static func decode(from cell: PostgresCell) throws(PostgresError) -> String {
        var bytes = try cell.requireBytes()
        if cell.type == .jsonb {
            guard bytes.first == 1 else { throw cell.malformed("unknown jsonb format version") }
            bytes = UnsafeRawBufferPointer(rebasing: bytes.dropFirst())
        } else if !cell.type.isTextual {
            throw cell.mismatch(String.self)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw cell.malformed("invalid UTF-8")
        }
        return text
    }
}

extension Bool: PostgresDecodable {
    package static func decode(from cell: PostgresCell) throws(PostgresError) -> Bool {
        guard cell.type == .bool else { throw cell.mismatch(Bool.self) }
        return try cell.readInteger(UInt8.self) != 0
    }
}

extension Int64: PostgresDecodable {
    package static func decode(from cell: PostgresCell) throws(PostgresError) -> Int64 {
        switch cell.type {
        case .int8: return try cell.readInteger(Int64.self)
        case .int4: return Int64(try cell.readInteger(Int32.self))
        case .int2: return Int64(try cell.readInteger(Int16.self))
        case .oid: return Int64(try cell.readInteger(UInt32.self))
        case .xid8:
            let value = try cell.readInteger(UInt64.self)
            guard let narrowed = Int64(exactly: value) else { throw cell.malformed("\(value) exceeds Int64") }
            return narrowed
        default: throw cell.mismatch(Int64.self)
        }
    }
}

extension Int: PostgresDecodable {
    package static func decode(from cell: PostgresCell) throws(PostgresError) -> Int {
        Int(try Int64.decode(from: cell))
    }
}

extension Int32: PostgresDecodable {
    package static func decode(from cell: PostgresCell) throws(PostgresError) -> Int32 {
        let wide = try Int64.decode(from: cell)
        guard let value = Int32(exactly: wide) else { throw cell.malformed("\(wide) exceeds Int32") }
        return value
    }
}

extension Int16: PostgresDecodable {
    package static func decode(from cell: PostgresCell) throws(PostgresError) -> Int16 {
        let wide = try Int64.decode(from: cell)
        guard let value = Int16(exactly: wide) else { throw cell.malformed("\(wide) exceeds Int16") }
        return value
    }
}

extension UInt64: PostgresDecodable {
    package static func decode(from cell: PostgresCell) throws(PostgresError) -> UInt64 {
        if cell.type == .xid8 { return try cell.readInteger(UInt64.self) }
        let wide = try Int64.decode(from: cell)
        guard let value = UInt64(exactly: wide) else { throw cell.malformed("\(wide) is negative") }
        return value
    }
}

extension Double: PostgresDecodable {
    package static func decode(from cell: PostgresCell) throws(PostgresError) -> Double {
        switch cell.type {
        case .float8: return Double(bitPattern: try cell.readInteger(UInt64.self))
        case .float4: return Double(Float(bitPattern: try cell.readInteger(UInt32.self)))
        case .int2, .int4, .int8: return Double(try Int64.decode(from: cell))
        default: throw cell.mismatch(Double.self)
        }
    }
}

extension Date: PostgresDecodable {
    package static func decode(from cell: PostgresCell) throws(PostgresError) -> Date {
        switch cell.type {
        case .timestamptz, .timestamp:
            let micros = try cell.readInteger(Int64.self)
            if micros == .max || micros == .min { throw cell.malformed("infinite timestamps have no Date") }
            return Date(timeIntervalSince1970: PostgresEpoch.unixOffset + Double(micros) / 1_000_000)
        case .date:
            let day = try PostgresDate.decode(from: cell)
            return Date(timeIntervalSince1970: PostgresEpoch.unixOffset + Double(day.daysSince2000) * 86_400)
        default:
            throw cell.mismatch(Date.self)
        }
    }
}

extension UUID: PostgresDecodable {
    package static func decode(from cell: PostgresCell) throws(PostgresError) -> UUID {
        guard cell.type == .uuid else { throw cell.mismatch(UUID.self) }
        let bytes = try cell.requireBytes()
        guard bytes.count == 16 else { throw cell.malformed("expected 16 bytes, got \(bytes.count)") }
        var value: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &value) { $0.copyMemory(from: bytes) }
        return UUID(uuid: value)
    }
}

extension Data: PostgresDecodable {
    package static func decode(from cell: PostgresCell) throws(PostgresError) -> Data {
        guard cell.type == .bytea else { throw cell.mismatch(Data.self) }
        return Data(try cell.requireBytes())
    }
}
