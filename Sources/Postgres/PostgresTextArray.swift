/// `text[]`, for columns such as the councils or sources of an issue.
extension [String]: PostgresEncodable, PostgresDecodable {
    public static var postgresType: PostgresType { .textArray }

    /// A one-dimensional array in the server's binary array format.
    public func encode() throws(PostgresError) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes += Int32(1).bigEndianBytes  // dimensions
        bytes += Int32(0).bigEndianBytes  // no NULL elements
        bytes += UInt32(PostgresType.text.rawValue).bigEndianBytes
        bytes += Int32(count).bigEndianBytes
        bytes += Int32(1).bigEndianBytes  // lower bound
        for element in self {
            let encoded = try element.encode() ?? []
            bytes += Int32(encoded.count).bigEndianBytes
            bytes += encoded
        }
        return bytes
    }

    public static func decode(from cell: PostgresCell) throws(PostgresError) -> [String] {
        guard cell.type == .textArray || cell.type.rawValue == 1015 /* varchar[] */ else {
            throw cell.mismatch([String].self)
        }
        let bytes = try cell.requireBytes()
        var offset = 0
        func int32() throws(PostgresError) -> Int32 {
            guard offset + 4 <= bytes.count else { throw cell.malformed("array is truncated") }
            defer { offset += 4 }
            return Int32(bigEndian: bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self))
        }
        let dimensions = try int32()
        _ = try int32()  // has-null flag
        _ = try int32()  // element type
        if dimensions == 0 { return [] }
        guard dimensions == 1 else { throw cell.malformed("only one-dimensional arrays are supported") }
        let count = Int(try int32())
        _ = try int32()  // lower bound
        var result: [String] = []
        result.reserveCapacity(count)
        for _ in 0..<count {
            let length = Int(try int32())
            guard length >= 0 else { throw cell.malformed("array holds NULL elements") }
            guard offset + length <= bytes.count else { throw cell.malformed("array is truncated") }
            let slice = UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + length])
            guard let text = String(validating: slice, as: UTF8.self) else { throw cell.malformed("invalid UTF-8") }
            result.append(text)
            offset += length
        }
        return result
    }
}
