import Foundation

/// Days a workplace is closed though they are ordinary working days elsewhere (a summer closure, a
/// planning day): `calendar.closed` in the configuration, each `"YYYY-MM-DD"` or
/// `"YYYY-MM-DD..YYYY-MM-DD"` (both days included).
package struct ClosedPeriod: Sendable, Hashable, CustomStringConvertible {
    package let first: CalendarDate
    package let last: CalendarDate

    /// A period; `nil` when `last` is before `first`.
    package init?(first: CalendarDate, last: CalendarDate) {
        guard first <= last else { return nil }
        self.first = first
        self.last = last
    }

    /// Parses `"2027-07-12..2027-08-06"` or a single `"2027-12-27"`.
    ///
    /// - Throws: ``ClosedPeriodError`` saying what is wrong with the text.
    package init(parsing text: String) throws(ClosedPeriodError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.components(separatedBy: "..")
        guard parts.count <= 2 else { throw .notAPeriod(text) }
        guard let first = CalendarDate(parts[0].trimmingCharacters(in: .whitespaces)) else { throw .notAPeriod(text) }
        let lastText = parts.count == 2 ? parts[1].trimmingCharacters(in: .whitespaces) : parts[0]
        guard let last = CalendarDate(lastText) else { throw .notAPeriod(text) }
        guard first <= last else { throw .backwards(text) }
        self.first = first
        self.last = last
    }

    package func contains(_ date: CalendarDate) -> Bool { first <= date && date <= last }

    /// `2027-07-12..2027-08-06`, or the one day.
    package var description: String { first == last ? "\(first)" : "\(first)..\(last)" }
}
