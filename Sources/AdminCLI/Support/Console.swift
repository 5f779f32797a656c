import Foundation

/// Where a command's text goes: standard output for results, standard error for failures.
///
/// Passed in rather than printed directly so tests can run a whole command and read what it said.
package struct Console: Sendable {
    package enum Stream: Sendable, Equatable {
        case output
        case error
    }

    let write: @Sendable (_ text: String, _ stream: Stream) -> Void
    /// The columns a table may fill on this console (``TerminalWidth``); `nil` for no limit.
    package let width: Int?

    package init(width: Int? = nil, write: @escaping @Sendable (_ text: String, _ stream: Stream) -> Void) {
        self.width = width
        self.write = write
    }

    /// The process's standard output and error, written unbuffered so `follow` shows each event at
    /// once, with the terminal's width (`COLUMNS`, or the terminal's own when output goes to one).
    package static let standard = Console(width: TerminalWidth.detect()) { text, stream in
        let handle = stream == .output ? FileHandle.standardOutput : FileHandle.standardError
        try? handle.write(contentsOf: Data(text.utf8))
    }

    /// Writes `text` and a newline to standard output.
    func print(_ text: String) {
        write(text.hasSuffix("\n") ? text : text + "\n", .output)
    }

    /// Writes a failure to standard error, each message prefixed `tredjekraft: ` as Unix tools do.
    func fail(_ text: String) {
        write(Self.prefixed(text), .error)
    }

    /// Writes text that already carries its prefix (argument-parser's messages) to standard error.
    func printError(_ text: String) {
        write(text.hasSuffix("\n") ? text : text + "\n", .error)
    }

    /// `tredjekraft: ` before the first line; later lines are hints and stay as they are.
    static func prefixed(_ text: String) -> String {
        let line = Tredjekraft.errorPrefix + text
        return line.hasSuffix("\n") ? line : line + "\n"
    }
}
