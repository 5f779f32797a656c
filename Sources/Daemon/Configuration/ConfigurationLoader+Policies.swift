import Domain
import Foundation
import Policies

/// The `policies.*` section: when the daily run happens and, per policy, whether it is on, its
/// threshold in days, when ledningen is told and how often a reminder may repeat.
extension ConfigurationLoader {
    static var policyKeys: Set<String> { PoliciesConfiguration.keys }

    func readPolicies(_ values: KeyReader) async throws(ConfigurationError) -> PoliciesConfiguration {
        var policies = PoliciesConfiguration.defaults
        do {
            if let runAt = try await values.string("policies.run_at") {
                policies.runAt = try TimeOfDay(parsing: runAt)
            }
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

    /// A number of days, or `never` (`nil` inside): absent keys keep the default.
    private func days(_ key: String, _ values: KeyReader) async throws(ConfigurationError) -> Int?? {
        guard let text = try await values.string(key)?.trimmingCharacters(in: .whitespaces) else { return nil }
        if text.lowercased() == "never" { return .some(nil) }
        guard let days = Int(text) else {
            throw .invalidValue(key: key, value: text, reason: "write a whole number of days, or never")
        }
        return .some(days)
    }

    private func required(_ days: Int?, _ key: String) throws(ConfigurationError) -> Int {
        guard let days else {
            throw .invalidValue(key: key, value: "never", reason: "a threshold needs a number of days")
        }
        return days
    }
}
