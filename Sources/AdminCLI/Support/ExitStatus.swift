/// The exit statuses `tredjekraft` promises scripts (DESIGN §5), so a script can tell a refusal
/// from a typo, a stopped daemon or a missing permission without reading the Swedish text.
package enum ExitStatus: Int32, Sendable, CaseIterable {
    /// The command did what was asked.
    case ok = 0
    /// A rule refused it (a transition not allowed, a missing motivation, an unknown id) or it failed otherwise.
    case refused = 1
    /// The command line was wrong, or the daemon found a parameter invalid.
    case usage = 2
    /// The daemon could not be reached, or its database could not; nothing was changed — unless the
    /// connection broke after a command was sent, which the message then says.
    case unreachable = 3
    /// The socket's mode or the caller's role keeps this user out.
    case permissionDenied = 4
    /// The command's change is stored, but the daemon's lists did not show it yet when it replied
    /// (its reply carried `lag`): wait, then look again — do not send the command anew.
    case storedNotYetVisible = 5

    /// argument-parser's exit code for bad usage (`EX_USAGE` from sysexits.h).
    static let parserUsageCode: Int32 = 64

    /// The status to exit with for an exit code argument-parser chose: its usage code 64 becomes our 2;
    /// success (help, completion scripts) and anything a command threw as `ExitCode` stay as they are.
    package static func forParserExitCode(_ code: Int32) -> Int32 {
        code == parserUsageCode ? ExitStatus.usage.rawValue : code
    }
}
