import AdminProtocol
import Domain
import EventCodec
import EventStore
import Foundation
import Postgres

/// A handlingsplan of `rows` rows imported through the real daemon's socket as the CLI does it (pages
/// of 200: a dry run of every page, then every page applied, then the same file again), beside the
/// bare append of the same `ActionItemAdded` events in batches of 200 on the same database. Reported,
/// not held to a target: the issue asks for the figure.
struct ImportBenchmark {
    let pool: PostgresPool
    let options: BenchOptions
    let daemon: BenchDaemon
    let progress: @Sendable (String) -> Void
    var rows = 10_000
    static let pageRows = 200

    func run() async throws -> [String] {
        let socket = daemon.socket
        let unit: CommandReply = try await socket.call(.registerUnit, RegisterUnitParameters(name: "Import, benchmark"))
        guard let unitId = unit.unitId else { throw BenchDaemonError("RegisterUnit answered no unitId") }
        let today = CalendarDate(Date(), timeZone: .current)
        let started: CommandReply = try await socket.call(
            .startCertification, StartCertificationParameters(unitId: unitId, startedOn: today.adding(days: -1)))
        guard let certification = started.certificationId else {
            throw BenchDaemonError("StartCertification answered no certificationId")
        }
        let file = (1...rows).map {
            ImportActionRow(
                line: $0 + 1, externalId: "H-\($0)", area: "information",
                action: "Åtgärd \($0): informationsblad på lätt svenska.", owner: "Enhetschef",
                followedUpBy: "Brukarrådet", dueDate: today.adding(days: 90).description)
        }
        let pages = stride(from: 0, to: file.count, by: Self.pageRows).map {
            Array(file[$0..<min($0 + Self.pageRows, file.count)])
        }
        func importing(apply: Bool) async throws -> Double {
            let start = ContinuousClock.now
            for page in pages {
                let _: ImportActionsReply = try await socket.call(
                    .importActions, ImportActionsParameters(certificationId: certification, rows: page, apply: apply))
            }
            return Self.seconds(ContinuousClock.now - start)
        }
        progress("import: \(rows) rows, dry run")
        let dry = try await importing(apply: false)
        progress("import: \(rows) rows, applied")
        let applied = try await importing(apply: true)
        progress("import: \(rows) rows, the same file again")
        let again = try await importing(apply: true)
        let bare = try await bareAppend()
        func rate(_ seconds: Double) -> String {
            String(format: "%6.1f s %8.0f rows/s", seconds, Double(rows) / seconds)
        }
        return [
            "",
            "handlingsplan import, \(rows) rows in pages of \(Self.pageRows) through the admin socket:",
            "  dry run          \(rate(dry))",
            "  applied          \(rate(applied))",
            "  the same again   \(rate(again))",
            "  reference: bare append of the same ActionItemAdded events, 200 a batch: \(rate(bare))",
        ]
    }

    /// The same events appended straight to the store, 200 a transaction, each with its expected version.
    private func bareAppend() async throws -> Double {
        let schema = options.schema + "_import"
        try await pool.execute("DROP SCHEMA IF EXISTS \(identifier: schema) CASCADE")
        let store = EventStore(pool: pool, schema: schema)
        try await store.migrate()
        let id = CertificationID(UUID())
        let today = CalendarDate(Date(), timeZone: .current)
        let metadata = EventMetadata(actor: "bench", client: "tredjekraft-bench")
        _ = try await store.append(
            to: StreamID(id.streamName), expectedVersion: .exactly(0),
            events: [
                try DomainEvent.certification(
                    id, .started(CertificationStarted(unitId: UnitID(UUID()), startedOn: today))
                ).newEvent()
            ], metadata: metadata)
        let start = ContinuousClock.now
        var version: Int64 = 1
        for first in stride(from: 1, through: rows, by: Self.pageRows) {
            let events = try (first..<min(first + Self.pageRows, rows + 1)).map { number in
                try DomainEvent.certification(
                    id,
                    .actionItemAdded(
                        ActionItemAdded(
                            actionItemId: ActionPlanImport.itemID(certification: id, externalId: "H-\(number)"),
                            area: .information, action: "Åtgärd \(number): informationsblad på lätt svenska.",
                            owner: "Enhetschef", dueDate: today.adding(days: 90), followedUpBy: "Brukarrådet"))
                ).newEvent()
            }
            _ = try await store.append(
                to: StreamID(id.streamName), expectedVersion: .exactly(version), events: events, metadata: metadata,
                idempotencyKey: UUID().uuidString.lowercased())
            version += Int64(events.count)
        }
        let seconds = Self.seconds(ContinuousClock.now - start)
        try await pool.execute("DROP SCHEMA IF EXISTS \(identifier: schema) CASCADE")
        return seconds
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}
