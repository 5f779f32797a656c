import Digests
import Policies

/// The `digests.*` section: on which day of the month, and at what time, the monthly digests go out.
extension ConfigurationLoader {
    static let digestKeys: Set<String> = ["digests.day_of_month", "digests.run_at"]

    func readDigests(_ values: KeyReader) async throws(ConfigurationError) -> DigestsConfiguration {
        var digests = DigestsConfiguration.defaults
        if let day = try await values.int("digests.day_of_month") { digests.dayOfMonth = day }
        let runAt = try await values.string("digests.run_at")
        do throws(PolicyConfigurationError) {
            if let runAt { digests.runAt = try TimeOfDay(parsing: runAt, key: "digests.run_at") }
            try digests.validate()
        } catch {
            throw .invalidValue(key: error.key, value: error.value, reason: error.reason)
        }
        return digests
    }
}
