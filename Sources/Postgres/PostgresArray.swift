/// One-dimensional arrays (`text[]`, `jsonb[]`, `int4[]`, …) in the server's binary array format.
///
/// Arrays let one statement carry a whole batch — the event store appends many events in one round
/// trip this way.
extension Array: PostgresEncodable where Element: PostgresEncodable {
    package static var postgresType: PostgresType {
        guard let type = Element.postgresType.arrayType else {
            preconditionFailure("no array type known for \(Element.postgresType)")
        }
        return type
    }

    package func encode() throws(PostgresError) -> [UInt8]? {
        var elements: [[UInt8]?] = []
        elements.reserveCapacity(count)
        for element in self { elements.append(try element.encode()) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(20 + elements.reduce(0) { $0 + 4 + ($1?.count ?? 0) })
        bytes += Int32(1).bigEndianBytes  // dimensions
        bytes += Int32(elements.contains { $0 == nil } ? 1 : 0).bigEndianBytes
        bytes += Element.postgresType.rawValue.bigEndianBytes
        bytes += Int32(count).bigEndianBytes
        bytes += Int32(1).bigEndianBytes  // lower bound
        for element in elements {
            if let element {
                bytes += Int32(element.count).bigEndianBytes
                bytes += element
            } else {
                bytes += Int32(-1).bigEndianBytes
            }
        }
        return bytes
    }
}

extension Array: PostgresDecodable where Element: PostgresDecodable {
    package static func decode(from cell: PostgresCell) throws(PostgresError) -> [Element] {
        guard let elementType = cell.type.arrayElementType else { throw cell.mismatch([Element].self) }
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
        var result: [Element] = []
        result.reserveCapacity(count)
        for _ in 0..<count {
            let length = Int(try int32())
            var element: UnsafeRawBufferPointer?
            if length >= 0 {
                guard offset + length <= bytes.count else { throw cell.malformed("array is truncated") }
                element = UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + length])
                offset += length
            }
            result.append(try Element.decode(from: cell.element(bytes: element, type: elementType)))
        }
        return result
    }
}

extension PostgresType {
    private static let arrays: [(element: PostgresType, array: PostgresType)] = [
        (.bool, PostgresType(rawValue: 1000)), (.bytea, PostgresType(rawValue: 1001)),
        (.int2, PostgresType(rawValue: 1005)), (.int4, PostgresType(rawValue: 1007)),
        (.text, PostgresType(rawValue: 1009)), (.varchar, PostgresType(rawValue: 1015)),
        (.int8, PostgresType(rawValue: 1016)), (.float8, PostgresType(rawValue: 1022)),
        (.date, PostgresType(rawValue: 1182)), (.timestamptz, PostgresType(rawValue: 1185)),
        (.uuid, PostgresType(rawValue: 2951)), (.jsonb, PostgresType(rawValue: 3807)),
        (.xid8, PostgresType(rawValue: 271)),
    ]

    /// The array type whose elements are of this type, e.g. `text[]` for `text`.
    package var arrayType: PostgresType? {
        Self.arrays.first { $0.element == self }?.array
    }

    /// The element type when this is an array type.
    package var arrayElementType: PostgresType? {
        Self.arrays.first { $0.array == self }?.element
    }
}
