import Domain
import Foundation
import Policies

/// The `policies.*` section: when the daily run happens and, per policy, whether it is on, its
/// threshold in days, when ledningen is told and how often a reminder may repeat; and `calendar.closed`,
/// the workplace's closed days, which working days are counted without.
extension ConfigurationLoader {
    static var policyKeys: Set<String> { PoliciesConfiguration.keys.union(["calendar.closed"]) }

    func readPolicies(_ values: KeyReader) async throws(ConfigurationError) -> PoliciesConfiguration {
        var policies = PoliciesConfiguration.defaults
        do {
            if let runAt = try await values.string("policies.run_at") {
                policies.runAt = try TimeOfDay(parsing: runAt)
            }
            if let rule = try await values.string("policies.on_non_working_days") {
                guard let parsed = NonWorkingDayRule(rawValue: rule.trimmingCharacters(in: .whitespaces)) else {
                    throw ConfigurationError.invalidValue(
                        key: "policies.on_non_working_days", value: rule,
                        reason: "write send or next_working_day")
                }
                policies.onNonWorkingDays = parsed
            }
            policies.calendar = try await readCalendar(values)
            for name in PolicyName.allCases {
                var policy = policies[name]
                if let enabled = try await values.bool("\(name.key).enabled") { policy.enabled = enabled }
                if let days = try await days("\(name.key).threshold_days", values) {
                    policy.thresholdDays = try required(days, "\(name.key).threshold_days")
                }
                if let days = try await days("\(name.key).escalate_after_days", values) {
                    policy.escalateAfterDays = days
                }
                if let days = try await days("\(name.key).repeat_days", values) { policy.repeatDays = days }
                policies[name] = policy
            }
            try policies.validate()
        } catch let error as PolicyConfigurationError {
            throw .invalidValue(key: error.key, value: error.value, reason: error.reason)
        } catch let error as ConfigurationError {
            throw error
        } catch {
            throw .invalidValue(key: "policies", value: "", reason: "\(error)")
        }
        return policies
    }

    /// `calendar.closed`: the workplace's closed days and periods.
    private func readCalendar(_ values: KeyReader) async throws(ConfigurationError) -> WorkingCalendar {
        var periods: [ClosedPeriod] = []
        for text in try await values.strings("calendar.closed") ?? [] {
            do {
                periods.append(try ClosedPeriod(parsing: text))
            } catch {
                throw .invalidValue(key: "calendar.closed", value: text, reason: error.description)
            }
        }
        return WorkingCalendar(closed: periods)
    }

    /// A number of days (`14` calendar days or `14 working_days`), or `never` (`nil` inside): absent
    /// keys keep the default.
    private func days(_ key: String, _ values: KeyReader) async throws(ConfigurationError) -> DayCount?? {
        guard let text = try await values.string(key)?.trimmingCharacters(in: .whitespaces) else { return nil }
        if text.lowercased() == "never" { return .some(nil) }
        guard let days = DayCount(parsing: text) else {
            throw .invalidValue(
                key: key, value: text, reason: "write a whole number of days (14 or 14 working_days), or never")
        }
        return .some(days)
    }

    private func required(_ days: DayCount?, _ key: String) throws(ConfigurationError) -> DayCount {
        guard let days else {
            throw .invalidValue(key: key, value: "never", reason: "a threshold needs a number of days")
        }
        return days
    }
}
