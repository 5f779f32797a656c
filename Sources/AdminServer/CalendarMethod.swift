import AdminProtocol
import Domain
import Policies
import Scheduler
import Varlink

/// `Calendar`: a year's non-working days on the calendar the policies count on now (`calendar.closed`
/// as last loaded, SIGHUP included).
struct CalendarMethod: Sendable {
    let context: AdminContext

    func register(on interface: inout VarlinkInterface) {
        interface.add(.calendar, CalendarParameters.self, requiring: .reader, context: context) { p, _ in
            let year = p.year ?? context.today.year
            guard (1...9999).contains(year) else { throw VarlinkError.invalidParameter("year") }
            return Self.reply(year: year, calendar: context.scheduler.configuration.calendar)
        }
    }

    static func reply(year: Int, calendar: WorkingCalendar) -> CalendarReply {
        let days = calendar.nonWorkingDays(in: year)
        let first = CalendarDate(year: year, month: 1, day: 1)!
        let daysInYear = first.days(until: first.adding(years: 1))
        return CalendarReply(
            year: year,
            days: days.map { NonWorkingDay(date: $0.date, reason: $0.reason.code, name: $0.reason.name) },
            workingDays: daysInYear - days.count, closed: calendar.closed.map(\.description))
    }
}
