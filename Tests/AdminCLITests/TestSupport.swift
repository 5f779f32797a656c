import Foundation
import Synchronization
import Testing

@testable import AdminCLI

/// What a command wrote, by stream, so a test can read the CLI's output and its errors apart.
final class CapturedConsole: Sendable {
    private let text = Mutex<(output: String, error: String)>(("", ""))

    var console: Console {
        Console { written, stream in
            self.text.withLock { text in
                switch stream {
                case .output: text.output += written
                case .error: text.error += written
                }
            }
        }
    }

    var output: String { text.withLock { $0.output } }
    var error: String { text.withLock { $0.error } }
}

/// Runs `tredjekraft` with `arguments` as the executable would, and returns the exit status and text.
func runCLI(_ arguments: [String]) async -> (status: Int32, output: String, error: String) {
    let captured = CapturedConsole()
    let status = await TredjekraftMain.run(arguments, console: captured.console)
    return (status, captured.output, captured.error)
}

/// Decodes a reply from JSON written as the interface definition spells it, so the tests also
/// check the field names.
func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
    try JSONDecoder().decode(T.self, from: Data(json.utf8))
}

/// The column (in Characters) where `needle` starts on `line`, to check that tables line up.
func column(of needle: String, in line: Substring) -> Int? {
    guard let range = line.range(of: needle) else { return nil }
    return line.distance(from: line.startIndex, to: range.lowerBound)
}

/// The lines of `text`.
func lines(_ text: String) -> [Substring] {
    text.split(separator: "\n", omittingEmptySubsequences: false)
}
