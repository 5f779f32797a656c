import AdminProtocol
import ArgumentParser
import Domain
import Foundation
import Testing

@testable import AdminCLI

/// `tredjekraft calendar [YEAR]`: its year argument and how the days are shown.
@Suite struct CalendarCommandTests {
    @Test func theYearIsOptionalAndChecked() throws {
        let thisYear = try #require(try Tredjekraft.parseAsRoot(["calendar"]) as? CalendarCommand)
        #expect(thisYear.year == nil)
        let year = try #require(try Tredjekraft.parseAsRoot(["calendar", "2027"]) as? CalendarCommand)
        #expect(year.year == 2027)
        #expect(throws: (any Error).self) { try Tredjekraft.parseAsRoot(["calendar", "i år"]) }
        #expect(throws: (any Error).self) { try Tredjekraft.parseAsRoot(["calendar", "0"]) }
    }

    @Test func theHolidaysAndClosedDaysAreListedWithoutTheWeekends() {
        let reply = CalendarReply(
            year: 2027,
            days: [
                NonWorkingDay(date: CalendarDate("2027-01-01")!, reason: "nyarsdagen", name: "nyårsdagen"),
                NonWorkingDay(date: CalendarDate("2027-01-02")!, reason: "weekend", name: "lördag"),
                NonWorkingDay(date: CalendarDate("2027-03-26")!, reason: "langfredag", name: "långfredagen"),
                NonWorkingDay(
                    date: CalendarDate("2027-07-12")!, reason: "closed", name: "stängt 2027-07-12..2027-07-12"),
            ], workingDays: 250, closed: ["2027-07-12"])
        #expect(
            CalendarRendering.year(reply) == """
                Dagar som inte är arbetsdagar 2027, utöver lördagar och söndagar:

                2027-01-01  fredag    nyårsdagen
                2027-03-26  fredag    långfredagen
                2027-07-12  måndag    stängt 2027-07-12..2027-07-12

                Stängt enligt konfigurationen (calendar.closed): 2027-07-12.
                2027 har 250 arbetsdagar.
                """)
    }
}

/// `reminders preview --date` on a day off says so.
@Suite struct NonWorkingDayPreviewRenderingTests {
    @Test func aPreviewOnAHolidaySaysWhyNothingGoesOut() {
        let reply = PreviewRemindersReply(
            date: CalendarDate("2027-03-26")!, messages: [], notAWorkingDay: "långfredagen",
            nextWorkingDay: CalendarDate("2027-03-30")!)
        #expect(
            RemindersRendering.preview(reply)
                == "Inga påminnelser skickas 2027-03-26: det är långfredagen, och påminnelser skickas bara på "
                + "arbetsdagar. Det som faller ut då skickas 2027-03-30.")
    }
}

/// `issue show` says when ledningen will be told and how that day was reached.
@Suite struct PendingEscalationRenderingTests {
    @Test func theDayLedningenIsToldExplainsItself() throws {
        let json = Fixtures.issueDetail.replacingOccurrences(
            of: #""sources":"#,
            with: #""pendingEscalation": "2027-07-13", "pendingEscalationExplained": "#
                + #""14 arbetsdagar från första påminnelsen 2027-06-22, utan midsommar: 2027-07-13", "sources":"#)
        #expect(json != Fixtures.issueDetail)
        let reply = try JSONDecoder().decode(IssueReply.self, from: Data(#"{"issue": \#(json)}"#.utf8))
        let text = IssueRendering.detail(reply)
        #expect(text.contains("Ledningen får veta:    2027-07-13, om inget händer före dess"))
        #expect(
            text.contains(
                "Så räknades det:       14 arbetsdagar från första påminnelsen 2027-06-22, utan midsommar: 2027-07-13"))
    }
}

/// `issue show` says where the council's sign-off stands.
@Suite struct KvittensRenderingTests {
    func rendered(_ fields: String) throws -> String {
        let json = Fixtures.issueDetail.replacingOccurrences(of: #""sources":"#, with: fields + #", "sources":"#)
        let reply = try JSONDecoder().decode(IssueReply.self, from: Data(#"{"issue": \#(json)}"#.utf8))
        return IssueRendering.detail(reply)
    }

    @Test func awaitedFromWhomSinceWhen() throws {
        let text = try rendered(
            #""kvittensAskedSince": "2026-05-20", "kvittensAwaitedFrom": ["Dialogmötet i Lund", "revisionsgruppen"]"#)
        #expect(
            text.contains(
                "Brukarkvittens:        väntar på svar från Dialogmötet i Lund och revisionsgruppen sedan 2026-05-20"))
    }

    @Test func followedUpWithoutOne() throws {
        let text = try rendered(#""verifiedWithoutKvittens": "Rådet är nedlagt.""#)
        #expect(text.contains("Brukarkvittens:        uppföljt utan brukarkvittens. Skäl: Rådet är nedlagt."))
    }

    @Test func nothingWhenNobodyIsAsked() throws {
        #expect(!(try rendered(#""kvittensAwaitedFrom": []"#)).contains("Brukarkvittens"))
    }
}
