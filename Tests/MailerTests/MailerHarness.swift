import AppTestSupport
import Domain
import EventStore
import Foundation
import Logging
import Mail
import MailTestSupport
import PersonalData
import Postgres
import PostgresTestSupport
import Projections
import ReadModelTypes
import Testing

@testable import Mailer

/// A test app (its own schema, projections following the log), a unit with a council, an SMTP sink,
/// and mailers delivering through msmtp to the sink.
struct MailerHarness: Sendable {
    let app: TestApp
    let sink: SMTPSink
    let unit: UnitID = id(1)
    let council: CouncilID = id(2)
    let configuration: MailerConfiguration

    static let fast = RetryPolicy(firstDelay: 2, maximumDelay: 8, giveUpAfter: 3600)

    static func with<Value: Sendable>(
        retry: RetryPolicy = fast, _ body: @Sendable (MailerHarness) async throws -> Value
    ) async throws -> Value {
        try await TestApp.with { app in
            let sink = try await SMTPSink.start()
            defer { sink.kill() }
            let harness = MailerHarness(
                app: app, sink: sink,
                configuration: MailerConfiguration(
                    enabled: true,
                    from: try Mailbox("tredjekraft@example.org", displayName: "Tredje kraften, Lund", field: "From"),
                    // A timeout far above any normal hand-over: a temporary failure waits for the
                    // test's hand-moved clock, so one the machine's slowness caused would never be retried.
                    sendmail: sink.msmtp, timeout: .seconds(120), retry: retry, pollInterval: .milliseconds(100)))
            try await harness.makeMailer().contacts.migrator.migrate()
            try await app.run(.unit(harness.unit, .register(name: "Vuxenstöd Lund")))
            try await app.run(
                .council(
                    harness.council, .create(unitId: harness.unit, name: "Brukarrådet Vuxenstöd", form: .userCouncil)))
            return try await body(harness)
        }
    }

    /// A mailer on the app's store, or on another store (another daemon's pool) over the same schema.
    func makeMailer(
        store: EventStore? = nil, configuration: MailerConfiguration? = nil, replyKeys: ReplyKeyStore? = nil
    ) -> Mailer {
        let store = store ?? app.store
        return Mailer(
            store: store,
            readModel: ReadModel(
                pool: store.pool, schema: store.schema, clock: app.organisationClock, thresholds: .defaults),
            clock: app.organisationClock, configuration: configuration ?? self.configuration,
            logger: Logger(label: "mailer-tests"), replyKeys: replyKeys)
    }

    var contacts: ContactDirectory { makeMailer().contacts }

    /// Runs `body` while `mailers` deliver in the background.
    @discardableResult
    func delivering<Value: Sendable>(
        _ mailers: [Mailer], _ body: @Sendable () async throws -> Value
    ) async throws -> Value {
        try await withThrowingTaskGroup(of: Value?.self) { group in
            for mailer in mailers {
                group.addTask {
                    try await mailer.run()
                    return nil
                }
            }
            let value = try await body()
            group.cancelAll()
            return value
        }
    }

    /// Queues a message as a policy would.
    @discardableResult
    func queue(
        to recipient: RecipientKey, subject: String = "Påminnelse: återkoppling väntar",
        purpose: MailPurpose = .reminder, answerable: [AnswerableItem] = []
    ) async throws -> MailID {
        let mail = MailID(UUID())
        try await app.run(
            .mail(
                mail,
                .queue(
                    recipient: recipient, purpose: purpose, subject: subject,
                    text: "Hej!\n\nRådet väntar på återkoppling om förslaget.",
                    html: "<p>Hej!</p><p>Rådet väntar på återkoppling om förslaget.</p>", regarding: nil,
                    answerable: answerable)),
            as: "scheduler")
        return mail
    }

    /// Waits until the outbox shows `id` in a state that satisfies `condition`.
    @discardableResult
    func waitFor(
        _ id: MailID, timeout: Duration = .seconds(120), _ condition: @Sendable (OutboxEntry) -> Bool
    ) async throws -> OutboxEntry {
        let deadline = ContinuousClock.now + timeout
        while true {
            if let entry = try await app.readModel.outboxEntry(id), condition(entry) { return entry }
            guard ContinuousClock.now < deadline else {
                throw SinkError(
                    "waited \(timeout) for message \(id); it is \(String(describing: try await app.readModel.outboxEntry(id)))"
                )
            }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    /// The types of the events on a message's stream.
    func eventTypes(_ id: MailID) async throws -> [String] {
        try await app.store.readStream(StreamID(id.streamName)).map(\.eventType)
    }
}
