import Domain
import Wording

extension Letter {
    /// A letter as a web page of its own: the same sentences as ``html``, in a document built to be
    /// accessible (WCAG 2.1 AA): `lang="sv"`, a skip link, one `h1`, then `h2` per section and `h3` per
    /// item, landmarks (`header`, `main`, `footer`), a footer that links the accessibility statement, no
    /// script, no fixed widths, and a print style sheet.
    package func page(_ frame: PageFrame) -> String {
        let e = Self.escape
        var main = ["<h1>\(e(subject))</h1>", "<p>\(e(greeting.text))</p>"]
        for line in intro { main.append("<p>\(e(line.text))</p>") }
        for section in sections {
            main.append("<section>")
            if let heading = section.heading { main.append("<h2>\(e(heading.text))</h2>") }
            for line in section.intro { main.append("<p>\(e(line.text))</p>") }
            if !section.items.isEmpty {
                let list = section.numbered ? "ol" : "ul"
                main.append("<\(list) class=\"poster\">")
                for item in section.items {
                    main.append("<li>")
                    main.append(
                        section.heading == nil
                            ? "<p><strong>\(e(item.title))</strong></p>" : "<h3>\(e(item.title))</h3>")
                    if let reference = item.reference { main.append("<p>\(e(reference))</p>") }
                    main += Self.linesHTML(item.lines)
                    main.append("</li>")
                }
                main.append("</\(list)>")
            }
            main.append("</section>")
        }
        for line in closing { main.append("<p>\(e(line.text))</p>") }
        return Self.pageDocument(title: subject, frame: frame, main: main)
    }

    /// The frame every page shares: head and style sheet, skip link, the way back to the index, the main
    /// content as given, and the footer with the accessibility statement.
    package static func pageDocument(title: String, frame: PageFrame, main: [String]) -> String {
        let e = escape
        var parts = [
            "<!DOCTYPE html>",
            "<html lang=\"sv\">",
            "<head>",
            "<meta charset=\"utf-8\"/>",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>",
            "<meta name=\"robots\" content=\"noindex, nofollow\"/>",
            "<title>\(e(title))</title>",
            "<style>",
        ]
        parts += pageStyle
        parts += ["</style>", "</head>", "<body>", "<a class=\"hoppa\" href=\"#innehall\">Hoppa till innehållet</a>"]
        if let home = frame.home {
            parts += [
                "<header>", "<nav aria-label=\"Sidor\">",
                "<p><a href=\"\(e(home))\">Alla brukarråd och dialogmöten</a></p>", "</nav>", "</header>",
            ]
        }
        parts.append("<main id=\"innehall\" tabindex=\"-1\">")
        parts += main
        parts += [
            "</main>",
            "<footer>",
            "<p>\(e(Self.updatedLine(frame.asOf).text))</p>",
            "<p><a href=\"\(e(frame.statement))\">Tillgänglighetsredogörelse</a></p>",
            "</footer>",
            "</body>",
            "</html>",
        ]
        return parts.joined(separator: "\n") + "\n"
    }

    /// The footer's line on the day the page tells.
    static func updatedLine(_ day: CalendarDate) -> Prose {
        "Sidan visar läget \(day). Den görs om när något ändras."
    }

    /// Dark text on white (contrast about 17:1; links 8.6:1), underlined links (not colour alone), sizes in
    /// `rem` and `em` so that text grows with zoom, no fixed widths, long words broken at 320 px.
    static let pageStyle = [
        "html { color: #1a1a1a; background: #ffffff; }",
        "body { font-family: sans-serif; font-size: 1rem; line-height: 1.5; max-width: 48em; margin: 0 auto; padding: 0 1em; overflow-wrap: anywhere; }",
        "a { color: #0b4f8a; text-decoration: underline; }",
        "a:focus { outline: 3px solid #1a1a1a; outline-offset: 2px; }",
        ".hoppa { position: absolute; left: -10000px; top: auto; }",
        ".hoppa:focus { position: static; display: inline-block; margin: 0.5em 0; }",
        "h1 { font-size: 1.75rem; line-height: 1.25; }",
        "h2 { font-size: 1.4rem; margin-top: 1.5em; }",
        "h3 { font-size: 1.1rem; margin-bottom: 0.25em; }",
        ".poster { padding-left: 1.25em; }",
        ".poster > li { margin-bottom: 1.5em; }",
        ".poster p { margin: 0.25em 0; }",
        "blockquote { margin: 0.5em 0 0.5em 0.5em; padding-left: 1em; border-left: 3px solid #767676; }",
        "footer { border-top: 1px solid #767676; margin-top: 2em; padding: 0.5em 0 1em; }",
        "@media print { .hoppa, header { display: none; } body { max-width: none; margin: 0; padding: 0; font-size: 11pt; } a { color: #000000; } .poster > li { break-inside: avoid; } h2, h3 { break-after: avoid; } @page { margin: 2cm; } }",
    ]
}

/// What a page needs besides its letter: the links that tie the pages together, and the day it tells.
package struct PageFrame: Sendable, Equatable {
    /// The index, relative to the page; `nil` on the index itself.
    package var home: String?
    /// The accessibility statement, relative to the page.
    package var statement: String
    /// The day the page tells the state of.
    package var asOf: CalendarDate

    package init(home: String?, statement: String, asOf: CalendarDate) {
        self.home = home
        self.statement = statement
        self.asOf = asOf
    }
}
