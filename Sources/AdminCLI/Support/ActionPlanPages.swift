import AdminProtocol
import Domain
import Tabular

/// A handlingsplan's rows cut into pages that each fit well inside one Varlink frame, even when
/// `admin.max_frame_bytes` is as small as 64 KiB (the default is 1 MiB): at most ``rowLimit`` rows and
/// ``byteLimit`` bytes of JSON (a larger row goes alone; its cells are cut to what the plan could take).
enum ActionPlanPages {
    static let rowLimit = 200
    /// A page's rows in JSON, at most: 16 KiB under a 64 KiB frame for the rest of the call.
    static let byteLimit = 48 * 1024
    /// A row's field names, quotes, separators and line number in JSON.
    static let rowOverhead = 120

    /// The bytes of `text` as a JSON string's contents: a control character as `\uXXXX`, `"` and `\`
    /// escaped, the rest as UTF-8.
    static func jsonBytes(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { total, scalar in
            switch scalar.value {
            case 0..<0x20: total + 6
            case 0x22, 0x5C: total + 2
            default: total + String(scalar).utf8.count
            }
        }
    }

    static func pages(_ rows: [ActionPlanSheet.Row]) -> [[ImportActionRow]] {
        var pages: [[ImportActionRow]] = []
        var page: [ImportActionRow] = []
        var bytes = 0
        for row in rows {
            // A cell longer than any the plan takes is refused all the same; cut, it still fits a frame.
            func cut(_ text: String, _ limit: Int = DomainLimits.nameLength) -> String {
                text.count > limit ? String(text.prefix(limit + 1)) : text
            }
            let row = ActionPlanSheet.Row(
                line: row.line, externalId: cut(row.externalId), area: cut(row.area),
                action: cut(row.action, DomainLimits.textLength), owner: cut(row.owner),
                followedUpBy: cut(row.followedUpBy), dueDate: cut(row.dueDate))
            let cells = [row.externalId, row.area, row.action, row.owner, row.followedUpBy, row.dueDate]
            let size = cells.reduce(rowOverhead) { $0 + jsonBytes($1) }
            if !page.isEmpty && (page.count >= rowLimit || bytes + size > byteLimit) {
                pages.append(page)
                page = []
                bytes = 0
            }
            page.append(
                ImportActionRow(
                    line: row.line, externalId: row.externalId, area: row.area, action: row.action, owner: row.owner,
                    followedUpBy: row.followedUpBy, dueDate: row.dueDate))
            bytes += size
        }
        if !page.isEmpty { pages.append(page) }
        return pages
    }
}
