import Digests
import Domain
import Foundation
import Letters
import Testing
import Wording

/// The council's letter gives the day a decision should come by, when nobody set one, and says how it
/// was counted: in working days, naming the holidays and closures it went around.
@Suite struct DecisionDeadlineWordingTests {
    typealias F = LetterFixtures

    static func letterText(registered: String, due: String? = nil, thresholds: Thresholds?, sentOn: String) -> String {
        let issue = F.issue(11, "Tid att lyssna", .inPreparation, registered: registered, due: due)
        let facts = CouncilDigestFacts(
            council: F.council,
            proposals: [
                F.proposal(1, "Tid att lyssna när någon behöver det.", on: registered, issue: 11, linked: registered)
            ],
            issues: [issue], meetings: [])
        let day = F.day(sentOn)
        let digest = CouncilDigest.make(
            facts, month: CalendarMonth(year: day.year, month: day.month)!, sentOn: day, thresholds: thresholds)
        return DigestWording.letter(digest).text
    }

    static func thresholds(_ decision: DayCount?, closed: [ClosedPeriod] = []) -> Thresholds {
        Thresholds(
            staleDays: 45, feedbackOwedDays: 30, certificationExpiryDays: 90,
            calendar: WorkingCalendar(closed: closed), decisionDays: decision)
    }

    @Test func workingDaysNameWhatTheyWentAround() throws {
        let closure = try ClosedPeriod(parsing: "2027-07-12..2027-08-06")
        let text = Self.letterText(
            registered: "2027-06-15", thresholds: Self.thresholds(DayCount(30, .workingDays), closed: [closure]),
            sentOn: "2027-06-28")
        let computed = WorkingCalendar(closed: [closure]).compute(DayCount(30, .workingDays), from: F.day("2027-06-15"))
        #expect(computed.result > F.day("2027-08-06"))
        #expect(text.contains("Beslutet ska komma senast den \(Swedish.longDate(computed.result))."))
        #expect(
            text.contains(
                "Så räknades datumet: 30 arbetsdagar från 2027-06-15, utan midsommar och stängningen "
                    + "2027-07-12–2027-08-06: \(computed.result)."))
    }

    @Test func calendarDaysExplainShortlyAndALateDecisionIsSaidToBeLate() {
        let text = Self.letterText(registered: "2026-09-01", thresholds: Self.thresholds(60), sentOn: "2026-11-30")
        #expect(text.contains("Beslutet skulle ha kommit senast den 31 oktober 2026. Det är försenat."))
        #expect(text.contains("Så räknades datumet: 60 dagar från 2026-09-01: 2026-10-31."))
    }

    @Test func aDateSomeoneSetOrNoDeadlineExplainsNothing() {
        let set = Self.letterText(
            registered: "2026-09-01", due: "2026-12-20", thresholds: Self.thresholds(60), sentOn: "2026-11-30")
        #expect(!set.contains("Så räknades datumet"))
        #expect(set.contains("Beslutet ska komma senast den 20 december 2026."))
        let off = Self.letterText(registered: "2026-09-01", thresholds: Self.thresholds(nil), sentOn: "2026-11-30")
        #expect(!off.contains("Så räknades datumet"))
    }
}
