import AdminProtocol
import Foundation
import Testing
import Varlink

@testable import AdminCLI

/// The CLI's conventions (issue 29, item 11): `--version`, help wholly in Swedish for every command,
/// a clear word for a bad id and a number out of range, the decision flags as one choice, and
/// `--json` failures as JSON.
@Suite struct ConventionTests {
    @Test func versionIsPrintedAndExitsZero() async {
        let result = await runCLI(["--version"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("tredjekraft "))
        #expect(result.output.contains(ProductVersion.current))
    }

    /// Every command's help, the root's included, has no English frame from argument-parser.
    @Test func helpIsSwedishForEveryCommand() async {
        var paths: [[String]] = [[]]
        func walk(_ command: HelpTree.Command, _ path: [String]) {
            for sub in command.subcommands ?? [] where sub.commandName != "help" {
                paths.append(path + [sub.commandName])
                walk(sub, path + [sub.commandName])
            }
        }
        walk(HelpTree.tredjekraft.root, [])
        #expect(paths.count > 60)
        for path in paths {
            let result = await runCLI(path + ["--help"])
            #expect(result.status == 0, "\(path)")
            for english in [
                "OVERVIEW:", "USAGE:", "OPTIONS:", "SUBCOMMANDS:", "ARGUMENTS:", "Show help information",
                "Show the version", "(default:",
            ] {
                #expect(!result.output.contains(english), "\(path): \(english)")
            }
            #expect(result.output.contains("Användning: tredjekraft"), "\(path)")
            #expect(result.output.contains("-h, --help  ") || result.output.contains("-h, --help"), "\(path)")
        }
        let viaHelp = await runCLI(["help", "issue", "decide"])
        let viaFlag = await runCLI(["issue", "decide", "--help"])
        #expect(viaHelp.output == viaFlag.output)
        let group = await runCLI(["issue"])
        #expect(group.output.contains("Underkommandon:"))
    }

    @Test func decideShowsItsOutcomeAsOneChoice() async {
        let help = await runCLI(["issue", "decide", "--help"])
        #expect(
            help.output.contains(
                "Användning: tredjekraft issue decide <id> (--accept|--partially|--reject) --motivation <text> --by <vem>"
            ))
        let missing = await runCLI(["issue", "decide", "7b1c2d3e", "--motivation", "x", "--by", "y"])
        #expect(missing.status == 2)
        #expect(missing.error.contains("(--accept|--partially|--reject)"), "\(missing.error)")
    }

    @Test func aNegativeNumberOfDaysIsOutOfRangeNotAMissingValue() async {
        let result = await runCLI(["due", "--days", "-3"])
        #expect(result.status == 2)
        #expect(result.error.contains("Antalet dagar måste vara från 0 till 3650, inte -3."), "\(result.error)")
        let stale = await runCLI(["issue", "list", "--stale", "-1"])
        #expect(stale.error.contains("Antalet dagar måste vara från 0 till 3650, inte -1."), "\(stale.error)")
        let limit = await runCLI(["mail", "list", "--limit", "-5"])
        #expect(limit.error.contains("Talet måste vara 1 eller större, inte -5."), "\(limit.error)")
    }

    @Test func anIdTheDaemonCannotReadSaysWhatAnIdLooksLike() {
        let failure = CLIFailure(remote: VarlinkError.invalidParameter("issueId"))
        #expect(failure.status == .usage)
        #expect(failure.message.contains("Det är inget id"))
        #expect(failure.message.contains("minst 6 av dess första tecken"))
        #expect(!failure.message.contains("issueId"))
        #expect(CLIFailure(remote: VarlinkError.invalidParameter("sources.id")).message == CLIFailure.identifierHint)
        #expect(CLIFailure(remote: VarlinkError.invalidParameter("dueDate")).message == "Ogiltigt värde för dueDate.")
    }

    @Test func aFailureWithJSONIsAlsoJSONOnStandardOutput() async throws {
        let unreachable = await runCLI(["--json", "issue", "list", "--socket", "/nonexistent/admin.sock"])
        #expect(unreachable.status == 3)
        #expect(unreachable.error.hasPrefix("tredjekraft: "))
        let object = try JSONSerialization.jsonObject(with: Data(unreachable.output.utf8)) as? [String: Any]
        let error = object?["error"] as? [String: Any]
        #expect(error?["exitStatus"] as? Int == 3)
        #expect((error?["message"] as? String)?.contains("/nonexistent/admin.sock") == true)

        let usage = await runCLI(["due", "--days", "-3", "--json"])
        #expect(usage.status == 2)
        let usageObject = try JSONSerialization.jsonObject(with: Data(usage.output.utf8)) as? [String: Any]
        #expect((usageObject?["error"] as? [String: Any])?["exitStatus"] as? Int == 2)

        let remote = JSONFailure.render(
            CLIFailure(remote: VarlinkError(name: "io.tredjekraft.admin.NotFound", parameters: ["kind": "issue"])),
            remote: VarlinkError(name: "io.tredjekraft.admin.NotFound", parameters: ["kind": "issue"]))
        #expect(remote.contains("\"name\" : \"io.tredjekraft.admin.NotFound\""))
        #expect(remote.contains("\"exitStatus\" : 1"))
    }

    @Test func withoutJSONAFailureWritesNothingOnStandardOutput() async {
        let result = await runCLI(["issue", "list", "--socket", "/nonexistent/admin.sock"])
        #expect(result.status == 3)
        #expect(result.output.isEmpty)
    }
}
