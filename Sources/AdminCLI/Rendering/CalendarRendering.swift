import AdminProtocol
import Domain

/// `calendar` in Swedish: the holidays and closed days of a year, one a line, and how many working
/// days remain.
enum CalendarRendering {
    static func year(_ reply: CalendarReply) -> String {
        let listed = reply.days.filter { $0.reason != "weekend" }
        var lines = ["Dagar som inte är arbetsdagar \(reply.year), utöver lördagar och söndagar:", ""]
        for day in listed {
            let weekday = day.date.weekday.name
            lines.append(
                "\(day.date)  \(weekday)\(String(repeating: " ", count: max(0, 8 - weekday.count)))  \(day.name)")
        }
        if listed.isEmpty { lines.append("(inga)") }
        lines.append("")
        if !reply.closed.isEmpty {
            lines.append("Stängt enligt konfigurationen (calendar.closed): \(reply.closed.joined(separator: ", ")).")
        }
        lines.append("\(reply.year) har \(reply.workingDays) arbetsdagar.")
        return lines.joined(separator: "\n")
    }
}
