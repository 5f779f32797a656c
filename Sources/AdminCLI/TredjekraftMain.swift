import ArgumentParser
import Varlink

/// Runs `tredjekraft` for the executable's thin `main` and for tests: parses, runs the command, and
/// turns every way it can end into text and an exit status (``ExitStatus``).
///
/// argument-parser's own `main()` would exit with 64 for bad usage; the CLI promises 2.
package enum TredjekraftMain {
    /// Runs the command line `arguments` (without the program name) and returns the exit status.
    package static func run(_ arguments: [String], console: Console = .standard) async -> Int32 {
        do {
            var command = try Tredjekraft.parseAsRoot(GlobalOptions.movedAfterSubcommands(arguments))
            if let daemonCommand = command as? any DaemonCommand {
                try await daemonCommand.run(on: console)
            } else {
                try command.run()
            }
            return ExitStatus.ok.rawValue
        } catch let failure as CLIFailure {
            console.fail(failure.message)
            return failure.status.rawValue
        } catch let error as VarlinkClientError {
            let failure = CLIFailure(error)
            console.fail(failure.message)
            return failure.status.rawValue
        } catch {
            return parserOutcome(error, console: console)
        }
    }

    /// Help and completion scripts on standard output; usage errors on standard error with
    /// argument-parser's fixed phrases in Swedish (``ParserMessage``) and its usage code 64 mapped to 2.
    static func parserOutcome(_ error: any Error, console: Console) -> Int32 {
        let code = Tredjekraft.exitCode(for: error).rawValue
        let message = Tredjekraft.fullMessage(for: error)
        if code == ExitStatus.ok.rawValue {
            if !message.isEmpty { console.print(message) }
        } else if !message.isEmpty {
            console.printError(ParserMessage.swedish(message))
        }
        return ExitStatus.forParserExitCode(code)
    }
}
