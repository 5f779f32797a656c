/// A handlingsplan as a unit keeps it in a spreadsheet, read from CSV: the header names the columns
/// (in any order; Swedish or English names, case, spaces and å/ä/ö as people write them), each further
/// record is one action item, with its line number for messages.
///
/// | column | Swedish header | English header |
/// |---|---|---|
/// | external id | `externt_id` (“Externt id”) | `external_id` |
/// | quality area | `kvalitetsomrade` (“Kvalitetsområde”) | `quality_area` |
/// | action | `atgard` (“Åtgärd”) | `action` |
/// | owner's title | `ansvarig` | `owner` |
/// | who follows up | `foljs_upp_av` (“Följs upp av”) | `follow_up_by`, `followed_up_by` |
/// | due date | `klart_senast` (“Klart senast”) | `due_date` |
package struct ActionPlanSheet: Sendable, Equatable {
    package enum Column: String, CaseIterable, Sendable {
        case externalId = "externt_id"
        case area = "kvalitetsomrade"
        case action = "atgard"
        case owner = "ansvarig"
        case followedUpBy = "foljs_upp_av"
        case dueDate = "klart_senast"

        /// The header names taken for the column, folded (``ActionPlanSheet/fold(_:)``).
        var names: [String] {
            switch self {
            case .externalId: [rawValue, "external_id", "id"]
            case .area: [rawValue, "quality_area", "area"]
            case .action: [rawValue, "action"]
            case .owner: [rawValue, "owner", "owner_title"]
            case .followedUpBy: [rawValue, "follow_up_by", "followed_up_by", "uppfoljning"]
            case .dueDate: [rawValue, "due_date", "due", "slutdatum"]
            }
        }
    }

    /// One action item's cells, as written.
    package struct Row: Sendable, Equatable, Codable {
        package var line: Int
        package var externalId: String
        package var area: String
        package var action: String
        package var owner: String
        package var followedUpBy: String
        package var dueDate: String

        package init(
            line: Int, externalId: String, area: String, action: String, owner: String, followedUpBy: String,
            dueDate: String
        ) {
            self.line = line
            self.externalId = externalId
            self.area = area
            self.action = action
            self.owner = owner
            self.followedUpBy = followedUpBy
            self.dueDate = dueDate
        }
    }

    /// A record that is not a row: its line and why, in Swedish.
    package struct Problem: Sendable, Equatable, Codable {
        package var line: Int
        package var reason: String

        package init(line: Int, reason: String) {
            self.line = line
            self.reason = reason
        }
    }

    /// Why the file as a whole cannot be read.
    package struct Failure: Error, Sendable, Equatable {
        package var reason: String
    }

    package var encoding: TextFileDecoding.Encoding
    package var separator: Character
    package var rows: [Row]
    /// Records that could not be rows: too few cells, an external id used twice.
    package var problems: [Problem]

    /// Reads `bytes` (UTF-8 with or without BOM, or Windows-1252; `;` or `,`).
    package static func read(_ bytes: [UInt8]) throws(Failure) -> ActionPlanSheet {
        let text: String
        let encoding: TextFileDecoding.Encoding
        do {
            (text, encoding) = try TextFileDecoding.decode(bytes)
        } catch {
            throw Failure(
                reason:
                    "Filen är varken UTF-8 eller Windows-1252: byte \(error.byteOffset + 1) (0x\(String(error.byte, radix: 16, uppercase: true))) "
                    + "betyder inget i någon av dem. Spara filen som CSV UTF-8 och försök igen.")
        }
        let separator = CSVReader.detectSeparator(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        let records: [CSVReader.Record]
        do {
            records = try CSVReader(separator: separator).records(text)
        } catch {
            throw Failure(reason: "Rad \(error.line): \(error.reason)")
        }
        guard let header = records.first else {
            throw Failure(reason: "Filen är tom. Första raden ska vara rubrikraden: \(headerLine).")
        }
        var index: [Column: Int] = [:]
        for (position, name) in header.fields.enumerated() {
            let folded = fold(name)
            guard let column = Column.allCases.first(where: { $0.names.contains(folded) }) else { continue }
            if index[column] != nil {
                throw Failure(reason: "Rubrikraden har kolumnen \(column.rawValue) två gånger.")
            }
            index[column] = position
        }
        let missing = Column.allCases.filter { index[$0] == nil }
        guard missing.isEmpty else {
            throw Failure(
                reason: "Rubrikraden saknar \(missing.map(\.rawValue).joined(separator: ", ")). "
                    + "Den ska vara: \(headerLine) (i valfri ordning).")
        }
        var rows: [Row] = []
        var problems: [Problem] = []
        var seen: [String: Int] = [:]
        for record in records.dropFirst() {
            func cell(_ column: Column) -> String {
                let position = index[column]!
                return position < record.fields.count
                    ? record.fields[position].trimmingSpaces : ""
            }
            if record.fields.allSatisfy({ $0.trimmingSpaces.isEmpty }) { continue }
            let needed = (index.values.max() ?? 0) + 1
            if record.fields.count < needed {
                problems.append(
                    Problem(
                        line: record.line,
                        reason: "Raden har \(record.fields.count) fält men ska ha minst \(needed). "
                            + "Kontrollera skiljetecknet (\(separator))."))
                continue
            }
            let externalId = cell(.externalId)
            if !externalId.isEmpty, let first = seen[externalId] {
                problems.append(
                    Problem(line: record.line, reason: "Externt id \(externalId) finns redan på rad \(first)."))
                continue
            }
            if !externalId.isEmpty { seen[externalId] = record.line }
            rows.append(
                Row(
                    line: record.line, externalId: externalId, area: cell(.area), action: cell(.action),
                    owner: cell(.owner), followedUpBy: cell(.followedUpBy), dueDate: cell(.dueDate)))
        }
        return ActionPlanSheet(encoding: encoding, separator: separator, rows: rows, problems: problems)
    }

    /// The documented header line.
    package static let headerLine = Column.allCases.map(\.rawValue).joined(separator: ";")

    /// A header name as compared: lower case, å/ä → a, ö → o, é → e, spaces and hyphens → `_`.
    package static func fold(_ name: String) -> String {
        var out = ""
        for character in name.trimmingSpaces.lowercased() {
            switch character {
            case "å", "ä": out.append("a")
            case "ö": out.append("o")
            case "é": out.append("e")
            case " ", "-", ".": out.append("_")
            default: out.append(character)
            }
        }
        return out
    }
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
