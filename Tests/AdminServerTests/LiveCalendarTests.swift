import AdminProtocol
import AppTestSupport
import Domain
import Foundation
import Projections
import ReadModelTypes
import Testing

/// `Due`, `GetIssue` and `ListIssues` with `staleDays` count on the thresholds and calendar in force:
/// when a reload installs a closed period and working days (``LiveThresholds``), their answers change
/// at once, and each computed deadline says how it was reached.
@Suite struct LiveCalendarTests {
    static let closed = Thresholds(
        staleDays: DayCount(3, .workingDays), feedbackOwedDays: DayCount(10, .workingDays),
        certificationExpiryDays: 90,
        calendar: WorkingCalendar(closed: [try! ClosedPeriod(parsing: "2027-06-14..2027-06-18")]))

    @Test func dueAndStaleFollowTheReloadedCalendar() async throws {
        try await AdminHarness.with { admin in
            admin.app.clock.set("2027-06-10")
            let setup = try await AdminCommandTests.setUp(admin)
            let issue = try await admin.command(
                .openIssue,
                OpenIssueParameters(title: "Kvällsstöd", source: SourceRef(kind: .proposal, id: setup.proposal))
            ).issueId!
            try await admin.command(.startPreparation, IssueStepParameters(issueId: issue))
            try await admin.command(
                .decide,
                DecideParameters(
                    issueId: issue, outcome: .accepted, motivation: "Det behövs.", decidedBy: "Socialnämnden"))
            admin.app.clock.set("2027-06-15")

            // As configured at start: calendar days, no closure.
            let before: DueReply = try await admin.call(.due, DueParameters())
            let owed = try #require(before.items.first { $0.kind == .feedbackOwed })
            #expect(owed.explanation == "30 dagar från 2027-06-10: 2027-07-10")
            let detail: IssueReply = try await admin.call(.getIssue, IssueParameters(issueId: issue))
            #expect(detail.issue.feedbackOwed.first?.deadline == CalendarDate("2027-07-10"))
            #expect(detail.issue.feedbackOwed.first?.deadlineExplained == "30 dagar från 2027-06-10: 2027-07-10")
            let staleBefore: IssuesReply = try await admin.call(
                .listIssues, ListIssuesParameters(filter: IssueFilterParameters(staleDays: 3)))
            #expect(staleBefore.issues.map(\.id.description) == [issue])

            // A reload installs working days and a closed week: the same questions, other answers.
            admin.app.readModel.liveThresholds.update(Self.closed)
            let deadline = Self.closed.calendar.compute(DayCount(10, .workingDays), from: CalendarDate("2027-06-10")!)
            let after: DueReply = try await admin.call(.due, DueParameters())
            let explained = try #require(after.items.first { $0.kind == .feedbackOwed }?.explanation)
            #expect(explained.hasPrefix("10 arbetsdagar från 2027-06-10, utan stängningen 2027-06-14–2027-06-18"))
            #expect(explained.hasSuffix(": \(deadline.result)"))
            let detailAfter: IssueReply = try await admin.call(.getIssue, IssueParameters(issueId: issue))
            #expect(detailAfter.issue.feedbackOwed.first?.deadline == deadline.result)
            // Three working days before the 15th, the closed week not counted, is the 9th: not stale yet.
            let staleAfter: IssuesReply = try await admin.call(
                .listIssues, ListIssuesParameters(filter: IssueFilterParameters(staleDays: 3)))
            #expect(staleAfter.issues.isEmpty)
        }
    }
}
