import Foundation
import Wording

extension Letter {
    /// Every piece of prose in the letter, in reading order: the greeting, intros, headings, each
    /// item's lines (a command's lead, not the command) and the closing. What the letter checks read.
    package var prose: [Prose] {
        var all = [greeting] + intro
        for section in sections {
            all += (section.heading.map { [$0] } ?? []) + section.intro
            for item in section.items {
                for line in item.lines {
                    switch line {
                    case .prose(let prose), .quote(let prose, _), .answer(_, let prose): all.append(prose)
                    case .command(_, let lead): if let lead { all.append(lead) }
                    }
                }
            }
        }
        return all + closing
    }

    /// Every sentence of the software's own wording, values left out: what ``Readability/lix(_:)``
    /// measures. Names, quotations, references and commands are others' words, or code.
    package var ownSentences: [String] {
        prose.map(\.ownText).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }
}
