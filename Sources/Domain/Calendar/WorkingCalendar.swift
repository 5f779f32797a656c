/// The organisation's working days: Monday to Friday, except the Swedish holidays and the eves kept
/// as holidays (``SwedishHolidays``) and the workplace's own closed periods (`calendar.closed`).
///
/// Pure: a value made from configuration, asked about any year. What "N working days after a day"
/// means is decided here and only here, so the policies, the lists and the letters agree.
package struct WorkingCalendar: Sendable, Equatable {
    /// The workplace's closed periods, in the order configured.
    package var closed: [ClosedPeriod]

    package init(closed: [ClosedPeriod] = []) {
        self.closed = closed
    }

    /// The Swedish calendar with no closed periods of its own.
    package static let sweden = WorkingCalendar()

    /// Why `date` is not a working day; `nil` when it is one. A holiday is named before a weekend,
    /// a weekend before a closed period.
    package func reason(_ date: CalendarDate) -> NonWorkingReason? {
        if let holiday = Self.holiday(on: date) { return .holiday(holiday) }
        if date.weekday.isWeekend { return .weekend(date.weekday) }
        if let period = closed.first(where: { $0.contains(date) }) { return .closed(period) }
        return nil
    }

    package func isWorkingDay(_ date: CalendarDate) -> Bool { reason(date) == nil }

    /// The `count`-th working day after `date` (before it when `count` is negative); `date` itself
    /// when `count` is 0, working day or not.
    package func adding(workingDays count: Int, to date: CalendarDate) -> CalendarDate {
        var day = date
        var left = abs(count)
        let step = count < 0 ? -1 : 1
        while left > 0 {
            day = day.adding(days: step)
            if isWorkingDay(day) { left -= 1 }
        }
        return day
    }

    /// The working days after `start` up to and including `end` (negative when `end` is earlier):
    /// the number that ``adding(workingDays:to:)`` takes from `start` to the last working day on or
    /// before `end`.
    package func workingDays(from start: CalendarDate, to end: CalendarDate) -> Int {
        if end < start { return -workingDays(from: end, to: start) }
        var count = 0
        var day = start
        while day < end {
            day = day.adding(days: 1)
            if isWorkingDay(day) { count += 1 }
        }
        return count
    }

    /// `date` when it is a working day, else the first working day after it.
    package func nextWorkingDay(onOrAfter date: CalendarDate) -> CalendarDate {
        isWorkingDay(date) ? date : adding(workingDays: 1, to: date)
    }

    /// Every day of `year` that is not a working day, with why, in date order.
    package func nonWorkingDays(in year: Int) -> [(date: CalendarDate, reason: NonWorkingReason)] {
        guard let january = CalendarDate(year: year, month: 1, day: 1) else { return [] }
        var days: [(date: CalendarDate, reason: NonWorkingReason)] = []
        var day = january
        while day.year == year {
            if let reason = reason(day) { days.append((day, reason)) }
            day = day.adding(days: 1)
        }
        return days
    }

    /// The holiday on `date` (the fixed one when two fall on one day), computed without building the
    /// year's list, since the policies ask about every day they count over.
    package static func holiday(on date: CalendarDate) -> Holiday? {
        switch (date.month, date.day) {
        case (1, 1): return .newYearsDay
        case (1, 6): return .epiphany
        case (5, 1): return .mayDay
        case (6, 6): return .nationalDay
        case (12, 24): return .christmasEve
        case (12, 25): return .christmasDay
        case (12, 26): return .boxingDay
        case (12, 31): return .newYearsEve
        case (6, 19...25) where date.weekday == .friday: return .midsummerEve
        case (6, 20...26) where date.weekday == .saturday: return .midsummerDay
        case (10, 31), (11, 1...6): return date.weekday == .saturday ? .allSaintsDay : nil
        case (3...6, _): break
        default: return nil
        }
        switch SwedishHolidays.easterSunday(date.year).days(until: date) {
        case -2: return .goodFriday
        case -1: return .holySaturday
        case 0: return .easterSunday
        case 1: return .easterMonday
        case 39: return .ascensionDay
        case 48: return .whitsunEve
        case 49: return .whitsunDay
        default: return nil
        }
    }
}
