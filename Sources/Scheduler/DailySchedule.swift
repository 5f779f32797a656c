import Domain
import Foundation
import Policies

/// The daily run's times: `policies.run_at` on the organisation's calendar. Pure: which occasion an
/// instant falls after or before, nothing more.
package struct DailySchedule: Sendable, Equatable {
    /// One scheduled run: the day it is for and the instant it is due.
    package struct Occasion: Sendable, Equatable {
        package var day: CalendarDate
        package var at: Date
    }

    package var runAt: TimeOfDay
    package var timeZone: TimeZone

    package init(runAt: TimeOfDay, timeZone: TimeZone) {
        self.runAt = runAt
        self.timeZone = timeZone
    }

    /// The run of `day`, at `run_at` there (on a day when the clocks skip that time, the first
    /// instant after it).
    package func occasion(of day: CalendarDate) -> Occasion {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = DateComponents(
            year: day.year, month: day.month, day: day.day, hour: runAt.hour, minute: runAt.minute)
        // Gregorian days and times always make an instant; the fallback is never taken.
        let at = calendar.date(from: components) ?? Date(timeIntervalSince1970: 0)
        return Occasion(day: day, at: at)
    }

    /// The last occasion at or before `now`: the run that should have happened most recently.
    package func latest(atOrBefore now: Date) -> Occasion {
        let today = CalendarDate(now, timeZone: timeZone)
        let occasion = occasion(of: today)
        return occasion.at <= now ? occasion : self.occasion(of: today.adding(days: -1))
    }

    /// The first occasion after `now`.
    package func next(after now: Date) -> Occasion {
        let today = CalendarDate(now, timeZone: timeZone)
        let occasion = occasion(of: today)
        return occasion.at > now ? occasion : self.occasion(of: today.adding(days: 1))
    }
}
