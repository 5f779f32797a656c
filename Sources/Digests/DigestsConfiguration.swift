import Policies

/// When the monthly digests go out: `digests.day_of_month` at `digests.run_at`, local time, each
/// covering the calendar month before.
package struct DigestsConfiguration: Sendable, Equatable {
    /// 1–28, so that every month has the day.
    package var dayOfMonth: Int
    package var runAt: TimeOfDay

    package init(dayOfMonth: Int, runAt: TimeOfDay) {
        self.dayOfMonth = dayOfMonth
        self.runAt = runAt
    }

    /// The first of the month at 08:00: after the day's reminders (07:00), before the working day.
    package static let defaults = DigestsConfiguration(dayOfMonth: 1, runAt: TimeOfDay(hour: 8, minute: 0))

    /// Checks both values, naming the key that is wrong.
    package func validate() throws(PolicyConfigurationError) {
        guard (1...28).contains(dayOfMonth) else {
            throw PolicyConfigurationError(
                key: "digests.day_of_month", value: "\(dayOfMonth)",
                reason: "give a day from 1 to 28, so that every month has it")
        }
        try runAt.validate(as: "digests.run_at")
    }
}
