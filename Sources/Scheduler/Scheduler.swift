import Domain
import EventStore
import Foundation
import Logging
import Policies
import Postgres
import ServiceLifecycle
import Synchronization

/// Runs the policies every day at `policies.run_at`, and after start when a run was missed: a
/// lifecycle service driving a ``SchedulerStateMachine`` on the daemon's one clock.
///
/// With several daemons on one database only the one holding the scheduler's advisory lock (on a
/// session of its own) runs the schedule; the others try again every `leadershipRetry`, so one takes
/// over within that time when the holder dies. `reminders run` goes through ``runNow(metadata:)`` on
/// any daemon; ``PolicyRun`` keeps runs from overlapping.
package final class Scheduler: Service, Sendable {
    package let policyRun: PolicyRun
    let clock: OrganisationClock
    let logger: Logger
    /// How often a sleeping scheduler looks at the clock (which tests move by hand).
    let tick: Duration
    /// How often a daemon without the schedule tries to take it.
    let leadershipRetry: Duration
    private let state: Mutex<State>

    private struct State {
        var configuration: PoliciesConfiguration
        var status = SchedulerStatus(leading: false)
        var stopping = false
    }

    package init(
        policyRun: PolicyRun, clock: OrganisationClock, configuration: PoliciesConfiguration, logger: Logger,
        tick: Duration = .seconds(1), leadershipRetry: Duration = .seconds(15)
    ) {
        self.policyRun = policyRun
        self.clock = clock
        self.logger = logger
        self.tick = tick
        self.leadershipRetry = leadershipRetry
        self.state = Mutex(State(configuration: configuration))
    }

    /// The policies in force; a reload (SIGHUP) replaces them, and a new `run_at` takes effect at once.
    package var configuration: PoliciesConfiguration { state.withLock { $0.configuration } }

    package func update(_ configuration: PoliciesConfiguration) {
        state.withLock { $0.configuration = configuration }
    }

    package var status: SchedulerStatus { state.withLock { $0.status } }

    /// A run now, for today, whoever holds the schedule (`reminders run`).
    package func runNow(metadata: EventMetadata) async throws -> PoliciesRan? {
        let ran = try await policyRun.execute(
            day: clock.today, trigger: .manual, late: false, configuration: configuration, metadata: metadata)
        state.withLock { $0.status.lastRun = ran ?? $0.status.lastRun }
        return ran
    }

    /// What a run on `day` would send (`reminders preview`).
    package func preview(day: CalendarDate) async throws -> RunPlan {
        try await policyRun.plan(
            day: day, configuration: configuration, lastScheduledDay: try await policyRun.lastScheduledDay())
    }

    // MARK: Running

    package func run() async throws {
        await withGracefulShutdownHandler {
            await lead()
        } onGracefulShutdown: {
            self.state.withLock { $0.stopping = true }
        }
    }

    var isStopping: Bool { Task.isCancelled || state.withLock { $0.stopping } }

    private func schedule() -> DailySchedule {
        DailySchedule(runAt: configuration.runAt, timeZone: clock.timeZone)
    }

    /// Takes the schedule when it is free and keeps it until shutdown or until the session fails.
    private func lead() async {
        var machine = SchedulerStateMachine(schedule: schedule())
        while !isStopping {
            do {
                _ = try await policyRun.store.withLeadership(named: "scheduler") { session in
                    logger.notice("scheduler running: this daemon holds the schedule")
                    state.withLock { $0.status.leading = true }
                    defer {
                        state.withLock {
                            $0.status.leading = false
                            $0.status.nextRunAt = nil
                        }
                    }
                    try await follow(&machine, session: session)
                }
            } catch is CancellationError {
                return
            } catch {
                if !isStopping {
                    logger.warning("scheduler paused: \(error)", metadata: ["retry_in": "\(leadershipRetry)"])
                }
            }
            _ = machine.leadershipLost()
            await pause(leadershipRetry)
        }
    }

    /// The state machine's actions, while this daemon holds the schedule.
    private func follow(_ machine: inout SchedulerStateMachine, session: PostgresConnection) async throws {
        var action = machine.leadershipAcquired(
            lastScheduledDay: try await policyRun.lastScheduledDay(), now: clock.now)
        var failures = 0
        while !isStopping {
            switch action {
            case .run(let occasion, let late, _):
                state.withLock { $0.status.nextRunAt = nil }
                do {
                    let ran = try await policyRun.execute(
                        day: occasion.day, trigger: .scheduled, late: late, configuration: configuration,
                        metadata: EventMetadata(actor: "scheduler", client: "tredjekraftd"))
                    failures = 0
                    state.withLock {
                        $0.status.lastRun = ran ?? $0.status.lastRun
                        $0.status.problem = nil
                    }
                    action = machine.runFinished(day: occasion.day, now: clock.now)
                } catch {
                    machine.runFailed()
                    failures += 1
                    let wait = Duration.seconds(min(300, 5 << min(failures, 6)))
                    logger.warning(
                        "policy run for \(occasion.day) failed: \(error)", metadata: ["retry_in": "\(wait)"])
                    state.withLock { $0.status.problem = "\(error)" }
                    await pause(wait)
                    _ = try await session.execute("SELECT 1")
                    action = machine.woke(now: clock.now)
                }
            case .sleep(let until):
                state.withLock { $0.status.nextRunAt = until }
                try await sleep(until: until, session: session, machine: &machine)
                action = machine.woke(now: clock.now)
            case .waitForLeadership:
                return
            }
        }
    }

    /// Sleeps until `deadline` on the organisation's clock, looking every tick; checks the lock's
    /// session every half minute and follows a new `run_at` at once.
    private func sleep(until deadline: Date, session: PostgresConnection, machine: inout SchedulerStateMachine)
        async throws
    {
        var sinceCheck = Duration.zero
        while !isStopping, clock.now < deadline {
            let schedule = schedule()
            if schedule != machine.schedule {
                machine.schedule = schedule
                return
            }
            try? await Task.sleep(for: tick)
            sinceCheck += tick
            if sinceCheck >= .seconds(30) {
                _ = try await session.execute("SELECT 1")
                sinceCheck = .zero
            }
        }
    }

    /// Sleeps, or returns early on shutdown.
    private func pause(_ duration: Duration) async {
        var left = duration
        while left > .zero, !isStopping {
            try? await Task.sleep(for: min(tick, left))
            left -= tick
        }
    }
}
