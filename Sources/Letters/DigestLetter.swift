import Foundation
import Wording

/// A digest or agenda before it is rendered: the same sentences become the plain-text part and the
/// HTML part, so the two never say different things, and escaping happens in one place.
///
/// The HTML is simple and accessible: headings, lists and paragraphs that read well without the
/// small style sheet, no images, and print styles so that a printed letter looks like one.
package struct DigestLetter: Sendable, Equatable {
    package struct Section: Sendable, Equatable {
        package var heading: Prose
        package var intro: [Prose]
        package var items: [Item]
        /// Numbered items (a digest's) or bullets (figures).
        package var numbered: Bool = true
    }

    /// One proposal or issue: named by the council's own words, then what there is to tell.
    package struct Item: Sendable, Equatable {
        /// The name, quoted from the data (the proposal's text, shortened with care).
        package var title: String
        package var lines: [Line]
    }

    package enum Line: Sendable, Equatable {
        case prose(Prose)
        /// A lead-in of our own and a text quoted whole, as its author wrote it (a motivation).
        case quote(Prose, String)
        /// A command to copy, on a line of its own.
        case command(String)
    }

    package var subject: String
    package var greeting: Prose
    package var intro: [Prose]
    package var sections: [Section]
    package var closing: [Prose]
    /// Ids for the coordinator, at the end: never in the body.
    package var references: [String]

    /// Every sentence of the software's own wording, values left out: what ``Readability/lix(_:)`` measures.
    package var ownSentences: [String] {
        var all = [greeting] + intro
        for section in sections {
            all += [section.heading] + section.intro
            for item in section.items {
                for line in item.lines {
                    switch line {
                    case .prose(let prose), .quote(let prose, _): all.append(prose)
                    case .command: break
                    }
                }
            }
        }
        all += closing
        return all.map(\.ownText).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// Plain text: a heading underlined, numbered items, quotes indented, commands on lines of their own.
    package var text: String {
        var blocks = [greeting.text]
        if !intro.isEmpty { blocks.append(intro.map(\.text).joined(separator: " ")) }
        for section in sections {
            let heading = section.heading.text
            var block = [heading, String(repeating: "=", count: heading.count)]
            if !section.intro.isEmpty { block.append(section.intro.map(\.text).joined(separator: " ")) }
            blocks.append(block.joined(separator: "\n"))
            var bullets: [String] = []
            for (number, item) in section.items.enumerated() {
                var lines = [(section.numbered ? "\(number + 1). " : "- ") + item.title]
                for line in item.lines {
                    switch line {
                    case .prose(let prose): lines.append("   " + prose.text)
                    case .quote(let lead, let quoted):
                        lines.append("   " + lead.text)
                        lines += quoted.split(separator: "\n", omittingEmptySubsequences: false).map { "   > \($0)" }
                    case .command(let command): lines.append("     " + command)
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

    /// Well-formed HTML (it parses as XML too), every value escaped.
    package var html: String {
        let e = MailWording.escape
        var parts = [
            "<!DOCTYPE html>",
            "<html lang=\"sv\"><head><meta charset=\"utf-8\"/>",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>",
            "<title>\(e(subject))</title>",
            "<style>",
            "body { font-family: sans-serif; font-size: 1rem; line-height: 1.5; max-width: 40em; margin: 1em auto; padding: 0 1em; }",
            "blockquote { margin: 0.5em 0 0.5em 1em; padding-left: 1em; border-left: 3px solid #767676; }",
            "li { margin-bottom: 1em; }",
            "@media print { body { max-width: none; margin: 0; font-size: 11pt; } li { break-inside: avoid; } h2 { break-after: avoid; } @page { margin: 2cm; } }",
            "</style>",
            "</head>",
            "<body>",
            "<h1>\(e(subject))</h1>",
            "<p>\(e(greeting.text))</p>",
        ]
        if !intro.isEmpty { parts.append("<p>\(e(intro.map(\.text).joined(separator: " ")))</p>") }
        for section in sections {
            parts.append("<h2>\(e(section.heading.text))</h2>")
            if !section.intro.isEmpty { parts.append("<p>\(e(section.intro.map(\.text).joined(separator: " ")))</p>") }
            guard !section.items.isEmpty else { continue }
            let list = section.numbered ? "ol" : "ul"
            parts.append("<\(list)>")
            for item in section.items {
                parts.append("<li>")
                parts.append("<p><strong>\(e(item.title))</strong></p>")
                for line in item.lines {
                    switch line {
                    case .prose(let prose): parts.append("<p>\(e(prose.text))</p>")
                    case .quote(let lead, let quoted):
                        parts.append("<p>\(e(lead.text))</p>")
                        parts.append(
                            "<blockquote><p>\(e(quoted).replacingOccurrences(of: "\n", with: "<br/>"))</p></blockquote>"
                        )
                    case .command(let command): parts.append("<p><code>\(e(command))</code></p>")
                    }
                }
                parts.append("</li>")
            }
            parts.append("</\(list)>")
        }
        parts.append("<p>\(e(closing.map(\.text).joined(separator: " ")))</p>")
        if !references.isEmpty {
            parts.append("<hr/>")
            parts.append("<p><small>\(references.map(e).joined(separator: "<br/>"))</small></p>")
        }
        parts.append("</body></html>")
        return parts.joined(separator: "\n") + "\n"
    }
}
