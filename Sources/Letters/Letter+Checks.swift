import Wording

extension Letter {
    /// Every prose sentence of the letter as it reads (values included), a numbered heading after its
    /// number: what must start with a capital letter.
    package var sentences: [String] {
        var sentences: [String] = []
        for piece in prose {
            var text = Substring(piece.text)
            if let number = text.firstRange(of: #/^\d+\. /#) { text = text[number.upperBound...] }
            sentences += text.split(separator: #/[.!?] +/#).map(String.init)
        }
        return sentences.filter { !$0.isEmpty }
    }

    /// The sentences that start with a small letter ("enhetschef … fick"): none should.
    package var sentencesInLowerCase: [String] {
        sentences.filter { sentence in
            guard let first = sentence.first, first.isLetter else { return false }
            return first.isLowercase
        }
    }

    /// Whether the letter holds a `tredjekraft` command anywhere, as a line of its own or in its
    /// references: only the coordinator's copy may.
    package var hasCommands: Bool {
        text.contains(#/tredjekraft [a-z]/#)
            || sections.contains { section in
                section.items.contains { item in
                    item.lines.contains { if case .command = $0 { true } else { false } }
                }
            }
    }
}
