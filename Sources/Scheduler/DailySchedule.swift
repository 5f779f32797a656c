import Domain
import Foundation
import Policies

/// The daily run's times: `policies.run_at` on the organisation's calendar.
package struct DailySchedule: RecurringSchedule {
    package typealias Occasion = ScheduledOccasion<CalendarDate>

    package var runAt: TimeOfDay
    package var timeZone: TimeZone

    package init(runAt: TimeOfDay, timeZone: TimeZone) {
        self.runAt = runAt
        self.timeZone = timeZone
    }

    /// The run of `day`, at `run_at` there.
    package func occasion(of day: CalendarDate) -> Occasion {
        Occasion(day: day, at: instant(day, (runAt.hour, runAt.minute), in: timeZone))
    }

    package func latest(atOrBefore now: Date) -> Occasion {
        let today = CalendarDate(now, timeZone: timeZone)
        let occasion = occasion(of: today)
        return occasion.at <= now ? occasion : self.occasion(of: today.adding(days: -1))
    }

    package func next(after now: Date) -> Occasion {
        let today = CalendarDate(now, timeZone: timeZone)
        let occasion = occasion(of: today)
        return occasion.at > now ? occasion : self.occasion(of: today.adding(days: 1))
    }
}
