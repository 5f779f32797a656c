import Domain
import Foundation
import ReadModelTypes
import Testing
import Wording

/// Every end a proposal or issue can reach is told in the trace's answer: when, by whom and why, in
/// the history's own words.
@Suite struct TraceEndingWordingTests {
    static let issueID = WordingTests.issueID
    static let survivorID = IssueID(UUID(uuidString: "9a1b2c3d-0000-4000-8000-000000000001")!)

    static func entry(_ date: String, _ type: String, _ text: String, by actor: String, issue: IssueID = issueID)
        -> TimelineEntry
    {
        TimelineEntry(issueId: issue, date: CalendarDate(date)!, text: text, actor: actor, eventType: type)
    }

    static func detail(_ status: IssueStatus, outcome: DecisionOutcome? = nil, id: IssueID = issueID) -> IssueDetail {
        var summary = WordingTests.summary(status: status, outcome: outcome, owner: nil)
        summary.id = id
        return IssueDetail(
            summary: summary, motivation: outcome.map { _ in "Det ryms inte i år." },
            decidedBy: outcome.map { _ in "Ledningsgruppen" },
            decidedOn: outcome.map { _ in CalendarDate("2026-03-04")! },
            sources: [], feedbackOwed: [])
    }

    @Test func aProposalWithdrawnBeforeItBecameAnIssue() {
        let source = SourceReference(
            kind: "proposal", id: "p", text: "Kaffe", origin: "Förslag från Dialogmötet",
            date: CalendarDate("2026-02-12"),
            withdrawnOn: CalendarDate("2026-03-01"), withdrawnBy: "samordnare Lund",
            withdrawnReason: "Rådet lämnade ett tydligare förslag")
        #expect(
            TraceAnswer.withoutIssue(.proposal, source)
                == "Rådet drog tillbaka förslaget 2026-03-01, innan det blev ett ärende. "
                + "Skäl: Rådet lämnade ett tydligare förslag. Det registrerades av samordnare Lund.")
        var open = source
        open.withdrawnOn = nil
        #expect(TraceAnswer.withoutIssue(.proposal, open) == TraceAnswer.notYetAnIssue(.proposal))
    }

    @Test func aWithdrawnIssue() {
        let history = [Self.entry("2026-05-02", "IssueWithdrawn", "Ärendet drogs tillbaka. Skäl: Dubblett", by: "anna")]
        let answer = TraceAnswer.paragraph(
            kind: .proposal, issue: Self.detail(.withdrawn), mergedFrom: nil, opened: true, history: history)
        #expect(answer.contains("Ärendet drogs tillbaka. Skäl: Dubblett. Det registrerades 2026-05-02 av anna."))
    }

    @Test func aRejectedIssue() {
        let history = [
            Self.entry("2026-03-04", "IssueDecided", "Ledningsgruppen beslutade avslag.", by: "bertil")
        ]
        let answer = TraceAnswer.paragraph(
            kind: .proposal, issue: Self.detail(.decided, outcome: .rejected), mergedFrom: nil, opened: true,
            history: history)
        #expect(answer.contains("Ledningsgruppen beslutade avslag 2026-03-04. Motivering: Det ryms inte i år."))
        #expect(answer.contains("Ärendet avslutades med det beslutet. Det registrerades av bertil."))
    }

    @Test func aReopenedIssue() {
        let text = "Ärendet öppnades igen efter en iakttagelse i en brukarrevision. Skäl: Samma problem igen."
        let answer = TraceAnswer.paragraph(
            kind: .proposal, issue: Self.detail(.reopened), mergedFrom: nil, opened: true,
            history: [Self.entry("2026-10-06", "IssueReopened", text, by: "samordnare")])
        #expect(answer.contains(text + " Det registrerades 2026-10-06 av samordnare. Det väntar på ny beredning."))
    }

    @Test func aVerifiedIssue() {
        let answer = TraceAnswer.paragraph(
            kind: .proposal, issue: Self.detail(.verified, outcome: .accepted), mergedFrom: nil, opened: true,
            history: [Self.entry("2026-09-01", "IssueVerified", "Uppföljningen är gjord. Det fungerar.", by: "cecilia")]
        )
        #expect(
            answer.contains(
                "Beslutet är genomfört och uppföljt. Uppföljningen är gjord. Det fungerar. Det registrerades 2026-09-01 av cecilia."
            ))
    }

    @Test func anIssueMergedIntoAnother() {
        let merged = Self.entry(
            "2026-02-14", "IssueMerged", "Ärendet slogs ihop med ärende 9a1b2c3d, där arbetet fortsätter.", by: "anna")
        let answer = TraceAnswer.paragraph(
            kind: .proposal, issue: Self.detail(.registered, id: Self.survivorID), mergedFrom: Self.issueID,
            opened: false, history: [merged])
        #expect(
            answer.hasPrefix(
                "Förslaget hör till ärende 9a1b2c3d (”Tid att lyssna”), som det slogs ihop med. "
                    + "Det gick först in i ärende 5dadb650, som slogs ihop med ärende 9a1b2c3d 2026-02-14. "
                    + "Det registrerades av anna."))
    }

    @Test func aProposalWithdrawnAfterItsIssueWasOpened() {
        let source = SourceReference(
            kind: "proposal", id: "p", text: "Kaffe", origin: "", withdrawnOn: CalendarDate("2026-04-01"),
            withdrawnBy: "samordnare", withdrawnReason: "Rådet är nöjt.")
        let answer = TraceAnswer.paragraph(
            kind: .proposal, issue: Self.detail(.registered), mergedFrom: nil, opened: true, source: source)
        #expect(
            answer.contains(
                "Rådet drog tillbaka förslaget 2026-04-01. Skäl: Rådet är nöjt. Det registrerades av samordnare."))
    }
}
