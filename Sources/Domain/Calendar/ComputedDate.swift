/// A date the system computed from another by a number of days, with what it went around, so that
/// it can say how it was reached ("30 arbetsdagar från 2027-05-20, utan Kristi himmelsfärd och
/// midsommar: 2027-07-05"). The wording is the Wording and Letters modules'; this holds the facts.
package struct ComputedDate: Sendable, Hashable {
    /// The day counted from.
    package var start: CalendarDate
    /// What was added (negative: counted back).
    package var count: DayCount
    /// The day reached.
    package var result: CalendarDate
    /// The holidays on weekdays and the closed periods skipped in between, when working days were
    /// counted: what made the result later than plain weekdays would have. Empty for calendar days.
    package var skipped: [NonWorkingReason]

    package init(start: CalendarDate, count: DayCount, result: CalendarDate, skipped: [NonWorkingReason]) {
        self.start = start
        self.count = count
        self.result = result
        self.skipped = skipped
    }
}

extension WorkingCalendar {
    /// `count` applied to `start`, with the holidays and closed periods on weekdays it went around
    /// (weekends, and holidays that fall on one, are not named: they delayed nothing).
    package func compute(_ count: DayCount, from start: CalendarDate) -> ComputedDate {
        let result = count.after(start, in: self)
        guard count.unit == .workingDays, result != start else {
            return ComputedDate(start: start, count: count, result: result, skipped: [])
        }
        var skipped: [NonWorkingReason] = []
        var day = min(start, result)
        let end = max(start, result)
        while day < end {
            day = day.adding(days: 1)
            guard let reason = reason(day), !day.weekday.isWeekend else { continue }
            switch reason {
            case .weekend: continue
            case .holiday, .closed: if !skipped.contains(reason) { skipped.append(reason) }
            }
        }
        return ComputedDate(start: start, count: count, result: result, skipped: skipped)
    }
}
