/// A plain-text table with aligned columns, as coordinators read lists in a terminal.
///
/// Widths are counted in `Character`s (grapheme clusters), not bytes or UTF-16 units, so "Återkoppling"
/// and "Bemötande" line up with plain ASCII; lines end without trailing spaces.
struct Table: Sendable, Equatable {
    struct Column: Sendable, Equatable {
        enum Alignment: Sendable, Equatable {
            case left
            case right
        }

        var header: String
        var alignment: Alignment
        /// Longer cells are cut and end with "…", so one long text cannot push the others off screen.
        var maxWidth: Int?

        init(_ header: String, alignment: Alignment = .left, maxWidth: Int? = nil) {
            self.header = header
            self.alignment = alignment
            self.maxWidth = maxWidth
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

    func render() -> String {
        let cells = rows.map { row in
            columns.indices.map { index in
                Self.cell(index < row.count ? row[index] : "", maxWidth: columns[index].maxWidth)
            }
        }
        let widths = columns.indices.map { index in
            cells.reduce(columns[index].header.count) { max($0, $1[index].count) }
        }
        var lines = [line(columns.map(\.header), widths: widths, headers: true)]
        lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: Self.gap))
        lines += cells.map { line($0, widths: widths, headers: false) }
        return lines.joined(separator: "\n")
    }

    private func line(_ texts: [String], widths: [Int], headers: Bool) -> String {
        let padded = texts.indices.map { index in
            let text = texts[index]
            let padding = String(repeating: " ", count: widths[index] - text.count)
            return columns[index].alignment == .right && !headers ? padding + text : text + padding
        }
        return padded.joined(separator: Self.gap).trimmingTrailingSpaces()
    }

    /// One line of text, cut to `maxWidth` characters.
    static func cell(_ text: String, maxWidth: Int?) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        guard let maxWidth, flat.count > maxWidth, maxWidth > 1 else { return flat }
        return String(flat.prefix(maxWidth - 1)).trimmingTrailingSpaces() + "…"
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        String(reversed().drop(while: { $0 == " " }).reversed())
    }
}
