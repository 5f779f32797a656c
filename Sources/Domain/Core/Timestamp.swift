import Foundation

/// An instant as events keep it: ISO 8601 in UTC with milliseconds (`"2026-11-30T20:45:12.123Z"`), so the
/// JSON stays readable and an instant read back equals the one written.
package struct Timestamp: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    package let date: Date

    /// Rounds to whole milliseconds, the precision the JSON keeps.
    package init(_ date: Date) {
        self.date = Date(timeIntervalSince1970: (date.timeIntervalSince1970 * 1000).rounded() / 1000)
    }

    package static func < (lhs: Self, rhs: Self) -> Bool { lhs.date < rhs.date }

    private static let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)

    package var description: String { date.formatted(Self.style) }

    package init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = try? Self.style.parse(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "Not an ISO 8601 instant: \(text)"))
        }
        self.date = date
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// The instant `seconds` later.
    package func adding(seconds: Double) -> Timestamp { Timestamp(date.addingTimeInterval(seconds)) }
}
