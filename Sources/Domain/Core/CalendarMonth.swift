import Foundation

/// A month of the calendar (`"2026-11"`): the period a monthly digest covers.
package struct CalendarMonth: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    package let year: Int
    package let month: Int

    /// `nil` for a month that does not exist.
    package init?(year: Int, month: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// Parses `"YYYY-MM"`.
    package init?(_ string: String) {
        let parts = string.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
            let year = Int(parts[0]), let month = Int(parts[1])
        else { return nil }
        self.init(year: year, month: month)
    }

    /// The month a day falls in.
    package init(containing day: CalendarDate) {
        // A day past the calendar's ends (arithmetic far out) belongs to its first or last month.
        year = min(max(day.year, 1), 9999)
        month = day.month
    }

    package var description: String {
        let y = String(year)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + (month < 10 ? "0" : "") + String(month)
    }

    package static func < (lhs: Self, rhs: Self) -> Bool { (lhs.year, lhs.month) < (rhs.year, rhs.month) }

    // Every initialiser keeps year and month in range, so these days always exist.
    package var firstDay: CalendarDate { CalendarDate(unchecked: year, month, 1) }
    package var lastDay: CalendarDate {
        CalendarDate(unchecked: year, month, CalendarDate.daysIn(month: month, year: year))
    }

    /// Whether `day` falls in this month.
    package func contains(_ day: CalendarDate) -> Bool { day.year == year && day.month == month }

    /// The month before; January 1 has no month before it and stays itself.
    package var previous: CalendarMonth {
        month > 1
            ? CalendarMonth(unchecked: year, month - 1) : year > 1 ? CalendarMonth(unchecked: year - 1, 12) : self
    }

    /// The month after; December 9999 stays itself.
    package var next: CalendarMonth {
        month < 12
            ? CalendarMonth(unchecked: year, month + 1) : year < 9999 ? CalendarMonth(unchecked: year + 1, 1) : self
    }

    /// The `day`th of the month, or its last day when the month is shorter.
    package func day(_ day: Int) -> CalendarDate {
        CalendarDate(unchecked: year, month, min(max(day, 1), CalendarDate.daysIn(month: month, year: year)))
    }

    private init(unchecked year: Int, _ month: Int) {
        self.year = year
        self.month = month
    }

    package init(from decoder: any Decoder) throws {
        let string = try decoder.singleValueContainer().decode(String.self)
        guard let month = CalendarMonth(string) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "Not a month (YYYY-MM): \(string)"))
        }
        self = month
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
