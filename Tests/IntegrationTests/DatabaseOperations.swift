import Domain
import Foundation
import Postgres
import PostgresTestSupport
import TestSupport
import Testing
import Varlink

/// The checkout the tests run from: `ops/` scripts and `Tests/` files are read from here.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// Runs one of the `ops/` scripts; its output, whatever its exit status.
func runOps(_ script: String, _ arguments: [String]) async throws -> ChildOutput {
    try await runChild(repositoryRoot.appendingPathComponent("ops/" + script).path, arguments)
}

/// The test cluster's conninfo for `database` as `user` (the test cluster trusts local connections).
func clusterURL(database: String, user: String? = nil) throws -> String {
    let base = try TestDatabase.conninfo()
    let parameters = ["dbname=" + database] + (user.map { ["user=" + $0] } ?? [])
    if base.contains("://") {
        return base + (base.contains("?") ? "&" : "?") + parameters.joined(separator: "&")
    }
    return base + " " + parameters.joined(separator: " ")
}

/// A database made by `ops/db-bootstrap` on the test cluster, with roles of its own (roles are
/// cluster-wide, so their names are unique like the database's).
struct BootstrappedDatabase: Sendable {
    let name: String
    let schema: String
    let owner: String
    let runtime: String

    var ownerURL: String { get throws { try clusterURL(database: name, user: owner) } }
    var runtimeURL: String { get throws { try clusterURL(database: name, user: runtime) } }

    /// `ops/db-bootstrap` for this database, connected as the test cluster's superuser.
    func bootstrap() async throws -> ChildOutput {
        try await runOps(
            "db-bootstrap",
            [
                "--admin", try TestDatabase.conninfo(), "--database", name, "--schema", schema, "--owner", owner,
                "--runtime", runtime,
            ])
    }
}

/// Runs `body` with a freshly bootstrapped database; afterwards drops it, and any database `body`
/// restored into (`extraDatabases`), and the roles.
func withBootstrappedDatabase<T>(
    extraDatabases: [String] = [], _ body: (BootstrappedDatabase) async throws -> T
) async throws -> T {
    let suffix = TestDatabase.uniqueName("")
    let database = BootstrappedDatabase(
        name: "tkboot" + suffix, schema: "tk" + suffix, owner: "tkowner" + suffix, runtime: "tkrt" + suffix)
    let result: Result<T, any Error>
    do {
        let output = try await database.bootstrap()
        guard output.status == 0 else { throw TestFailure("ops/db-bootstrap failed: \(output)") }
        result = .success(try await body(database))
    } catch {
        result = .failure(error)
    }
    try await withTestPool { pool in
        for name in [database.name] + extraDatabases {
            try await pool.execute("DROP DATABASE IF EXISTS \(identifier: name) WITH (FORCE)")
        }
        // Their grants and default privileges went with the databases; cluster-wide, nothing is left.
        try await pool.execute("DROP ROLE IF EXISTS \(identifier: database.runtime), \(identifier: database.owner)")
    }
    return try result.get()
}

/// What a coordinator can ask of the demo, and the days on which it was asked.
struct DemoAnswers: Sendable {
    var answers: [VarlinkValue]
    /// The organisation's day when the first question was asked, and when the last was answered.
    var firstDay: CalendarDate
    var lastDay: CalendarDate

    /// The organisation's day now, as the test daemons count it (their `time_zone` is the default).
    static func today() -> CalendarDate {
        CalendarDate(Date(), timeZone: TimeZone(identifier: "Europe/Stockholm") ?? .current)
    }

    /// What the answers say about the day they were given rather than about the history: days
    /// waited, whether something is late, when ledningen will be told, the trace's sentence.
    static let todaysFields: Set<String> = [
        "daysSinceLastEvent", "isOverdue", "isStale", "pendingEscalation", "pendingEscalationExplained", "answer",
        "daysUntilExpiry",
    ]

    /// The answers without ``todaysFields``.
    var withoutTodaysFields: [VarlinkValue] { answers.map(Self.removingTodaysFields) }

    private static func removingTodaysFields(_ value: VarlinkValue) -> VarlinkValue {
        switch value {
        case .object(let object):
            var kept: VarlinkObject = [:]
            for (key, field) in object where !todaysFields.contains(key) { kept[key] = removingTodaysFields(field) }
            return .object(kept)
        case .array(let array):
            return .array(array.map(removingTodaysFields))
        default:
            return value
        }
    }
}

/// What a coordinator can ask of the demo: every proposal's trace and the issue list. Two databases
/// that answer these alike have kept the history and its read models alike.
func demoAnswers(_ daemon: RunningDaemon) async throws -> DemoAnswers {
    let firstDay = DemoAnswers.today()
    let proposals = try await daemon.call("io.tredjekraft.admin.ListProposals")["proposals"]?.arrayValue ?? []
    var answers: [VarlinkValue] = []
    for proposal in proposals {
        guard let id = proposal.objectValue?["id"]?.stringValue else {
            throw TestFailure("a proposal without an id: \(proposal)")
        }
        let trace = try await daemon.call("io.tredjekraft.admin.Trace", ["sourceId": .string(id)])
        answers.append(trace["trace"] ?? .null)
    }
    answers.append(try await daemon.call("io.tredjekraft.admin.ListIssues")["issues"] ?? .null)
    #expect(proposals.count > 10, "the demo's proposals are missing")
    return DemoAnswers(answers: answers, firstDay: firstDay, lastDay: DemoAnswers.today())
}

/// One statement on a connection of its own; the SQLSTATE it failed with, or nil when it succeeded.
func sqlState(of statement: String, on conninfo: String) async throws -> String? {
    let connection = try await PostgresConnection.connect(conninfo, applicationName: "tredjekraft-tests")
    let result: Result<String?, any Error>
    do {
        _ = try await connection.execute(PostgresQuery(unsafeSQL: statement))
        result = .success(nil)
    } catch let error as PostgresError where error.sqlState != nil {
        result = .success(error.sqlState?.rawValue)
    } catch {
        result = .failure(error)
    }
    await connection.close()
    return try result.get()
}

/// Where two lists of answers first differ, for a failure message that shows it.
func firstDifference(_ left: [VarlinkValue], _ right: [VarlinkValue]) -> String {
    guard left.count == right.count else { return "\(left.count) answers against \(right.count)" }
    for (index, (one, other)) in zip(left, right).enumerated() where one != other {
        return "answer \(index):\n\(one)\nagainst\n\(other)"
    }
    return "none"
}

/// The scheduler's lines for a daemon whose answers a test compares across restarts: its daily and
/// monthly runs twelve hours from now on the organisation's clock, so none falls due while the test
/// runs (what was missed before is made up at start; see ``waitForSettledSchedule(_:)``).
func quietScheduleConfiguration(now: Date = Date()) -> [String] {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "Europe/Stockholm") ?? .current
    let later = calendar.dateComponents([.hour, .minute], from: now.addingTimeInterval(12 * 3600))
    let time = String(format: "%02d:%02d", later.hour ?? 0, later.minute ?? 0)
    // The tests run on the wall clock's day, whichever it is: the reminders they ask for go out on a
    // Saturday or a holiday too, so that no test depends on the day of the week it runs on.
    return [
        "policies:", "  run_at: \"\(time)\"", "  on_non_working_days: send", "digests:", "  run_at: \"\(time)\"",
    ]
}

/// Waits until the daemon's scheduler has made up the runs it owed at start (the demo, loaded before,
/// has reminders to send) and sleeps until its next ones, and every read model has applied what it
/// recorded (the schedule is read from the log, the answers from the read models): from then on its
/// answers stay put.
func waitForSettledSchedule(_ daemon: RunningDaemon) async throws {
    var last: VarlinkObject = [:]
    let settled = try await eventually {
        last = try await daemon.call("io.tredjekraft.admin.Status")
        let schedule = last["schedule"]?.objectValue ?? [:]
        return schedule["leading"]?.boolValue == true && schedule["lastRemindersDay"]?.stringValue != nil
            && schedule["nextRemindersAt"]?.stringValue != nil && schedule["nextDigestsAt"]?.stringValue != nil
    }
    #expect(settled, "the scheduler did not settle: \(last)\n\(daemon.log)")
    // Asked afresh after the runs were recorded: the read models have applied them too.
    let caughtUp = try await eventually {
        last = try await daemon.call("io.tredjekraft.admin.Status")
        let projections = last["projections"]?.arrayValue ?? []
        return !projections.isEmpty && projections.allSatisfy { $0.objectValue?["eventsBehind"]?.intValue == 0 }
    }
    #expect(caughtUp, "the read models did not catch up: \(last)")
}

/// Loads the demo, restarts the daemon so its scheduler makes up what the demo's year owes (a test's
/// schedule is otherwise quiet), and runs `body` with the settled daemon (run 2, left running).
func loadDemoAndRestart<T>(_ setup: AdminDaemonSetup, _ body: (RunningDaemon) async throws -> T) async throws -> T {
    let first = try await setup.start()
    try await first.loadDemo()
    #expect(await first.stop() == 0, "\(first.log)")
    let daemon = try await setup.start(run: 2)
    try await waitForSettledSchedule(daemon)
    return try await body(daemon)
}

/// Two sets of answers are equal; the first difference when they are not.
///
/// Answers given on one and the same day are compared whole. When the day changed between them (the
/// test ran over midnight), days waited and lateness changed with it: then all but those fields.
func expectSameAnswers(
    _ answers: DemoAnswers, _ expected: DemoAnswers, sourceLocation: SourceLocation = #_sourceLocation
) async throws {
    let oneDay = Set([answers.firstDay, answers.lastDay, expected.firstDay, expected.lastDay]).count == 1
    let (left, right) =
        oneDay
        ? (answers.answers, expected.answers) : (answers.withoutTodaysFields, expected.withoutTodaysFields)
    #expect(left == right, "\(firstDifference(left, right))", sourceLocation: sourceLocation)
}
