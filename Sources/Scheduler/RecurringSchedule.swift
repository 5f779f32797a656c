import Domain
import Foundation

/// When something recurs on the organisation's calendar: the daily policies, the monthly digests.
/// Pure: which occasion an instant falls after or before, nothing more.
package protocol RecurringSchedule: Sendable, Equatable {
    /// What one occasion is for: a day, a month.
    associatedtype Period: Comparable & Sendable & Hashable & CustomStringConvertible

    var timeZone: TimeZone { get }

    /// The last occasion at or before `now`: the one that should have happened most recently.
    func latest(atOrBefore now: Date) -> ScheduledOccasion<Period>

    /// The first occasion after `now`.
    func next(after now: Date) -> ScheduledOccasion<Period>
}

/// `at` on `day` in `timeZone` (on a day when the clocks skip that time, the first instant after it).
func instant(_ day: CalendarDate, _ time: TimeOfDayParts, in timeZone: TimeZone) -> Date {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let components = DateComponents(
        year: day.year, month: day.month, day: day.day, hour: time.hour, minute: time.minute)
    // Gregorian days and times always make an instant; the fallback is never taken.
    return calendar.date(from: components) ?? Date(timeIntervalSince1970: 0)
}

/// Hours and minutes, whatever type holds them.
typealias TimeOfDayParts = (hour: Int, minute: Int)
