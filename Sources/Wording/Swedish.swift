import Domain
import Foundation
import ReadModelTypes

/// How values read in Swedish: short ids, dates, yes/no, shares and the few words the interface sends
/// as codes. Shared by the CLI's tables and the letters, so the same thing always reads the same way.
package enum Swedish {
    /// Names joined as Swedish lists them: "A", "A och B", "A, B och C".
    package static func list(_ names: [String]) -> String {
        guard let last = names.last else { return "" }
        return names.count == 1 ? last : names.dropLast().joined(separator: ", ") + " och " + last
    }

    /// Shown where a value is missing.
    package static let none = "—"

    /// The first 8 characters of an id: enough to tell ids apart in a list, and accepted back as a
    /// prefix by every command.
    package static func shortID(_ id: String) -> String { String(id.prefix(8)) }

    package static func shortID<ID: CustomStringConvertible>(_ id: ID?) -> String {
        id.map { shortID($0.description) } ?? none
    }

    package static func date(_ date: CalendarDate?) -> String { date?.description ?? none }

    static let monthNames = [
        "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november",
        "december",
    ]

    /// A day as letters write it: "23 februari 2026".
    package static func longDate(_ date: CalendarDate) -> String {
        "\(date.day) \(monthNames[date.month - 1]) \(date.year)"
    }

    /// A month as letters write it: "november 2026".
    package static func month(_ month: CalendarMonth) -> String {
        "\(monthNames[month.month - 1]) \(month.year)"
    }

    /// A proposal's text as the name of an item: its first sentence, and when that is long, cut with
    /// care — at a comma or a word, never inside one — and marked with "…".
    /// - Parameter firstSentence: `false` keeps further sentences up to the limit (a quotation cut short).
    package static func shortened(_ text: String, limit: Int = 90, firstSentence: Bool = true) -> String {
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        var sentence = flat
        if firstSentence, let end = flat.range(of: #"[.!?](\s|$)"#, options: .regularExpression) {
            sentence = String(flat[..<end.lowerBound])
        }
        guard sentence.count > limit else { return sentence }
        let head = String(sentence.prefix(limit))
        if let comma = head.range(of: ", ", options: .backwards),
            head.distance(from: head.startIndex, to: comma.lowerBound) >= limit / 2
        {
            return String(head[..<comma.lowerBound]) + " …"
        }
        if let space = head.range(of: " ", options: .backwards) {
            return String(head[..<space.lowerBound]) + " …"
        }
        return head + "…"
    }

    package static func yesNo(_ value: Bool) -> String { value ? "ja" : "nej" }

    /// A number with a decimal comma and at most one decimal: "12,5", "3".
    package static func decimal(_ value: Double) -> String {
        let text = String(format: "%.1f", value)
        let trimmed = text.hasSuffix(".0") ? String(text.dropLast(2)) : text
        return trimmed.replacingOccurrences(of: ".", with: ",")
    }

    /// A share from 0 to 1 as whole percent: "75 %" (Swedish puts a space before the sign).
    package static func percent(_ share: Double?) -> String {
        guard let share else { return none }
        return "\(Int((share * 100).rounded())) %"
    }

    /// "1 dag", "3 dagar".
    package static func days(_ count: Int) -> String { count == 1 ? "1 dag" : "\(count) dagar" }

    /// An issue's status, with the decision when there is one: "Beslutat (bifall)".
    package static func status(_ status: IssueStatus, outcome: DecisionOutcome?) -> String {
        guard let outcome else { return status.label }
        return "\(status.label) (\(outcome.label.lowercased()))"
    }

    /// Where a source's work goes on: "a1b2c3d4 Genomförs", or that nothing was opened yet.
    package static func issue<ID: CustomStringConvertible>(_ id: ID?, _ status: IssueStatus?) -> String {
        guard let id else { return "inget ärende" }
        return shortID(id) + (status.map { " \($0.label)" } ?? "")
    }

    /// "Förslag", "Iakttagelse", "Åtgärd" for a source kind as the interface sends it.
    package static func sourceKind(_ kind: String) -> String {
        IssueSourceKind(rawValue: kind)?.label ?? kind
    }

    /// "1 – Brukarna blir lyssnade på" for a participation level number.
    package static func participation(_ level: Int?) -> String? {
        guard let level else { return nil }
        guard let known = ParticipationLevel(rawValue: level) else { return "\(level)" }
        return "\(level) – \(known.label)"
    }

    /// An instant as the daemon sends it (ISO 8601 with the organisation's offset), as people read
    /// it: "2026-03-04 10:15" (``LocalTime``).
    package static func instant(_ iso: String) -> String {
        LocalTime.text(iso: iso)
    }

    /// A duration in seconds as days, hours and minutes: "3 d 4 h 12 min".
    package static func duration(seconds: Double) -> String {
        let total = Int(seconds)
        let days = total / 86_400
        let hours = total % 86_400 / 3_600
        let minutes = total % 3_600 / 60
        if days > 0 { return "\(days) d \(hours) h \(minutes) min" }
        if hours > 0 { return "\(hours) h \(minutes) min" }
        if minutes > 0 { return "\(minutes) min" }
        return "\(total) s"
    }
}
