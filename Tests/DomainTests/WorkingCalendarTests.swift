import Domain
import Testing

/// The Swedish working-day calendar against known dates, and its arithmetic across the holidays.
struct WorkingCalendarTests {
    /// Easter Sunday, midsommarafton, alla helgons dag and Kristi himmelsfärdsdag, 2024–2035.
    static let known: [(year: Int, easter: String, midsummerEve: String, allSaints: String, ascension: String)] = [
        (2024, "2024-03-31", "2024-06-21", "2024-11-02", "2024-05-09"),
        (2025, "2025-04-20", "2025-06-20", "2025-11-01", "2025-05-29"),
        (2026, "2026-04-05", "2026-06-19", "2026-10-31", "2026-05-14"),
        (2027, "2027-03-28", "2027-06-25", "2027-11-06", "2027-05-06"),
        (2028, "2028-04-16", "2028-06-23", "2028-11-04", "2028-05-25"),
        (2029, "2029-04-01", "2029-06-22", "2029-11-03", "2029-05-10"),
        (2030, "2030-04-21", "2030-06-21", "2030-11-02", "2030-05-30"),
        (2031, "2031-04-13", "2031-06-20", "2031-11-01", "2031-05-22"),
        (2032, "2032-03-28", "2032-06-25", "2032-11-06", "2032-05-06"),
        (2033, "2033-04-17", "2033-06-24", "2033-11-05", "2033-05-26"),
        (2034, "2034-04-09", "2034-06-23", "2034-11-04", "2034-05-18"),
        (2035, "2035-03-25", "2035-06-22", "2035-11-03", "2035-05-03"),
    ]

    @Test func easterMidsummerAllSaintsAndAscensionFrom2024To2035() {
        for row in Self.known {
            #expect(SwedishHolidays.easterSunday(row.year) == date(row.easter), "\(row.year)")
            #expect(WorkingCalendar.holiday(on: date(row.easter)) == .easterSunday)
            #expect(WorkingCalendar.holiday(on: date(row.easter).adding(days: -2)) == .goodFriday)
            #expect(WorkingCalendar.holiday(on: date(row.easter).adding(days: 1)) == .easterMonday)
            #expect(WorkingCalendar.holiday(on: date(row.midsummerEve)) == .midsummerEve, "\(row.year)")
            #expect(WorkingCalendar.holiday(on: date(row.midsummerEve).adding(days: 1)) == .midsummerDay)
            #expect(WorkingCalendar.holiday(on: date(row.allSaints)) == .allSaintsDay, "\(row.year)")
            #expect(WorkingCalendar.holiday(on: date(row.ascension)) == .ascensionDay, "\(row.year)")
            // The list of the year and the day-by-day answer agree.
            let listed = SwedishHolidays.holidays(in: row.year)
            #expect(listed.count == Holiday.allCases.count)
            for entry in listed where entry.holiday != .whitsunDay || entry.date != date("\(row.year)-06-06") {
                #expect(WorkingCalendar.holiday(on: entry.date) == entry.holiday, "\(entry.date)")
            }
        }
    }

    @Test func theFixedHolidaysAndTheEvesAreNotWorkingDays() {
        let calendar = WorkingCalendar.sweden
        for (text, holiday) in [
            ("2027-01-01", Holiday.newYearsDay), ("2027-01-06", .epiphany), ("2027-05-01", .mayDay),
            ("2027-06-06", .nationalDay), ("2027-12-24", .christmasEve), ("2027-12-25", .christmasDay),
            ("2027-12-26", .boxingDay), ("2027-12-31", .newYearsEve),
        ] {
            #expect(calendar.reason(date(text)) == .holiday(holiday), "\(text)")
        }
        #expect(calendar.reason(date("2027-03-27")) == .holiday(.holySaturday))
        #expect(calendar.reason(date("2027-03-20")) == .weekend(.saturday))
        #expect(calendar.reason(date("2027-03-21")) == .weekend(.sunday))
        #expect(calendar.isWorkingDay(date("2027-03-25")))  // skärtorsdagen is a working day
        #expect(calendar.isWorkingDay(date("2027-06-24")))  // the day before midsommarafton
    }

    @Test func addingWorkingDaysGoesAroundEasterChristmasAndMidsummer() {
        let calendar = WorkingCalendar.sweden
        // Långfredagen and annandag påsk 2027 (26 and 29 March) are skipped.
        #expect(calendar.adding(workingDays: 5, to: date("2027-03-24")) == date("2027-04-02"))
        #expect(calendar.adding(workingDays: -5, to: date("2027-04-02")) == date("2027-03-24"))
        // Julafton to nyårsdagen and a weekend.
        #expect(calendar.adding(workingDays: 3, to: date("2026-12-23")) == date("2026-12-30"))
        #expect(calendar.adding(workingDays: 4, to: date("2026-12-23")) == date("2027-01-04"))
        // 30 working days from 20 May 2027 go around midsommarafton (25 June).
        #expect(calendar.adding(workingDays: 30, to: date("2027-05-20")) == date("2027-07-02"))
        #expect(calendar.workingDays(from: date("2027-05-20"), to: date("2027-07-02")) == 30)
        #expect(calendar.workingDays(from: date("2027-07-02"), to: date("2027-05-20")) == -30)
        #expect(calendar.adding(workingDays: 0, to: date("2027-03-27")) == date("2027-03-27"))
        #expect(calendar.nextWorkingDay(onOrAfter: date("2027-03-26")) == date("2027-03-30"))
        #expect(calendar.nextWorkingDay(onOrAfter: date("2027-03-30")) == date("2027-03-30"))
    }

    @Test func aClosedPeriodIsCountedOut() throws {
        let summer = try ClosedPeriod(parsing: "2027-07-12..2027-08-06")
        let calendar = WorkingCalendar(closed: [summer])
        #expect(calendar.reason(date("2027-07-12")) == .closed(summer))
        #expect(calendar.reason(date("2027-08-06")) == .closed(summer))
        #expect(calendar.reason(date("2027-07-17")) == .weekend(.saturday))
        #expect(calendar.isWorkingDay(date("2027-08-09")))
        #expect(calendar.adding(workingDays: 1, to: date("2027-07-09")) == date("2027-08-09"))
        #expect(WorkingCalendar.sweden.adding(workingDays: 1, to: date("2027-07-09")) == date("2027-07-12"))
    }

    @Test func closedPeriodsAreParsedWithClearErrors() throws {
        #expect(try ClosedPeriod(parsing: "2027-12-27").description == "2027-12-27")
        #expect(try ClosedPeriod(parsing: " 2027-07-12 .. 2027-08-06 ").description == "2027-07-12..2027-08-06")
        for text in ["", "2027-07-12..", "2027-13-01", "juli", "2027-07-12..2027-08-06..2027-09-01"] {
            #expect(throws: ClosedPeriodError.notAPeriod(text)) { try ClosedPeriod(parsing: text) }
        }
        #expect(throws: ClosedPeriodError.backwards("2027-08-06..2027-07-12")) {
            try ClosedPeriod(parsing: "2027-08-06..2027-07-12")
        }
    }

    @Test func dayCountsParseAsCalendarOrWorkingDays() {
        #expect(DayCount(parsing: "30") == DayCount(30))
        #expect(DayCount(parsing: "30 days") == DayCount(30))
        #expect(DayCount(parsing: "5 working_days") == DayCount(5, .workingDays))
        #expect(DayCount(parsing: "5  working_days")?.description == "5 working_days")
        for text in ["", "fem", "5 arbetsdagar", "5 working_days extra", "working_days"] {
            #expect(DayCount(parsing: text) == nil, "\(text)")
        }
    }

    @Test func aComputedDateNamesWhatItWentAround() throws {
        let summer = try ClosedPeriod(parsing: "2027-07-12..2027-08-06")
        let calendar = WorkingCalendar(closed: [summer])
        let computed = calendar.compute(DayCount(30, .workingDays), from: date("2027-05-20"))
        #expect(computed.result == date("2027-07-02"))
        #expect(computed.skipped == [.holiday(.midsummerEve)])
        let across = calendar.compute(DayCount(10, .workingDays), from: date("2027-07-05"))
        #expect(across.result == date("2027-08-16"))
        #expect(across.skipped == [.closed(summer)])
        #expect(calendar.compute(DayCount(30), from: date("2027-05-20")).skipped.isEmpty)
    }

    @Test func aYearsNonWorkingDaysAreListedWithWhy() {
        let days = WorkingCalendar.sweden.nonWorkingDays(in: 2027)
        #expect(days.count == 104 + 8)  // 104 weekend days, 8 holidays and eves on weekdays
        #expect(days.first.map { "\($0.date) \($0.reason.name)" } == "2027-01-01 nyårsdagen")
        #expect(days.contains { $0.date == date("2027-06-25") && $0.reason == .holiday(.midsummerEve) })
    }

    private func date(_ text: String) -> CalendarDate { CalendarDate(text)! }
}
