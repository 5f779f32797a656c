import Foundation

/// An instant as events keep it: ISO 8601 in UTC with milliseconds (`"2026-11-30T20:45:12.123Z"`), so the
/// JSON stays readable and an instant read back equals the one written.
///
/// Kept as whole milliseconds since 1970: a `Date` is a binary fraction of seconds since 2001, which
/// would print 0.123 as 0.122 and compare unequal after a round trip.
package struct Timestamp: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    package let milliseconds: Int64

    /// Rounds to whole milliseconds, the precision the JSON keeps.
    package init(_ date: Date) {
        milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
    }

    package var date: Date { Date(timeIntervalSince1970: Double(milliseconds) / 1000) }

    package static func < (lhs: Self, rhs: Self) -> Bool { lhs.milliseconds < rhs.milliseconds }

    private static let parser = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)

    package var description: String {
        let seconds = milliseconds.quotientAndRemainder(dividingBy: 1000)
        let (whole, fraction) = seconds.remainder < 0 ? (seconds.quotient - 1, seconds.remainder + 1000) : seconds
        let day = Date(timeIntervalSince1970: Double(whole))
            .formatted(
                Date.ISO8601FormatStyle(timeZone: .gmt).year().month().day().time(includingFractionalSeconds: false))
        return day.replacingOccurrences(of: "Z", with: "") + String(format: ".%03dZ", Int(fraction))
    }

    package init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = try? Self.parser.parse(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "Not an ISO 8601 instant: \(text)"))
        }
        self.init(date)
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// The instant `seconds` later.
    package func adding(seconds: Double) -> Timestamp { Timestamp(date.addingTimeInterval(seconds)) }
}
