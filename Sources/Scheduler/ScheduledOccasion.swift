import Domain
import Foundation

/// One occasion of a schedule: what it is for, the day it falls on, and the instant it is due.
package struct ScheduledOccasion<Period: Sendable & Hashable>: Sendable, Equatable {
    package var period: Period
    /// The day it is due on the organisation's calendar; a run on a later day is late.
    package var day: CalendarDate
    package var at: Date

    package init(period: Period, day: CalendarDate, at: Date) {
        self.period = period
        self.day = day
        self.at = at
    }
}

extension ScheduledOccasion where Period == CalendarDate {
    /// A daily occasion: for its own day.
    package init(day: CalendarDate, at: Date) {
        self.init(period: day, day: day, at: at)
    }
}
