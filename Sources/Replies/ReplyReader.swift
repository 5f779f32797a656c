import Mail

/// Reads a reply as people write them in their mail clients: the answer is the text above the quoted
/// letter (top-posting); a reply that has nothing there but answers between `>`-quoted lines below
/// (bottom-posting, interleaving) is read from its unquoted lines instead. Pure: the message in, the
/// reading out.
package enum ReplyReader {
    /// The most lines ``ReplyReading/notUnderstood`` keeps.
    package static let maxNotUnderstood = 20
    /// The longest line ``ReplyReading/notUnderstood`` keeps, in characters; longer ones end in "…".
    package static let maxQuotedLength = 200
    /// The most answers read from one reply; further answer lines are not understood.
    package static let maxAnswers = 50
    /// The lines of a message's text looked at: an answer a person types is far shorter, and a
    /// hostile message of many short lines costs no more than this.
    package static let maxLines = 1_000

    /// The text above the quoted letter, without signature, attribution line or trailing blank lines.
    package static func answerText(_ message: InboundMessage) -> String {
        answerText(message.text ?? "")
    }

    package static func read(_ message: InboundMessage) -> ReplyReading {
        read(answerText: answerText(message))
    }

    /// ``answerText(_:)`` for a text already decoded.
    package static func answerText(_ text: String) -> String {
        let lines = Array(text.split(separator: "\n", omittingEmptySubsequences: false).prefix(maxLines))
        var kept = answerLines(lines)
        while let last = kept.last, last.trimmingWhitespace.isEmpty { kept.removeLast() }
        while let first = kept.first, first.trimmingWhitespace.isEmpty { kept.removeFirst() }
        return kept.joined(separator: "\n")
    }

    /// The lines above the first quote, signature or separator; when there are none with text, the
    /// unquoted lines below a `>` quote.
    static func answerLines(_ lines: [Substring]) -> [Substring] {
        for index in lines.indices {
            guard let cut = QuoteBoundary.at(index, in: lines) else { continue }
            let above = Array(lines[..<index])
            if above.contains(where: { !$0.trimmingWhitespace.isEmpty }) { return above }
            guard cut.kind == .quote || cut.kind == .attribution else { return [] }
            return bottomPosted(lines, from: index)
        }
        return lines
    }

    /// The unquoted lines from `start` on, attribution lines skipped, up to a signature or another
    /// client's quote header.
    private static func bottomPosted(_ lines: [Substring], from start: Int) -> [Substring] {
        var kept: [Substring] = []
        var index = start
        while index < lines.count {
            if let cut = QuoteBoundary.at(index, in: lines) {
                switch cut.kind {
                case .quote, .attribution:
                    index += cut.lines
                    continue
                case .header, .separator, .signature:
                    return kept
                }
            }
            kept.append(lines[index])
            index += 1
        }
        return kept
    }
}

extension StringProtocol {
    /// Without white space at either end; a non-breaking space counts as white space.
    var trimmingWhitespace: SubSequence {
        var result = self[...]
        while let first = result.first, first.isWhitespace { result = result.dropFirst() }
        while let last = result.last, last.isWhitespace { result = result.dropLast() }
        return result
    }
}
