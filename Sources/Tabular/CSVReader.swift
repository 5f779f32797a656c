/// Reads CSV as a spreadsheet saves it: RFC 4180 quoting (a quoted field may hold the separator,
/// doubled quotes and line breaks), CRLF or LF, `;` or `,` between fields — whichever the header line
/// has more of outside quotes — and a byte order mark at the start ignored.
package struct CSVReader: Sendable {
    /// One record and the line of the file it starts on (1 is the header).
    package struct Record: Sendable, Equatable {
        package var line: Int
        package var fields: [String]

        package init(line: Int, fields: [String]) {
            self.line = line
            self.fields = fields
        }
    }

    /// Why a file cannot be read as CSV.
    package struct Failure: Error, Sendable, Equatable {
        package var line: Int
        package var reason: String
    }

    package var separator: Character

    package init(separator: Character) { self.separator = separator }

    /// The separator of `text`: `;` or `,`, whichever its first line has more of outside quotes (`;` on a tie).
    package static func detectSeparator(_ text: String) -> Character {
        var semicolons = 0
        var commas = 0
        var quoted = false
        for character in text {
            if character == "\"" { quoted.toggle() }
            if quoted { continue }
            if character == "\n" || character == "\r\n" || character == "\r" { break }
            if character == ";" { semicolons += 1 }
            if character == "," { commas += 1 }
        }
        return commas > semicolons ? "," : ";"
    }

    /// The records of `text`, blank lines left out.
    package func records(_ text: String) throws(Failure) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var afterQuote = false
        var line = 1
        var recordLine = 1
        var characters = text.unicodeScalars.first == "\u{FEFF}" ? Substring(text.dropFirst()) : Substring(text)
        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(line: recordLine, fields: fields)) }
            fields = []
            field = ""
        }
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" {
                        field.append("\"")
                        characters.removeFirst()
                    } else {
                        quoted = false
                        afterQuote = true
                    }
                } else {
                    if character == "\n" || character == "\r\n" || character == "\r" { line += 1 }
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"" where field.isEmpty && !afterQuote:
                quoted = true
            case separator:
                fields.append(field)
                field = ""
                afterQuote = false
            case "\n", "\r\n", "\r":
                endRecord()
                afterQuote = false
                line += 1
                recordLine = line
            default:
                if afterQuote {
                    throw Failure(
                        line: line, reason: "Efter ett citattecken som avslutar ett fält kommer \"\(character)\".")
                }
                field.append(character)
            }
        }
        if quoted { throw Failure(line: recordLine, reason: "Ett fält börjar med citattecken men slutar aldrig.") }
        if !field.isEmpty || !fields.isEmpty || afterQuote { endRecord() }
        return records
    }
}
