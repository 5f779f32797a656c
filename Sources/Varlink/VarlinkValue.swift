#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A JSON object as carried in a Varlink message's `parameters`.
package typealias VarlinkObject = [String: VarlinkValue]

/// Any JSON value, so messages can be inspected and routed before a handler decides
/// which concrete `Decodable` type its parameters have.
package enum VarlinkValue: Sendable, Hashable, Codable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case array([VarlinkValue])
    case object(VarlinkObject)

    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int64.self) {
            self = .int(value)
        } else if let value = try? container.decode(Double.self) {
            self = .double(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([VarlinkValue].self) {
            self = .array(value)
        } else if let value = try? container.decode(VarlinkObject.self) {
            self = .object(value)
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a JSON value")
        }
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .double(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    /// Builds a value from any `Encodable`, e.g. to put typed parameters into a ``VarlinkObject``.
    package init(encoding value: some Encodable) throws {
        let data = try VarlinkJSON.encoder().encode(value)
        self = try VarlinkJSON.decoder().decode(VarlinkValue.self, from: data)
    }

    /// Decodes this value into a concrete type, e.g. a streamed reply's parameters.
    package func decode<T: Decodable>(_ type: T.Type = T.self) throws -> T {
        let data = try VarlinkJSON.encoder().encode(self)
        return try VarlinkJSON.decoder().decode(T.self, from: data)
    }

    /// The string, if this is one.
    package var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The integer, if this is one (or a double holding an integral value).
    package var intValue: Int64? {
        switch self {
        case .int(let value): return value
        case .double(let value) where value.rounded() == value && abs(value) < 9.0e18: return Int64(value)
        default: return nil
        }
    }

    /// The object, if this is one.
    package var objectValue: VarlinkObject? {
        if case .object(let value) = self { return value }
        return nil
    }

    /// The array, if this is one.
    package var arrayValue: [VarlinkValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    /// The boolean, if this is one.
    package var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }
}

extension VarlinkValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByFloatLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    package init(stringLiteral value: String) { self = .string(value) }
    package init(integerLiteral value: Int64) { self = .int(value) }
    package init(booleanLiteral value: Bool) { self = .bool(value) }
    package init(floatLiteral value: Double) { self = .double(value) }
    package init(arrayLiteral elements: VarlinkValue...) { self = .array(elements) }
    package init(dictionaryLiteral elements: (String, VarlinkValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
    package init(nilLiteral: ()) { self = .null }
}

extension Dictionary where Key == String, Value == VarlinkValue {
    /// Decodes a parameters object into a concrete type.
    package func decode<T: Decodable>(_ type: T.Type = T.self) throws -> T {
        try VarlinkValue.object(self).decode(T.self)
    }
}
