import Domain

/// `Calendar`: the non-working days of a year.
package struct CalendarParameters: Codable, Sendable, Equatable {
    /// Default: this year.
    package var year: Int?
    package init(year: Int? = nil) { self.year = year }
}

/// One day that is not a working day, and why.
package struct NonWorkingDay: Codable, Sendable, Equatable {
    package var date: CalendarDate
    /// `weekend`, `closed` or the holiday's identifier (``Holiday``'s raw value).
    package var reason: String
    /// Why, in Swedish: "lördag", "långfredagen", "stängt 2027-07-12..2027-08-06".
    package var name: String

    package init(date: CalendarDate, reason: String, name: String) {
        self.date = date
        self.reason = reason
        self.name = name
    }
}

/// The year's non-working days, its number of working days and the configured closed periods.
package struct CalendarReply: Codable, Sendable, Equatable {
    package var year: Int
    package var days: [NonWorkingDay]
    package var workingDays: Int
    package var closed: [String]

    package init(year: Int, days: [NonWorkingDay], workingDays: Int, closed: [String]) {
        self.year = year
        self.days = days
        self.workingDays = workingDays
        self.closed = closed
    }
}
