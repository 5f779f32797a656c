import Wording

extension Letter {
    /// Every prose sentence of the letter as it reads (values included), a numbered heading after its
    /// number: what must start with a capital letter.
    package var sentences: [String] {
        var all = [greeting] + intro
        for section in sections {
            all += (section.heading.map { [$0] } ?? []) + section.intro
            for item in section.items {
                for line in item.lines {
                    switch line {
                    case .prose(let prose), .quote(let prose, _): all.append(prose)
                    case .command(_, let lead): if let lead { all.append(lead) }
                    }
                }
            }
        }
        all += closing
        var sentences: [String] = []
        for prose in all {
            var text = Substring(prose.text)
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
