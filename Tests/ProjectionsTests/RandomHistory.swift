import AppTestSupport
import Domain
import Foundation
import TestSupport

/// A seeded generator, so a failing history can be replayed.
/// Thousands of commands over units, councils, proposals, revisions, certifications and issues, many
/// of them refused by the rules (as real use would be): a history for comparing builds of the read models.
struct RandomHistory {
    var random: SplitMix64
    let units: [UnitID] = (1...2).map { id($0) }
    let councils: [CouncilID] = (10...12).map { id($0) }
    var proposals: [(ProposalID, CouncilID)] = []
    var issues: [IssueID] = []
    let revision: RevisionID = id(30)
    var findings: [FindingID] = []
    var day = CalendarDate(year: 2026, month: 1, day: 5)!

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    mutating func setUp(_ app: TestApp) async throws {
        app.clock.set(day.description)
        for (index, unit) in units.enumerated() { try await app.run(.unit(unit, .register(name: "Enhet \(index)"))) }
        for (index, council) in councils.enumerated() {
            try await app.run(
                .council(council, .create(unitId: units[index % 2], name: "Brukarråd \(index)", form: .userCouncil)))
        }
        try await app.run(
            .revision(
                revision, .plan(unitId: units[0], periodStart: day, periodEnd: day.adding(days: 30), auditorCount: 3)))
        try await app.run(.revision(revision, .publishReport(publishedOn: day, title: "Rapport")))
    }

    /// One random command; refusals by the domain are part of the history.
    mutating func step(_ app: TestApp, _ number: Int) async throws {
        if random.next() % 7 == 0 {
            day = day.adding(days: 1)
            app.clock.set(day.description)
        }
        let pick = Int(random.next() % 100)
        let command: DomainCommand
        switch pick {
        case 0..<12:
            let proposal: ProposalID = id(1000 + number)
            let council = councils.randomElement(using: &random)!
            proposals.append((proposal, council))
            command = .proposal(
                proposal,
                .putForward(
                    councilId: council, meetingId: nil, text: "Förslag \(number) om återkoppling",
                    qualityArea: QualityArea.allCases.randomElement(using: &random), pseudonym: nil))
        case 12..<16:
            let finding: FindingID = id(5000 + number)
            findings.append(finding)
            command = .revision(
                revision,
                .recordFinding(
                    findingId: finding, text: "Iakttagelse \(number)", qualityArea: .information,
                    recommendation: "Gör något åt det."))
        case 16..<28 where !proposals.isEmpty:
            let (proposal, council) = proposals.randomElement(using: &random)!
            let issue: IssueID = id(9000 + number)
            issues.append(issue)
            command = .issue(
                issue,
                .open(
                    unitId: units.randomElement(using: &random)!, title: "Ärende \(number)",
                    source: .proposal(proposal, council: council), qualityArea: .treatment))
        case 28..<32 where !findings.isEmpty:
            let issue: IssueID = id(9000 + number)
            issues.append(issue)
            command = .issue(
                issue,
                .open(
                    unitId: units[0], title: "Ärende \(number)",
                    source: .finding(findings.randomElement(using: &random)!, revision: revision), qualityArea: nil))
        case 32..<35 where !proposals.isEmpty:
            // Corrections (rättelser) of a proposal: its text rectified, its area set.
            let (proposal, _) = proposals.randomElement(using: &random)!
            command = .proposal(
                proposal,
                random.next() % 2 == 0
                    ? .amend(text: "Förslag \(number), rättat", reason: "Stavfel.")
                    : .setArea(QualityArea.allCases.randomElement(using: &random)!, reason: "Fel område."))
        default:
            guard let issue = issues.randomElement(using: &random) else { return }
            command = .issue(issue, lifecycleCommand())
        }
        do {
            try await app.run(command)
        } catch is DomainError {
            // refused by a rule: nothing stored
        }
    }

    private mutating func lifecycleCommand() -> IssueCommand {
        switch random.next() % 18 {
        case 0: return .assignOwner(["Enhetschef", "Samordnare", "Ledningsgruppen"].randomElement(using: &random)!)
        case 1: return .setDueDate(day.adding(days: Int(random.next() % 60)))
        case 2, 3: return .startPreparation
        case 4, 5:
            return .decide(
                outcome: DecisionOutcome.allCases.randomElement(using: &random)!,
                motivation: "Vi har prövat förslaget noga.", decidedBy: "Ledningsgruppen")
        case 6: return .startWork
        case 7: return .markImplemented(summary: "Klart.")
        case 8: return .verify(note: nil)
        case 9:
            return .setParticipationLevel(
                ParticipationLevel.allCases.randomElement(using: &random)!, reason: "Rådet var med.")
        case 10, 11:
            return .giveFeedback(
                councilId: councils.randomElement(using: &random)!,
                occasion: FeedbackOccasion.allCases.randomElement(using: &random)!, channel: .meeting, givenOn: day)
        case 12:
            if let survivor = issues.randomElement(using: &random) { return .mergeInto(survivor: survivor) }
            return .startPreparation
        // Corrections (rättelser): each refused where the issue's stage does not allow it.
        case 14: return .retitle(title: "Rättad rubrik \(random.next() % 100)", reason: "Stavfel.")
        case 15:
            return .correctDecision(
                outcome: DecisionOutcome.allCases.randomElement(using: &random)!,
                motivation: "Beslutet återgavs fel.", decidedBy: "Ledningsgruppen", reason: "Fel i protokollet.")
        case 16: return .correctDueDate(day.adding(days: Int(random.next() % 90)), reason: "Fel datum.")
        case 17: return .correctOwner("Verksamhetschef", reason: "Fel ansvarig.")
        default:
            if let (proposal, council) = proposals.randomElement(using: &random) {
                return .linkSource(.proposal(proposal, council: council))
            }
            return .withdraw(reason: "Inte längre aktuellt.")
        }
    }
}
