import ArgumentParser
import Domain
import Foundation

/// Turns command-line text into the values the interface takes, with a Swedish message when it
/// cannot, so a typo is caught before the daemon is asked (and exits with status 2).
enum ArgumentValues {
    /// A day, `YYYY-MM-DD`, as the daemon's dates are written.
    @Sendable static func date(_ text: String) throws -> CalendarDate {
        guard let date = CalendarDate(text) else {
            throw ValidationError("\(text) är inget datum; skriv det som ÅÅÅÅ-MM-DD, t.ex. 2026-03-04.")
        }
        return date
    }

    /// A month, for the digests: `2026-11`.
    @Sendable static func month(_ text: String) throws -> CalendarMonth {
        guard let month = CalendarMonth(text) else {
            throw ValidationError("\(text) är ingen månad; skriv den som ÅÅÅÅ-MM, t.ex. 2026-11.")
        }
        return month
    }

    /// A UUID, for `--command-id`.
    @Sendable static func uuid(_ text: String) throws -> UUID {
        guard let uuid = UUID(uuidString: text) else {
            throw ValidationError("\(text) är inget UUID; skapa ett med `uuidgen`.")
        }
        return uuid
    }

    /// A step on delaktighetsstegen, 1–5.
    @Sendable static func participationLevel(_ text: String) throws -> ParticipationLevel {
        guard let number = Int(text), let level = ParticipationLevel(rawValue: number) else {
            throw ValidationError("Delaktighetsnivån är ett tal från 1 till 5, inte \(text).")
        }
        return level
    }

    /// A count of days or items: a whole number of at least 1.
    @Sendable static func positive(_ text: String) throws -> Int {
        guard let number = Int(text) else {
            throw ValidationError("\(text) är inget heltal; skriv ett heltal som är 1 eller större.")
        }
        guard number >= 1 else {
            throw ValidationError("Talet måste vara 1 eller större, inte \(text).")
        }
        return number
    }

    /// A number of days (how far `due` looks ahead, how long `issue list --stale` looks back): 0 to
    /// ten years, the domain's range, as the daemon accepts.
    @Sendable static func days(_ text: String) throws -> Int {
        let range = DomainLimits.days
        guard let number = Int(text) else {
            throw ValidationError(
                "\(text) är inget antal dagar; skriv ett heltal från \(range.lowerBound) till \(range.upperBound).")
        }
        guard range.contains(number) else {
            throw ValidationError(
                "Antalet dagar måste vara från \(range.lowerBound) till \(range.upperBound), inte \(text).")
        }
        return number
    }

    /// A number of participants: a whole number, zero or more.
    @Sendable static func count(_ text: String) throws -> Int {
        guard let number = Int(text) else {
            throw ValidationError("\(text) är inget heltal; skriv ett heltal som är 0 eller större.")
        }
        guard number >= 0 else {
            throw ValidationError("Talet måste vara 0 eller större, inte \(text).")
        }
        return number
    }
}
