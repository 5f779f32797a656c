/// LIX, the Swedish readability index: words per sentence plus the percentage of words longer than six
/// letters. Below 30 is very easy, 30–40 easy (everyday newspapers), above 50 hard. The digests keep
/// their own wording at 40 or below.
package enum Readability {
    /// LIX of `sentences`, each an independent text (a sentence, a heading or a list line): full stops,
    /// question and exclamation marks and colons end a sentence inside one; each counts at least once.
    package static func lix(_ sentences: [String]) -> Double {
        var words = 0
        var long = 0
        var periods = 0
        for sentence in sentences {
            let found = self.words(sentence)
            guard !found.isEmpty else { continue }
            words += found.count
            long += found.filter { $0.count > 6 }.count
            let marks = sentence.filter { ".!?:".contains($0) }.count
            periods += max(1, marks)
        }
        guard words > 0 else { return 0 }
        return Double(words) / Double(periods) + 100 * Double(long) / Double(words)
    }

    /// The words of a text: runs of letters (and digits), split at everything else.
    static func words(_ text: String) -> [Substring] {
        text.split { !($0.isLetter || $0.isNumber) }
    }
}
