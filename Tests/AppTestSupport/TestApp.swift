import CommandHandling
import Domain
import EventStore
import Foundation
import Postgres
import PostgresTestSupport
import Projections
import Synchronization

/// A clock the test moves by hand; decisions and the read models see the same "now".
package final class TestClock: Sendable {
    private let current: Mutex<Date>

    package init(_ day: String = "2026-01-10") {
        current = Mutex(TestClock.noon(day))
    }

    package var now: Date { current.withLock { $0 } }

    package func set(_ day: String) { current.withLock { $0 = TestClock.noon(day) } }

    /// Moves the clock on by `seconds`.
    package func advance(seconds: Double) { current.withLock { $0 = $0.addingTimeInterval(seconds) } }

    static func noon(_ day: String) -> Date {
        let date = CalendarDate(day)!
        var components = DateComponents()
        components.year = date.year
        components.month = date.month
        components.day = date.day
        components.hour = 12
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .stockholm
        return calendar.date(from: components)!
    }
}

/// The store, the projections (running in the background), the command handler and the read model,
/// on a schema of their own.
package struct TestApp: Sendable {
    package let store: EventStore
    package let runner: ProjectionRunner
    package let handler: CommandHandler
    package let readModel: ReadModel
    package let clock: TestClock
    /// The app's one clock: the test clock's instant on the app's calendar.
    package let organisationClock: OrganisationClock
    package var schema: String { store.schema }
    package var pool: PostgresPool { store.pool }

    package static let projectionsFactory: @Sendable (EventStore, OrganisationClock) -> [any Projection] = {
        ProjectionRunner.readModels(for: $0, clock: $1)
    }

    /// How long a command waits for the read models in tests: far above any normal run, so that a
    /// slow machine shows as a test's time limit, never as a reply with `lag` that a test reads as
    /// stale. Tests of `lag` itself pass a short timeout of their own.
    package static let generousConsistencyTimeout: Duration = .seconds(300)

    /// Runs `body` with a fresh app whose projections follow the log until `body` returns.
    package static func with<Value: Sendable>(
        consistencyTimeout: Duration = generousConsistencyTimeout,
        projections: (@Sendable (EventStore, OrganisationClock) -> [any Projection])? = nil,
        followLog: Bool = true, timeZone: TimeZone = .stockholm, _ body: @Sendable (TestApp) async throws -> Value
    ) async throws -> Value {
        let pool = try TestDatabase.pool(maximumConnections: 6)
        let clock = TestClock()
        let organisationClock = OrganisationClock(timeZone: timeZone, now: { clock.now })
        let store = EventStore(pool: pool, schema: TestDatabase.uniqueName("app"), now: { clock.now })
        try await store.migrate()
        let runner = ProjectionRunner(
            store: store, projections: (projections ?? projectionsFactory)(store, organisationClock), batchSize: 500,
            pollInterval: .milliseconds(200))
        try await runner.prepare()
        let app = TestApp(
            store: store, runner: runner,
            handler: CommandHandler(
                store: store, runner: followLog ? runner : nil, clock: organisationClock,
                consistencyTimeout: consistencyTimeout),
            readModel: ReadModel(pool: pool, schema: store.schema, clock: organisationClock, thresholds: .defaults),
            clock: clock,
            organisationClock: organisationClock)
        do {
            let value = try await withThrowingTaskGroup(of: Value?.self) { group in
                if followLog {
                    group.addTask {
                        try await runner.run()
                        return nil
                    }
                }
                let value = try await body(app)
                group.cancelAll()
                return value
            }
            try await pool.execute("DROP SCHEMA \(identifier: store.schema) CASCADE")
            await pool.close()
            return value
        } catch {
            _ = try? await pool.execute("DROP SCHEMA \(identifier: store.schema) CASCADE")
            await pool.close()
            throw error
        }
    }

    /// The same app with commands handled by `handler` (another daemon's, on the same schema).
    package func replacingHandler(_ handler: CommandHandler) -> TestApp {
        TestApp(
            store: store, runner: runner, handler: handler, readModel: readModel, clock: clock,
            organisationClock: organisationClock)
    }

    /// Handles a command as coordinator `actor` on `day`.
    @discardableResult
    package func run(_ command: DomainCommand, on day: String? = nil, as actor: String = "samordnare") async throws
        -> CommandOutcome
    {
        if let day { clock.set(day) }
        return try await handler.handle(command, metadata: EventMetadata(actor: actor, client: "tests"))
    }

    /// Every row of `table`, as text, in a stable order: for comparing two builds of a read model.
    package func dump(_ table: String) async throws -> [String] {
        try await pool.query("SELECT t::text AS row FROM \(identifier: schema).\(identifier: table) t ORDER BY 1")
            .map { try $0.decode("row", as: String.self) }
    }
}

/// Ids that read well in failures: `id(7)` is 00000000-0000-0000-0000-000000000007.
package func id<Kind>(_ number: Int) -> Identifier<Kind> {
    Identifier(UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", number))!)
}

package func day(_ text: String) -> CalendarDate { CalendarDate(text)! }
