import Domain
import Foundation

/// `Export` (called with `more`): the open-data export's rows, file by file.
package struct ExportParameters: Codable, Sendable, Equatable {
    package var unitId: String?
    /// Only what was registered, put forward or decided on this day or later.
    package var from: CalendarDate?
    /// Leave out the free texts people wrote (proposals, motivations, summaries).
    package var withoutTexts: Bool?

    package init(unitId: String? = nil, from: CalendarDate? = nil, withoutTexts: Bool? = nil) {
        self.unitId = unitId
        self.from = from
        self.withoutTexts = withoutTexts
    }
}

/// One reply of `Export`: the start of a file (`file` and `columns`) or more of its rows, and at the
/// end a reply with `done`, the number of rows of each file and what the export covers.
package struct ExportReply: Codable, Sendable, Equatable {
    /// The file the rows belong to, without its ending (`arenden`, `forslag`, …).
    package var file: String?
    /// The file's columns, in the first reply of each file.
    package var columns: [String]?
    /// Values in the order of the columns; "" is an empty cell.
    package var rows: [[String]]?
    package var done: Bool?
    /// In the last reply: rows per file.
    package var counts: [String: Int]?
    package var exportedOn: CalendarDate?
    package var unitName: String?

    package init(
        file: String? = nil, columns: [String]? = nil, rows: [[String]]? = nil, done: Bool? = nil,
        counts: [String: Int]? = nil, exportedOn: CalendarDate? = nil, unitName: String? = nil
    ) {
        self.file = file
        self.columns = columns
        self.rows = rows
        self.done = done
        self.counts = counts
        self.exportedOn = exportedOn
        self.unitName = unitName
    }
}
