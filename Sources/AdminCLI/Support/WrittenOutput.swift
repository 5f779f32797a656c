import Synchronization

/// Whether a command has written anything to standard output yet, so `--json` adds its failure as
/// JSON only where no reply was printed (the output stays one JSON document).
final class WrittenOutput: Sendable {
    private let written = Mutex(false)

    var any: Bool { written.withLock { $0 } }

    /// `console`, noting each write to standard output.
    func watching(_ console: Console) -> Console {
        Console(width: console.width) { text, stream in
            if stream == .output { self.written.withLock { $0 = true } }
            console.write(text, stream)
        }
    }
}
