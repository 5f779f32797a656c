/// What stands where an erased text stood, in the log and in every copy: the day it was erased, so a
/// reader sees that something was there and when it went, never what it said.
package enum RedactionMarker {
    /// `[borttaget 2026-12-07]`.
    package static func text(on day: CalendarDate) -> String { "[borttaget \(day)]" }

    /// Whether `value` is a marker, so erasing again finds nothing left to erase.
    package static func isMarker(_ value: String) -> Bool {
        value.hasPrefix("[borttaget ") && value.hasSuffix("]") && value.count == "[borttaget 2026-12-07]".count
    }
}
