import Foundation
import Postgres
import PostgresTestSupport
import TestSupport
import Testing
import Varlink

#if canImport(Glibc)
import Glibc
#endif

/// The newcomer's path, end to end: the built daemon on the test PostgreSQL, driven by the built
/// `tredjekraft` CLI — demo data, lists, the trace, refusals and their exit codes, and roles as
/// other Unix users (root switches to `nobody` and `daemon` with setpriv).
@Suite(.serialized) struct CLIEndToEndTests {
    /// Runs `body` with a daemon whose readers are `nobody` and coordinators `daemon`.
    static func withDaemon(_ body: (RunningDaemon) async throws -> Void) async throws {
        try await withAdminDaemon(AdminDaemonOptions(readers: ["nobody"], coordinators: ["daemon"]), body)
    }

    @Test(.timeLimit(.minutes(3))) func aNewcomerLoadsTheDemoAndAsksWhatHappened() async throws {
        try await Self.withDaemon { running in
            let load = try await running.cli(["demo", "load"])
            #expect(load.status == 0, "\(load)")
            #expect(load.output.contains("Ärenden:           23"), "\(load)")

            let list = try await running.cli(["issue", "list"])
            #expect(list.status == 0, "\(list)")
            let header = try #require(list.output.split(separator: "\n").first)
            #expect(header.hasPrefix("Id        Ärende"))
            #expect(list.output.contains("Uppföljt (delvis bifall)"))
            #expect(list.output.contains("(försenat)"))

            // --json is the daemon's answer, the same a Varlink client gets.
            let json = try await running.cli(["issue", "list", "--json"])
            #expect(json.status == 0)
            let fromCLI = try JSONDecoder().decode(VarlinkObject.self, from: Data(json.output.utf8))
            let direct = try await VarlinkClient.withConnection(unixSocketPath: running.socket) { client in
                try await client.call("io.tredjekraft.admin.ListIssues")
            }
            #expect(fromCLI == direct)
            #expect(fromCLI["issues"]?.arrayValue?.count == 23)

            // "Vad hände med förslaget?" by the id the README gives.
            let trace = try await running.cli(["trace", "eef1c3de"])
            #expect(trace.status == 0, "\(trace)")
            #expect(trace.output.contains("Svar: Förslaget blev ärende"))
            #expect(trace.output.contains("Beslutet är genomfört och uppföljt."))
            let never = try await running.cli(["trace", "cf8cef3a"])
            #expect(never.output.contains("har ännu inte blivit ett ärende"), "\(never)")

            // Exit codes: refused by a rule 1, unknown id 1, usage 2, daemon unreachable 3.
            let registered = try #require(
                fromCLI["issues"]?.arrayValue?.first { $0.objectValue?["status"] == "registered" }?
                    .objectValue?["id"]?.stringValue)
            let refused = try await running.cli(["issue", "verify", String(registered.prefix(8))])
            #expect(refused.status == 1)
            #expect(refused.error.contains("Det går inte att"), "\(refused)")
            let unknown = try await running.cli(["issue", "show", "0123456789"])
            #expect(unknown.status == 1)
            #expect(unknown.error.contains("finns inte"), "\(unknown)")
            let usage = try await running.cli(["issue", "decide", registered])
            #expect(usage.status == 2, "\(usage)")
            let away = try await CLIRun.run(["status", "--socket", running.setup.directory + "/absent.sock"], as: nil)
            #expect(away.status == 3, "\(away)")

            let again = try await running.cli(["demo", "load"])
            #expect(again.status == 1)
            #expect(again.error.contains("tom databas"), "\(again)")
        }
    }

    @Test(.timeLimit(.minutes(3))) func rolesDecideWhoMayWriteAndTheActorIsTheCaller() async throws {
        try await Self.withDaemon { running in
            let unit = try await running.cli(["unit", "register", "Vuxenstöd Lund", "--json"], as: .daemon)
            #expect(unit.status == 0, "\(unit)")
            let unitId = try #require(
                try JSONDecoder().decode(VarlinkObject.self, from: Data(unit.output.utf8))["unitId"]?.stringValue)

            let readerWrite = try await running.cli(["unit", "rename", unitId, "Något annat"], as: .nobody)
            #expect(readerWrite.status == 4, "\(readerWrite)")
            #expect(readerWrite.error.contains("kräver rollen coordinator"), "\(readerWrite)")
            #expect(readerWrite.error.contains("får bara läsa"), "\(readerWrite)")
            let readerRead = try await running.cli(["unit", "list"], as: .nobody)
            #expect(readerRead.status == 0, "\(readerRead)")
            #expect(readerRead.output.contains("Vuxenstöd Lund"))
            let stranger = try await running.cli(["unit", "list"], as: .bin)
            #expect(stranger.status == 4, "\(stranger)")
            #expect(stranger.error.contains("har ingen roll"), "\(stranger)")

            // Every event records who caused it.
            let actors = try await withTestPool { pool in
                try await pool.query("SELECT DISTINCT actor FROM \(identifier: running.setup.schema).events")
                    .map { try $0.decode("actor", as: String.self) }
            }
            #expect(actors == ["daemon"])
        }
    }
}

extension RunningDaemon {
    /// Runs the CLI against this daemon as root (or as `user`) and returns its exit status and output.
    func cli(_ arguments: [String], as user: TestUser? = nil) async throws -> CLIRun {
        try await CLIRun.run(arguments + ["--socket", socket], as: user)
    }
}

/// One run of the built `tredjekraft`.
struct CLIRun: CustomStringConvertible {
    var status: Int32
    var output: String
    var error: String

    var description: String { "exit \(status)\nstdout:\n\(output)\nstderr:\n\(error)" }

    /// Runs the CLI with `arguments`, as root or (via setpriv) as `user`, without TREDJEKRAFT_SOCKET.
    static func run(_ arguments: [String], as user: TestUser?) async throws -> CLIRun {
        let child = try await runChild(
            try builtBinary("tredjekraft"), arguments, as: user,
            environment: ProcessInfo.processInfo.environment.filter { $0.key != "TREDJEKRAFT_SOCKET" })
        return CLIRun(status: child.status, output: child.stdout, error: child.stderr)
    }
}
