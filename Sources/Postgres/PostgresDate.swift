/// A calendar date without time or zone, as PostgreSQL's `date` stores it.
///
/// Due dates, meeting dates and decision dates are days, not instants: storing them as timestamps
/// would shift them across midnight whenever a time zone changes.
package struct PostgresDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    package let year: Int
    package let month: Int
    package let day: Int
    /// Days after 2000-01-01 (negative for earlier days): PostgreSQL's own count.
    package let daysSince2000: Int

    /// PostgreSQL's range of `date` years (4713 BC to 5874897 AD), with room: outside it the day count
    /// could overflow.
    private static let years = -4800...5_874_897

    /// Returns `nil` for dates that do not exist (e.g. 2026-02-30) or lie far outside PostgreSQL's range.
    package init?(year: Int, month: Int, day: Int) {
        guard Self.years.contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        let candidate = PostgresDate(
            daysSince2000: Self.julianDay(year: year, month: month, day: day) - Self.julian2000)
        guard candidate.year == year, candidate.month == month, candidate.day == day else { return nil }
        self = candidate
    }

    /// The day `daysSince2000` days after 2000-01-01 (negative for earlier days). Total: any count
    /// gives a day of the proleptic Gregorian calendar (sending one PostgreSQL cannot store throws).
    package init(daysSince2000: Int) {
        // Fliegel & Van Flandern, as PostgreSQL's j2date, which needs a non-negative Julian day: whole
        // 400-year cycles (146 097 days, the calendar's period) are taken out first and added back
        // to the year, so no count can trap.
        let cycles = daysSince2000 / 146_097
        let rest = daysSince2000 - cycles * 146_097
        var julian = UInt64(rest + Self.julian2000) + 32044
        var quad = julian / 146097
        let extra = (julian - quad * 146097) * 4 + 3
        julian += 60 + quad * 3 + extra / 146097
        quad = julian / 1461
        julian -= quad * 1461
        var y = Int(julian * 4 / 1461)
        julian = (y != 0 ? (julian + 305) % 365 : (julian + 306) % 366) + 123
        y += Int(quad * 4)
        let year = y - 4800 + cycles * 400
        quad = julian * 2141 / 65536
        let day = Int(julian - 7834 * quad / 256)
        let month = Int((quad + 10) % 12 + 1)
        self.year = year
        self.month = month
        self.day = day
        self.daysSince2000 = daysSince2000
    }

    package static func < (lhs: PostgresDate, rhs: PostgresDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// ISO 8601, e.g. "2026-03-04".
    package var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    private static let julian2000 = julianDay(year: 2000, month: 1, day: 1)

    /// PostgreSQL's date2j.
    private static func julianDay(year: Int, month: Int, day: Int) -> Int {
        var y = year
        var m = month
        if m > 2 {
            m += 1
            y += 4800
        } else {
            m += 13
            y += 4799
        }
        let century = y / 100
        var julian = y * 365 - 32167
        julian += y / 4 - century + century / 4
        julian += 7834 * m / 256 + day
        return julian
    }
}

extension PostgresDate: PostgresEncodable, PostgresDecodable {
    package static var postgresType: PostgresType { .date }

    package func encode() throws(PostgresError) -> [UInt8]? {
        guard let days = Int32(exactly: daysSince2000), days != .max, days != .min else {
            throw .invalidParameter(index: 0, reason: "the date \(self) is outside PostgreSQL's range")
        }
        return days.bigEndianBytes
    }

    package static func decode(from cell: PostgresCell) throws(PostgresError) -> PostgresDate {
        guard cell.type == .date else { throw cell.mismatch(PostgresDate.self) }
        let days = try cell.readInteger(Int32.self)
        if days == .max || days == .min { throw cell.malformed("infinite dates have no calendar day") }
        return PostgresDate(daysSince2000: Int(days))
    }
}
