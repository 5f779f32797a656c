import Testing

@testable import Postgres

/// Far-off days convert without trapping (issue 11: `PostgresDate(daysSince2000:)` trapped on a
/// negative count, reached from `ListIssues`' `staleDays`); a day PostgreSQL cannot store is refused
/// when it is sent.
@Suite struct PostgresDateRangeTests {
    @Test func anyDayCountGivesACalendarDay() throws {
        for days in [
            -1, -146_097, -146_098, -2_451_545, -2_451_546, -9_007_199_254_740_993, Int.min, Int.max, 2_147_483_648,
        ] {
            let date = PostgresDate(daysSince2000: days)
            #expect(date.daysSince2000 == days)
            #expect((1...12).contains(date.month) && (1...31).contains(date.day), "\(days): \(date)")
        }
        #expect(PostgresDate(daysSince2000: -1) == PostgresDate(year: 1999, month: 12, day: 31))
        #expect(PostgresDate(daysSince2000: -146_097) == PostgresDate(year: 1600, month: 1, day: 1))
        #expect(PostgresDate(daysSince2000: -2_451_546).description == "-4713-11-23")
        #expect(PostgresDate(year: Int.max, month: 1, day: 1) == nil)
    }

    @Test func aDayOutsidePostgreSQLsRangeIsRefusedWhenSent() throws {
        #expect(throws: PostgresError.self) { try PostgresDate(daysSince2000: 2_147_483_648).encode() }
        #expect(throws: PostgresError.self) { try PostgresDate(daysSince2000: -9_007_199_254_740_993).encode() }
        #expect(try PostgresDate(daysSince2000: -1).encode() == [0xFF, 0xFF, 0xFF, 0xFF])
    }
}
