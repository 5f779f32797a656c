/// A time of day on the organisation's clock, such as `policies.run_at: "07:00"`: when the daily run
/// happens. Local time, so the reminders arrive before the working day whatever the season.
package struct TimeOfDay: Hashable, Sendable, Comparable, CustomStringConvertible {
    package var hour: Int
    package var minute: Int

    package init(hour: Int, minute: Int) {
        self.hour = hour
        self.minute = minute
    }

    /// Parses `HH:MM` (24-hour clock, e.g. `07:00` or `7:30`); the error names `key`.
    package init(parsing text: String, key: String = "policies.run_at") throws(PolicyConfigurationError) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let hour = Int(parts[0]), let minute = Int(parts[1])
        else {
            throw PolicyConfigurationError(key: key, value: text, reason: "give a time of day as HH:MM, e.g. 07:00")
        }
        self.init(hour: hour, minute: minute)
        try validate(as: key)
    }

    /// Checks the hour (0–23) and the minute (0–59), naming `key`.
    package func validate(as key: String = "policies.run_at") throws(PolicyConfigurationError) {
        guard (0...23).contains(hour), (0...59).contains(minute) else {
            throw PolicyConfigurationError(
                key: key, value: description, reason: "give a time of day from 00:00 to 23:59")
        }
    }

    /// `07:00`.
    package var description: String {
        (hour < 10 && hour >= 0 ? "0" : "") + "\(hour):" + (minute < 10 && minute >= 0 ? "0" : "") + "\(minute)"
    }

    package static func < (lhs: Self, rhs: Self) -> Bool { (lhs.hour, lhs.minute) < (rhs.hour, rhs.minute) }
}
