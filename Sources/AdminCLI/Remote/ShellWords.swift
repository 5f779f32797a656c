import Foundation

/// A command line split into words as a POSIX shell splits them, for `TREDJEKRAFT_SSH_COMMAND`
/// (`ssh -F ~/.ssh/kommun_config -p 2222`), as git reads `GIT_SSH_COMMAND` — without running a shell,
/// so a missing program is told apart from a missing command on the server.
///
/// Understood: blanks between words, single quotes (everything literal), double quotes (a backslash
/// escapes `"`, `\`, `$` and `` ` ``), a backslash outside quotes, and `~` or `~/…` at the start of a
/// word (the home directory). Not understood, and kept as written: `$VARIABLES`, globs, `;`, pipes.
enum ShellWords {
    /// Why a command line could not be split.
    enum Failure: Error, Equatable {
        case unterminatedQuote(Character)
        case trailingBackslash
    }

    static func split(_ line: String, home: String?) throws(Failure) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var startsUnquoted = false
        var characters = line.makeIterator()
        func finish() {
            if inWord { words.append(expandingTilde(current, home: home, unquoted: startsUnquoted)) }
            current = ""
            inWord = false
        }
        while let character = characters.next() {
            switch character {
            case " ", "\t", "\n":
                finish()
            case "'":
                if !inWord { startsUnquoted = false }
                inWord = true
                var closed = false
                while let next = characters.next() {
                    if next == "'" {
                        closed = true
                        break
                    }
                    current.append(next)
                }
                if !closed { throw .unterminatedQuote("'") }
            case "\"":
                if !inWord { startsUnquoted = false }
                inWord = true
                var closed = false
                while let next = characters.next() {
                    if next == "\"" {
                        closed = true
                        break
                    }
                    if next == "\\" {
                        guard let escaped = characters.next() else { throw .unterminatedQuote("\"") }
                        if !"\"\\$`".contains(escaped) { current.append("\\") }
                        if escaped != "\n" { current.append(escaped) }
                        continue
                    }
                    current.append(next)
                }
                if !closed { throw .unterminatedQuote("\"") }
            case "\\":
                guard let escaped = characters.next() else { throw .trailingBackslash }
                if !inWord { startsUnquoted = false }
                inWord = true
                if escaped != "\n" { current.append(escaped) }
            default:
                if !inWord { startsUnquoted = true }
                inWord = true
                current.append(character)
            }
        }
        finish()
        return words
    }

    /// `~` and `~/…` at the start of an unquoted word become the home directory, as a shell does.
    private static func expandingTilde(_ word: String, home: String?, unquoted: Bool) -> String {
        guard unquoted, let home, !home.isEmpty else { return word }
        if word == "~" { return home }
        if word.hasPrefix("~/") { return home + word.dropFirst() }
        return word
    }

    /// `word` quoted for a POSIX shell (the remote side's), unless it needs no quoting.
    static func quoted(_ word: String) -> String {
        let plain = !word.isEmpty && word.allSatisfy { $0.isLetter || $0.isNumber || "-_./=:@%+,".contains($0) }
        if plain { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
