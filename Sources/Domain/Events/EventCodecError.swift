/// Why stored event data could not be read or written.
package enum EventCodecError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No decoder is known for this type name and version.
    case unknownEvent(eventType: String, schemaVersion: Int)
    /// The type is known but the JSON does not match it.
    case malformedData(eventType: String, schemaVersion: Int, reason: String)
    /// The event could not be encoded (should not happen with domain values).
    case encodingFailed(eventType: String, reason: String)

    package var description: String {
        switch self {
        case .unknownEvent(let t, let v): "Unknown event type \(t) version \(v)"
        case .malformedData(let t, let v, let r): "Malformed data for event \(t) version \(v): \(r)"
        case .encodingFailed(let t, let r): "Could not encode event \(t): \(r)"
        }
    }
}
