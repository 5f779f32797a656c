import ArgumentParser
import Foundation
import Varlink

/// Runs `tredjekraft` for the executable's thin `main` and for tests: parses, runs the command, and
/// turns every way it can end into text and an exit status (``ExitStatus``).
///
/// argument-parser's own `main()` would exit with 64 for bad usage; the CLI promises 2. Help is
/// written here, in Swedish (``SwedishHelp``), not by argument-parser; with `--json` a failure is also
/// written as JSON on standard output (``JSONFailure``), with the same exit status.
package enum TredjekraftMain {
    /// Runs the command line `arguments` (without the program name) and returns the exit status.
    package static func run(_ arguments: [String], console outer: Console = .standard) async -> Int32 {
        // With --json, a failure is written as JSON only when the command has not already written its
        // reply (a change stored but not yet visible prints its reply and then exits 5).
        let written = WrittenOutput()
        let console = written.watching(outer)
        if let words = SwedishHelp.request(in: arguments) {
            console.print(SwedishHelp.render(words))
            return ExitStatus.ok.rawValue
        }
        let json = arguments.prefix { $0 != "--" }.contains("--json")
        do {
            var command = try Tredjekraft.parseAsRoot(GlobalOptions.movedAfterSubcommands(arguments))
            if let daemonCommand = command as? any DaemonCommand {
                let layout = TableLayout(
                    width: daemonCommand.global.full ? nil : console.width, full: daemonCommand.global.full)
                try await TableLayout.$current.withValue(layout) {
                    try await daemonCommand.run(on: console)
                }
            } else if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            return ExitStatus.ok.rawValue
        } catch let failure as CLIFailure {
            return fail(failure, remote: nil, json: json, written: written.any, console: console)
        } catch let error as VarlinkClientError {
            var remote: VarlinkError?
            if case .remote(let error) = error { remote = error }
            return fail(CLIFailure(error), remote: remote, json: json, written: written.any, console: console)
        } catch {
            return parserOutcome(error, arguments: arguments, json: json, console: console)
        }
    }

    private static func fail(
        _ failure: CLIFailure, remote: VarlinkError?, json: Bool, written: Bool, console: Console
    ) -> Int32 {
        console.fail(failure.message)
        if json, !written { console.print(JSONFailure.render(failure, remote: remote)) }
        return failure.status.rawValue
    }

    /// Help and completion scripts on standard output; usage errors on standard error with
    /// argument-parser's fixed phrases in Swedish (``ParserMessage``), our usage line, and its usage
    /// code 64 mapped to 2.
    static func parserOutcome(_ error: any Error, arguments: [String], json: Bool, console: Console) -> Int32 {
        let code = Tredjekraft.exitCode(for: error).rawValue
        let message = Tredjekraft.fullMessage(for: error)
        let words = arguments.prefix { $0 != "--" }.filter { !$0.hasPrefix("-") }
        if code == ExitStatus.ok.rawValue {
            // A command group run without a subcommand shows its help, as `--help` would.
            if message.hasPrefix("OVERVIEW: ") || message.hasPrefix("USAGE: ") {
                console.print(SwedishHelp.render(words))
            } else if !message.isEmpty {
                console.print(message)
            }
        } else if !message.isEmpty {
            let text = ParserMessage.swedish(SwedishHelp.replacingUsage(in: message, words: words))
            console.printError(text)
            if json {
                let failure = CLIFailure(
                    .usage,
                    String(
                        text.hasPrefix(Tredjekraft.errorPrefix)
                            ? text.dropFirst(Tredjekraft.errorPrefix.count) : text[...]))
                console.print(JSONFailure.render(failure, remote: nil))
            }
        }
        return ExitStatus.forParserExitCode(code)
    }
}
