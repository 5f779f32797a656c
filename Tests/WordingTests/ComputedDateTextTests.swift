import Domain
import Testing
import Wording

/// A computed date says how it was reached.
struct ComputedDateTextTests {
    @Test func aDeadlineInWorkingDaysNamesTheHolidaysAndClosuresItWentAround() throws {
        let summer = try ClosedPeriod(parsing: "2027-07-12..2027-08-06")
        let calendar = WorkingCalendar(closed: [summer])
        let start = CalendarDate("2027-05-20")!
        #expect(
            ComputedDateText.explanation(calendar.compute(DayCount(30, .workingDays), from: start))
                == "30 arbetsdagar från 2027-05-20, utan midsommar: 2027-07-02")
        #expect(
            ComputedDateText.explanation(calendar.compute(DayCount(60, .workingDays), from: start))
                == "60 arbetsdagar från 2027-05-20, utan midsommar och stängningen 2027-07-12–2027-08-06: 2027-09-10")
        #expect(
            ComputedDateText.explanation(
                calendar.compute(DayCount(10, .workingDays), from: CalendarDate("2027-03-22")!))
                == "10 arbetsdagar från 2027-03-22, utan påsk: 2027-04-07")
        #expect(
            ComputedDateText.explanation(
                WorkingCalendar.sweden.compute(DayCount(14, .workingDays), from: CalendarDate("2027-06-22")!),
                startingAt: "första påminnelsen")
                == "14 arbetsdagar från första påminnelsen 2027-06-22, utan midsommar: 2027-07-13")
        #expect(
            ComputedDateText.explanation(calendar.compute(DayCount(14), from: start))
                == "14 dagar från 2027-05-20: 2027-06-03")
        #expect(
            ComputedDateText.explanation(
                calendar.compute(DayCount(-1, .workingDays), from: CalendarDate("2027-03-30")!))
                == "1 arbetsdag före 2027-03-30, utan påsk: 2027-03-25")
    }
}
