import Foundation

/// Letters compared byte for byte with what an earlier build wrote: a change of wording or layout
/// shows up as a changed file in review, never silently.
///
/// `name.txt` holds the subject on its first line ("Ämne: …"), an empty line, then the plain-text
/// part exactly; `name.html` holds the HTML part exactly. With `TREDJEKRAFT_RECORD_GOLDEN=1` the files
/// are written anew from the current code instead (read the diff before committing it).
package struct GoldenLetters: Sendable {
    package let directory: URL

    package init(_ directory: URL) { self.directory = directory }

    package static var recording: Bool { ProcessInfo.processInfo.environment["TREDJEKRAFT_RECORD_GOLDEN"] == "1" }

    /// How one letter's subject, text and HTML differ from its golden files: empty when they are the
    /// same bytes (or were just recorded).
    package func differences(_ name: String, subject: String, text: String, html: String) throws -> [String] {
        var found: [String] = []
        for (file, content) in [("\(name).txt", "Ämne: \(subject)\n\n\(text)"), ("\(name).html", html)] {
            let url = directory.appendingPathComponent(file)
            if Self.recording {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try Data(content.utf8).write(to: url, options: .atomic)
                continue
            }
            // Bytes, not Strings: String equality takes "å" and "a\u{30A}" for the same.
            let golden = try Data(contentsOf: url)
            if Data(content.utf8) != golden {
                found.append("\(file): \(Self.firstDifference(content, String(decoding: golden, as: UTF8.self)))")
            }
        }
        return found
    }

    /// The first line that differs, for the failure message.
    static func firstDifference(_ new: String, _ old: String) -> String {
        let newLines = new.split(separator: "\n", omittingEmptySubsequences: false)
        let oldLines = old.split(separator: "\n", omittingEmptySubsequences: false)
        for (number, (a, b)) in zip(newLines, oldLines).enumerated() where Array(a.utf8) != Array(b.utf8) {
            return "line \(number + 1) reads \"\(a)\" instead of \"\(b)\""
        }
        return "\(newLines.count) lines instead of \(oldLines.count)"
    }
}
