/// A number of days as configured: calendar days (`30`, the meaning every threshold had before the
/// working-day calendar) or working days (`30 working_days`).
///
/// An integer literal is calendar days, so existing configurations and code keep their meaning.
package struct DayCount: Sendable, Hashable, ExpressibleByIntegerLiteral, CustomStringConvertible {
    /// Which days are counted.
    package enum Unit: String, Sendable, Hashable {
        case calendarDays = "days"
        case workingDays = "working_days"
    }

    package var count: Int
    package var unit: Unit

    package init(_ count: Int, _ unit: Unit = .calendarDays) {
        self.count = count
        self.unit = unit
    }

    package init(integerLiteral value: Int) { self.init(value) }

    /// Parses `"30"`, `"30 days"` or `"30 working_days"`; `nil` for anything else.
    package init?(parsing text: String) {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard (1...2).contains(words.count), let count = Int(words[0]) else { return nil }
        let unit: Unit
        if words.count == 1 {
            unit = .calendarDays
        } else if let named = Unit(rawValue: String(words[1])) {
            unit = named
        } else {
            return nil
        }
        self.init(count, unit)
    }

    /// The day `count` days after `date` (before it when `count` is negative), on `calendar` when
    /// working days are counted.
    package func after(_ date: CalendarDate, in calendar: WorkingCalendar) -> CalendarDate {
        switch unit {
        case .calendarDays: date.adding(days: count)
        case .workingDays: calendar.adding(workingDays: count, to: date)
        }
    }

    /// The day `count` days before `date`.
    package func before(_ date: CalendarDate, in calendar: WorkingCalendar) -> CalendarDate {
        DayCount(-count, unit).after(date, in: calendar)
    }

    /// As written in the configuration: `30` or `30 working_days`.
    package var description: String { unit == .calendarDays ? "\(count)" : "\(count) \(unit.rawValue)" }
}
