import Domain

/// Which months a digest may be asked for: it tells a month as it stood at the month's end, so it is
/// sent for a month that has ended and is at most a year old (late, never skipped), and previewed for
/// any month up to this one (the current month as it stands today).
package enum DigestPeriod {
    /// How far back a digest may still be sent.
    package static let monthsBack = 12

    /// - Throws: `invalidPeriod` for a month that has not ended (sending) or begun (previewing), or
    ///   that is older than ``monthsBack`` months (sending).
    package static func check(_ month: CalendarMonth, today: CalendarDate, sending: Bool) throws(DomainError) {
        let current = CalendarMonth(containing: today)
        if month > current || (sending && month == current) {
            throw DomainError(
                .invalidPeriod,
                sending
                    ? "Månaden \(month) är inte slut än. Månadsbrev kan skickas för \(current.previous) och tidigare."
                    : "Månaden \(month) har inte börjat än.")
        }
        var oldest = current
        for _ in 0..<monthsBack { oldest = oldest.previous }
        if sending, month < oldest {
            throw DomainError(
                .invalidPeriod,
                "Månaden \(month) ligger mer än \(monthsBack) månader tillbaka. Ett månadsbrev som kommer sent "
                    + "skickas bara för det senaste året (från \(oldest)).")
        }
    }
}
