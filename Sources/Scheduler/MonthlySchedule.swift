import Digests
import Domain
import Foundation
import Policies

/// The monthly digests' times: `digests.day_of_month` at `digests.run_at`, local time; the occasion
/// in a month is for the month before it.
package struct MonthlySchedule: RecurringSchedule {
    package typealias Occasion = ScheduledOccasion<CalendarMonth>

    package var dayOfMonth: Int
    package var runAt: TimeOfDay
    package var timeZone: TimeZone

    package init(_ configuration: DigestsConfiguration, timeZone: TimeZone) {
        dayOfMonth = configuration.dayOfMonth
        runAt = configuration.runAt
        self.timeZone = timeZone
    }

    /// The digests for `month`: sent in the month after it.
    package func occasion(for month: CalendarMonth) -> Occasion {
        let day = month.next.day(dayOfMonth)
        return Occasion(period: month, day: day, at: instant(day, (runAt.hour, runAt.minute), in: timeZone))
    }

    package func latest(atOrBefore now: Date) -> Occasion {
        let thisMonth = CalendarMonth(containing: CalendarDate(now, timeZone: timeZone))
        let occasion = occasion(for: thisMonth.previous)
        return occasion.at <= now ? occasion : self.occasion(for: thisMonth.previous.previous)
    }

    package func next(after now: Date) -> Occasion {
        let thisMonth = CalendarMonth(containing: CalendarDate(now, timeZone: timeZone))
        let occasion = occasion(for: thisMonth.previous)
        return occasion.at > now ? occasion : self.occasion(for: thisMonth)
    }
}
