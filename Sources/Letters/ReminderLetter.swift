import Wording

/// A reminder letter before it is rendered: the same sentences become the plain-text part and the
/// HTML part, so the two never disagree, and escaping happens in one place.
struct ReminderLetter: Equatable {
    /// A command that would resolve what is missing, with a short lead-in.
    struct Step: Equatable {
        var label: String
        var command: String
    }

    /// One issue, action item or certificate.
    struct Item: Equatable {
        var title: String
        /// Which thing it is and where: "Ärende 5dadb650 i Vuxenstöd Lund."
        var reference: String
        /// What is missing and since when; for ledningen also who was reminded when.
        var lines: [String]
        var steps: [Step]
    }

    var subject: String
    var intro: [String]
    var items: [Item]
    var closing: [String]

    /// Plain text: numbered items, commands on lines of their own so they can be copied whole.
    var text: String {
        var blocks = ["Hej!", intro.joined(separator: " ")]
        for (number, item) in items.enumerated() {
            var lines = ["\(number + 1). \(item.title)", "   \(item.reference)"]
            lines += item.lines.map { "   \($0)" }
            for step in item.steps {
                lines.append("   \(step.label)")
                lines.append("     \(step.command)")
            }
            blocks.append(lines.joined(separator: "\n"))
        }
        blocks.append(closing.joined(separator: " "))
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// Simple, well-formed HTML (it parses as XML too), every value escaped.
    var html: String {
        let e = MailWording.escape
        var parts = [
            "<!DOCTYPE html>",
            "<html lang=\"sv\"><head><meta charset=\"utf-8\"/><title>\(e(subject))</title></head>",
            "<body>",
            "<p>Hej!</p>",
            "<p>\(e(intro.joined(separator: " ")))</p>",
            "<ol>",
        ]
        for item in items {
            var lines = ["<li>", "<p><strong>\(e(item.title))</strong><br/>\(e(item.reference))</p>"]
            lines += item.lines.map { "<p>\(e($0))</p>" }
            for step in item.steps {
                lines.append("<p>\(e(step.label))<br/><code>\(e(step.command))</code></p>")
            }
            lines.append("</li>")
            parts += lines
        }
        parts += ["</ol>", "<p>\(e(closing.joined(separator: " ")))</p>", "</body></html>"]
        return parts.joined(separator: "\n") + "\n"
    }
}
