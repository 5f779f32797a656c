import Foundation

/// A `jsonb` value, kept as its JSON text.
///
/// Keeping the bytes lets the event store pass event data through untouched; `init(encoding:)` and
/// `decode(_:)` cover the common case of a `Codable` value.
package struct PostgresJSONB: Hashable, Sendable, PostgresEncodable, PostgresDecodable {
    /// The UTF-8 JSON text.
    package var data: Data

    package init(data: Data) { self.data = data }

    package init<Value: Encodable>(encoding value: Value, encoder: JSONEncoder = PostgresJSONB.defaultEncoder) throws {
        self.data = try encoder.encode(value)
    }

    package func decode<Value: Decodable>(
        _ type: Value.Type, decoder: JSONDecoder = JSONDecoder()
    ) throws -> Value {
        try decoder.decode(type, from: data)
    }

    /// Sorted keys keep stored JSON stable and diffs readable.
    package static var defaultEncoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    package static var postgresType: PostgresType { .jsonb }

    package func encode() -> [UInt8]? {
        var bytes: [UInt8] = [1]
        bytes.reserveCapacity(data.count + 1)
        bytes.append(contentsOf: data)
        return bytes
    }

    package static func decode(from cell: PostgresCell) throws(PostgresError) -> PostgresJSONB {
        let bytes = try cell.requireBytes()
        switch cell.type {
        case .jsonb:
            guard bytes.first == 1 else { throw cell.malformed("unknown jsonb format version") }
            return PostgresJSONB(data: Data(bytes.dropFirst()))
        case .json, .text:
            return PostgresJSONB(data: Data(bytes))
        default:
            throw cell.mismatch(PostgresJSONB.self)
        }
    }
}
