/// A day of the week, Monday first as in Sweden.
package enum Weekday: Int, Sendable, CaseIterable, Comparable {
    case monday = 1
    case tuesday, wednesday, thursday, friday, saturday, sunday

    /// The Swedish name, e.g. "lördag".
    package var name: String {
        switch self {
        case .monday: "måndag"
        case .tuesday: "tisdag"
        case .wednesday: "onsdag"
        case .thursday: "torsdag"
        case .friday: "fredag"
        case .saturday: "lördag"
        case .sunday: "söndag"
        }
    }

    package var isWeekend: Bool { self == .saturday || self == .sunday }

    package static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension CalendarDate {
    /// The day of the week (Julian day 0 mod 7 is a Monday).
    package var weekday: Weekday { Weekday(rawValue: ((julianDay % 7) + 7) % 7 + 1)! }
}
