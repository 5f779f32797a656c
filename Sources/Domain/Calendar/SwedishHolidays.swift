/// The Swedish holidays of a year, computed (no table, no I/O): the fixed ones, Easter by the
/// Gregorian computus and the days that move with it, midsommar and alla helgons dag.
package enum SwedishHolidays {
    /// Easter Sunday of `year` (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).
    package static func easterSunday(_ year: Int) -> CalendarDate {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDate(unchecked: year, month, day)
    }

    /// Every holiday of `year` with its date, in date order. Two on one day (pingstdagen on 6 June)
    /// are both listed.
    package static func holidays(in year: Int) -> [(date: CalendarDate, holiday: Holiday)] {
        let easter = easterSunday(year)
        let midsummerEve = first(.friday, from: CalendarDate(unchecked: year, 6, 19))
        let list: [(CalendarDate, Holiday)] = [
            (CalendarDate(unchecked: year, 1, 1), .newYearsDay),
            (CalendarDate(unchecked: year, 1, 6), .epiphany),
            (easter.adding(days: -2), .goodFriday),
            (easter.adding(days: -1), .holySaturday),
            (easter, .easterSunday),
            (easter.adding(days: 1), .easterMonday),
            (CalendarDate(unchecked: year, 5, 1), .mayDay),
            (easter.adding(days: 39), .ascensionDay),
            (easter.adding(days: 48), .whitsunEve),
            (easter.adding(days: 49), .whitsunDay),
            (CalendarDate(unchecked: year, 6, 6), .nationalDay),
            (midsummerEve, .midsummerEve),
            (midsummerEve.adding(days: 1), .midsummerDay),
            (first(.saturday, from: CalendarDate(unchecked: year, 10, 31)), .allSaintsDay),
            (CalendarDate(unchecked: year, 12, 24), .christmasEve),
            (CalendarDate(unchecked: year, 12, 25), .christmasDay),
            (CalendarDate(unchecked: year, 12, 26), .boxingDay),
            (CalendarDate(unchecked: year, 12, 31), .newYearsEve),
        ]
        return list.map { (date: $0.0, holiday: $0.1) }.sorted { $0.date < $1.date }
    }

    /// The first `weekday` on or after `date`.
    private static func first(_ weekday: Weekday, from date: CalendarDate) -> CalendarDate {
        var day = date
        while day.weekday != weekday { day = day.adding(days: 1) }
        return day
    }
}
