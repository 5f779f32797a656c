import Domain
import Foundation
import Policies
import TestSupport
import Testing

@testable import Daemon

/// The `policies.*` section: defaults, every key read, `never`, and each bad value named by its key.
@Suite struct PolicyConfigurationTests {
    func load(_ yaml: String) async throws -> ConfigurationLoader.Result { try await loadConfiguration(yaml) }

    @Test func theDefaultsAreDesignsAndTheReadModelsThresholdsFollowThem() async throws {
        let policies = try await load("log:\n  level: info\n").configuration.policies
        #expect(policies == .defaults)
        #expect(policies.thresholds.feedbackOwedDays == 30 && policies.thresholds.staleDays == 45)
    }

    @Test func theExampleFileShowsTheDefaults() async throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let path = root.appendingPathComponent("Config/tredjekraft.yaml").path
        let configuration = try await ConfigurationLoader(filePath: path, environment: [:]).load().configuration
        #expect(configuration.policies == .defaults)
    }

    @Test func readsEveryKindOfKey() async throws {
        let result = try await load(
            """
            policies:
              run_at: "06:30"
              overdue:
                threshold_days: 3
                escalate_after_days: 10
                repeat_days: never
              stale:
                enabled: false
              feedback_owed:
                threshold_days: 21
                escalate_after_days: never
            """)
        #expect(result.warnings.isEmpty)
        let policies = result.configuration.policies
        #expect(policies.runAt == TimeOfDay(hour: 6, minute: 30))
        #expect(policies.overdue == PolicyConfiguration(thresholdDays: 3, escalateAfterDays: 10, repeatDays: nil))
        #expect(!policies.stale.enabled)
        #expect(policies.feedbackOwed.thresholdDays == 21 && policies.feedbackOwed.escalateAfterDays == nil)
        #expect(result.configuration.policies.thresholds.feedbackOwedDays == 21)
    }

    @Test(arguments: [
        ("policies:\n  overdue:\n    escalate_after_days: -3\n", "policies.overdue.escalate_after_days"),
        ("policies:\n  overdue:\n    threshold_days: never\n", "policies.overdue.threshold_days"),
        ("policies:\n  stale:\n    repeat_days: 0\n", "policies.stale.repeat_days"),
        ("policies:\n  stale:\n    repeat_days: ofta\n", "policies.stale.repeat_days"),
        ("policies:\n  no_owner:\n    enabled: kanske\n", "policies.no_owner.enabled"),
        ("policies:\n  run_at: \"25:00\"\n", "policies.run_at"),
        ("policies:\n  due_soon:\n    threshold_days: 99999999999999999999\n", "policies.due_soon.threshold_days"),
    ])
    func aBadValueIsNamedByItsKey(_ yaml: String, _ key: String) async {
        await expectRefused(yaml, naming: key)
    }

    @Test func aMisspeltPolicyIsWarnedAbout() async throws {
        let result = try await load("policies:\n  overdu:\n    threshold_days: 3\n")
        #expect(result.warnings.contains { $0.contains("'policies.overdu'") })
    }
}
