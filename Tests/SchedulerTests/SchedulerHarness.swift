import AppTestSupport
import CommandHandling
import Demo
import Domain
import EventStore
import Foundation
import Logging
import PersonalData
import Policies
import Postgres
import Projections
import Synchronization
import TestSupport

@testable import Scheduler

/// The demo loaded through the real handler and store on a test schema, with a policy run over it
/// and queries to count what the runs recorded.
struct SchedulerHarness: Sendable {
    let app: TestApp
    /// The daemon's state directory: printable letters go under it.
    let stateDirectory: URL
    let demo: DemoScenario
    /// The demo's "today": the day the stories are told up to.
    static let demoDay = "2026-11-30"

    final class StepClock: Sendable {
        private let current = Mutex(Date(timeIntervalSince1970: 0))
        var now: Date { current.withLock { $0 } }
        func set(_ date: Date) { current.withLock { $0 = date } }
    }

    static func with<Value: Sendable>(_ body: @Sendable (SchedulerHarness) async throws -> Value) async throws -> Value
    {
        try await TestApp.with { app in
            let timeZone = TimeZone.stockholm
            let demo = DemoScenario(today: CalendarDate(demoDay)!, timeZone: timeZone)
            let clock = StepClock()
            // No read-your-writes per step (the demo's commands decide on their streams, never on the read
            // models): the runner applies the story in a few large batches, and the harness waits once.
            // A whole suite starts a score of these at once; waiting for a batch per command made each
            // take minutes.
            let handler = CommandHandler(
                store: app.store, runner: nil, clock: OrganisationClock(timeZone: timeZone, now: { clock.now }))
            for step in demo.steps {
                clock.set(step.at)
                app.clock.set(CalendarDate(step.at, timeZone: timeZone).description)
                try await handler.handle(step.command, metadata: EventMetadata(actor: step.actor, client: "tests"))
            }
            try await app.runner.waitUntilProcessed(
                try await app.store.headPosition(), timeout: TestApp.generousConsistencyTimeout)
            app.clock.set(demoDay)
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
                "tk-scheduler-\(UUID().uuidString.prefix(8))", isDirectory: true)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            try await ContactDirectory(store: app.store, clock: app.organisationClock).migrator.migrate()
            return try await body(SchedulerHarness(app: app, stateDirectory: directory, demo: demo))
        }
    }

    /// Gives every demo recipient its example.org address, except `except`.
    func setContacts(except: Set<RecipientKey> = []) async throws {
        let directory = ContactDirectory(store: app.store, clock: app.organisationClock)
        for contact in demo.contacts where !except.contains(contact.recipient) {
            _ = try await directory.set(
                contact.recipient, address: contact.address, metadata: EventMetadata(actor: "tests", client: "tests"))
        }
    }

    func policyRun(answersByMail: Bool = false) -> PolicyRun {
        PolicyRun(
            store: app.store, readModel: app.readModel, follower: app.runner, clock: app.organisationClock,
            logger: Logger(label: "scheduler-tests"), answersByMail: answersByMail)
    }

    func digestRun(stateDirectory: URL? = nil) -> DigestRun {
        DigestRun(
            store: app.store, readModel: app.readModel, follower: app.runner, clock: app.organisationClock,
            stateDirectory: stateDirectory ?? self.stateDirectory, logger: Logger(label: "scheduler-tests"))
    }

    func scheduler(retry: Duration = .milliseconds(100), digestRun: DigestRun? = nil) -> Scheduler {
        Scheduler(
            policyRun: policyRun(), digestRun: digestRun ?? self.digestRun(), clock: app.organisationClock,
            configuration: .defaults,
            logger: Logger(label: "scheduler-tests"), tick: .milliseconds(20), leadershipRetry: retry)
    }

    /// Sets the clock to `hour`:`minute` on `day`, Stockholm time.
    func setClock(_ day: String, _ hour: Int, _ minute: Int = 0) {
        app.clock.set(day)
        app.clock.advance(seconds: Double((hour - 12) * 3600 + minute * 60))
    }

    /// A scheduled run for `day`, as the scheduler makes it.
    @discardableResult
    /// Runs the policies for `day`, then waits until the read models show what the run recorded: the
    /// run's own handler does not wait (the scheduler has nobody to answer), the tests read right after.
    func run(_ day: String, trigger: PolicyRunTrigger = .scheduled, configuration: PoliciesConfiguration = .defaults)
        async throws -> PoliciesRan?
    {
        let ran = try await policyRun().execute(
            day: CalendarDate(day)!, trigger: trigger, late: false, configuration: configuration,
            metadata: EventMetadata(actor: "scheduler", client: "tests"))
        try await app.runner.waitUntilProcessed(try await app.store.headPosition(), timeout: .seconds(60))
        return ran
    }

    /// Every effect event in the log: (stream, type, record).
    func effects() async throws -> [(stream: String, type: String, record: PolicyEffectRecord)] {
        let rows = try await app.pool.query(
            """
            SELECT stream_id, event_type, data FROM \(identifier: app.schema).events
            WHERE event_type IN ('IssueReminderSent', 'IssueEscalationSent', 'CertificationReminderSent',
                                 'CertificationEscalationSent')
            ORDER BY transaction_id, sequence
            """)
        return try rows.map { row in
            (
                try row.decode("stream_id"), try row.decode("event_type"),
                try row.decode("data", as: PostgresJSONB.self).decode(PolicyEffectRecord.self)
            )
        }
    }

    /// The runs recorded on the schedule's stream.
    func runs() async throws -> [PoliciesRan] {
        try await app.pool.query(
            """
            SELECT data FROM \(identifier: app.schema).events WHERE event_type = 'PoliciesRan'
            ORDER BY transaction_id, sequence
            """
        ).map { try $0.decode("data", as: PostgresJSONB.self).decode(PoliciesRan.self) }
    }

    /// The texts of the messages queued by the policies, in the order queued.
    func queuedTexts() async throws -> [String] {
        try await app.pool.query(
            """
            SELECT data->>'text' AS text FROM \(identifier: app.schema).events
            WHERE event_type = 'MailQueued' AND data->>'purpose' IN ('reminder', 'escalation')
            ORDER BY transaction_id, sequence
            """
        ).map { try $0.decode("text", as: String.self) }
    }

    /// Messages queued by the policies (reminders and escalations).
    func queuedLetters() async throws -> Int {
        try await app.pool.query(
            """
            SELECT count(*)::int AS n FROM \(identifier: app.schema).events
            WHERE event_type = 'MailQueued' AND data->>'purpose' IN ('reminder', 'escalation')
            """
        ).first!.decode("n", as: Int.self)
    }

    /// Waits, without a deadline of its own (the test's time limit bounds it), until `condition` holds.
    func eventually(_ condition: @Sendable () async throws -> Bool) async throws {
        try await TestSupport.eventually("the scheduler's state the test waits for", condition)
    }
}
