import Foundation

/// The one way a time of day is written for people: on the organisation's clock ("2026-12-07 07:00"),
/// never in UTC — a 07:00 run reads 07:00 in `status`, a mail's body agrees with its `Date:` header.
///
/// The daemon dates things in its configured time zone (`time_zone`) and sends instants to the CLI as
/// ISO 8601 with that zone's offset ("2026-12-07T07:00:00+01:00", what `--json` shows); the CLI writes
/// the wall time the offset gives, so it needs no zone of its own.
package enum LocalTime {
    /// "2026-12-07 07:00": `date` on the clock of `timeZone`.
    package static func text(_ date: Date, in timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(
            format: "%04d-%02d-%02d %02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0,
            parts.minute ?? 0)
    }

    /// An instant as the daemon sends it, in words: the wall time its offset gives ("2026-12-07 07:00").
    /// An instant in UTC (`…Z`, from a daemon before local times) says so: "2026-12-07 06:00 UTC".
    /// Text that is no ISO 8601 instant is returned as it is.
    package static func text(iso: String) -> String {
        guard let date = parse(iso), let zone = offset(of: iso) else { return iso }
        return text(date, in: zone) + (iso.hasSuffix("Z") ? " UTC" : "")
    }

    /// `date` as ISO 8601 with the offset of `timeZone` at that instant, to the second:
    /// "2026-12-07T07:00:00+01:00" — what replies carry, so `--json` keeps the zone.
    package static func iso(_ date: Date, in timeZone: TimeZone) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = timeZone
        return formatter.string(from: date)
    }

    private static func parse(_ iso: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: iso) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: iso)
    }

    /// The zone of the offset an instant is written with: `Z`, `+01:00`, `-0530`.
    private static func offset(of iso: String) -> TimeZone? {
        if iso.hasSuffix("Z") { return TimeZone(secondsFromGMT: 0) }
        guard iso.count > 19 else { return nil }
        let tail = iso.dropFirst(19)
        guard let signIndex = tail.lastIndex(where: { $0 == "+" || $0 == "-" }) else { return nil }
        let sign = tail[signIndex] == "-" ? -1 : 1
        let digits = tail[tail.index(after: signIndex)...].filter(\.isNumber)
        guard digits.count == 4, let hours = Int(digits.prefix(2)), let minutes = Int(digits.suffix(2)) else {
            return nil
        }
        return TimeZone(secondsFromGMT: sign * (hours * 3600 + minutes * 60))
    }
}
