import Testing

@testable import Domain

/// Every lifecycle command from every stage: allowed ones reach the expected status, refused ones
/// answer with the exact Swedish message.
@Suite struct IssueLifecycleTests {
    enum Stage: String, CaseIterable, CustomTestStringConvertible {
        case registered, inPreparation, accepted, partiallyAccepted, rejected, inProgress, implemented, verified,
            withdrawn, merged, reopened
        var testDescription: String { rawValue }
    }

    enum Step: String, CaseIterable, CustomTestStringConvertible {
        case startPreparation, decide, startWork, markImplemented, verify, withdraw, mergeInto, reopen
        var testDescription: String { rawValue }

        var command: IssueCommand {
            switch self {
            case .startPreparation: .startPreparation
            case .decide: .decide(outcome: .accepted, motivation: "Vi gör det.", decidedBy: "Ledningsgruppen")
            case .startWork: .startWork
            case .markImplemented: .markImplemented(summary: nil)
            // Without the council's kvittens, which the implemented stage here does not have.
            case .verify: .verifyWithoutKvittens(note: nil, reason: "Rådet är nedlagt.")
            case .withdraw: .withdraw(reason: "Hanteras av regionen.")
            case .mergeInto: .mergeInto(survivor: Fixture.otherIssue)
            case .reopen: .reopen(source: Fixture.findingSource, reason: "Revisionen såg samma problem.")
            }
        }

        /// "Det går inte att … nu."
        var refusedAction: String {
            switch self {
            case .startPreparation: "börja bereda ärendet"
            case .decide: "besluta i ärendet"
            case .startWork: "börja genomföra ärendet"
            case .markImplemented: "markera ärendet som genomfört"
            case .verify: "markera ärendet som uppföljt"
            case .withdraw: "återkalla ärendet"
            case .mergeInto: "slå ihop ärendet med ett annat"
            case .reopen: "återöppna ärendet"
            }
        }
    }

    static let ctx = context("2026-03-04")

    static func state(_ stage: Stage) -> IssueState {
        let path: [IssueCommand]
        let decideAs = { (o: DecisionOutcome) -> IssueCommand in
            .decide(outcome: o, motivation: "Motivering i klarspråk.", decidedBy: "Ledningsgruppen")
        }
        switch stage {
        case .registered: path = []
        case .inPreparation: path = [.startPreparation]
        case .accepted: path = [.startPreparation, decideAs(.accepted)]
        case .partiallyAccepted: path = [.startPreparation, decideAs(.partiallyAccepted)]
        case .rejected: path = [.startPreparation, decideAs(.rejected)]
        case .inProgress: path = [.startPreparation, decideAs(.accepted), .startWork]
        case .implemented:
            path = [.startPreparation, decideAs(.accepted), .startWork, .markImplemented(summary: "Klart.")]
        case .verified:
            path = [
                .startPreparation, decideAs(.accepted), .startWork, .markImplemented(summary: nil),
                .recordKvittens(
                    Kvittens(
                        party: .council(Fixture.council), verdict: .holds, text: nil, channel: .meeting,
                        givenOn: day("2026-03-04"))),
                .verify(note: nil),
            ]
        case .withdrawn: path = [.withdraw(reason: "Inte längre aktuellt.")]
        case .merged: path = [.mergeInto(survivor: IssueID(uuid(99)))]
        case .reopened:
            path = [
                .startPreparation, decideAs(.rejected),
                .reopen(source: Fixture.laterProposalSource, reason: "Rådet tog upp det igen."),
            ]
        }
        var state: IssueState? = IssueAggregate.evolve(
            nil,
            .opened(
                IssueOpened(
                    unitId: Fixture.unit, title: "Kontinuitet", source: Fixture.proposalSource,
                    registeredOn: day("2026-03-01"))))
        for command in path {
            state = try! IssueAggregate.handle(command, state, ctx).state
        }
        return state!
    }

    static let situation: [Stage: String] = [
        .registered: "Ärendet är registrerat; det kan börja beredas, återkallas eller slås ihop med ett annat ärende.",
        .inPreparation:
            "Ärendet är under beredning; det kan beslutas, återkallas eller slås ihop med ett annat ärende.",
        .accepted: "Ärendet har fått bifall; det kan börja genomföras eller återkallas.",
        .partiallyAccepted: "Ärendet har fått delvis bifall; det kan börja genomföras eller återkallas.",
        .rejected:
            "Ärendet är avslaget; det kan återöppnas om en ny iakttagelse eller ett nytt förslag tar upp samma problem.",
        .inProgress: "Ärendet genomförs; det kan markeras som genomfört eller återkallas.",
        .implemented:
            "Ärendet är genomfört; det kan följas upp, eller återöppnas om en ny iakttagelse eller ett nytt förslag tar upp samma problem.",
        .verified:
            "Ärendet är genomfört och uppföljt; det kan återöppnas om en ny iakttagelse eller ett nytt förslag tar upp samma problem.",
        .withdrawn:
            "Ärendet är återkallat; det kan återöppnas om en ny iakttagelse eller ett nytt förslag tar upp samma problem.",
        .merged:
            "Ärendet är sammanslaget med ärende 00000000-0000-0000-0000-000000000063; gör ändringen i det ärendet i stället.",
        .reopened:
            "Ärendet är återöppnat; det kan börja beredas, återkallas eller slås ihop med ett annat ärende.",
    ]

    /// The allowed transitions and the status each one reaches; everything else is refused.
    static let allowed: [Step: [Stage: IssueStatus]] = [
        .startPreparation: [.registered: .inPreparation, .reopened: .inPreparation],
        .decide: [.inPreparation: .decided],
        .startWork: [.accepted: .inProgress, .partiallyAccepted: .inProgress],
        .markImplemented: [.inProgress: .implemented],
        .verify: [.implemented: .verified],
        .withdraw: [
            .registered: .withdrawn, .inPreparation: .withdrawn, .reopened: .withdrawn, .accepted: .withdrawn,
            .partiallyAccepted: .withdrawn, .inProgress: .withdrawn,
        ],
        .mergeInto: [.registered: .merged, .inPreparation: .merged, .reopened: .merged],
        .reopen: [.rejected: .reopened, .implemented: .reopened, .verified: .reopened, .withdrawn: .reopened],
    ]

    static var allowedCases: [(Stage, Step)] {
        Step.allCases.flatMap { step in Stage.allCases.filter { allowed[step]![$0] != nil }.map { ($0, step) } }
    }

    static var refusedCases: [(Stage, Step)] {
        Step.allCases.flatMap { step in Stage.allCases.filter { allowed[step]![$0] == nil }.map { ($0, step) } }
    }

    @Test(arguments: allowedCases)
    func allowedTransition(_ stage: Stage, _ step: Step) throws {
        let (events, after) = try IssueAggregate.handle(step.command, Self.state(stage), Self.ctx)
        #expect(events.count == 1)
        #expect(after?.status == Self.allowed[step]![stage])
    }

    @Test(arguments: refusedCases)
    func refusedTransition(_ stage: Stage, _ step: Step) {
        let error = attempt(IssueAggregate.self, step.command, Self.state(stage), Self.ctx).domainError
        #expect(
            error
                == DomainError(
                    .transitionNotAllowed, "Det går inte att \(step.refusedAction) nu. \(Self.situation[stage]!)"))
    }

    @Test func theMatrixIsComplete() {
        #expect(Self.allowedCases.count + Self.refusedCases.count == Stage.allCases.count * Step.allCases.count)
        #expect(Self.allowedCases.count == 20)
    }

    @Test func theExampleFromTheIssueReadsWell() {
        let error = attempt(IssueAggregate.self, .startWork, Self.state(.rejected), Self.ctx).domainError
        #expect(
            error?.message
                == "Det går inte att börja genomföra ärendet nu. Ärendet är avslaget; det kan återöppnas om en ny iakttagelse eller ett nytt förslag tar upp samma problem."
        )
        #expect(error?.code == .transitionNotAllowed)
    }

    @Test func statusLabelsAreSwedish() {
        #expect(
            IssueStatus.allCases.map(\.label) == [
                "Registrerat", "Under beredning", "Beslutat", "Genomförs", "Genomfört", "Uppföljt", "Återkallat",
                "Sammanslaget", "Återöppnat",
            ])
        #expect(IssueStatus.inPreparation.rawValue == "in_preparation")
    }
}
