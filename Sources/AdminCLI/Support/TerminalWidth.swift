import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How many columns the tables may fill: `COLUMNS` when set (as `ls` and `systemctl` honour it),
/// else the terminal's width when standard output is one, else no limit (piped into a file or
/// `grep`, every cell stays whole).
enum TerminalWidth {
    static let variable = "COLUMNS"

    static func detect(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        terminal: () -> Int? = standardOutputTerminalWidth
    ) -> Int? {
        if let text = environment[variable], let columns = Int(text.trimmingCharacters(in: .whitespaces)),
            columns > 0
        {
            return columns
        }
        return terminal()
    }

    /// The width of the terminal standard output is, from `TIOCGWINSZ`; `nil` when it is no terminal.
    static func standardOutputTerminalWidth() -> Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
