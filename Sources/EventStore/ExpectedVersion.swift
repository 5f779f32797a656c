/// What the writer believes the stream's version is, checked atomically with the append.
///
/// Versions count events: a stream with three events is at version 3; `noStream` is version 0.
package enum ExpectedVersion: Sendable, Hashable, CustomStringConvertible {
    /// Append whatever the stream holds (for streams with one writer, or facts that never conflict).
    case any
    /// The stream must not exist yet.
    case noStream
    /// The stream must be at exactly this version.
    case exactly(Int64)

    package var description: String {
        switch self {
        case .any: "any version"
        case .noStream: "no stream"
        case .exactly(0): "no stream"
        case .exactly(let version): "version \(version)"
        }
    }

    /// The form the append function takes: (kind, version).
    var encoded: (kind: Int16, version: Int64) {
        switch self {
        case .any: (0, 0)
        case .noStream: (1, 0)
        case .exactly(0): (1, 0)
        case .exactly(let version): (2, version)
        }
    }
}
