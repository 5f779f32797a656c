import Testing

@testable import Domain

/// Brukarkvittens: an implemented issue from a council's proposal or a revision's finding is followed
/// up when they say it works, reopened when they say it does not, or followed up without their word
/// when the coordinator says why.
@Suite struct KvittensRulesTests {
    let ctx = context("2026-03-04")
    let council = KvittensParty.council(Fixture.council)

    func implemented(_ sources: [IssueSource] = [Fixture.proposalSource]) -> IssueState {
        var state: IssueState? = IssueAggregate.evolve(
            nil,
            .opened(
                IssueOpened(
                    unitId: Fixture.unit, title: "Kontinuitet", source: sources[0], registeredOn: day("2026-03-01"))))
        var commands: [IssueCommand] = sources.dropFirst().map { .linkSource($0) }
        commands += [
            .startPreparation,
            .decide(outcome: .accepted, motivation: "Motivering i klarspråk.", decidedBy: "Ledningsgruppen"),
            .startWork, .markImplemented(summary: "Klart."),
        ]
        for command in commands { state = try! IssueAggregate.handle(command, state, ctx).state }
        return state!
    }

    func answer(
        _ party: KvittensParty, _ verdict: KvittensVerdict, text: String? = nil, on date: String = "2026-03-04"
    ) -> IssueCommand {
        .recordKvittens(Kvittens(party: party, verdict: verdict, text: text, channel: .meeting, givenOn: day(date)))
    }

    func run(_ command: IssueCommand, _ state: IssueState, _ ctx: DecisionContext) throws -> (
        [IssueEvent], IssueState
    ) {
        let (events, after) = try IssueAggregate.handle(command, state, ctx)
        return (events, try #require(after))
    }

    func refusal(_ command: IssueCommand, _ state: IssueState) -> DomainError? {
        attempt(IssueAggregate.self, command, state, ctx).domainError
    }

    @Test func implementingAsksEveryCouncilAndRevisionGroupBehindTheIssue() {
        let state = implemented([Fixture.proposalSource, Fixture.findingSource, Fixture.actionItemSource])
        #expect(state.kvittensAskedSince == day("2026-03-04"))
        #expect(state.kvittensAwaited == [council, .revision(Fixture.revision)])
    }

    @Test func anIssueFromAnActionItemAsksNobodyAndVerifiesAsBefore() throws {
        let state = implemented([Fixture.actionItemSource])
        #expect(state.kvittensAwaited.isEmpty && state.kvittensAskedSince == nil)
        let (events, after) = try run(.verify(note: nil), state, ctx)
        #expect(events == [.verified(IssueVerified(verifiedOn: day("2026-03-04")))])
        #expect(after.status == .verified)
        #expect(
            refusal(.verifyWithoutKvittens(note: nil, reason: "Rådet är nedlagt."), state)?.code
                == .kvittensNotAwaited)
    }

    @Test func verifyingWithoutTheKvittensIsRefusedAndSaysWhatIsPossible() {
        let error = refusal(.verify(note: nil), implemented())
        #expect(error?.code == .kvittensMissing)
        #expect(error?.message.contains("rådet \(Fixture.council) har inte sagt om ändringen fungerar") == true)
        #expect(error?.message.contains("utan brukarkvittens om du skriver varför") == true)
    }

    @Test func kvitteratLetsTheIssueBeVerified() throws {
        let (events, state) = try run(answer(council, .holds), implemented(), ctx)
        #expect(
            events == [
                .kvittensRecorded(
                    KvittensRecorded(party: council, verdict: .holds, channel: .meeting, givenOn: day("2026-03-04")))
            ])
        #expect(state.status == .implemented && state.kvittensAwaited.isEmpty)
        let (_, verified) = try run(.verify(note: "Rådet är nöjt."), state, ctx)
        #expect(verified.status == .verified && verified.verifiedWithoutKvittens == nil)
        #expect(verified.kvittensAskedSince == nil)
    }

    @Test func everyPartyMustAnswerBeforeFollowUp() throws {
        let both = implemented([Fixture.proposalSource, Fixture.findingSource])
        let (_, state) = try run(answer(council, .holds), both, ctx)
        #expect(state.kvittensAwaited == [.revision(Fixture.revision)])
        #expect(refusal(.verify(note: nil), state)?.code == .kvittensMissing)
    }

    @Test func inteKvitteratReopensTheIssueWithTheirWords() throws {
        let words = "Kallelserna kommer fortfarande för sent."
        let (events, state) = try run(
            answer(council, .doesNotHold, text: words), implemented(), ctx)
        #expect(
            events == [
                .kvittensRecorded(
                    KvittensRecorded(
                        party: council, verdict: .doesNotHold, text: words, channel: .meeting,
                        givenOn: day("2026-03-04")))
            ])
        #expect(state.status == .reopened && state.decision == nil)
        #expect(state.kvittensAwaited.isEmpty)
        #expect(state.kvittens.last?.text == words)
        // The reopened issue takes its course again; carried out anew, the council is asked anew.
        var again = state
        for command: IssueCommand in [
            .startPreparation,
            .decide(outcome: .accepted, motivation: "Vi gör om det.", decidedBy: "Ledningsgruppen"), .startWork,
            .markImplemented(summary: "Nya kallelser."),
        ] { again = try run(command, again, ctx).1 }
        #expect(again.kvittensAwaited == [council] && again.kvittens.isEmpty)
    }

    @Test func inteKvitteratNeedsTheirWords() {
        #expect(refusal(answer(council, .doesNotHold), implemented())?.code == .missingReason)
        #expect(refusal(answer(council, .doesNotHold, text: "  "), implemented())?.code == .missingReason)
    }

    @Test func theirWordsAreCheckedForPersonalData() {
        #expect(
            refusal(answer(council, .doesNotHold, text: "Gäller 19121212-1212."), implemented())?.code
                == .personalDataSuspected)
    }

    @Test func verifyingWithoutKvittensNeedsAReasonAndIsRemembered() throws {
        #expect(refusal(.verifyWithoutKvittens(note: nil, reason: " "), implemented())?.code == .missingReason)
        let (events, state) = try run(
            .verifyWithoutKvittens(note: nil, reason: "Rådet är nedlagt."), implemented(), ctx)
        #expect(
            events == [
                .verifiedWithoutKvittens(
                    IssueVerifiedWithoutKvittens(verifiedOn: day("2026-03-04"), reason: "Rådet är nedlagt."))
            ])
        #expect(state.status == .verified && state.verifiedWithoutKvittens == "Rådet är nedlagt.")
    }

    @Test func onlyThoseBehindTheIssueAnswerAndOnlyOnce() throws {
        let stranger = refusal(answer(.council(Fixture.otherCouncil), .holds), implemented())
        #expect(stranger?.code == .kvittensNotAwaited)
        #expect(stranger?.message.hasPrefix("Rådet \(Fixture.otherCouncil) står inte bakom ärendet.") == true)
        let (_, answered) = try run(
            answer(council, .holds), implemented([Fixture.proposalSource, Fixture.findingSource]), ctx)
        #expect(refusal(answer(council, .holds), answered)?.code == .duplicate)
    }

    @Test func theAnswerIsDatedBetweenTheImplementationAndToday() {
        #expect(refusal(answer(council, .holds, on: "2026-03-03"), implemented())?.code == .dateTooEarly)
        #expect(refusal(answer(council, .holds, on: "2026-03-05"), implemented())?.code == .dateInFuture)
    }

    @Test func aKvittensIsRecordedOnlyOnAnImplementedIssue() {
        let registered = IssueLifecycleTests.state(.registered)
        #expect(
            refusal(answer(council, .holds), registered)
                == DomainError(
                    .transitionNotAllowed,
                    "Det går inte att registrera brukarkvittens nu. \(registered.stage.situation)"))
    }

    @Test func oldHistoriesStillReplay() {
        // An issue verified before brukarkvittens existed stays verified, and asks nobody.
        let log: [IssueEvent] = [
            .opened(
                IssueOpened(
                    unitId: Fixture.unit, title: "Kontinuitet", source: Fixture.proposalSource,
                    registeredOn: day("2025-01-01"))),
            .decided(
                IssueDecided(
                    outcome: .accepted, motivation: "Ja.", decidedBy: "Ledningen", decidedOn: day("2025-02-01"))),
            .implemented(IssueImplemented(implementedOn: day("2025-03-01"))),
            .verified(IssueVerified(verifiedOn: day("2025-04-01"))),
        ]
        let state = IssueAggregate.replay(log)
        #expect(state?.status == .verified && state?.kvittensAwaited == [] && state?.verifiedWithoutKvittens == nil)
    }
}
