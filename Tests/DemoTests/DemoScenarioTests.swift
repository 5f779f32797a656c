import Demo
import Domain
import Foundation
import Testing

/// The demo without a database: every step is allowed by the domain's rules, ids are stable and
/// unique, steps are in time order, and no text looks like personal data.
@Suite struct DemoScenarioTests {
    static let today = CalendarDate(year: 2026, month: 5, day: 12)!

    /// Ordinary days, both daylight-saving changes in Stockholm, a leap day, and the real today.
    static let todays: [CalendarDate] = [
        today, CalendarDate(year: 2026, month: 3, day: 29)!, CalendarDate(year: 2026, month: 10, day: 25)!,
        CalendarDate(year: 2028, month: 2, day: 29)!, CalendarDate(year: 2027, month: 1, day: 1)!,
        CalendarDate(Date(), timeZone: .stockholm),
    ]

    @Test(arguments: todays) func everyStepIsAllowedByTheRules(today: CalendarDate) throws {
        let demo = DemoScenario(today: today, timeZone: .stockholm)
        let replayed = try InMemoryDemo.replay(demo)
        #expect(replayed.streams.values.reduce(0) { $0 + $1.count } >= demo.steps.count)
    }

    @Test func sameTodayGivesIdenticalSteps() {
        #expect(
            DemoScenario(today: Self.today, timeZone: .stockholm)
                == DemoScenario(today: Self.today, timeZone: .stockholm))
    }

    @Test func idsDoNotDependOnToday() {
        let a = Self.createdIds(DemoScenario(today: Self.today, timeZone: .stockholm))
        let b = Self.createdIds(DemoScenario(today: Self.today.adding(days: 1000), timeZone: .stockholm))
        #expect(a == b)
    }

    @Test func idsAreUnique() {
        let ids = Self.createdIds(DemoScenario(today: Self.today, timeZone: .stockholm))
        #expect(Set(ids).count == ids.count)
    }

    @Test(arguments: todays) func stepsAreInTimeOrderUpToNoonToday(today: CalendarDate) {
        let steps = DemoScenario(today: today, timeZone: .stockholm).steps
        for (earlier, later) in zip(steps, steps.dropFirst()) {
            #expect(earlier.at <= later.at)
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .stockholm
        let noon = calendar.date(from: DateComponents(year: today.year, month: today.month, day: today.day, hour: 12))!
        #expect(steps.allSatisfy { $0.at <= noon })
        #expect(steps.first.map { CalendarDate($0.at, timeZone: .stockholm) } == today.adding(days: -400))
    }

    @Test func noTextLooksLikeAPersonalIdentityOrPhoneNumber() {
        let suspicious = /\d{6}(\d{2})?[-+ ]?\d{4}/
        let steps = DemoScenario(today: Self.today, timeZone: .stockholm).steps
        let texts = steps.flatMap { Self.strings(in: $0.command) }
        #expect(
            texts.contains { $0.hasPrefix("Barn får besöka") } && texts.contains("enhetschef stödboendet vuxenstöd"))
        for step in steps {
            for text in [step.actor] + Self.strings(in: step.command) {
                #expect(text.firstMatch(of: suspicious) == nil, "\(text)")
            }
        }
        // The history names the story's officials by role and place, never a person (nor whoever loaded it).
        #expect(
            Set(steps.map(\.actor)) == [
                "samordnare Lund", "enhetschef Lund", "samordnare Biskopsgården", "sektionschef Biskopsgården",
                "samordnare Iris Mullsjö", "ledningen Iris Mullsjö",
            ])
    }

    @Test func summaryCountsAreWhatTheDemoPromises() {
        let demo = DemoScenario(today: Self.today, timeZone: .stockholm)
        #expect(demo.units == 3)
        #expect(demo.councils == 3)
        #expect(demo.proposals == 16)
        #expect(demo.revisions == 1)
        #expect(demo.findings == 7)
        #expect(demo.certifications == 1)
        #expect(demo.actionItems == 6)
        #expect(demo.issues == 23)
    }

    @Test func issuesEndUpInEveryStatusWithLatenessAndOwedFeedback() throws {
        let today = Self.today
        let demo = try InMemoryDemo.replay(DemoScenario(today: today, timeZone: .stockholm))
        let issues = demo.issues
        #expect(issues.count == 23)
        #expect(Set(issues.values.map(\.status)) == Set(IssueStatus.allCases))
        let overdue = issues.values.filter { issue in
            guard let due = issue.dueDate, due < today else { return false }
            switch issue.status {
            case .registered, .inPreparation, .reopened, .inProgress: return true
            case .decided: return issue.outcome != .rejected
            default: return false
            }
        }
        #expect(overdue.count >= 3)
        #expect(issues.values.contains { $0.feedbackOwed.contains { $0.owedSince.days(until: today) > 30 } })
        #expect(issues.values.contains { $0.owner == nil && $0.registeredOn.days(until: today) > 14 })
        #expect(issues.values.filter { $0.participationLevel != nil }.count >= 4)
        if case .certified = demo.certificationState(DemoScenario.irisCertification)?.stage {
        } else {
            Issue.record("Iris Mullsjö is not certified")
        }
        #expect(demo.certificationState(DemoScenario.irisCertification)?.assessments.count == 10)
    }

    @Test func theStoriesTurnOutAsTheirDocumentationSays() throws {
        let demo = try InMemoryDemo.replay(DemoScenario(today: Self.today, timeZone: .stockholm))
        let byFirstSource = Dictionary(
            demo.issues.values.map { ($0.sources[0].id, $0) }, uniquingKeysWith: { first, _ in first })
        let visits = try #require(byFirstSource[DemoScenario.lundProposalUmgange.description])
        #expect(visits.status == .verified && visits.outcome == .partiallyAccepted && visits.feedbackOwed.isEmpty)
        let listening = try #require(byFirstSource[DemoScenario.lundProposalTidAttLyssna.description])
        #expect(listening.status == .inProgress && listening.feedbackOwed.map(\.occasion) == [.decision])
        let merged = try #require(byFirstSource[DemoScenario.lundProposalSammaHandlaggare.description])
        #expect(merged.status == .merged)
        #expect(byFirstSource[DemoScenario.lundProposalChefernaMed.description] == nil)
        #expect(
            !demo.issues.values.contains {
                $0.sources.contains { $0.id == DemoScenario.lundProposalChefernaMed.description }
            })
        let linked = demo.issues.values.filter {
            $0.sources.contains { $0.id == DemoScenario.biskopsgardenFindingMyndigheter.description }
        }
        #expect(linked.count == 1 && linked.first?.sources.first?.kind == "proposal")
    }

    /// The README and the doc comments name these ids; they must never change.
    @Test func wellKnownIdsAreStable() {
        #expect(DemoScenario.lundProposalUmgange.description == "eef1c3de-4352-8b93-bc6d-54ee0875e372")
        #expect(DemoScenario.lundProposalTidAttLyssna.description == "073de3ca-fbaf-8a8c-b219-168a489a7e07")
        #expect(DemoScenario.lundProposalSammaHandlaggare.description == "1a095f22-b3d6-80b6-ae9e-8c83aa009039")
        #expect(DemoScenario.lundProposalChefernaMed.description == "cf8cef3a-bf82-87f7-9909-29726b795c20")
        #expect(DemoScenario.lundUnit.description == "87686cf7-fa6d-84ff-8701-885fa48b9dca")
        #expect(DemoScenario.lundCouncil.description == "bd7fbb90-e3cd-843e-b561-62a275d64f99")
        #expect(DemoScenario.irisCertification.description == "f0fb7e32-b7d3-8476-9631-1bda631dd453")
        #expect(DemoScenario.biskopsgardenRevision.description == "395abde5-ff21-88cd-b129-186d657d34bc")
        #expect(DemoScenario.biskopsgardenFindingMyndigheter.description == "498d1710-7ba6-8ada-889f-d360024135b9")
    }

    // MARK: Helpers

    /// The ids of everything the demo creates, in order.
    static func createdIds(_ demo: DemoScenario) -> [UUID] {
        demo.steps.compactMap { step -> UUID? in
            switch step.command {
            case .unit(let id, .register): id.uuid
            case .council(let id, .create): id.uuid
            case .council(_, .recordMeeting(let id, _, _)): id.uuid
            case .proposal(let id, .putForward): id.uuid
            case .revision(let id, .plan): id.uuid
            case .revision(_, .recordFinding(let id, _, _, _)): id.uuid
            case .certification(let id, .start): id.uuid
            case .certification(_, .addActionItem(let id, _, _, _, _, _)): id.uuid
            case .issue(let id, .open): id.uuid
            default: nil
            }
        }
    }

    /// Every string inside a value (ids and dates are not strings, so their digits are not seen).
    static func strings(in value: Any) -> [String] {
        if let text = value as? String { return [text] }
        return Mirror(reflecting: value).children.flatMap { strings(in: $0.value) }
    }
}
