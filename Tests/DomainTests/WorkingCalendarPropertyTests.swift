import Domain
import TestSupport
import Testing

/// Working-day arithmetic over random days and counts (seeded, so a failure repeats).
struct WorkingCalendarPropertyTests {
    @Test func addingThenSubtractingReturnsToAWorkingDayAndLandsOnOne() throws {
        var random = SplitMix64(seed: 34)
        let summer = try ClosedPeriod(parsing: "2027-07-12..2027-08-06")
        let calendars = [WorkingCalendar.sweden, WorkingCalendar(closed: [summer])]
        let first = CalendarDate("2024-01-01")!
        for _ in 0..<2_000 {
            let calendar = calendars[Int.random(in: 0..<2, using: &random)]
            let start = first.adding(days: Int.random(in: 0..<(12 * 365), using: &random))
            let count = Int.random(in: 1...250, using: &random)
            let later = calendar.adding(workingDays: count, to: start)
            #expect(calendar.isWorkingDay(later), "\(count) after \(start) is \(later)")
            #expect(calendar.workingDays(from: start, to: later) == count)
            let back = calendar.adding(workingDays: -count, to: later)
            #expect(calendar.isWorkingDay(back))
            if calendar.isWorkingDay(start) {
                #expect(back == start, "\(count) after \(start) and back is \(back)")
            } else {
                // From a day off, the way back ends on the last working day before it.
                #expect(back < start && calendar.workingDays(from: back, to: start) == 0, "\(start): \(back)")
            }
        }
    }
}
