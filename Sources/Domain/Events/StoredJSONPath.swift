/// Where in a stored event's JSON a value lies, built as the decoder descends and turned into a
/// `codingPath` only when something asks (an error, a custom `init(from:)`), so decoding a valid event
/// never builds key arrays.
indirect enum StoredJSONPath: Sendable {
    case root
    case key(String, parent: StoredJSONPath)
    case index(Int, parent: StoredJSONPath)

    var codingPath: [any CodingKey] {
        var keys: [any CodingKey] = []
        var node = self
        while true {
            switch node {
            case .root: return keys.reversed()
            case .key(let name, let parent):
                keys.append(StoredJSONKey(stringValue: name))
                node = parent
            case .index(let index, let parent):
                keys.append(StoredJSONKey(intValue: index))
                node = parent
            }
        }
    }

    func appending(_ key: some CodingKey) -> StoredJSONPath { .key(key.stringValue, parent: self) }
}

/// A key of a coding path: a member's name or an array's index (`"Index 3"`, as `JSONDecoder` names it).
struct StoredJSONKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(stringValue: String) {
        self.stringValue = stringValue
        intValue = nil
    }

    init(intValue: Int) {
        stringValue = "Index \(intValue)"
        self.intValue = intValue
    }
}
