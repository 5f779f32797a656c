/// Why a `calendar.closed` entry is not a period.
package enum ClosedPeriodError: Error, Sendable, Equatable, CustomStringConvertible {
    case notAPeriod(String)
    case backwards(String)

    package var description: String {
        switch self {
        case .notAPeriod: "write a day as YYYY-MM-DD or a period as YYYY-MM-DD..YYYY-MM-DD"
        case .backwards: "the period ends before it begins"
        }
    }
}
