import Demo
import Domain
import Foundation
import MailTestSupport
import Subprocess
import SystemPackage
import TestSupport
import Testing
import Varlink

#if canImport(Glibc)
import Glibc
#endif

/// `tredjekraft --host` through a real OpenSSH server (issue 32): the built CLI runs `ssh … tredjekraft
/// bridge` as root on the "laptop" side, sshd logs in the real Unix user ``SSHServer/user``, whose
/// bridge (the same built binary, first on the session's PATH) relays to the test daemon's socket —
/// so the daemon sees that user and gives it that user's role.
@Suite(.serialized) struct RemoteCLITests {
    /// Runs the CLI with `--host` to `server`, `environment` added (TREDJEKRAFT_* of the runner dropped).
    static func remote(
        _ arguments: [String], via server: SSHServer, sshCommand: String? = nil, environment: [String: String] = [:]
    ) async throws -> CLIRun {
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("TREDJEKRAFT_") }
        env["TREDJEKRAFT_SSH_COMMAND"] = sshCommand ?? server.sshCommand()
        env.merge(environment) { $1 }
        let child = try await runSubprocess(
            try builtBinary("tredjekraft"), ["--host", server.destination] + arguments, environment: env)
        return CLIRun(status: child.status, output: child.stdout, error: child.stderr)
    }

    /// The session environment that sends the bridge to `socket` with the built `tredjekraft` on PATH.
    static func session(socket: String) throws -> [String: String] {
        let binaries = URL(fileURLWithPath: try builtBinary("tredjekraft")).deletingLastPathComponent().path
        return ["PATH": "\(binaries):/usr/local/bin:/usr/bin:/bin", "TREDJEKRAFT_SOCKET": socket]
    }

    @Test(.timeLimit(.minutes(5))) func statusAndWhoAmIAnswerAsLocallyAndTheCallerIsTheRemoteUser() async throws {
        let user = try await SSHServer.ensuredTestUser()
        try await withAdminDaemon(AdminDaemonOptions(coordinators: [SSHServer.user])) { daemon in
            try await withSSHServer(environment: try Self.session(socket: daemon.socket)) { server in
                let whoami = try await Self.remote(["whoami", "--json"], via: server)
                #expect(whoami.status == 0, "\(whoami)\nsshd:\n\(server.log)")
                let me = try JSONDecoder().decode(VarlinkObject.self, from: Data(whoami.output.utf8))
                #expect(me["user"]?.stringValue == SSHServer.user)
                #expect(me["uid"]?.intValue == Int64(user.uid))
                #expect(me["role"]?.stringValue == "coordinator")
                let said = try await Self.remote(["whoami"], via: server)
                #expect(said.status == 0)
                #expect(said.output.contains(SSHServer.user), "\(said)")
                // TREDJEKRAFT_HOST instead of --host.
                var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("TREDJEKRAFT_") }
                env["TREDJEKRAFT_SSH_COMMAND"] = server.sshCommand()
                env["TREDJEKRAFT_HOST"] = server.destination
                let byVariable = try await runSubprocess(
                    try builtBinary("tredjekraft"), ["whoami", "--json"], environment: env)
                #expect(byVariable.stdout == whoami.output, "\(byVariable)")

                let status = try await Self.remote(["status"], via: server)
                #expect(status.status == 0, "\(status)")
                let local = try await daemon.cli(["status"])
                #expect(status.output.split(separator: "\n").first == local.output.split(separator: "\n").first)

                // A change over ssh is the remote user's: the daemon names it as the actor.
                let unitId = newCommandID()
                let registered = try await Self.remote(
                    ["unit", "register", "Vuxenstöd Lund", "--command-id", unitId, "--json"], via: server)
                #expect(registered.status == 0, "\(registered)")
                let units = try await Self.remote(["unit", "list", "--json"], via: server)
                let localUnits = try await daemon.cli(["unit", "list", "--json"])
                #expect(units.status == 0)
                #expect(units.output == localUnits.output)
            }
        }
    }

    @Test(.timeLimit(.minutes(5))) func everyWayToFailIsExitThreeWithASwedishSentence() async throws {
        try await withTemporaryDirectory { directory in
            let absent = directory + "/absent.sock"
            try await withSSHServer(environment: try Self.session(socket: absent)) { server in
                // Nothing listens on the port: refused at once.
                let closedPort = try freeTCPPort()
                let unreachable = try await Self.remote(
                    ["status"], via: server, sshCommand: server.sshCommand(port: closedPort))
                #expect(unreachable.status == 3, "\(unreachable)")
                #expect(unreachable.error.contains("Kan inte nå 127.0.0.1 med ssh"), "\(unreachable)")

                // A key the server does not know.
                let other = directory + "/other_key"
                let made = try await runChild("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", other])
                #expect(made.status == 0)
                let denied = try await Self.remote(["status"], via: server, sshCommand: server.sshCommand(key: other))
                #expect(denied.status == 3, "\(denied)")
                #expect(denied.error.contains("Inloggningen på \(server.destination) nekades"), "\(denied)")

                // tredjekraft is not installed there.
                let missing = try await Self.remote(
                    ["status"], via: server, environment: ["TREDJEKRAFT_REMOTE_COMMAND": "tredjekraft-finns-inte"])
                #expect(missing.status == 3, "\(missing)")
                #expect(missing.error.contains("tredjekraft finns inte på \(server.destination)"), "\(missing)")

                // The bridge is there, the daemon's socket is not.
                let noDaemon = try await Self.remote(["status"], via: server)
                #expect(noDaemon.status == 3, "\(noDaemon)")
                #expect(noDaemon.error.contains("På \(server.destination): Kan inte nå tredjekraftd"), "\(noDaemon)")
                #expect(noDaemon.error.contains(absent), "\(noDaemon)")

                // Something answers that is not Varlink.
                let garbage = try await Self.remote(
                    ["status"], via: server, environment: ["TREDJEKRAFT_REMOTE_COMMAND": "printf 'hej\\0'; exec true"])
                #expect(garbage.status == 3, "\(garbage)")
                #expect(garbage.error.contains("talar inte tredjekraftds protokoll"), "\(garbage)")
            }
        }
    }

    @Test(.timeLimit(.minutes(6))) func aPrintedLetterFetchedOverSSHIsTheServersFileByteForByte() async throws {
        _ = try await SSHServer.ensuredTestUser()
        let sink = try await SMTPSink.start()
        defer { sink.kill() }
        try await withDaemonSetup(AdminDaemonOptions(coordinators: [SSHServer.user])) { setup in
            try setup.writeConfiguration(extra: DaemonMailTests().mailLines(sendmail: sink.msmtp))
            let daemon = try await setup.start(run: 1)
            let loaded = try await daemon.loadDemo()
            let today = try #require(loaded["today"]?.stringValue.flatMap { CalendarDate($0) }, "\(loaded)")
            let month = CalendarMonth(containing: today).previous.description
            let lund = DemoScenario.lundCouncil.description
            #expect(try await daemon.cli(["contact", "remove", "rad", lund]).status == 0)
            #expect(try await daemon.cli(["digest", "send", "--month", month]).status == 0)
            let listed = try await daemon.call("io.tredjekraft.admin.ListDigests", ["month": .string(month)])
            let digests = listed["digests"]?.arrayValue?.compactMap(\.objectValue) ?? []
            let printed = try #require(digests.first { $0["recipientId"]?.stringValue == lund })
            let printedId = try #require(printed["digestId"]?.stringValue)
            let printedAs = try #require(printed["printedAs"]?.stringValue)
            let onDisk = try Data(contentsOf: URL(fileURLWithPath: setup.directory + "/state/" + printedAs))

            try await withSSHServer(environment: try Self.session(socket: daemon.socket)) { server in
                let target = server.directory + "/brev.html"
                let fetched = try await Self.remote(
                    ["letter", "get", String(printedId.prefix(8)), "-o", target], via: server)
                #expect(fetched.status == 0, "\(fetched)")
                #expect(fetched.output.contains("skrevs till \(target)"), "\(fetched)")
                #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == onDisk)
                // Without -o, the letter itself on standard output, not a byte added.
                let shown = try await Self.remote(["letter", "get", String(printedId.prefix(8))], via: server)
                #expect(Data(shown.output.utf8) == onDisk)
                // A sent message is no printed letter.
                let mailed = try #require(digests.first { $0["mailId"]?.stringValue != nil }?["mailId"]?.stringValue)
                let notALetter = try await daemon.cli(["letter", "get", mailed])
                #expect(notALetter.status == 1, "\(notALetter)")
                #expect(notALetter.error.contains("mail show"), "\(notALetter)")
            }
            #expect(await daemon.stop() == 0)
        }
    }

    @Test(.timeLimit(.minutes(5))) func aDaemonStoppingUnderAnOpenBridgeIsAClearErrorNotAHang() async throws {
        _ = try await SSHServer.ensuredTestUser()
        try await withDaemonSetup(AdminDaemonOptions(readers: [SSHServer.user])) { setup in
            let daemon = try await setup.start(run: 1)
            try await withSSHServer(environment: try Self.session(socket: daemon.socket)) { server in
                async let following = Self.remote(["follow"], via: server)
                // The follow is open once the daemon holds a connection from the bridge.
                let open = try await eventually(timeout: .seconds(120)) { try openConnections(to: daemon.socket) >= 1 }
                #expect(open, "sshd:\n\(server.log)")
                #expect(await daemon.stop() == 0)
                let follow = try await following
                #expect(follow.status == 3, "\(follow)")
                // Stopping, the daemon ends a stream with ShuttingDown; had it gone first, the closed
                // connection says so: both are exit 3 with a sentence, neither a hang.
                #expect(
                    follow.error.contains("tredjekraftd stängs av") || follow.error.contains("stängde förbindelsen"),
                    "\(follow)")
            }
        }
    }

    @Test(.timeLimit(.minutes(5))) func aClientKilledMidCallLeavesNoConnectionBehind() async throws {
        _ = try await SSHServer.ensuredTestUser()
        try await withAdminDaemon(AdminDaemonOptions(readers: [SSHServer.user])) { daemon in
            try await withSSHServer(environment: try Self.session(socket: daemon.socket)) { server in
                var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("TREDJEKRAFT_") }
                env["TREDJEKRAFT_SSH_COMMAND"] = server.sshCommand()
                let outcome = try await Subprocess.run(
                    .path(FilePath(try builtBinary("tredjekraft"))),
                    arguments: ["--host", server.destination, "follow", "--after", "0/0"],
                    environment: .custom(
                        Dictionary(uniqueKeysWithValues: env.map { (Environment.Key(rawValue: $0.key)!, $0.value) })),
                    input: .none, output: .discarded, error: .discarded
                ) { execution in
                    try await Self.killWhenConnected(execution, socket: daemon.socket)
                }
                #expect(outcome.closureResult, "the follow never reached the daemon; sshd:\n\(server.log)")
                #expect(outcome.terminationStatus == .signaled(SIGKILL))
                // ssh reads the end of its input, the bridge the end of its own, and closes the socket.
                let freed = try await eventually(timeout: .seconds(120)) {
                    try openConnections(to: daemon.socket) == 0
                }
                #expect(freed, "sshd:\n\(server.log)")
            }
        }
    }

    /// Waits until the daemon holds the bridge's connection, then kills the CLI (SIGKILL: no clean-up
    /// of its own). False when the connection never came.
    private static func killWhenConnected(
        _ execution: Execution<NoInput, DiscardedOutput, DiscardedOutput>, socket: String
    ) async throws -> Bool {
        let connected = try await eventually(timeout: .seconds(120)) { try openConnections(to: socket) >= 1 }
        try execution.send(signal: .kill)
        return connected
    }
}
