import Testing
import Varlink

@testable import AdminCLI

/// Swift Testing has an `ExitStatus` of its own (for exit tests).
typealias Status = AdminCLI.ExitStatus

@Suite struct ExitStatusTests {
    @Test(arguments: [
        (VarlinkClientError.socketNotFound(path: "/run/x.sock"), Status.unreachable),
        (.connectionRefused(path: "/run/x.sock"), .unreachable),
        (.connectionFailed(path: "/run/x.sock", reason: "not a socket"), .unreachable),
        (.connectionClosed(path: "/run/x.sock"), .unreachable),
        (.permissionDenied(path: "/run/x.sock"), .permissionDenied),
        (.invalidParameters(reason: "x"), .refused),
        (.invalidReply(reason: "x"), .refused),
    ])
    func clientFailures(error: VarlinkClientError, status: Status) {
        #expect(CLIFailure(error).status == status)
    }

    @Test func unreachableNamesTheSocketAndGivesAHint() {
        let missing = CLIFailure(.socketNotFound(path: "/run/tredjekraft/admin.sock"))
        #expect(missing.message.contains("/run/tredjekraft/admin.sock"))
        #expect(missing.message.contains("systemctl status tredjekraftd"))
        #expect(missing.message.contains("TREDJEKRAFT_SOCKET"))
        #expect(CLIFailure(.connectionRefused(path: "/tmp/s")).message.contains("ingen svarar på /tmp/s"))
        #expect(CLIFailure(.permissionDenied(path: "/tmp/s")).message.contains("grupp"))
    }

    static let remoteCases: [(VarlinkError, Status, String)] = [
        (
            VarlinkError(
                name: "io.tredjekraft.admin.RuleViolation", parameters: ["reason": "Ett avslag kräver en motivering."]),
            .refused, "Ett avslag kräver en motivering."
        ),
        (
            VarlinkError(name: "io.tredjekraft.admin.NotFound", parameters: ["kind": "issue", "id": "7b1c2d3e"]),
            .refused, "Hittar inget ärende med id 7b1c2d3e."
        ),
        (
            VarlinkError(
                name: "io.tredjekraft.admin.DatabaseUnavailable", parameters: ["reason": "connection refused"]),
            .unreachable, "Ingenting ändrades; försök igen"
        ),
        (
            VarlinkError(name: "io.tredjekraft.admin.InternalError", parameters: ["reason": "boom"]),
            .refused, "journalctl -u tredjekraftd"
        ),
        (VarlinkError.invalidParameter("dueDate"), .usage, "Ogiltigt värde för dueDate."),
        (
            VarlinkError(
                name: "org.varlink.service.PermissionDenied",
                parameters: ["reason": "Decide needs the coordinator role"]),
            .permissionDenied, "Åtkomst nekad: Decide needs the coordinator role."
        ),
        (VarlinkError.permissionDenied, .permissionDenied, "Åtkomst nekad."),
        (VarlinkError.methodNotImplemented("io.tredjekraft.admin.Trace"), .refused, "kan inte svara på Trace än"),
        (VarlinkError(name: "org.example.Other"), .refused, "org.example.Other"),
    ]

    @Test(arguments: remoteCases)
    func remoteErrors(error: VarlinkError, status: Status, text: String) {
        let failure = CLIFailure(.remote(error))
        #expect(failure.status == status)
        #expect(failure.message.contains(text), "\(failure.message)")
    }

    /// A reason that ends its own sentence gets no second full stop.
    @Test func aReasonsOwnFullStopIsNotDoubled() {
        let failure = CLIFailure(
            .remote(
                VarlinkError(
                    name: "org.varlink.service.PermissionDenied",
                    parameters: ["reason": "bertil har ingen roll. Ladda om (systemctl reload tredjekraftd)."])))
        #expect(failure.message.hasSuffix("(systemctl reload tredjekraftd)."), "\(failure.message)")
        #expect(!failure.message.contains(".."), "\(failure.message)")
    }

    @Test func notFoundKindsInSwedish() {
        #expect(CLIFailure.missing("proposal") == "inget förslag")
        #expect(CLIFailure.missing("actionItem") == "ingen åtgärd")
        #expect(CLIFailure.missing("widget") == "inget av slaget widget")
    }

    @Test func argumentParsersUsageCodeBecomesTwo() {
        #expect(Status.forParserExitCode(64) == 2)
        #expect(Status.forParserExitCode(0) == 0)
        #expect(Status.forParserExitCode(1) == 1)
        #expect(Status.allCases.map(\.rawValue) == [0, 1, 2, 3, 4, 5])
    }

    @Test func helpExitsZeroOnStandardOutput() async {
        for arguments in [["--help"], ["issue", "decide", "--help"], ["help", "trace"], ["issue"]] {
            let result = await runCLI(arguments)
            #expect(result.status == 0, "\(arguments)")
            #expect(result.output.contains("Användning: tredjekraft"), "\(arguments)")
            #expect(result.error.isEmpty)
        }
        let root = await runCLI(["--help"])
        #expect(root.output.contains("--generate-completion-script"))
        #expect(root.output.contains("Vad hände med förslaget?"))
    }

    @Test func usageErrorsExitTwoWithOurPrefix() async {
        for arguments in [
            ["issue", "decide", "7b1c2d3e"], ["nonsense"], ["issue", "due", "7b1c2d3e", "30/9"],
            ["issue", "open", "--title", "X"],
        ] {
            let result = await runCLI(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.error.hasPrefix("tredjekraft: "), "\(result.error)")
            #expect(result.output.isEmpty)
        }
        let date = await runCLI(["issue", "due", "7b1c2d3e", "30/9"])
        #expect(date.error.contains("ÅÅÅÅ-MM-DD"))
        let missing = await runCLI(["issue", "decide", "7b1c2d3e"])
        #expect(missing.error.hasPrefix("tredjekraft: Ange en av: '--accept', '--partially', '--reject'\n"))
        #expect(missing.error.contains("\nAnvändning: tredjekraft issue decide <id>"))
        #expect(missing.error.contains("Se 'tredjekraft issue decide --help' för mer hjälp."))
    }

    @Test func parserPhrasesInSwedish() {
        #expect(
            ParserMessage.swedish("The value 'x' is invalid for '--form <form>'. Please provide one of 'a' and 'b'.")
                == "Värdet 'x' går inte för '--form <form>'. Välj ett av 'a' eller 'b'.")
        #expect(
            ParserMessage.swedish("Unknown option '--fo'. Did you mean '--form'?")
                == "Okänd flagga '--fo'. Menade du '--form'?")
        #expect(ParserMessage.swedish("Ange precis en källa.") == "Ange precis en källa.")
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScripts(shell: String) async {
        let result = await runCLI(["--generate-completion-script", shell])
        #expect(result.status == 0)
        #expect(result.output.contains("tredjekraft"))
        #expect(result.output.contains("decide"))
    }
}
