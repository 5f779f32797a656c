import Domain
import EventCodec
import EventStore
import Foundation
import Logging
import Mail
import Mailer
import PersonalData
import Postgres
import Projections
import ReadModelTypes

/// The outbox's speed: messages per second from queued events, through the projection and the mailer,
/// handed to msmtp and delivered to a local SMTP sink — next to the same rendered messages piped to
/// msmtp directly, one after the other, in the same run.
struct MailBenchmark {
    let pool: PostgresPool
    let options: BenchOptions
    let progress: @Sendable (String) -> Void

    func run() async throws -> Figure {
        let sink = try SinkProcess(script: options.smtpSink)
        defer { sink.stop() }
        let msmtp = [
            "/usr/bin/msmtp", "--file=/dev/null", "--host=127.0.0.1", "--port=\(sink.port)", "--read-envelope-from",
            "--timeout=10", "-t", "-oi",
        ]
        let schema = options.schema + "_mail"
        try await pool.execute("DROP SCHEMA IF EXISTS \(identifier: schema) CASCADE")
        let clock = OrganisationClock(timeZone: .stockholm)
        let store = EventStore(pool: pool, schema: schema, now: { clock.now })
        try await store.migrate()
        let configuration = MailerConfiguration(
            enabled: true, from: try Mailbox("tredjekraft@example.org", displayName: "Tredje kraften", field: "From"),
            sendmail: msmtp, timeout: .seconds(30), pollInterval: .milliseconds(100))
        let readModel = ReadModel(pool: pool, schema: schema, clock: clock, thresholds: .defaults)
        let mailer = Mailer(
            store: store, readModel: readModel, clock: clock, configuration: configuration,
            logger: Logger(label: "bench-mailer") { _ in SwiftLogNoOpLogHandler() })
        try await mailer.contacts.migrator.migrate()
        let recipient = RecipientKey.owner("Enhetschef Vuxenstöd")
        try await mailer.contacts.set(recipient, address: "chef@example.org", metadata: .init(actor: "bench"))

        // The messages, as a policy would queue them.
        let count = options.messages
        progress("mail: queueing \(count) messages")
        var queued: [(MailID, MailQueued)] = []
        for number in 0..<count {
            let id = MailID(UUID())
            let message = MailQueued(
                recipient: recipient, purpose: .reminder, subject: "Påminnelse \(number): ärendet väntar på beslut",
                text: String(repeating: "Ärendet har väntat på beslut i 61 dagar. ", count: 20), html: nil,
                regarding: nil, queuedAt: Timestamp(clock.now))
            queued.append((id, message))
        }

        // Reference: the same messages, rendered, piped to msmtp one after the other.
        progress("mail: \(count) messages piped to msmtp directly")
        let transport = configuration.transport
        let from = configuration.from!
        let direct = try await ContinuousClock().measure {
            for (id, message) in queued {
                let rendered = try MessageComposer.message(
                    id, message, from: from, to: "chef@example.org", displayName: "Enhetschef Vuxenstöd",
                    timeZone: clock.timeZone
                ).rendered()
                guard await transport.send(rendered) == .accepted else { throw BenchError("msmtp refused a message") }
            }
        }

        for (id, message) in queued {
            try await store.append(
                to: StreamID(id.streamName), expectedVersion: .noStream,
                events: [try DomainEvent.mail(id, .queued(message)).newEvent()], metadata: .init(actor: "bench"))
        }
        let runner = ProjectionRunner(
            store: store, projections: [OutboxProjection(store: store)], pollInterval: .milliseconds(100))
        try await runner.prepare()
        try await runner.catchUp()

        progress("mail: \(count) messages through the outbox")
        let outbox = try await ContinuousClock().measure {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await runner.run() }
                group.addTask { try await mailer.run() }
                while try await readModel.outboxSummary().delivered < count {
                    try await Task.sleep(for: .milliseconds(20))
                }
                group.cancelAll()
            }
        }
        guard sink.delivered == 2 * count else {
            throw BenchError("the sink holds \(sink.delivered) messages, expected \(2 * count)")
        }
        try await pool.execute("DROP SCHEMA IF EXISTS \(identifier: schema) CASCADE")
        return Figure(
            name: "mail: messages/s through the outbox to the SMTP sink", value: Double(count) / outbox.seconds,
            reference: "the same messages piped to msmtp directly", referenceValue: Double(count) / direct.seconds,
            target: 0.8)
    }
}

extension Duration {
    fileprivate var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) * 1e-18
    }
}
