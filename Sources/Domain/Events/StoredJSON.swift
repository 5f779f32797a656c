/// A stored event's JSON parsed once into a tree, which ``StoredJSONDecoder`` hands to the payloads'
/// own `Codable` conformances.
///
/// Foundation's `JSONDecoder` was a fifth of a rebuild's time; this tree keeps object members in
/// document order in a small array (a payload has a handful of keys, so a linear search beats hashing)
/// and keeps numbers as their text until a field asks for a type.
enum StoredJSON: Sendable {
    case null
    case bool(Bool)
    /// The number's text as written, e.g. `"3"`, `"-1.5e3"`: converted when a field asks for a type.
    case number(String)
    case string(String)
    case array([StoredJSON])
    case object([Member])

    struct Member: Sendable {
        var key: String
        var value: StoredJSON
    }

    /// How the value is named in a type mismatch, as `JSONDecoder` names it.
    var kindDescription: String {
        switch self {
        case .null: "null"
        case .bool: "bool"
        case .number: "number"
        case .string: "a string"
        case .array: "an array"
        case .object: "a dictionary"
        }
    }
}
