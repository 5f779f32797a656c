import Testing
import Varlink

@testable import AdminCLI

/// `--host`: the ssh command line (`TREDJEKRAFT_SSH_COMMAND` split as a shell splits words, the
/// safety options, the remote command), and ssh's failures told apart in Swedish, each exit 3.
@Suite struct RemoteHostTests {
    @Test func theSSHCommandIsSplitAsAShellSplitsWords() throws {
        #expect(
            try ShellWords.split("ssh -F ~/.ssh/kommun_config -p 2222", home: "/home/anna")
                == ["ssh", "-F", "/home/anna/.ssh/kommun_config", "-p", "2222"])
        #expect(
            try ShellWords.split(#"ssh -i "/mnt/Mina nycklar/id" -o 'ProxyJump=a b' x\ y"#, home: nil)
                == ["ssh", "-i", "/mnt/Mina nycklar/id", "-o", "ProxyJump=a b", "x y"])
        #expect(try ShellWords.split("  ssh\t'~/x' \"\" ", home: "/h") == ["ssh", "~/x", ""])
        #expect(throws: ShellWords.Failure.unterminatedQuote("'")) { try ShellWords.split("ssh -o 'x", home: nil) }
        #expect(throws: ShellWords.Failure.trailingBackslash) { try ShellWords.split("ssh \\", home: nil) }
        #expect(ShellWords.quoted("/run/tredjekraft/admin.sock") == "/run/tredjekraft/admin.sock")
        #expect(ShellWords.quoted("/tmp/it's here") == #"'/tmp/it'\''s here'"#)
    }

    @Test func theUsersOptionsComeFirstAndTheSafetyOptionsAfter() throws {
        let host = try RemoteHost(
            destination: "anna@server", socket: nil,
            environment: ["TREDJEKRAFT_SSH_COMMAND": "ssh -p 2222 -o ConnectTimeout=3", "HOME": "/home/anna"])
        #expect(host.program == "ssh")
        #expect(
            host.arguments
                == ["-p", "2222", "-o", "ConnectTimeout=3"] + RemoteHost.safetyOptions + [
                    "anna@server", "tredjekraft bridge",
                ])
        #expect(RemoteHost.safetyOptions.contains("BatchMode=yes"))
        #expect(RemoteHost.safetyOptions.contains("ConnectTimeout=10"))

        let custom = try RemoteHost(
            destination: "kommun", socket: "/run/tk/admin.sock",
            environment: ["TREDJEKRAFT_REMOTE_COMMAND": "/opt/tk/bin/tredjekraft"])
        #expect(custom.ssh == ["ssh"])
        #expect(custom.arguments.suffix(2) == ["kommun", "/opt/tk/bin/tredjekraft bridge --socket /run/tk/admin.sock"])
    }

    @Test func theHostComesFromTheOptionOrTheEnvironment() throws {
        #expect(RemoteHost.destination(option: nil, environment: [:]) == nil)
        #expect(RemoteHost.destination(option: nil, environment: ["TREDJEKRAFT_HOST": "server"]) == "server")
        #expect(RemoteHost.destination(option: "other", environment: ["TREDJEKRAFT_HOST": "server"]) == "other")
        // `--host ''` asks this computer's socket even when TREDJEKRAFT_HOST is set.
        #expect(RemoteHost.destination(option: "", environment: ["TREDJEKRAFT_HOST": "server"]) == nil)
        #expect(throws: CLIFailure.self) {
            try RemoteHost(destination: "-oProxyCommand=x", socket: nil, environment: [:])
        }
        #expect(throws: CLIFailure.self) {
            try RemoteHost(destination: "x", socket: nil, environment: ["TREDJEKRAFT_SSH_COMMAND": "ssh 'x"])
        }
    }

    @Test func globalHostBeforeTheSubcommandIsMovedAfterIt() {
        #expect(
            GlobalOptions.movedAfterSubcommands(["--host", "anna@server", "status"])
                == ["status", "--host", "anna@server"])
        #expect(
            GlobalOptions.movedAfterSubcommands(["--host=server", "--json", "whoami"]) == [
                "whoami", "--host=server", "--json",
            ])
    }

    @Test func aBadHostIsAUsageError() async {
        let result = await runCLI(["--host", "-oProxyCommand=touch /tmp/x", "status"])
        #expect(result.status == 2, "\(result)")
    }

    @Test func sshFailuresAreToldApartAndAreExitThree() {
        func failure(_ status: Int32, _ stderr: String) -> CLIFailure {
            RemoteFailure.failure(status: status, destination: "anna@server", stderr: stderr)
        }
        let denied = failure(255, "anna@server: Permission denied (publickey).\n")
        #expect(denied.status == .unreachable)
        #expect(denied.message.hasPrefix("Inloggningen på anna@server nekades"), "\(denied)")
        let refused = failure(255, "ssh: connect to host server port 22: Connection refused\n")
        #expect(refused.message.hasPrefix("Kan inte nå server med ssh"), "\(refused)")
        let timedOut = failure(255, "ssh: connect to host server port 22: Connection timed out\n")
        #expect(timedOut.message.hasPrefix("Kan inte nå server med ssh"), "\(timedOut)")
        let unknown = failure(255, "ssh: Could not resolve hostname server: Name or service not known\n")
        #expect(unknown.message.hasPrefix("Hittar ingen dator som heter server"), "\(unknown)")
        let hostKey = failure(255, "Host key verification failed.\n")
        #expect(hostKey.message.contains("värdnyckel"), "\(hostKey)")
        let missing = failure(127, "sh: 1: tredjekraft: not found\n")
        #expect(missing.status == .unreachable)
        #expect(missing.message.hasPrefix("tredjekraft finns inte på anna@server"), "\(missing)")
        let noSocket = failure(
            3,
            "tredjekraft: Kan inte nå tredjekraftd: det finns ingen socket på /run/tredjekraft/admin.sock.\nÄr daemonen igång?\n"
        )
        #expect(noSocket.status == .unreachable)
        #expect(
            noSocket.message.hasPrefix("På anna@server: Kan inte nå tredjekraftd: det finns ingen socket"),
            "\(noSocket)")
        let socketDenied = failure(4, "tredjekraft: Du får inte ansluta till /run/tredjekraft/admin.sock\n")
        #expect(socketDenied.status == .permissionDenied)
        let old = failure(2, "Fel: Okänt underkommando bridge\n")
        #expect(old.message.contains("känner inte till `bridge`"), "\(old)")
        let closed = failure(0, "")
        #expect(closed.message.contains("stängde förbindelsen"), "\(closed)")
        for status: Int32 in [0, 1, 2, 3, 126, 127, 143, 255] {
            #expect(failure(status, "x").status != .ok)
        }
    }

    @Test func aReplyThatIsNotVarlinkIsSaidSo() {
        let error = RemoteFailure.classify(
            VarlinkClientError.invalidReply(reason: "not a Varlink reply"), status: 1, destination: "server", stderr: ""
        )
        let failure = error as? CLIFailure
        #expect(failure?.status == .unreachable)
        #expect(
            failure?.message.contains("talar inte tredjekraftds protokoll") == true, "\(String(describing: failure))")
        // The daemon's own error replies pass through as over the socket.
        let remote = VarlinkClientError.remote(VarlinkError(name: "io.tredjekraft.admin.NotFound", parameters: [:]))
        #expect(
            RemoteFailure.classify(remote, status: 0, destination: "server", stderr: "") as? VarlinkClientError
                == remote)
    }

    @Test func theBridgesAuditLineNamesTheUserThePidAndTheSSHClient() {
        let audit = BridgeAudit(
            sshConnection: "203.0.113.5 51234 192.0.2.10 22", userName: "anna", uid: 1001, pid: 4242,
            socketPath: "/run/tredjekraft/admin.sock")
        #expect(
            audit.line
                == "bridge opened: user=anna uid=1001 pid=4242 from=203.0.113.5 port=51234 via=192.0.2.10:22 "
                + "socket=/run/tredjekraft/admin.sock")
        let local = BridgeAudit(sshConnection: nil, userName: "anna", uid: 1001, pid: 7, socketPath: "/s")
        #expect(local.line == "bridge opened: user=anna uid=1001 pid=7 from=local socket=/s")
    }

    @Test func theBridgeIsHiddenFromTheMainHelpButHasItsOwn() async {
        let main = await runCLI(["--help"])
        #expect(!main.output.contains("bridge "), "\(main.output)")
        #expect(main.output.contains("letter"))
        let bridge = await runCLI(["bridge", "--help"])
        #expect(bridge.status == 0)
        #expect(bridge.output.contains("Användning: tredjekraft bridge"), "\(bridge.output)")
    }
}
