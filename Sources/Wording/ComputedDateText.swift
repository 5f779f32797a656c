import Domain

/// How a computed date says how it was reached, in Swedish: "30 arbetsdagar från 2027-05-20, utan
/// pingst och midsommar: 2027-07-02". Shared by `issue show`, the CLI's calendar and the letters.
package enum ComputedDateText {
    /// The whole explanation, e.g. "30 arbetsdagar från 2027-05-20, utan midsommar: 2027-07-02" or
    /// "14 dagar från 2027-03-01: 2027-03-15".
    /// - Parameter startingAt: what the start day is, named before it: "första påminnelsen" gives
    ///   "14 dagar från första påminnelsen 2027-03-01: 2027-03-15".
    package static func explanation(_ date: ComputedDate, startingAt: String? = nil) -> String {
        let start = startingAt.map { "\($0) \(date.start)" } ?? date.start.description
        var text = "\(amount(date.count)) \(date.count.count < 0 ? "före" : "från") \(start)"
        let around = skipped(date.skipped)
        if !around.isEmpty { text += ", utan \(around)" }
        return text + ": \(date.result)"
    }

    /// "30 arbetsdagar", "1 arbetsdag", "14 dagar", "1 dag" (the number without its sign).
    package static func amount(_ count: DayCount) -> String {
        let n = abs(count.count)
        return switch count.unit {
        case .calendarDays: n == 1 ? "1 dag" : "\(n) dagar"
        case .workingDays: n == 1 ? "1 arbetsdag" : "\(n) arbetsdagar"
        }
    }

    /// A closed period as a deadline goes around it: "stängningen 2027-07-12–2027-08-06", or "den
    /// stängda dagen 2027-12-27".
    package static func closure(_ period: ClosedPeriod) -> String {
        period.first == period.last
            ? "den stängda dagen \(period.first)" : "stängningen \(period.first)–\(period.last)"
    }

    /// The holidays and closed periods gone around, by feast and in order: "påsk, Kristi himmelsfärd
    /// och midsommar"; empty when there were none.
    package static func skipped(_ reasons: [NonWorkingReason]) -> String {
        var names: [String] = []
        for reason in reasons {
            let name =
                switch reason {
                case .holiday(let holiday): holiday.season
                case .closed(let period): closure(period)
                case .weekend(let day): day.name
                }
            if !names.contains(name) { names.append(name) }
        }
        return Swedish.list(names)
    }
}
