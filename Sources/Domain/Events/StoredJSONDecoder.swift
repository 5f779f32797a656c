import Foundation

/// Decodes a stored event's JSON through the payloads' own `Codable` conformances, without Foundation's
/// `JSONDecoder`: the bytes are parsed once (``StoredJSONReader``) and the tree is walked by the
/// synthesized `init(from:)`, so the field names and every rule about them stay in one place — the
/// payload types.
///
/// It decodes as `JSONDecoder()` with its default strategies does for the types events hold (strings,
/// integers, booleans, floating point, nested objects and arrays, optionals), and throws the same
/// `DecodingError` cases with the same coding paths when the JSON does not fit.
struct StoredJSONDecoder: Decoder, SingleValueDecodingContainer {
    let value: StoredJSON
    let path: StoredJSONPath

    var codingPath: [any CodingKey] { path.codingPath }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(_ value: StoredJSON, path: StoredJSONPath) {
        self.value = value
        self.path = path
    }

    /// Decodes `type` from `data`; JSON that is not valid is `DecodingError.dataCorrupted`, as with
    /// `JSONDecoder`.
    static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        let tree: StoredJSON
        do {
            tree = try data.withUnsafeBytes { raw throws(StoredJSONReader.SyntaxError) in
                try StoredJSONReader.parse(raw.bindMemory(to: UInt8.self))
            }
        } catch {
            throw DecodingError.dataCorrupted(
                .init(codingPath: [], debugDescription: "The given data was not valid JSON.", underlyingError: error))
        }
        return try T(from: StoredJSONDecoder(tree, path: .root))
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = value else {
            throw Self.typeError([String: Any].self, value, path)
        }
        return KeyedDecodingContainer(StoredJSONKeyedContainer<Key>(members, path: path))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let elements) = value else {
            throw Self.typeError([Any].self, value, path)
        }
        return StoredJSONUnkeyedContainer(elements, path: path)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    // MARK: Single value

    func decodeNil() -> Bool {
        if case .null = value { true } else { false }
    }

    func decode(_ type: Bool.Type) throws -> Bool {
        // A null where a Bool belongs is a type mismatch in JSONDecoder (for every other type it is
        // "value not found").
        guard case .bool(let flag) = value else {
            throw DecodingError.typeMismatch(type, Self.mismatch(type, value, codingPath))
        }
        return flag
    }

    func decode(_ type: String.Type) throws -> String {
        guard case .string(let text) = value else { throw Self.typeError(type, value, path) }
        return text
    }

    func decode(_ type: Double.Type) throws -> Double { try floatingPoint(type) }
    func decode(_ type: Float.Type) throws -> Float { try floatingPoint(type) }
    func decode(_ type: Int.Type) throws -> Int { try integer(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if case .null = value, !(T.self is any ExpressibleByNilLiteral.Type) {
            throw DecodingError.valueNotFound(
                type,
                .init(
                    codingPath: codingPath,
                    debugDescription: "Cannot get value of type \(T.self) -- found null value instead")
            )
        }
        // The types JSONDecoder reads its own way rather than through their Codable conformance.
        if T.self == URL.self || T.self == Data.self || T.self == Decimal.self {
            return try special(type)
        }
        return try T(from: self)
    }

    /// URLs as strings, data as Base64, decimals as numbers: `JSONDecoder`'s defaults.
    private func special<T>(_ type: T.Type) throws -> T {
        switch value {
        case .string(let text) where T.self == URL.self:
            if let url = URL(string: text).flatMap({ $0 as? T }) { return url }
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "Invalid URL string."))
        case .string(let text) where T.self == Data.self:
            if let data = Data(base64Encoded: text).flatMap({ $0 as? T }) { return data }
            throw DecodingError.dataCorrupted(
                .init(codingPath: codingPath, debugDescription: "Encountered Data is not valid Base64."))
        case .number(let text) where T.self == Decimal.self:
            if let decimal = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")).flatMap({ $0 as? T }) {
                return decimal
            }
            throw DecodingError.dataCorrupted(
                .init(codingPath: codingPath, debugDescription: "Parsed JSON number <\(text)> does not fit in Decimal.")
            )
        default:
            throw Self.typeError(type, value, path)
        }
    }

    private func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        guard case .number(let text) = value else { throw Self.typeError(type, value, path) }
        if let exact = T(text) { return exact }
        // "1e2" or "3.0" is an integer JSONDecoder accepts; "3.5" or one out of range is not.
        if let double = Double(text), let exact = T(exactly: double) { return exact }
        throw DecodingError.dataCorrupted(
            .init(codingPath: codingPath, debugDescription: "Parsed JSON number <\(text)> does not fit in \(T.self)."))
    }

    private func floatingPoint<T: LosslessStringConvertible & BinaryFloatingPoint>(_ type: T.Type) throws -> T {
        guard case .number(let text) = value else { throw Self.typeError(type, value, path) }
        guard let parsed = T(text), parsed.isFinite else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: codingPath, debugDescription: "Parsed JSON number <\(text)> does not fit in \(T.self).")
            )
        }
        return parsed
    }

    // MARK: Errors

    static func typeError(_ type: Any.Type, _ value: StoredJSON, _ path: StoredJSONPath) -> DecodingError {
        if case .null = value {
            return DecodingError.valueNotFound(
                type,
                .init(
                    codingPath: path.codingPath,
                    debugDescription: "Cannot get value of type \(type) -- found null value instead"))
        }
        return DecodingError.typeMismatch(type, mismatch(type, value, path.codingPath))
    }

    static func mismatch(_ type: Any.Type, _ value: StoredJSON, _ codingPath: [any CodingKey]) -> DecodingError.Context
    {
        .init(
            codingPath: codingPath,
            debugDescription: "Expected to decode \(type) but found \(value.kindDescription) instead.")
    }
}
