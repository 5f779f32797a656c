import AdminProtocol
import Domain
import Tabular

/// A handlingsplan's rows cut into pages that each fit well inside one Varlink frame (64 KiB unless
/// `admin.max_frame_bytes` says otherwise): at most ``rowLimit`` rows, about ``byteLimit`` bytes of JSON.
enum ActionPlanPages {
    static let rowLimit = 200
    static let byteLimit = 32 * 1024

    static func pages(_ rows: [ActionPlanSheet.Row]) -> [[ImportActionRow]] {
        var pages: [[ImportActionRow]] = []
        var page: [ImportActionRow] = []
        var bytes = 0
        for row in rows {
            // A cell longer than any text the plan takes is refused all the same; cut, it still fits a frame.
            func cut(_ text: String) -> String {
                text.count > DomainLimits.textLength ? String(text.prefix(DomainLimits.textLength + 1)) : text
            }
            let row = ActionPlanSheet.Row(
                line: row.line, externalId: cut(row.externalId), area: cut(row.area), action: cut(row.action),
                owner: cut(row.owner), followedUpBy: cut(row.followedUpBy), dueDate: cut(row.dueDate))
            let cells = [row.externalId, row.area, row.action, row.owner, row.followedUpBy, row.dueDate]
            // Worst case of JSON escaping (\uXXXX is 6 bytes for a control character) plus the names.
            let size = cells.reduce(160) { $0 + $1.utf8.count * 2 }
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
