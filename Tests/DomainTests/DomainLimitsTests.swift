import Foundation
import TestSupport
import Testing

@testable import Domain

/// Every number and text a command carries has a range (``DomainLimits``), checked in `decide`, so
/// nothing the read models cannot store reaches the log (issue 11: a participant count of 2^31 and a
/// NUL in a name were stored and then stopped the service).
@Suite struct DomainLimitsTests {
    let ctx = context("2026-03-04")

    /// A state for each aggregate in which the commands under test are allowed.
    struct States {
        var council: CouncilState?
        var proposal: ProposalState?
        var revision: RevisionState?
        var publishedRevision: RevisionState?
        var certification: CertificationState?
        var issue: IssueState?
        var inPreparation: IssueState?
        var inProgress: IssueState?
        var implemented: IssueState?
        var unit: UnitState?
    }

    func states() throws -> States {
        var s = States()
        s.unit = try UnitAggregate.handle(.register(name: "Vuxenstöd"), nil, ctx).state
        s.council = try CouncilAggregate.handle(
            .create(unitId: Fixture.unit, name: "Rådet", form: .userCouncil), nil, ctx
        ).state
        s.proposal = try ProposalAggregate.handle(
            .putForward(councilId: Fixture.council, meetingId: nil, text: "Förslag", qualityArea: nil, pseudonym: nil),
            nil, ctx
        ).state
        s.revision = try RevisionAggregate.handle(
            .plan(unitId: Fixture.unit, periodStart: day("2026-01-01"), periodEnd: day("2026-02-01"), auditorCount: 2),
            nil, ctx
        ).state
        s.publishedRevision = try RevisionAggregate.handle(
            .publishReport(publishedOn: day("2026-03-01"), title: nil), s.revision, ctx
        ).state
        s.certification = try CertificationAggregate.handle(
            .start(unitId: Fixture.unit, startedOn: day("2026-01-01"), renews: nil), nil, ctx
        ).state
        s.issue = try IssueAggregate.handle(
            .open(unitId: Fixture.unit, title: "Ärende", source: Fixture.proposalSource, qualityArea: nil), nil, ctx
        ).state
        s.inPreparation = try IssueAggregate.handle(.startPreparation, s.issue, ctx).state
        let decided = try IssueAggregate.handle(
            .decide(outcome: .accepted, motivation: "Bra", decidedBy: "Nämnden"), s.inPreparation, ctx
        ).state
        s.inProgress = try IssueAggregate.handle(.startWork, decided, ctx).state
        s.implemented = try IssueAggregate.handle(.markImplemented(summary: nil), s.inProgress, ctx).state
        return s
    }

    /// Every text field of every command, as a function from the text to the command's outcome.
    func textFields(_ s: States) -> [(field: String, attempt: (String) -> Result<Int, DomainError>)] {
        func run<A: Aggregate>(_ a: A.Type, _ state: A.State, _ make: @escaping (String) -> A.Command) -> (String) ->
            Result<Int, DomainError>
        {
            { text in attempt(a, make(text), state, ctx).map(\.count) }
        }
        return [
            ("RegisterUnit.name", run(UnitAggregate.self, nil) { .register(name: $0) }),
            ("RenameUnit.name", run(UnitAggregate.self, s.unit) { .rename(name: $0) }),
            (
                "CreateCouncil.name",
                run(CouncilAggregate.self, nil) { .create(unitId: Fixture.unit, name: $0, form: .userCouncil) }
            ),
            (
                "PutForwardProposal.text",
                run(ProposalAggregate.self, nil) {
                    .putForward(councilId: Fixture.council, meetingId: nil, text: $0, qualityArea: nil, pseudonym: nil)
                }
            ),
            (
                "PutForwardProposal.pseudonym",
                run(ProposalAggregate.self, nil) {
                    .putForward(
                        councilId: Fixture.council, meetingId: nil, text: "Förslag", qualityArea: nil, pseudonym: $0)
                }
            ),
            ("WithdrawProposal.reason", run(ProposalAggregate.self, s.proposal) { .withdraw(reason: $0) }),
            (
                "PublishRevisionReport.title",
                run(RevisionAggregate.self, s.revision) { .publishReport(publishedOn: day("2026-03-01"), title: $0) }
            ),
            (
                "RecordFinding.text",
                run(RevisionAggregate.self, s.publishedRevision) {
                    .recordFinding(
                        findingId: Fixture.finding, text: $0, qualityArea: .information, recommendation: "Gör så")
                }
            ),
            (
                "RecordFinding.recommendation",
                run(RevisionAggregate.self, s.publishedRevision) {
                    .recordFinding(
                        findingId: Fixture.finding, text: "Iakttagelse", qualityArea: .information, recommendation: $0)
                }
            ),
            (
                "AssessQualityArea.note",
                run(CertificationAggregate.self, s.certification) {
                    .assessArea(area: .training, fulfilled: true, note: $0)
                }
            ),
            (
                "AddActionItem.action",
                run(CertificationAggregate.self, s.certification) {
                    .addActionItem(
                        actionItemId: Fixture.actionItem, area: .training, action: $0, owner: "Chef",
                        dueDate: day("2026-06-01"), followedUpBy: "Gruppen")
                }
            ),
            (
                "AddActionItem.owner",
                run(CertificationAggregate.self, s.certification) {
                    .addActionItem(
                        actionItemId: Fixture.actionItem, area: .training, action: "Gör", owner: $0,
                        dueDate: day("2026-06-01"), followedUpBy: "Gruppen")
                }
            ),
            (
                "AddActionItem.followedUpBy",
                run(CertificationAggregate.self, s.certification) {
                    .addActionItem(
                        actionItemId: Fixture.actionItem, area: .training, action: "Gör", owner: "Chef",
                        dueDate: day("2026-06-01"), followedUpBy: $0)
                }
            ),
            (
                "OpenIssue.title",
                run(IssueAggregate.self, nil) {
                    .open(unitId: Fixture.unit, title: $0, source: Fixture.proposalSource, qualityArea: nil)
                }
            ),
            ("AssignOwner.owner", run(IssueAggregate.self, s.issue) { .assignOwner($0) }),
            (
                "Decide.motivation",
                run(IssueAggregate.self, s.inPreparation) {
                    .decide(outcome: .accepted, motivation: $0, decidedBy: "Nämnden")
                }
            ),
            (
                "Decide.decidedBy",
                run(IssueAggregate.self, s.inPreparation) {
                    .decide(outcome: .accepted, motivation: "Bra", decidedBy: $0)
                }
            ),
            ("MarkImplemented.summary", run(IssueAggregate.self, s.inProgress) { .markImplemented(summary: $0) }),
            // The council behind the fixture's issue has given no kvittens: followed up without it.
            (
                "Verify.note",
                run(IssueAggregate.self, s.implemented) {
                    .verifyWithoutKvittens(note: $0, reason: "Rådet är nedlagt.")
                }
            ),
            (
                "VerifyWithoutKvittens.reason",
                run(IssueAggregate.self, s.implemented) { .verifyWithoutKvittens(note: nil, reason: $0) }
            ),
            (
                "RecordKvittens.text",
                run(IssueAggregate.self, s.implemented) {
                    .recordKvittens(
                        Kvittens(
                            party: .council(Fixture.council), verdict: .doesNotHold, text: $0, channel: .meeting,
                            givenOn: ctx.today))
                }
            ),
            ("Withdraw.reason", run(IssueAggregate.self, s.issue) { .withdraw(reason: $0) }),
            (
                "Reopen.reason",
                run(IssueAggregate.self, s.implemented) { .reopen(source: Fixture.findingSource, reason: $0) }
            ),
            (
                "SetParticipationLevel.reason",
                run(IssueAggregate.self, s.issue) { .setParticipationLevel(.listenedTo, reason: $0) }
            ),
        ]
    }

    @Test func aNULOrOtherControlCharacterInAnyTextIsRefused() throws {
        for (field, attempt) in textFields(try states()) {
            for bad in ["a\u{0000}b", "\u{0000}", "a\u{0007}b", "x\u{001B}[31m", "a\u{007F}"] {
                let refusal = attempt(bad).domainError
                #expect(
                    refusal?.code == .invalidCharacters,
                    "\(field) with \(bad.unicodeScalars.map(\.value)): \(String(describing: refusal))")
                #expect(refusal?.message.contains("styrtecken") == true, "\(field)")
            }
            // Tabs belong anywhere; line breaks in ordinary text, but not in names and titles, which
            // head tables and letters and become e-mail display names.
            #expect(attempt("Kolumn ett\tKolumn två").domainError == nil, "\(field)")
            if let refusal = attempt("Rad ett\n\tRad två").domainError {
                #expect(refusal.code == .invalidCharacters && refusal.message.contains("radbrytningar"), "\(field)")
            }
        }
        let byField = Dictionary(uniqueKeysWithValues: textFields(try states()).map { ($0.0, $0.1) })
        for field in ["RegisterUnit.name", "CreateCouncil.name", "AssignOwner.owner"] {
            #expect(byField[field]?("Rad ett\nRad två").domainError?.code == .invalidCharacters, "\(field)")
        }
        for field in ["PutForwardProposal.text", "Decide.motivation"] {
            #expect(byField[field]?("Rad ett\nRad två").domainError == nil, "\(field)")
        }
    }

    @Test func textsHaveALengthLimitWithASwedishReason() throws {
        for (field, attempt) in textFields(try states()) {
            let huge = String(repeating: "å", count: DomainLimits.textLength + 1)
            let refusal = attempt(huge).domainError
            #expect(refusal?.code == .textTooLong, "\(field): \(String(describing: refusal))")
            #expect(refusal?.message.contains("högst") == true, "\(field)")
            #expect(attempt(String(repeating: "a", count: 1_000_000)).domainError?.code == .textTooLong, "\(field)")
            #expect(
                attempt(String(repeating: "å", count: DomainLimits.nameLength)).domainError == nil,
                "\(field) at the shortest limit")
        }
        // Names are shorter than texts.
        let s = try states()
        #expect(
            attempt(
                UnitAggregate.self, .register(name: String(repeating: "n", count: DomainLimits.nameLength + 1)), nil,
                ctx
            ).domainError?.code == .textTooLong)
        #expect(
            attempt(
                IssueAggregate.self, .assignOwner(String(repeating: "n", count: DomainLimits.nameLength + 1)), s.issue,
                ctx
            ).domainError?.code == .textTooLong)
        #expect(
            attempt(
                IssueAggregate.self,
                .open(
                    unitId: Fixture.unit, title: String(repeating: "t", count: DomainLimits.titleLength),
                    source: Fixture.proposalSource, qualityArea: nil), nil, ctx
            ).domainError == nil)
        #expect(
            attempt(
                IssueAggregate.self,
                .open(
                    unitId: Fixture.unit, title: String(repeating: "t", count: DomainLimits.titleLength + 1),
                    source: Fixture.proposalSource, qualityArea: nil), nil, ctx
            ).domainError?.code == .textTooLong)
    }

    @Test func participantsAndAuditorsStayInTheirRanges() throws {
        let s = try states()
        func meeting(_ n: Int) -> DomainError? {
            attempt(
                CouncilAggregate.self,
                .recordMeeting(meetingId: Fixture.meeting, heldOn: day("2026-03-01"), participantCount: n), s.council,
                ctx
            ).domainError
        }
        func revision(_ n: Int) -> DomainError? {
            attempt(
                RevisionAggregate.self,
                .plan(
                    unitId: Fixture.unit, periodStart: day("2026-01-01"), periodEnd: day("2026-02-01"), auditorCount: n),
                nil, ctx
            ).domainError
        }
        for n in [
            0, -1, Int(Int32.min), 2_147_483_648, 9_007_199_254_740_993, Int.max, Int.min,
            DomainLimits.participants.upperBound + 1,
        ] {
            #expect(meeting(n)?.code == .invalidNumber, "participants \(n)")
        }
        #expect(
            meeting(2_147_483_648)
                == DomainError(
                    .invalidNumber, "Antalet deltagare kan vara högst 10000. Ange hur många som kom, utan namn."))
        #expect(meeting(1) == nil)
        #expect(meeting(DomainLimits.participants.upperBound) == nil)
        for n in [
            1, 0, -1, 2_147_483_648, 9_007_199_254_740_993, Int.max, Int.min, DomainLimits.auditors.upperBound + 1,
        ] {
            #expect(revision(n)?.code == .invalidNumber, "auditors \(n)")
        }
        #expect(revision(DomainLimits.auditors.upperBound) == nil)
        #expect(revision(2) == nil)
    }

    /// A property over `decide`: whatever text a command carries, it is refused or its events hold
    /// only storable text within the limits.
    @Test func decideNeverLetsAnUnstorableTextThrough() throws {
        var random = SplitMix64(seed: 11)
        let pieces = [
            "a", "å", " ", "\n", "\t", "\u{0000}", "\u{0001}", "\u{FFFD}", "😀", "e\u{0301}", "1", "-", "\u{200B}",
            "\u{202E}",
        ]
        let s = try states()
        for _ in 0..<400 {
            let length = [0, 1, 5, 50, 199, 201, 301, 5000, 10_001][Int(random.next() % 9)]
            let text = String((0..<length).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined())
            for (field, attempt) in textFields(s) {
                switch attempt(text) {
                case .failure(let refusal):
                    #expect(!refusal.message.isEmpty, "\(field)")
                case .success:
                    #expect(
                        !text.unicodeScalars.contains { $0.value < 0x20 && !["\t", "\n", "\r"].contains($0) },
                        "\(field) let a control character through")
                    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
                    #expect(
                        trimmed.count <= DomainLimits.textLength, "\(field) let \(trimmed.count) characters through")
                }
            }
        }
    }
}
