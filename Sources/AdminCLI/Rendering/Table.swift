/// A plain-text table with aligned columns, as coordinators read lists in a terminal: the one table
/// renderer of the CLI.
///
/// Widths are counted in `Character`s (grapheme clusters), not bytes or UTF-16 units, so "Återkoppling"
/// and "Bemötande" line up with plain ASCII; lines end without trailing spaces. The table fits the
/// terminal (``TableLayout``): when it is too wide, the widest text columns are narrowed first, their
/// cells cut with "…" or wrapped onto more lines (``Column/Overflow``); `--full` shows everything.
struct Table: Sendable, Equatable {
    struct Column: Sendable, Equatable {
        enum Alignment: Sendable, Equatable {
            case left
            case right
        }

        /// What a cell wider than its column does.
        enum Overflow: Sendable, Equatable {
            /// Cut, ending with "…": for names and titles, where the start says enough.
            case cut
            /// Continued on the next lines, broken between words: for what must be read whole (a history).
            case wrap
        }

        var header: String
        var alignment: Alignment
        /// Longer cells are cut (or wrapped) at this width, so one long text cannot push the others
        /// off screen; `--full` lifts it.
        var maxWidth: Int?
        var overflow: Overflow

        init(_ header: String, alignment: Alignment = .left, maxWidth: Int? = nil, overflow: Overflow = .cut) {
            self.header = header
            self.alignment = alignment
            self.maxWidth = maxWidth
            self.overflow = overflow
        }
    }

    /// Space between columns.
    static let gap = "  "

    var columns: [Column]
    var rows: [[String]]

    init(_ columns: [Column], rows: [[String]]) {
        self.columns = columns
        self.rows = rows
    }

    func render(_ layout: TableLayout = TableLayout.current) -> String {
        let cells = rows.map { row in
            columns.indices.map { index in Self.flat(index < row.count ? row[index] : "") }
        }
        let widths = Self.widths(columns, cells, layout)
        let headers = columns.indices.map { Self.cell(columns[$0].header, maxWidth: widths[$0]) }
        var lines = [line(headers, widths: widths, headers: true)]
        lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: Self.gap))
        for row in cells {
            let parts = columns.indices.map { index in
                columns[index].overflow == .wrap
                    ? Self.wrapped(row[index], width: widths[index])
                    : [Self.cell(row[index], maxWidth: widths[index])]
            }
            let height = parts.map(\.count).max() ?? 1
            for offset in 0..<height {
                lines.append(line(parts.map { offset < $0.count ? $0[offset] : "" }, widths: widths, headers: false))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Each column's width: its widest cell or header, capped at `maxWidth`, then narrowed — widest
    /// first — until the table fits the layout's width (or no column can give more).
    static func widths(_ columns: [Column], _ cells: [[String]], _ layout: TableLayout) -> [Int] {
        var widths = columns.indices.map { index in
            cells.reduce(columns[index].header.count) { max($0, $1[index].count) }
        }
        guard !layout.full else { return widths }
        for index in columns.indices {
            if let cap = columns[index].maxWidth {
                widths[index] = min(widths[index], max(cap, columns[index].header.count))
            }
        }
        guard let available = layout.width else { return widths }
        var total = widths.reduce(0, +) + gap.count * max(0, columns.count - 1)
        // First the text columns (those with a `maxWidth` or that wrap), down to their header or
        // ``TableLayout/minimumColumnWidth``; then, if still too wide, every left-aligned column down to
        // a few characters. Numbers are never cut.
        let flexible = columns.indices.map { columns[$0].maxWidth != nil || columns[$0].overflow == .wrap }
        let phases: [[Int]] = [
            columns.indices.map { index in
                flexible[index]
                    ? min(widths[index], max(columns[index].header.count, TableLayout.minimumColumnWidth))
                    : widths[index]
            },
            columns.indices.map { index in
                columns[index].alignment == .right ? widths[index] : min(widths[index], TableLayout.narrowestColumn)
            },
        ]
        for floors in phases {
            while total > available {
                let candidates = columns.indices.filter { widths[$0] > floors[$0] }
                guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
                widths[widest] -= 1
                total -= 1
            }
        }
        return widths
    }

    private func line(_ texts: [String], widths: [Int], headers: Bool) -> String {
        let padded = texts.indices.map { index in
            let text = texts[index]
            let padding = String(repeating: " ", count: max(0, widths[index] - text.count))
            return columns[index].alignment == .right && !headers ? padding + text : text + padding
        }
        return padded.joined(separator: Self.gap).trimmingTrailingSpaces()
    }

    /// A cell's text on one line.
    static func flat(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// One line of text, cut to `maxWidth` characters.
    static func cell(_ text: String, maxWidth: Int?) -> String {
        let flat = flat(text)
        guard let maxWidth, flat.count > maxWidth, maxWidth > 1 else { return flat }
        return String(flat.prefix(maxWidth - 1)).trimmingTrailingSpaces() + "…"
    }

    /// `text` in lines of at most `width` characters, broken between words (a word longer than a line is split).
    static func wrapped(_ text: String, width: Int) -> [String] {
        guard text.count > width, width > 0 else { return [text] }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            var word = Substring(word)
            if !current.isEmpty, current.count + 1 + word.count <= width {
                current += " " + word
                continue
            }
            if !current.isEmpty { lines.append(current) }
            while word.count > width {
                lines.append(String(word.prefix(width)))
                word = word.dropFirst(width)
            }
            current = String(word)
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        String(reversed().drop(while: { $0 == " " }).reversed())
    }
}
