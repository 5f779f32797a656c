import Testing

@testable import Domain

/// Corrections (rättelser): a fact recorded wrongly is put right with a reason; the domain says when,
/// and what a corrected decision means for the course and for feedback already given.
@Suite struct CorrectionRulesTests {
    let ctx = context("2026-03-10")

    func issue(_ commands: [IssueCommand]) -> IssueState {
        var state: IssueState? = IssueAggregate.evolve(
            nil,
            .opened(
                IssueOpened(
                    unitId: Fixture.unit, title: "Kontinutet", source: Fixture.proposalSource,
                    registeredOn: day("2026-03-01"))))
        for command in commands { state = try! IssueAggregate.handle(command, state, ctx).state }
        return state!
    }

    var decided: [IssueCommand] {
        [.startPreparation, .decide(outcome: .accepted, motivation: "Vi gör det.", decidedBy: "Ledningsgruppen")]
    }

    func refusal(_ command: IssueCommand, _ state: IssueState) -> DomainError? {
        attempt(IssueAggregate.self, command, state, ctx).domainError
    }

    @Test func retitleReplacesTheTitleAndKeepsTheReason() throws {
        let (events, after) = try IssueAggregate.handle(
            .retitle(title: " Kontinuitet ", reason: "Stavfel."), issue([]), ctx)
        #expect(
            events == [
                .retitled(IssueRetitled(title: "Kontinuitet", reason: "Stavfel.", correctedOn: day("2026-03-10")))
            ])
        #expect(after?.title == "Kontinuitet")
        #expect(after?.corrections == [IssueCorrection(fact: .title, correctedOn: day("2026-03-10"))])
        #expect(events.allSatisfy { !$0.isActivity })
    }

    @Test func retitleRefusesBlankReasonNulUnchangedAndPersonalNumbers() {
        let state = issue([])
        #expect(refusal(.retitle(title: "Kontinuitet", reason: "  "), state)?.code == .missingReason)
        #expect(refusal(.retitle(title: "Kontin\u{0}uitet", reason: "Stavfel."), state)?.code == .invalidCharacters)
        #expect(refusal(.retitle(title: "Kontinutet", reason: "Stavfel."), state)?.code == .unchanged)
        #expect(
            refusal(.retitle(title: "Brukare 19800101-1234", reason: "Stavfel."), state)?.code == .personalDataSuspected
        )
    }

    @Test func aMergedIssueIsRetitledInItsSurvivor() {
        let merged = issue([.mergeInto(survivor: Fixture.otherIssue)])
        let error = refusal(.retitle(title: "Kontinuitet", reason: "Stavfel."), merged)
        #expect(error?.code == .correctionNotAllowed)
        #expect(error?.message.contains("det ärende som arbetet fortsätter i") == true)
    }

    @Test func decisionCorrectionWhileDecidedChangesTheCourse() throws {
        let (events, after) = try IssueAggregate.handle(
            .correctDecision(
                outcome: .rejected, motivation: "Lokalerna räcker inte.", decidedBy: "Enhetschef",
                reason: "Fel utfall registrerades."),
            issue(decided), ctx)
        #expect(events.count == 1 && events.allSatisfy(\.isActivity))
        let state = try #require(after)
        #expect(state.outcome == .rejected && state.status == .decided)
        #expect(state.motivation == "Lokalerna räcker inte." && state.decidedBy == "Enhetschef")
        #expect(state.decisions.count == 1)
        #expect(state.decision?.decidedOn == day("2026-03-10"))
        // A no can only be reopened; a yes corrected from a no can be carried out.
        #expect(!state.stage.allows(.startWork) && state.stage.allows(.reopen))
    }

    @Test func feedbackAlreadyGivenIsOwedAgainAfterADecisionCorrection() throws {
        let told = issue(
            decided + [
                .giveFeedback(
                    councilId: Fixture.council, occasion: .decision, channel: .meeting, givenOn: day("2026-03-10"))
            ])
        #expect(told.feedbackOwed.isEmpty)
        let (_, after) = try IssueAggregate.handle(
            .correctDecision(
                outcome: .partiallyAccepted, motivation: "Delvis.", decidedBy: "Ledningsgruppen", reason: "Fel utfall."),
            told, ctx)
        let state = try #require(after)
        #expect(
            state.feedbackOwed == [
                FeedbackDue(councilId: Fixture.council, occasion: .decision, owedSince: day("2026-03-10"))
            ])
        #expect(state.corrections.last?.toldCouncils == [Fixture.council])
        #expect(state.corrections.last?.fact == .decision(from: .accepted))
    }

    @Test func feedbackNotYetGivenStaysOwedOnceAndNobodyWasTold() throws {
        let (_, after) = try IssueAggregate.handle(
            .correctDecision(
                outcome: .rejected, motivation: "Nej.", decidedBy: "Ledningsgruppen", reason: "Fel utfall."),
            issue(decided), ctx)
        let state = try #require(after)
        #expect(state.feedbackOwed.count == 1)
        #expect(state.corrections.last?.toldCouncils == [])
    }

    @Test func decisionCorrectionIsRefusedOnceWorkHasBegunAndSaysWhatIsPossible() {
        let started = issue(decided + [.startWork])
        let error = refusal(
            .correctDecision(outcome: .rejected, motivation: "Nej.", decidedBy: "Ledningsgruppen", reason: "Fel."),
            started)
        #expect(error?.code == .correctionNotAllowed)
        #expect(error?.message.contains("återkallas") == true)
        #expect(
            refusal(
                .correctDecision(outcome: .rejected, motivation: "Nej.", decidedBy: "L", reason: "Fel."), issue([]))?
                .code == .correctionNotAllowed)
        #expect(
            refusal(
                .correctDecision(
                    outcome: .accepted, motivation: "Vi gör det.", decidedBy: "Ledningsgruppen", reason: "Fel."),
                issue(decided))?.code == .unchanged)
        #expect(
            refusal(
                .correctDecision(outcome: .rejected, motivation: " ", decidedBy: "L", reason: "Fel."), issue(decided))?
                .code == .missingMotivation)
    }

    @Test func dueDateAndOwnerCorrectionsNeedSomethingToCorrect() throws {
        let bare = issue([])
        #expect(refusal(.correctDueDate(day("2026-06-30"), reason: "Fel."), bare)?.code == .nothingToCorrect)
        #expect(refusal(.correctOwner("Enhetschef", reason: "Fel."), bare)?.code == .nothingToCorrect)
        let planned = issue([.assignOwner("Enhetschef A"), .setDueDate(day("2026-05-31"))])
        #expect(
            refusal(.correctDueDate(day("2026-02-01"), reason: "Fel."), planned)?.code == .dueDateBeforeRegistration)
        let (_, after) = try IssueAggregate.handle(
            .correctDueDate(day("2026-06-30"), reason: "Fel månad."), planned, ctx)
        #expect(after?.dueDate == day("2026-06-30"))
        let (_, owned) = try IssueAggregate.handle(.correctOwner("Enhetschef B", reason: "Fel enhet."), planned, ctx)
        #expect(owned?.owner == "Enhetschef B")
        #expect(owned?.corrections.map(\.fact) == [.owner])
    }

    @Test func aProposalIsRectifiedEvenWhenWithdrawn() throws {
        var state = ProposalAggregate.evolve(
            nil,
            .putForward(
                ProposalPutForward(councilId: Fixture.council, text: "Knacka på.", putForwardOn: day("2026-03-01"))))
        state = ProposalAggregate.evolve(state, .withdrawn(ProposalWithdrawn(reason: "Löst.")))
        let (events, after) = try ProposalAggregate.handle(
            .amend(text: "Knacka innan ni går in.", reason: "Fel avskrivet."), state, ctx)
        #expect(
            events == [
                .amended(
                    ProposalAmended(
                        text: "Knacka innan ni går in.", reason: "Fel avskrivet.", amendedOn: day("2026-03-10")))
            ])
        #expect(after?.text == "Knacka innan ni går in." && after?.withdrawnReason == "Löst.")
        #expect(
            attempt(ProposalAggregate.self, .amend(text: "X", reason: ""), state, ctx).domainError?.code
                == .missingReason)
        #expect(
            attempt(ProposalAggregate.self, .amend(text: "070\u{0}", reason: "Fel."), state, ctx).domainError?.code
                == .invalidCharacters)
        #expect(
            attempt(ProposalAggregate.self, .amend(text: "X", reason: "Fel."), nil, ctx).domainError?.code == .notFound)
    }

    @Test func settingAMissingAreaNeedsNoReasonReplacingOneDoes() throws {
        let state = ProposalAggregate.evolve(
            nil,
            .putForward(
                ProposalPutForward(councilId: Fixture.council, text: "Knacka på.", putForwardOn: day("2026-03-01"))))
        let (_, withArea) = try ProposalAggregate.handle(.setArea(.treatment, reason: nil), state, ctx)
        #expect(withArea?.qualityArea == .treatment)
        #expect(
            attempt(ProposalAggregate.self, .setArea(.information, reason: nil), withArea, ctx).domainError?.code
                == .missingReason)
        #expect(
            attempt(ProposalAggregate.self, .setArea(.treatment, reason: "X"), withArea, ctx).domainError?.code
                == .unchanged)
        let (_, corrected) = try ProposalAggregate.handle(.setArea(.information, reason: "Fel område."), withArea, ctx)
        #expect(corrected?.qualityArea == .information)
    }

    @Test func aMeetingDateIsCorrectedNotIntoTheFuture() throws {
        var state = CouncilAggregate.evolve(
            nil, .created(CouncilCreated(unitId: Fixture.unit, name: "Rådet", form: .userCouncil)))
        state = CouncilAggregate.evolve(
            state,
            .meetingHeld(CouncilMeetingHeld(meetingId: Fixture.meeting, heldOn: day("2026-03-05"), participantCount: 5))
        )
        let (_, after) = try CouncilAggregate.handle(
            .correctMeetingDate(meetingId: Fixture.meeting, heldOn: day("2026-03-04"), reason: "Dagen innan."), state,
            ctx)
        #expect(after?.meetings.first?.heldOn == day("2026-03-04"))
        #expect(
            attempt(
                CouncilAggregate.self,
                .correctMeetingDate(meetingId: Fixture.meeting, heldOn: day("2026-04-01"), reason: "X"), state, ctx
            )
            .domainError?.code == .dateInFuture)
        #expect(
            attempt(
                CouncilAggregate.self,
                .correctMeetingDate(meetingId: MeetingID(uuid(99)), heldOn: day("2026-03-04"), reason: "X"), state, ctx
            )
            .domainError?.code == .notFound)
    }
}
