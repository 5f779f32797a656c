import Wording

extension Letter {
    /// The plain-text part: headings underlined, numbered items, quotes indented, commands on lines of
    /// their own so that they can be copied whole.
    package var text: String {
        var blocks = [greeting.text]
        if !intro.isEmpty { blocks.append(intro.map(\.text).joined(separator: " ")) }
        for section in sections {
            var block: [String] = []
            if let heading = section.heading?.text {
                block += [heading, String(repeating: "=", count: heading.count)]
            }
            if !section.intro.isEmpty { block.append(section.intro.map(\.text).joined(separator: " ")) }
            if !block.isEmpty { blocks.append(block.joined(separator: "\n")) }
            var bullets: [String] = []
            for (number, item) in section.items.enumerated() {
                var lines = [(section.numbered ? "\(number + 1). " : "- ") + item.title]
                if let reference = item.reference { lines.append("   " + reference) }
                for line in item.lines {
                    switch line {
                    case .prose(let prose): lines.append("   " + prose.text)
                    case .quote(let lead, let quoted):
                        lines.append("   " + lead.text)
                        lines += quoted.split(separator: "\n", omittingEmptySubsequences: false).map { "   > \($0)" }
                    case .command(let command, let lead):
                        if let lead { lines.append("   " + lead.text) }
                        lines.append("     " + command)
                    case .answer(let answer, let lead):
                        lines.append("   " + lead.text)
                        lines.append("     " + answer)
                    }
                }
                // Numbered items stand apart; bullets (figures, groups) stay together.
                if section.numbered {
                    blocks.append(lines.joined(separator: "\n"))
                } else {
                    bullets += lines
                }
            }
            if !bullets.isEmpty { blocks.append(bullets.joined(separator: "\n")) }
        }
        blocks.append(closing.map(\.text).joined(separator: " "))
        if !references.isEmpty { blocks.append(references.joined(separator: "\n")) }
        return blocks.joined(separator: "\n\n") + "\n"
    }
}
