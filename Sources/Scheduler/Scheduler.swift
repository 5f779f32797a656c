import Digests
import Domain
import EventStore
import Foundation
import Logging
import Policies
import Postgres
import ServiceLifecycle
import Synchronization

/// Runs the policies every day at `policies.run_at` and the digests every month on
/// `digests.day_of_month` at `digests.run_at`, and after start when a run was missed. A lifecycle
/// service driving two ``SchedulerStateMachine``s on the daemon's one clock. (The feedback of
/// delivered digests is a reaction of its own: ``DigestFeedbackService``.)
///
/// With several daemons on one database only the one holding the scheduler's advisory lock (on a
/// session of its own) runs the schedule; the others try again every `leadershipRetry`, so one takes
/// over within that time when the holder dies. `reminders run` and `digest send` go through
/// ``runNow(metadata:)`` and ``sendDigests(month:recipients:metadata:)`` on any daemon; the runs'
/// own locks keep them from overlapping.
package final class Scheduler: Service, Sendable {
    package let policyRun: PolicyRun
    package let digestRun: DigestRun
    let clock: OrganisationClock
    let logger: Logger
    /// How often a sleeping scheduler looks at the clock (which tests move by hand).
    let tick: Duration
    /// How often a daemon without the schedule tries to take it.
    let leadershipRetry: Duration
    private let state: Mutex<State>

    private struct State {
        var configuration: PoliciesConfiguration
        var digests: DigestsConfiguration
        var status = SchedulerStatus(leading: false)
        var stopping = false
    }

    package init(
        policyRun: PolicyRun, digestRun: DigestRun, clock: OrganisationClock, configuration: PoliciesConfiguration,
        digests: DigestsConfiguration = .defaults, logger: Logger, tick: Duration = .seconds(1),
        leadershipRetry: Duration = .seconds(15)
    ) {
        self.policyRun = policyRun
        self.digestRun = digestRun
        self.clock = clock
        self.logger = logger
        self.tick = tick
        self.leadershipRetry = leadershipRetry
        self.state = Mutex(State(configuration: configuration, digests: digests))
    }

    /// The policies in force; a reload (SIGHUP) replaces them, and a new `run_at` takes effect at once.
    package var configuration: PoliciesConfiguration { state.withLock { $0.configuration } }
    package var digests: DigestsConfiguration { state.withLock { $0.digests } }

    package func update(_ configuration: PoliciesConfiguration, digests: DigestsConfiguration? = nil) {
        state.withLock {
            $0.configuration = configuration
            if let digests { $0.digests = digests }
        }
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

    /// The digests of `month` not sent before, now (`digest send`), whoever holds the schedule.
    package func sendDigests(month: CalendarMonth, recipients: DigestRun.Recipients, metadata: EventMetadata)
        async throws -> DigestsRan?
    {
        let ran = try await digestRun.execute(
            month: month, trigger: .manual, lateSince: nil, recipients: recipients, metadata: metadata)
        state.withLock { $0.status.lastDigests = ran ?? $0.status.lastDigests }
        return ran
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

    private func dailySchedule() -> DailySchedule {
        DailySchedule(runAt: configuration.runAt, timeZone: clock.timeZone)
    }

    private func monthlySchedule() -> MonthlySchedule {
        MonthlySchedule(digests, timeZone: clock.timeZone)
    }

    /// Takes the schedule when it is free and keeps it until shutdown or until the session fails.
    private func lead() async {
        var machines = Machines(
            policies: SchedulerStateMachine(schedule: dailySchedule()),
            digests: SchedulerStateMachine(schedule: monthlySchedule()))
        while !isStopping {
            do {
                _ = try await policyRun.store.withLeadership(named: "scheduler") { session in
                    logger.notice("scheduler running: this daemon holds the schedule")
                    state.withLock { $0.status.leading = true }
                    defer {
                        state.withLock {
                            $0.status.leading = false
                            $0.status.nextRunAt = nil
                            $0.status.nextDigestsAt = nil
                        }
                    }
                    try await follow(&machines, session: session)
                }
            } catch is CancellationError {
                return
            } catch {
                if !isStopping {
                    logger.warning("scheduler paused: \(error)", metadata: ["retry_in": "\(leadershipRetry)"])
                }
            }
            _ = machines.policies.leadershipLost()
            _ = machines.digests.leadershipLost()
            await pause(leadershipRetry)
        }
    }

    struct Machines {
        var policies: SchedulerStateMachine<DailySchedule>
        var digests: SchedulerStateMachine<MonthlySchedule>
    }

    /// The state machines' actions, while this daemon holds the schedule: each job runs when due, a
    /// failed one is tried again after a back-off (5 s, doubling, at most 5 min) without holding back
    /// the other; in between, sleep until the earliest of the next occasions and retries.
    private func follow(_ machines: inout Machines, session: PostgresConnection) async throws {
        let recorded = try await policyRun.store.scheduleState()
        var policies = machines.policies.leadershipAcquired(last: recorded.lastScheduledDay, now: clock.now)
        // Nothing before the schedule began is owed (a new installation, or one whose first run was of
        // the policies alone): the first digests go out on the first sending day after that.
        let lastDigests =
            recorded.lastDigestMonth
            ?? machines.digests.schedule.latest(atOrBefore: recorded.begunAt?.date ?? clock.now).period
        var digests = machines.digests.leadershipAcquired(last: lastDigests, now: clock.now)
        var policyRetry = Retry()
        var digestRetry = Retry()
        let metadata = EventMetadata(actor: "scheduler", client: "tredjekraftd")
        while !isStopping {
            let ranPolicies = await runIfDue(&machines.policies, &policies, &policyRetry, "policy run for") {
                occasion, late in
                state.withLock { $0.status.nextRunAt = nil }
                let ran = try await policyRun.execute(
                    day: occasion.day, trigger: .scheduled, late: late, configuration: configuration,
                    metadata: metadata)
                state.withLock { $0.status.lastRun = ran ?? $0.status.lastRun }
            }
            if ranPolicies { continue }
            let ranDigests = await runIfDue(&machines.digests, &digests, &digestRetry, "digests for") {
                occasion, late in
                state.withLock { $0.status.nextDigestsAt = nil }
                let ran = try await digestRun.execute(
                    month: occasion.period, trigger: .scheduled, lateSince: late ? occasion.day : nil,
                    metadata: metadata)
                state.withLock { $0.status.lastDigests = ran ?? $0.status.lastDigests }
            }
            if ranDigests { continue }
            if policies == .waitForLeadership || digests == .waitForLeadership { return }
            // Nothing is due now: the next occasion of each, or its retry.
            var wakeAt: Date?
            if case .sleep(let until) = policies { wakeAt = until }
            if case .sleep(let until) = digests { wakeAt = min(wakeAt ?? until, until) }
            state.withLock {
                if case .sleep(let until) = policies { $0.status.nextRunAt = until }
                if case .sleep(let until) = digests { $0.status.nextDigestsAt = until }
            }
            try await sleep(
                until: wakeAt, orRetryAt: [policyRetry.at, digestRetry.at].compactMap { $0 }.min(), session: session,
                machines: &machines)
            policies = machines.policies.woke(now: clock.now)
            digests = machines.digests.woke(now: clock.now)
        }
    }

    /// Runs one job's occasion when it is due (and its retry, after a failure, has come), and moves
    /// its state machine on; `false` when there was nothing to run.
    private func runIfDue<Schedule: RecurringSchedule>(
        _ machine: inout SchedulerStateMachine<Schedule>, _ action: inout SchedulerStateMachine<Schedule>.Action,
        _ retry: inout Retry, _ what: String,
        _ run: (ScheduledOccasion<Schedule.Period>, Bool) async throws -> Void
    ) async -> Bool {
        guard case .run(let occasion, let late, _) = action, retry.isDue(now: clock.now) else { return false }
        do {
            try await run(occasion, late)
            retry = Retry()
            state.withLock { $0.status.problem = nil }
            action = machine.runFinished(period: occasion.period, now: clock.now)
        } catch {
            machine.runFailed()
            failed("\(what) \(occasion.period)", error, retry: &retry)
            action = machine.woke(now: clock.now)
        }
        return true
    }

    /// When a failed job may run again, on the organisation's clock like everything the scheduler
    /// decides (so a test moves it by hand, as it moves the days).
    struct Retry {
        var failures = 0
        var at: Date?

        func isDue(now: Date) -> Bool { at.map { now >= $0 } ?? true }
    }

    /// Logs a failed run and sets when it is tried again (5 s, doubling, at most 5 min).
    private func failed(_ what: String, _ error: any Error, retry: inout Retry) {
        retry.failures += 1
        let wait = Duration.seconds(min(300, 5 << min(retry.failures, 6)))
        retry.at = clock.now.addingTimeInterval(TimeInterval(wait.components.seconds))
        logger.warning("\(what) failed: \(error)", metadata: ["retry_in": "\(wait)"])
        state.withLock { $0.status.problem = "\(what) failed: \(error)" }
    }

    /// Sleeps until `deadline` on the organisation's clock or a failed job's retry, looking every tick
    /// for a new `run_at` (followed at once); checks the lock's session every half minute.
    private func sleep(
        until deadline: Date?, orRetryAt retryAt: Date?, session: PostgresConnection,
        machines: inout Machines
    ) async throws {
        var sinceCheck = Duration.zero
        while !isStopping, deadline.map({ clock.now < $0 }) ?? true, retryAt.map({ clock.now < $0 }) ?? true {
            let daily = dailySchedule()
            let monthly = monthlySchedule()
            if daily != machines.policies.schedule || monthly != machines.digests.schedule {
                machines.policies.schedule = daily
                machines.digests.schedule = monthly
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
