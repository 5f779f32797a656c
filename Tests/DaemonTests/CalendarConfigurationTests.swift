import Domain
import EventStore
import Foundation
import Logging
import Policies
import Postgres
import PostgresTestSupport
import Projections
import Synchronization
import Systemd
import TestSupport
import Testing

@testable import Daemon

/// `calendar.closed`, thresholds in working days and `policies.on_non_working_days`: read, defaulted,
/// and each bad value named by its key.
@Suite struct CalendarConfigurationTests {
    @Test func withoutTheNewKeysEverythingCountsCalendarDaysAndWaitsForWorkingDays() async throws {
        let policies = try await loadConfiguration("log:\n  level: info\n").configuration.policies
        #expect(policies.calendar == .sweden)
        #expect(policies.onNonWorkingDays == .nextWorkingDay)
        #expect(PolicyName.allCases.allSatisfy { policies[$0].thresholdDays.unit == .calendarDays })
    }

    @Test func readsWorkingDaysClosedPeriodsAndTheNonWorkingDayRule() async throws {
        let result = try await loadConfiguration(
            """
            calendar:
              closed: ["2027-07-12..2027-08-06", "2027-12-27"]
            policies:
              on_non_working_days: send
              overdue:
                threshold_days: 5 working_days
                escalate_after_days: 10 working_days
                repeat_days: 7
              feedback_owed:
                threshold_days: 30 working_days
            """)
        #expect(result.warnings.isEmpty)
        let policies = result.configuration.policies
        #expect(policies.onNonWorkingDays == .send)
        #expect(
            policies.overdue
                == PolicyConfiguration(
                    thresholdDays: DayCount(5, .workingDays), escalateAfterDays: DayCount(10, .workingDays),
                    repeatDays: 7))
        #expect(policies.calendar.closed.map(\.description) == ["2027-07-12..2027-08-06", "2027-12-27"])
        #expect(policies.thresholds.feedbackOwedDays == DayCount(30, .workingDays))
        #expect(policies.thresholds.calendar == policies.calendar)
    }

    @Test func aReloadAppliesTheNewCalendarAndRule() async throws {
        try await withConfigFile("log:\n  level: info\n") { path in
            let loader = ConfigurationLoader(filePath: path, environment: [:])
            let initial = try await loader.load().configuration
            let applied = Mutex<DaemonConfiguration?>(nil)
            let service = ConfigurationReloadService(
                loader: loader, initial: initial, logger: Logger(label: "calendar-tests")
            ) { new in applied.withLock { $0 = new } }
            try """
            calendar:
              closed: ["2027-07-12..2027-08-06"]
            policies:
              on_non_working_days: send
            """.write(toFile: path, atomically: true, encoding: .utf8)
            let reloaded = await service.reload()
            #expect(reloaded)
            let policies = try #require(applied.withLock { $0 }).policies
            #expect(policies.calendar.closed.map(\.description) == ["2027-07-12..2027-08-06"])
            #expect(policies.onNonWorkingDays == .send)
        }
    }

    /// SIGHUP's reload reaches the read side too: the daemon's read models count `due` and the stale
    /// list on the newly configured calendar and thresholds, without a restart.
    @Test func aReloadReachesTheReadModels() async throws {
        try await withConfigFile("log:\n  level: info\n") { path in
            let loader = ConfigurationLoader(filePath: path, environment: [:])
            let configuration = try await loader.load().configuration
            let pool = try TestDatabase.pool(maximumConnections: 2)
            let clock = OrganisationClock(timeZone: configuration.timeZone)
            let store = EventStore(pool: pool, schema: TestDatabase.uniqueName("reload"))
            let runner = ProjectionRunner(
                store: store, projections: ProjectionRunner.readModels(for: store, clock: clock))
            let services = DaemonServices(
                configuration: configuration, loader: loader, store: store, runner: runner, clock: clock,
                logger: Logger(label: "calendar-tests"), logLevel: ReloadableLogLevel(.info),
                notifier: SystemdNotifier(environment: [:]))
            #expect(services.liveThresholds.current.calendar == .sweden)
            try """
            calendar:
              closed: ["2027-07-12..2027-08-06"]
            policies:
              stale:
                threshold_days: 10 working_days
            """.write(toFile: path, atomically: true, encoding: .utf8)
            let reloaded = await services.reload.reload()
            #expect(reloaded)
            let thresholds = services.liveThresholds.current
            #expect(thresholds.calendar.closed.map(\.description) == ["2027-07-12..2027-08-06"])
            #expect(thresholds.staleDays == DayCount(10, .workingDays))
            await pool.close()
        }
    }

    @Test(arguments: [
        ("policies:\n  overdue:\n    threshold_days: 5 arbetsdagar\n", "policies.overdue.threshold_days"),
        ("policies:\n  stale:\n    repeat_days: 0 working_days\n", "policies.stale.repeat_days"),
        ("policies:\n  stale:\n    escalate_after_days: 5000 working_days\n", "policies.stale.escalate_after_days"),
        ("policies:\n  on_non_working_days: later\n", "policies.on_non_working_days"),
        ("calendar:\n  closed: [\"2027-07-12..2027-07-01\"]\n", "calendar.closed"),
        ("calendar:\n  closed: [\"sommaren\"]\n", "calendar.closed"),
        ("calendar:\n  closed: \"2027-07-12\"\n", "calendar.closed"),
    ])
    func aBadValueIsNamedByItsKey(_ yaml: String, _ key: String) async {
        await expectRefused(yaml, naming: key)
    }
}
