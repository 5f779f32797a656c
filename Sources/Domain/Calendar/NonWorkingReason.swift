/// Why a day is not a working day: a weekend, a holiday or one of the workplace's closed periods. A
/// holiday on a weekend is named as the holiday.
package enum NonWorkingReason: Sendable, Hashable {
    case weekend(Weekday)
    case holiday(Holiday)
    case closed(ClosedPeriod)

    /// In Swedish, e.g. "lördag", "midsommarafton", "stängt 2027-07-12..2027-08-06".
    package var name: String {
        switch self {
        case .weekend(let day): day.name
        case .holiday(let holiday): holiday.name
        case .closed(let period): "stängt \(period)"
        }
    }

    /// A stable identifier: `weekend`, the holiday's raw value, or `closed`.
    package var code: String {
        switch self {
        case .weekend: "weekend"
        case .holiday(let holiday): holiday.rawValue
        case .closed: "closed"
        }
    }
}
