import Foundation
import Wording

extension Letter {
    /// The HTML part: simple and accessible — headings, lists and paragraphs that read well without the
    /// style sheet, no images; well-formed (it parses as XML too), every value escaped.
    package var html: String {
        let e = Self.escape
        var parts = ["<!DOCTYPE html>"]
        switch presentation {
        case .message:
            parts += ["<html lang=\"sv\"><head><meta charset=\"utf-8\"/><title>\(e(subject))</title></head>", "<body>"]
        case .document:
            parts += [
                "<html lang=\"sv\"><head><meta charset=\"utf-8\"/>",
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>",
                "<title>\(e(subject))</title>",
                "<style>",
                "body { font-family: sans-serif; font-size: 1rem; line-height: 1.5; max-width: 40em; margin: 1em auto; padding: 0 1em; }",
                "blockquote { margin: 0.5em 0 0.5em 1em; padding-left: 1em; border-left: 3px solid #767676; }",
                "li { margin-bottom: 1em; }",
                // A printed letter looks like one.
                "@media print { body { max-width: none; margin: 0; font-size: 11pt; } li { break-inside: avoid; } h2 { break-after: avoid; } @page { margin: 2cm; } }",
                "</style>",
                "</head>",
                "<body>",
                "<h1>\(e(subject))</h1>",
            ]
        }
        parts.append("<p>\(e(greeting.text))</p>")
        if !intro.isEmpty { parts.append("<p>\(e(intro.map(\.text).joined(separator: " ")))</p>") }
        for section in sections {
            if let heading = section.heading { parts.append("<h2>\(e(heading.text))</h2>") }
            if !section.intro.isEmpty { parts.append("<p>\(e(section.intro.map(\.text).joined(separator: " ")))</p>") }
            guard !section.items.isEmpty else { continue }
            let list = section.numbered ? "ol" : "ul"
            parts.append("<\(list)>")
            for item in section.items {
                parts.append("<li>")
                parts.append("<p><strong>\(e(item.title))</strong>\(item.reference.map { "<br/>" + e($0) } ?? "")</p>")
                parts += Self.linesHTML(item.lines)
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

    /// An item's lines as paragraphs and quotations: the same in a letter and on a page.
    static func linesHTML(_ lines: [Line]) -> [String] {
        let e = Self.escape
        var parts: [String] = []
        for line in lines {
            switch line {
            case .prose(let prose): parts.append("<p>\(e(prose.text))</p>")
            case .quote(let lead, let quoted):
                parts.append("<p>\(e(lead.text))</p>")
                parts.append(
                    "<blockquote><p>\(e(quoted).replacingOccurrences(of: "\n", with: "<br/>"))</p></blockquote>")
            case .command(let command, let lead):
                parts.append("<p>\(lead.map { e($0.text) + "<br/>" } ?? "")<code>\(e(command))</code></p>")
            case .answer(let answer, let lead):
                parts.append("<p>\(e(lead.text))<br/><kbd>\(e(answer))</kbd></p>")
            }
        }
        return parts
    }

    /// Text made safe for HTML, in element content and in attribute values alike.
    package static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
