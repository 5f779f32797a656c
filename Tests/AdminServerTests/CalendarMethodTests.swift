import AdminProtocol
import AppTestSupport
import Domain
import Policies
import Testing
import Varlink

@testable import AdminServer

/// `Calendar`: a year's non-working days on the calendar the policies count on.
@Suite struct CalendarMethodTests {
    @Test func theYearsHolidaysWithTheirSwedishNamesAndTheWorkingDaysLeft() async throws {
        try await AdminHarness.with { admin in
            let reply: CalendarReply = try await admin.call(.calendar, CalendarParameters(year: 2027))
            #expect(reply.year == 2027)
            #expect(reply.closed.isEmpty)
            let goodFriday = try #require(reply.days.first { $0.date == CalendarDate("2027-03-26")! })
            #expect(goodFriday.reason == "langfredag" && goodFriday.name == "långfredagen")
            #expect(reply.days.contains { $0.date == CalendarDate("2027-06-25")! && $0.reason == "midsommarafton" })
            #expect(reply.days.contains { $0.date == CalendarDate("2027-03-20")! && $0.name == "lördag" })
            #expect(reply.days.count == 104 + 8)
            #expect(reply.workingDays == 365 - 104 - 8)
            let thisYear: CalendarReply = try await admin.call(.calendar, CalendarParameters())
            let today = admin.app.organisationClock.today
            #expect(thisYear.year == today.year)
        }
    }

    @Test func theConfiguredClosedPeriodsAreNotWorkingDays() async throws {
        var policies = PoliciesConfiguration.defaults
        policies.calendar = WorkingCalendar(closed: [try ClosedPeriod(parsing: "2027-07-12..2027-08-06")])
        try await AdminHarness.with(policies: policies) { admin in
            let reply: CalendarReply = try await admin.call(.calendar, CalendarParameters(year: 2027))
            #expect(reply.closed == ["2027-07-12..2027-08-06"])
            let closed = reply.days.filter { $0.reason == "closed" }
            #expect(closed.count == 20)
            #expect(closed.first?.name == "stängt 2027-07-12..2027-08-06")
            #expect(reply.workingDays == 365 - 104 - 8 - 20)
        }
    }

    @Test func aYearOutOfRangeIsAnInvalidParameter() async throws {
        try await AdminHarness.with { admin in
            for year in [0, 10_000, -2027] {
                let error = try #require(await admin.error(.calendar, ["year": .int(Int64(year))]))
                #expect(error.name == "org.varlink.service.InvalidParameter")
                #expect(error.parameters["parameter"] == "year")
            }
        }
    }
}

/// `PreviewReminders` on a day that is not a working day uses the same calendar and says why.
@Suite struct NonWorkingDayPreviewTests {
    @Test func aPreviewOnAHolidaySaysNothingGoesOutAndWhen() async throws {
        try await AdminHarness.with { admin in
            let holiday: PreviewRemindersReply = try await admin.call(
                .previewReminders, PreviewRemindersParameters(date: CalendarDate("2027-03-26")!))
            #expect(holiday.messages.isEmpty)
            #expect(holiday.notAWorkingDay == "långfredagen")
            #expect(holiday.nextWorkingDay == CalendarDate("2027-03-30")!)
            let working: PreviewRemindersReply = try await admin.call(
                .previewReminders, PreviewRemindersParameters(date: CalendarDate("2027-03-25")!))
            #expect(working.notAWorkingDay == nil && working.nextWorkingDay == nil)
        }
    }
}
