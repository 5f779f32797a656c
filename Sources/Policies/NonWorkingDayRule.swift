/// What a run of the policies on a day that is not a working day does (`policies.on_non_working_days`).
package enum NonWorkingDayRule: String, Sendable, Equatable, CaseIterable {
    /// Sends as on any day.
    case send = "send"
    /// Sends nothing; what falls due goes out on the next working day, once, and says why.
    case nextWorkingDay = "next_working_day"
}
