import Foundation
import Postgres
import PostgresTestSupport
import Synchronization
import TestSupport
import Testing
import Varlink

#if canImport(Glibc)
import Glibc
#endif

/// How a test wants its `tredjekraftd` configured.
struct AdminDaemonOptions: Sendable {
    var poolSize = 4
    /// `admin.max_frame_bytes`; the daemon's default when nil.
    var maxFrameBytes: Int?
    /// `admin.consistency_timeout` in seconds: how long a reply waits for the read models. Far above
    /// any normal run, so that a slow machine shows as a test's time limit, never as a reply with
    /// `lag` that reads as stale.
    var consistencyTimeout = 300
    /// `roles.reader` and `roles.coordinator`: user or group names.
    var readers: [String] = []
    var coordinators: [String] = []
    /// `roles.mailgate`: who may hand received mail over (`mail receive`).
    var mailgates: [String] = []
    /// The daemon's own embedded cluster instead of the test PostgreSQL (for stopping the server).
    var embedded = false
    /// Further top-level YAML lines, e.g. a `mail:` section. Without a `policies:` or `digests:`
    /// section of their own the daemon gets a quiet schedule (``quietScheduleConfiguration(now:)``):
    /// no daily or monthly run falls due while the test runs, only the runs made up at start.
    var extraConfiguration: [String] = []
    /// Another setup's schema, for a second daemon on the same database; a fresh one when nil.
    var sharedSchema: String?
    /// `database.url` (and `database.migration_url`) for a database other than the test cluster's own:
    /// `ops/db-bootstrap`'s roles, a restored backup.
    var databaseURL: String?
    var migrationURL: String?
}

/// One daemon's directory, schema and configuration; it can be started more than once (restarts).
///
/// The database URL carries an `application_name` of its own, so a test can count this daemon's
/// sessions in `pg_stat_activity` while other suites run their daemons on the same cluster.
struct AdminDaemonSetup: Sendable {
    let directory: String
    let schema: String
    let applicationName: String
    let options: AdminDaemonOptions
    /// The schedule every start of this setup gets unless the test gives its own: computed once, so
    /// that a restart does not move it.
    let quietSchedule: [String]
    /// Every process started from this setup, so a failing test leaves none running.
    let started = StartedProcesses()

    var socket: String { directory + "/admin.sock" }
    var configPath: String { directory + "/tredjekraft.yaml" }

    fileprivate init(directory: String, options: AdminDaemonOptions) {
        self.directory = directory
        self.options = options
        schema = options.sharedSchema ?? TestDatabase.uniqueName("admin")
        applicationName = TestDatabase.uniqueName("tkd")
        quietSchedule = quietScheduleConfiguration()
    }

    /// The test cluster's conninfo with this daemon's `application_name`.
    static func url(_ base: String, applicationName: String) -> String {
        if base.contains("://") {
            return base + (base.contains("?") ? "&" : "?") + "application_name=" + applicationName
        }
        return base + " application_name=" + applicationName
    }

    func writeConfiguration(extra: [String]? = nil) throws {
        var lines: [String] = ["database:"]
        if options.embedded {
            lines.append("  embedded: true")
        } else if let url = options.databaseURL {
            lines.append("  url: \"\(Self.url(url, applicationName: applicationName))\"")
            if let migrationURL = options.migrationURL { lines.append("  migration_url: \"\(migrationURL)\"") }
        } else {
            lines.append("  url: \"\(Self.url(try TestDatabase.conninfo(), applicationName: applicationName))\"")
        }
        lines += [
            "  schema: \(schema)",
            "  pool_size: \(options.poolSize)",
            "state_directory: \(directory)/state",
            "admin:",
            "  socket_path: \(socket)",
            // Other Unix users (the role tests) must be able to connect; roles decide what they may do.
            "  socket_mode: \"0666\"",
            "  consistency_timeout: \(options.consistencyTimeout)",
        ]
        if let maxFrameBytes = options.maxFrameBytes { lines.append("  max_frame_bytes: \(maxFrameBytes)") }
        if !options.readers.isEmpty || !options.coordinators.isEmpty || !options.mailgates.isEmpty {
            lines.append("roles:")
            if !options.mailgates.isEmpty { lines.append("  mailgate: [\(options.mailgates.joined(separator: ", "))]") }
            if !options.readers.isEmpty { lines.append("  reader: [\(options.readers.joined(separator: ", "))]") }
            if !options.coordinators.isEmpty {
                lines.append("  coordinator: [\(options.coordinators.joined(separator: ", "))]")
            }
        }
        lines += ["log:", "  level: info"]
        let extra = extra ?? options.extraConfiguration
        lines += extra
        if !extra.contains(where: { $0.hasPrefix("policies:") || $0.hasPrefix("digests:") }) { lines += quietSchedule }
        try (lines.joined(separator: "\n") + "\n").write(toFile: configPath, atomically: true, encoding: .utf8)
    }

    /// Starts the daemon (run number `run`, for distinct log and notify files) and waits for READY=1.
    func start(run: Int = 1, readyTimeout: Duration = .seconds(180)) async throws -> RunningDaemon {
        let notify = try NotifyListener(path: directory + "/notify-\(run).sock")
        let process = try DaemonProcess(
            arguments: ["--config", configPath], environment: ["NOTIFY_SOCKET": notify.path],
            logPath: directory + "/daemon-\(run).log")
        started.add(process)
        let startup = await notify.waitFor("READY=1", timeout: readyTimeout)
        guard startup.contains(where: { $0.split(separator: "\n").contains("READY=1") }) else {
            process.signal(SIGKILL)
            _ = await process.waitForExit(timeout: .seconds(10))
            throw TestFailure("the daemon sent no READY=1; notifications: \(startup)\nlog:\n\(process.log)")
        }
        return RunningDaemon(setup: self, process: process, notify: notify, startup: startup)
    }

    /// Drops the test schema (not for the embedded cluster, which goes with the directory).
    func dropSchema() async {
        guard !options.embedded, options.databaseURL == nil, let pool = try? TestDatabase.pool(maximumConnections: 1)
        else { return }
        _ = try? await pool.execute("DROP SCHEMA IF EXISTS \(identifier: schema) CASCADE")
        await pool.close()
    }
}

/// A started daemon: its process, its sd_notify socket and what it said until READY=1.
final class RunningDaemon: Sendable {
    let setup: AdminDaemonSetup
    let process: DaemonProcess
    let notify: NotifyListener
    /// The notifications up to and including READY=1.
    let startup: [String]

    init(setup: AdminDaemonSetup, process: DaemonProcess, notify: NotifyListener, startup: [String]) {
        self.setup = setup
        self.process = process
        self.notify = notify
        self.startup = startup
    }

    var socket: String { setup.socket }
    var log: String { process.log }

    /// SIGTERM, then the exit status (nil: it did not exit in time and was killed).
    func stop(timeout: Duration = .seconds(60)) async -> Int32? {
        process.signal(SIGTERM)
        return await process.waitForExit(timeout: timeout)
    }

    /// One call over a fresh connection with the Swift client.
    func call(_ method: String, _ parameters: VarlinkObject = [:]) async throws -> VarlinkObject {
        try await VarlinkClient.withConnection(unixSocketPath: socket) { client in
            try await client.call(method, parameters: parameters)
        }
    }

    /// The error a call answers, or nil when it succeeds.
    func error(of method: String, _ parameters: VarlinkObject = [:]) async throws -> VarlinkError? {
        do {
            _ = try await call(method, parameters)
            return nil
        } catch VarlinkClientError.remote(let error) {
            return error
        }
    }

    /// Sessions this daemon holds open in PostgreSQL (by its own application_name).
    func databaseSessions(pool: PostgresPool) async throws -> Int {
        let rows = try await pool.query(
            "SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = \(setup.applicationName)")
        return try rows[0].decode("n", as: Int.self)
    }

    /// Waits until the scheduler has done the runs it does at start (the policies at once when no run
    /// was recorded; the digests when a month was missed) and sleeps until its next ones, which a quiet
    /// schedule puts hours away. A test that loads the demo waits for this first: a start-up run
    /// reading a half-loaded demo would send reminders of its own beside the ones the test counts.
    func waitUntilTheScheduleSleeps() async throws {
        var last: VarlinkObject = [:]
        let sleeping = try await eventually(timeout: .seconds(180)) {
            last = try await call("io.tredjekraft.admin.Status")
            let schedule = last["schedule"]?.objectValue ?? [:]
            return schedule["leading"]?.boolValue == true && schedule["nextRemindersAt"]?.stringValue != nil
                && schedule["nextDigestsAt"]?.stringValue != nil
        }
        guard sleeping else {
            throw TestFailure("the scheduler did not finish its start-up runs: \(last)\nlog:\n\(log)")
        }
    }

    /// `LoadDemo` once the scheduler's start-up runs are done (see ``waitUntilTheScheduleSleeps()``);
    /// its reply.
    @discardableResult
    func loadDemo() async throws -> VarlinkObject {
        try await waitUntilTheScheduleSleeps()
        return try await call("io.tredjekraft.admin.LoadDemo")
    }

    /// How many events the daemon's schema holds.
    func eventCount(pool: PostgresPool) async throws -> Int {
        let rows = try await pool.query("SELECT count(*) AS n FROM \(identifier: setup.schema).events")
        return try rows[0].decode("n", as: Int.self)
    }
}

/// The processes a setup started.
final class StartedProcesses: Sendable {
    private let processes = Mutex<[DaemonProcess]>([])

    func add(_ process: DaemonProcess) { processes.withLock { $0.append(process) } }

    /// SIGKILL to every one still running.
    func killAll() {
        for process in processes.withLock({ $0 }) where process.process.isRunning { process.signal(SIGKILL) }
    }
}

/// Runs `body` with a configured setup in a fresh directory and schema; afterwards kills any daemon
/// still running and removes both, also when `body` throws.
func withDaemonSetup<T>(
    _ options: AdminDaemonOptions = AdminDaemonOptions(), _ body: (AdminDaemonSetup) async throws -> T
) async throws -> T {
    try await withTemporaryDirectory { directory in
        let setup = AdminDaemonSetup(directory: directory, options: options)
        try setup.writeConfiguration()
        let result: Result<T, any Error>
        do {
            result = .success(try await body(setup))
        } catch {
            result = .failure(error)
        }
        setup.started.killAll()
        await setup.dropSchema()
        return try result.get()
    }
}

/// Runs `body` with a daemon started in a fresh directory and schema, then stops it (expecting exit
/// status 0) and removes both, also when `body` throws.
func withAdminDaemon<T>(
    _ options: AdminDaemonOptions = AdminDaemonOptions(), _ body: (RunningDaemon) async throws -> T
) async throws -> T {
    try await withDaemonSetup(options) { setup in
        let daemon = try await setup.start()
        let result: Result<T, any Error>
        do {
            result = .success(try await body(daemon))
        } catch {
            result = .failure(error)
        }
        let status = await daemon.stop()
        #expect(status == 0, "tredjekraftd did not stop cleanly; log:\n\(daemon.log)")
        return try result.get()
    }
}

/// Runs `body` with a one-connection pool on the test cluster, closed afterwards.
func withTestPool<T>(_ body: (PostgresPool) async throws -> T) async throws -> T {
    let pool = try TestDatabase.pool(maximumConnections: 1)
    do {
        let result = try await body(pool)
        await pool.close()
        return result
    } catch {
        await pool.close()
        throw error
    }
}

/// Waits until `condition` holds, checking every 200 ms until `timeout`; false if it never did.
func eventually(
    timeout: Duration = .seconds(60), _ condition: () async throws -> Bool
) async rethrows -> Bool {
    let deadline = ContinuousClock.now + timeout
    while true {
        if try await condition() { return true }
        if ContinuousClock.now >= deadline { return false }
        try? await Task.sleep(for: .milliseconds(200))
    }
}

/// Fixed ids for new things: the daemon uses a command's id as the id of what it creates, so a test
/// knows the ids before it calls and can repeat a call to compare answers.
func newCommandID() -> String { UUID().uuidString.lowercased() }

/// The ids of one unit, council, proposal and the issue opened from the proposal.
struct SeededIssue: Sendable {
    var unitId = newCommandID()
    var councilId = newCommandID()
    var proposalId = newCommandID()
    var issueId = newCommandID()

    /// The commands that create them, in order, as (method, parameters).
    var commands: [(method: String, parameters: VarlinkObject)] {
        [
            ("RegisterUnit", ["name": "Vuxenstöd Lund", "commandId": .string(unitId)]),
            (
                "CreateCouncil",
                [
                    "unitId": .string(unitId), "name": "Brukarrådet", "form": "brukarrad",
                    "commandId": .string(councilId),
                ]
            ),
            (
                "PutForwardProposal",
                [
                    "councilId": .string(councilId), "text": "Längre öppettider på träffpunkten",
                    "qualityArea": "bemotande", "commandId": .string(proposalId),
                ]
            ),
            (
                "OpenIssue",
                [
                    "title": "Öppettider på träffpunkten", "source": ["kind": "proposal", "id": .string(proposalId)],
                    "commandId": .string(issueId),
                ]
            ),
        ]
    }
}

extension RunningDaemon {
    /// Creates a unit, a council, a proposal and an issue from it, with the Swift client as root.
    @discardableResult
    func seedIssue() async throws -> SeededIssue {
        let seeded = SeededIssue()
        for command in seeded.commands {
            _ = try await call("io.tredjekraft.admin." + command.method, command.parameters)
        }
        return seeded
    }
}
