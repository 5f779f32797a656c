/// An object of a stored event's JSON, read by a payload's `CodingKeys`.
struct StoredJSONKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let members: [StoredJSON.Member]
    let path: StoredJSONPath

    init(_ members: [StoredJSON.Member], path: StoredJSONPath) {
        self.members = members
        self.path = path
    }

    var codingPath: [any CodingKey] { path.codingPath }

    var allKeys: [Key] { members.compactMap { Key(stringValue: $0.key) } }

    /// The member named `key`; with a name written twice the last one counts, as in `JSONDecoder`.
    private func lookup(_ key: Key) -> StoredJSON? { lookup(name: key.stringValue) }

    private func lookup(name: String) -> StoredJSON? {
        var index = members.endIndex
        while index > members.startIndex {
            index -= 1
            if members[index].key == name { return members[index].value }
        }
        return nil
    }

    private func require(_ key: Key) throws -> StoredJSON {
        guard let value = lookup(key) else {
            throw DecodingError.keyNotFound(
                key,
                .init(
                    codingPath: codingPath,
                    debugDescription: "No value associated with key \(key) (\"\(key.stringValue)\")."))
        }
        return value
    }

    private func decoder(_ value: StoredJSON, _ key: Key) -> StoredJSONDecoder {
        StoredJSONDecoder(value, path: path.appending(key))
    }

    func contains(_ key: Key) -> Bool { lookup(key) != nil }

    func decodeNil(forKey key: Key) throws -> Bool {
        if case .null = try require(key) { true } else { false }
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decoder(try require(key), key).decode(type) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String {
        // The commonest field, read without building a decoder.
        let value = try require(key)
        if case .string(let text) = value { return text }
        return try decoder(value, key).decode(type)
    }

    func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
        try decoder(try require(key), key).decode(type)
    }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decoder(try require(key), key).decode(type) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decoder(try require(key), key).decode(type) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decoder(try require(key), key).decode(type) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decoder(try require(key), key).decode(type) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decoder(try require(key), key).decode(type) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decoder(try require(key), key).decode(type) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decoder(try require(key), key).decode(type) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decoder(try require(key), key).decode(type) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 {
        try decoder(try require(key), key).decode(type)
    }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 {
        try decoder(try require(key), key).decode(type)
    }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 {
        try decoder(try require(key), key).decode(type)
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try decoder(try require(key), key).decode(type)
    }

    // A missing key or null is nil; one lookup instead of the default's contains, decodeNil and decode.
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        guard let value = lookup(key) else { return nil }
        switch value {
        case .null: return nil
        case .string(let text): return text
        default: return try decoder(value, key).decode(type)
        }
    }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try present(type, key) }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try present(type, key) }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? { try present(type, key) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try present(type, key) }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try present(type, key) }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try present(type, key) }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try present(type, key) }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try present(type, key) }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try present(type, key) }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { try present(type, key) }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { try present(type, key) }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { try present(type, key) }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try present(type, key) }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? { try present(type, key) }

    private func present<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T? {
        guard let value = lookup(key) else { return nil }
        if case .null = value { return nil }
        return try decoder(value, key).decode(type)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try decoder(try require(key), key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try decoder(try require(key), key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        StoredJSONDecoder(lookup(name: "super") ?? .null, path: .key("super", parent: path))
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        decoder(lookup(key) ?? .null, key)
    }
}
