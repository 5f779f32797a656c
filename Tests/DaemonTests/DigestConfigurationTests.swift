import Digests
import Domain
import Foundation
import Policies
import TestSupport
import Testing

@testable import Daemon

/// The `digests.*` section: defaults, both keys read, and each bad value named by its key.
@Suite struct DigestConfigurationTests {
    func load(_ yaml: String) async throws -> ConfigurationLoader.Result { try await loadConfiguration(yaml) }

    @Test func theDefaultsAndTheExampleFileAgree() async throws {
        #expect(try await load("log:\n  level: info\n").configuration.digests == .defaults)
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let path = root.appendingPathComponent("Config/tredjekraft.yaml").path
        #expect(
            try await ConfigurationLoader(filePath: path, environment: [:]).load().configuration.digests == .defaults)
    }

    @Test func readsBothKeysFromTheFileAndTheEnvironment() async throws {
        let result = try await load("digests:\n  day_of_month: 3\n  run_at: \"06:15\"\n")
        #expect(result.warnings.isEmpty)
        #expect(
            result.configuration.digests == DigestsConfiguration(dayOfMonth: 3, runAt: TimeOfDay(hour: 6, minute: 15)))
        let fromEnvironment = try await loadConfiguration(
            "log:\n  level: info\n", environment: ["TREDJEKRAFT_DIGESTS_DAY_OF_MONTH": "28"])
        #expect(fromEnvironment.configuration.digests.dayOfMonth == 28)
    }

    @Test(arguments: [
        ("digests:\n  day_of_month: 29\n", "digests.day_of_month"),
        ("digests:\n  day_of_month: 0\n", "digests.day_of_month"),
        ("digests:\n  day_of_month: första\n", "digests.day_of_month"),
        ("digests:\n  day_of_month: 99999999999999999999\n", "digests.day_of_month"),
        ("digests:\n  run_at: \"24:00\"\n", "digests.run_at"),
        ("digests:\n  run_at: morgon\n", "digests.run_at"),
    ])
    func aBadValueIsNamedByItsKey(_ yaml: String, _ key: String) async {
        await expectRefused(yaml, naming: key)
    }
}
