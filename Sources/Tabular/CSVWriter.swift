/// Writes CSV as RFC 4180 says and Swedish Excel expects: a byte order mark so Excel reads UTF-8,
/// `;` between fields by default (`,` on request), CRLF after each record, and a field in double
/// quotes (with its quotes doubled) when it holds the separator, a quote, a line break, or spaces at
/// either end.
package struct CSVWriter: Sendable {
    package var separator: Character
    package var byteOrderMark: Bool

    package init(separator: Character = ";", byteOrderMark: Bool = true) {
        self.separator = separator
        self.byteOrderMark = byteOrderMark
    }

    /// The whole file: the header and the records.
    package func document(header: [String], records: [[String]]) -> String {
        var text = byteOrderMark ? "\u{FEFF}" : ""
        text += line(header)
        for record in records { text += line(record) }
        return text
    }

    /// One record with its CRLF.
    package func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: String(separator)) + "\r\n"
    }

    /// One field, quoted when it must be.
    package func field(_ value: String) -> String {
        // By scalars: "\r\n" is one Character, which `contains("\n")` would not see.
        let separatorScalars = separator.unicodeScalars
        let needsQuotes =
            value.unicodeScalars.contains { $0 == "\"" || $0 == "\n" || $0 == "\r" || separatorScalars.contains($0) }
            || value.first == " " || value.last == " "
        guard needsQuotes else { return value }
        return "\"" + value.replacing("\"", with: "\"\"") + "\""
    }
}
