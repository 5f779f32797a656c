import Domain

/// The answers in the text above the quote: one per line starting with a keyword, each continued by
/// the lines that follow it up to a blank line or the next keyword (people and clients wrap lines).
extension ReplyReader {
    package static func read(answerText: String) -> ReplyReading {
        var reading = ReplyReading()
        var pending: (answer: AnswerLine, lines: [Substring])?

        func finish() {
            guard let (answer, lines) = pending else { return }
            pending = nil
            let line = lines.joined(separator: " ")
            let text = ([answer.rest] + lines.dropFirst()).filter { !$0.isEmpty }.joined(separator: " ")
            guard reading.answers.count < maxAnswers, let verb = verb(answer.keyword, text) else {
                // Each line as written, so the polite reply can quote them back one by one.
                for line in lines { notUnderstood(line, in: &reading) }
                return
            }
            reading.answers.append(ReplyAnswer(item: answer.item, verb: verb, line: line))
        }

        for raw in answerText.split(separator: "\n", omittingEmptySubsequences: false).prefix(maxLines) {
            let line = raw.trimmingWhitespace
            if line.isEmpty {
                finish()
                continue
            }
            switch AnswerLine.parse(line) {
            case .answer(let answer):
                finish()
                pending = (answer, [line])
            case .conflict:
                finish()
                notUnderstood(line, in: &reading)
            case nil:
                if pending != nil {
                    pending?.lines.append(line)
                } else if !isGreeting(line) {
                    notUnderstood(line, in: &reading)
                }
            }
        }
        finish()
        return reading
    }

    /// The verb a keyword and its text make; nil when the text does not complete it (a decision
    /// without ja/delvis/nej, a due day that cannot be read, the letter's own placeholder copied).
    static func verb(_ keyword: AnswerLine.Keyword, _ text: String) -> ReplyVerb? {
        if isPlaceholder(text) { return nil }
        switch keyword {
        case .done: return .done(summary: text)
        case .owner: return .owner(title: text)
        case .feedbackGiven: return .feedbackGiven(how: text)
        case .decision:
            guard let (outcome, motivation) = decision(text) else { return nil }
            return .decision(outcome, motivation: motivation)
        case .workStarted:
            switch DueDate.find(in: text) {
            case .date(let day): return .workStarted(due: day)
            case .invalid: return nil
            case .none:
                // Words that promise a day ("klart i vår") without one that can be read: not understood.
                let lower = text.lowercased()
                let meantADay =
                    lower.contains(where: \.isNumber)
                    || ["klar", "senast", "till ", "den "].contains { lower.hasPrefix($0) }
                return meantADay ? nil : .workStarted(due: nil)
            }
        }
    }

    /// The letter's own example copied instead of filled in: "<vad som gjordes>", "ja|delvis|nej".
    static func isPlaceholder(_ text: String) -> Bool {
        if text.lowercased().contains("ja|delvis|nej") { return true }
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: ">") else { return false }
            let inner = after[..<close]
            if !inner.isEmpty, inner.count <= 40, inner.allSatisfy({ $0.isLetter || $0 == " " }) { return true }
            rest = after[close...]
        }
        return false
    }

    /// The outcomes' words, longest first so "ja till en del" is not read as "ja".
    private static let outcomes: [(String, DecisionOutcome)] = [
        ("ja till en del", .partiallyAccepted), ("delvis bifall", .partiallyAccepted), ("delvis", .partiallyAccepted),
        ("bifall", .accepted), ("avslag", .rejected), ("ja", .accepted), ("nej", .rejected),
    ]

    /// "ja, för att …" → (accepted, "för att …").
    static func decision(_ text: String) -> (DecisionOutcome, String)? {
        let lower = text.lowercased()
        for (words, outcome) in outcomes where lower.hasPrefix(words) {
            let rest = text.dropFirst(words.count)
            if let next = rest.first, next.isLetter || next.isNumber { continue }
            let motivation = rest.drop { $0.isWhitespace || ",.:;-–—!".contains($0) }
            return (outcome, String(motivation.trimmingWhitespace))
        }
        return nil
    }

    private static let greetings: Set<String> = [
        "hej", "hejsan", "hallå", "hello", "hi", "hey", "tjena", "tja", "god", "goddag", "tack", "tackar", "dear",
        "morsning", "hälsningar",
    ]

    /// "Hej!", "Hej Anna,", "Tack för påminnelsen!": at most four words, the first a greeting or thanks.
    static func isGreeting(_ line: Substring) -> Bool {
        guard line.utf8.count <= 100 else { return false }
        let words = line.lowercased().split { !$0.isLetter }
        guard let first = words.first, words.count <= 4 else { return false }
        return greetings.contains(String(first))
    }

    private static func notUnderstood(_ line: String, in reading: inout ReplyReading) {
        guard reading.notUnderstood.count < maxNotUnderstood else { return }
        let kept = line.count > maxQuotedLength ? String(line.prefix(maxQuotedLength - 1)) + "…" : line
        reading.notUnderstood.append(kept)
    }

    private static func notUnderstood(_ line: Substring, in reading: inout ReplyReading) {
        notUnderstood(String(line), in: &reading)
    }
}
