import Domain
import Testing

@testable import Policies

/// The `policies:` section: DESIGN §4's defaults, and errors that name the key as written in YAML.
@Suite struct PoliciesConfigurationTests {
    @Test func theDefaultsAreDesignsThresholds() throws {
        let defaults = PoliciesConfiguration.defaults
        #expect(
            PolicyName.allCases.map { defaults[$0].thresholdDays } == [14, 60, 7, 0, 30, 45, 7, 90, 60])
        // A kvittens awaited is asked for monthly, the rhythm of the councils' meetings.
        #expect(
            PolicyName.allCases.allSatisfy {
                defaults[$0].enabled && defaults[$0].repeatDays == ($0 == .kvittensAwaited ? 30 : 7)
            })
        #expect(
            PolicyName.allCases.filter { defaults[$0].escalateAfterDays == 14 }
                == [.noDecision, .overdue, .feedbackOwed, .stale, .certificationExpiry])
        #expect(defaults.runAt == TimeOfDay(hour: 7, minute: 0))
        #expect(defaults.thresholds == Thresholds.defaults)
        try defaults.validate()
    }

    @Test func theNamesAreTheConfigurationsAndTheEvents() {
        #expect(
            PolicyName.allCases.map(\.rawValue) == [
                "no_owner", "no_decision", "due_soon", "overdue", "feedback_owed", "stale", "action_item_due",
                "certification_expiry", "kvittens_awaited",
            ])
        #expect(PolicyName.allCases.sorted() == PolicyName.allCases)
    }

    @Test func aNegativeEscalationNamesItsKey() {
        var configuration = PoliciesConfiguration.defaults
        configuration.overdue.escalateAfterDays = -3
        #expect(throws: PolicyConfigurationError.self) { try configuration.validate() }
        do {
            try configuration.validate()
        } catch {
            #expect(error.key == "policies.overdue.escalate_after_days")
            #expect(error.value == "-3")
            #expect(
                error.description
                    == "configuration key 'policies.overdue.escalate_after_days': value -3 is invalid: "
                    + "must be a whole number of days from 0 to 3650, optionally followed by working_days")
        }
    }

    @Test func absurdValuesNameTheirKeys() {
        let cases: [(PolicyName, (inout PolicyConfiguration) -> Void, String)] = [
            (.stale, { $0.thresholdDays = 3651 }, "policies.stale.threshold_days"),
            (.noOwner, { $0.thresholdDays = -1 }, "policies.no_owner.threshold_days"),
            (.feedbackOwed, { $0.repeatDays = 0 }, "policies.feedback_owed.repeat_days"),
            (
                .certificationExpiry, { $0.escalateAfterDays = 100_000 },
                "policies.certification_expiry.escalate_after_days"
            ),
        ]
        for (policy, change, key) in cases {
            var configuration = PoliciesConfiguration.defaults
            change(&configuration[policy])
            #expect(throws: PolicyConfigurationError.self) { try configuration.validate() }
            do { try configuration.validate() } catch { #expect(error.key == key) }
        }
    }

    @Test func theEdgesOfTheRangesAreAllowed() throws {
        var configuration = PoliciesConfiguration.defaults
        configuration.stale = PolicyConfiguration(thresholdDays: 3650, escalateAfterDays: 0, repeatDays: 1)
        configuration.overdue = PolicyConfiguration(thresholdDays: 0, escalateAfterDays: 3650, repeatDays: 3650)
        configuration.dueSoon = PolicyConfiguration(
            enabled: false, thresholdDays: 0, escalateAfterDays: nil, repeatDays: nil)
        try configuration.validate()
    }

    @Test func runAtIsATimeOfDay() throws {
        #expect(try TimeOfDay(parsing: "07:00") == TimeOfDay(hour: 7, minute: 0))
        #expect(try TimeOfDay(parsing: "7:30") == TimeOfDay(hour: 7, minute: 30))
        #expect(try TimeOfDay(parsing: "23:59").description == "23:59")
        for bad in ["24:00", "7", "07:60", "07:5", "+7:00", "sju", "", "07:00:00"] {
            #expect(throws: PolicyConfigurationError.self) {
                _ = try TimeOfDay(parsing: bad)
            }
            do { _ = try TimeOfDay(parsing: bad) } catch { #expect(error.key == "policies.run_at") }
        }
        var configuration = PoliciesConfiguration.defaults
        configuration.runAt = TimeOfDay(hour: 25, minute: 0)
        do {
            try configuration.validate()
            Issue.record("25:00 was accepted")
        } catch {
            #expect(error.key == "policies.run_at")
        }
    }

    @Test func theKeysAreTheYAMLsKeys() {
        let keys = PoliciesConfiguration.keys
        #expect(keys.count == 2 + 9 * 4)
        #expect(keys.contains("policies.run_at"))
        #expect(keys.contains("policies.on_non_working_days"))
        #expect(keys.contains("policies.overdue.escalate_after_days"))
        #expect(keys.contains("policies.certification_expiry.repeat_days"))
        #expect(keys.contains("policies.no_owner.enabled"))
        #expect(keys.contains("policies.stale.threshold_days"))
    }
}
