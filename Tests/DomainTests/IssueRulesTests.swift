import Testing

@testable import Domain

/// Rules of an issue beside the lifecycle: motivation, dates, feedback, sources, merge, participation.
@Suite struct IssueRulesTests {
    let ctx = context("2026-03-04")
    typealias Stage = IssueLifecycleTests.Stage

    func refusal(_ command: IssueCommand, _ state: IssueState?) -> DomainError? {
        attempt(IssueAggregate.self, command, state, ctx).domainError
    }

    @Test func openingTwiceIsRefused() {
        let state = IssueLifecycleTests.state(.registered)
        #expect(
            refusal(.open(unitId: Fixture.unit, title: "X", source: Fixture.findingSource, qualityArea: nil), state)
                == DomainError(.alreadyExists, "Ärendet finns redan. Koppla källan till det i stället."))
    }

    @Test func commandsOnAMissingIssueAreRefused() {
        #expect(
            refusal(.startPreparation, nil)
                == DomainError(
                    .notFound, "Ärendet finns inte. Öppna det först från ett förslag, en iakttagelse eller en åtgärd."))
    }

    @Test func openingRecordsTodayAsRegistrationDay() throws {
        let (_, state) = try IssueAggregate.handle(
            .open(
                unitId: Fixture.unit, title: "  Tid att lyssna ", source: Fixture.proposalSource,
                qualityArea: .treatment), nil, ctx)
        #expect(state?.registeredOn == day("2026-03-04"))
        #expect(state?.title == "Tid att lyssna")
        #expect(state?.councils == [Fixture.council])
        #expect(
            refusal(.open(unitId: Fixture.unit, title: " ", source: Fixture.proposalSource, qualityArea: nil), nil)
                == DomainError(.blankText, "Ärendets rubrik saknas. Skriv en text och försök igen."))
    }

    @Test(arguments: ["", "   \n"])
    func aDecisionNeedsAMotivation(_ motivation: String) {
        let state = IssueLifecycleTests.state(.inPreparation)
        #expect(
            refusal(.decide(outcome: .rejected, motivation: motivation, decidedBy: "Ledningsgruppen"), state)
                == DomainError(.missingMotivation, "Motiveringen saknas. Skriv en text och försök igen."))
    }

    @Test func aDecisionNeedsWhoDecided() {
        let state = IssueLifecycleTests.state(.inPreparation)
        #expect(
            refusal(.decide(outcome: .accepted, motivation: "Bra förslag.", decidedBy: ""), state)
                == DomainError(.missingDecider, "Vem som beslutade saknas. Skriv en text och försök igen."))
    }

    @Test func dueDateCannotPrecedeRegistration() {
        let state = IssueLifecycleTests.state(.registered)
        #expect(
            refusal(.setDueDate(day("2026-02-28")), state)
                == DomainError(
                    .dueDateBeforeRegistration,
                    "Datumet 2026-02-28 ligger före den dag ärendet registrerades (2026-03-01). Välj 2026-03-01 eller senare."
                ))
    }

    @Test func dueDateCannotPrecedeTheDecision() {
        let state = IssueLifecycleTests.state(.accepted)
        #expect(
            refusal(.setDueDate(day("2026-03-02")), state)
                == DomainError(
                    .dueDateBeforeDecision,
                    "Datumet 2026-03-02 ligger före beslutet (2026-03-04). Välj 2026-03-04 eller senare."))
    }

    @Test func dueDateAndOwnerAreRecorded() throws {
        var state: IssueState? = IssueLifecycleTests.state(.registered)
        state = try IssueAggregate.handle(.setDueDate(day("2026-06-30")), state, ctx).state
        state = try IssueAggregate.handle(.assignOwner("Enhetschef vuxenstöd"), state, ctx).state
        #expect(state?.dueDate == day("2026-06-30"))
        #expect(state?.owner == "Enhetschef vuxenstöd")
        #expect(
            refusal(.assignOwner("Enhetschef vuxenstöd"), state)
                == DomainError(.unchanged, "Enhetschef vuxenstöd är redan ansvarig för ärendet."))
        #expect(
            refusal(.setDueDate(day("2026-06-30")), state)
                == DomainError(.unchanged, "Ärendet har redan datumet 2026-06-30."))
        #expect(
            refusal(.assignOwner(""), state)
                == DomainError(.blankText, "Ansvarig saknas. Skriv en text och försök igen."))
    }

    @Test func ownerAndDueDateAreRefusedWhenClosed() {
        #expect(
            refusal(.assignOwner("Chef"), IssueLifecycleTests.state(.verified))?.message
                == "Det går inte att ge ärendet en ansvarig nu. Ärendet är genomfört och uppföljt; det kan återöppnas om en ny iakttagelse eller ett nytt förslag tar upp samma problem."
        )
        #expect(
            refusal(.setDueDate(day("2026-12-01")), IssueLifecycleTests.state(.withdrawn))?.message
                == "Det går inte att sätta ett datum för ärendet nu. Ärendet är återkallat; det kan återöppnas om en ny iakttagelse eller ett nytt förslag tar upp samma problem."
        )
    }

    @Test func decisionAndImplementationLeaveFeedbackOwedToTheCouncils() throws {
        var state: IssueState? = IssueLifecycleTests.state(.inPreparation)
        state = try IssueAggregate.handle(.linkSource(Fixture.laterProposalSource), state, ctx).state
        state = try IssueAggregate.handle(
            .decide(outcome: .accepted, motivation: "Vi inför fasta kontaktpersoner.", decidedBy: "Ledningsgruppen"),
            state, ctx
        ).state
        #expect(
            state?.feedbackOwed == [
                FeedbackDue(councilId: Fixture.council, occasion: .decision, owedSince: day("2026-03-04")),
                FeedbackDue(councilId: Fixture.otherCouncil, occasion: .decision, owedSince: day("2026-03-04")),
            ])
        state = try IssueAggregate.handle(
            .giveFeedback(
                councilId: Fixture.council, occasion: .decision, channel: .meeting, givenOn: day("2026-03-04")), state,
            ctx
        ).state
        #expect(state?.feedbackOwed.map(\.councilId) == [Fixture.otherCouncil])
        state = try IssueAggregate.handle(.startWork, state, ctx).state
        state = try IssueAggregate.handle(.markImplemented(summary: nil), state, ctx).state
        #expect(state?.feedbackOwed.count == 3)
        #expect(state?.owesFeedback(to: Fixture.council, for: .implementation) != nil)
    }

    @Test func feedbackNeverOwedCannotBeCleared() {
        let state = IssueLifecycleTests.state(.inPreparation)
        #expect(
            refusal(
                .giveFeedback(
                    councilId: Fixture.council, occasion: .decision, channel: .letter, givenOn: day("2026-03-04")),
                state)
                == DomainError(
                    .feedbackNotOwed,
                    "Rådet väntar inte på återkoppling om beslutet i det här ärendet. Ärendet har ingen återkoppling som väntar."
                ))
        let decided = IssueLifecycleTests.state(.accepted)
        #expect(
            refusal(
                .giveFeedback(
                    councilId: Fixture.otherCouncil, occasion: .decision, channel: .digest, givenOn: day("2026-03-04")),
                decided)
                == DomainError(
                    .feedbackNotOwed,
                    "Rådet väntar inte på återkoppling om beslutet i det här ärendet. Återkoppling väntar för: rådet 00000000-0000-0000-0000-000000000002 om beslutet."
                ))
        #expect(
            refusal(
                .giveFeedback(
                    councilId: Fixture.council, occasion: .implementation, channel: .digest, givenOn: day("2026-03-04")),
                decided)?.code == .feedbackNotOwed)
    }

    @Test func feedbackDatesMustBeBetweenTheOccasionAndToday() {
        let decided = IssueLifecycleTests.state(.accepted)
        #expect(
            refusal(
                .giveFeedback(
                    councilId: Fixture.council, occasion: .decision, channel: .meeting, givenOn: day("2026-03-03")),
                decided)
                == DomainError(
                    .dateTooEarly, "Återkopplingen (2026-03-03) kan inte ha getts före beslutet (2026-03-04)."))
        #expect(
            refusal(
                .giveFeedback(
                    councilId: Fixture.council, occasion: .decision, channel: .meeting, givenOn: day("2026-03-05")),
                decided)
                == DomainError(
                    .dateInFuture,
                    "Datumet för återkopplingen (2026-03-05) ligger i framtiden. Ange ett datum som redan har varit, senast 2026-03-04."
                ))
    }

    @Test func sourcesAreLinkedOnce() throws {
        let state = IssueLifecycleTests.state(.registered)
        #expect(
            refusal(.linkSource(Fixture.proposalSource), state)
                == DomainError(.duplicate, "Källan är redan kopplad till ärendet. Inget behöver göras."))
        let linked = try IssueAggregate.handle(.linkSource(Fixture.actionItemSource), state, ctx).state
        #expect(linked?.sources == [Fixture.proposalSource, Fixture.actionItemSource])
        #expect(
            refusal(.linkSource(Fixture.findingSource), IssueLifecycleTests.state(.withdrawn))?.message.hasPrefix(
                "Det går inte att koppla en ny källa till ärendet nu. Ärendet är återkallat") == true)
    }

    @Test func reopeningNeedsANewFindingOrProposal() {
        let rejected = IssueLifecycleTests.state(.rejected)
        #expect(
            refusal(.reopen(source: Fixture.actionItemSource, reason: "x"), rejected)
                == DomainError(
                    .sourceNotAllowed,
                    "Ett ärende återöppnas av en ny iakttagelse eller ett nytt förslag, inte av en åtgärd. Koppla åtgärden till ärendet i stället."
                ))
        #expect(
            refusal(.reopen(source: Fixture.proposalSource, reason: "x"), rejected)
                == DomainError(
                    .duplicate,
                    "Källan är redan kopplad till ärendet. Ett ärende återöppnas av en ny iakttagelse eller ett nytt förslag."
                ))
        #expect(
            refusal(.reopen(source: Fixture.findingSource, reason: ""), rejected)
                == DomainError(.missingReason, "Skälet saknas. Skriv en text och försök igen."))
    }

    @Test func reopeningKeepsTheDecisionHistory() throws {
        let state = try IssueAggregate.handle(
            .reopen(source: Fixture.findingSource, reason: "Samma problem igen."), IssueLifecycleTests.state(.rejected),
            ctx
        ).state
        #expect(state?.status == .reopened)
        #expect(state?.decision == nil)
        #expect(state?.decisions.map(\.outcome) == [.rejected])
        #expect(state?.sources.last == Fixture.findingSource)
    }

    @Test func withdrawingNeedsAReason() {
        #expect(
            refusal(.withdraw(reason: " "), IssueLifecycleTests.state(.registered))
                == DomainError(.missingReason, "Skälet saknas. Skriv en text och försök igen."))
    }

    @Test func participationLevelIsSetAndChangedWithAReason() throws {
        var state: IssueState? = IssueLifecycleTests.state(.registered)
        #expect(
            refusal(.setParticipationLevel(.listenedTo, reason: ""), state)
                == DomainError(.missingReason, "Skälet till nivån saknas. Skriv en text och försök igen."))
        state = try IssueAggregate.handle(
            .setParticipationLevel(.listenedTo, reason: "Rådet har lämnat förslaget."), state, ctx
        ).state
        #expect(
            refusal(.setParticipationLevel(.listenedTo, reason: "igen"), state)
                == DomainError(
                    .unchanged, "Ärendet är redan på nivå 1 (Brukarna blir lyssnade på). Välj en annan nivå."))
        state = try IssueAggregate.handle(
            .setParticipationLevel(.involvedInDecisions, reason: "Rådet är med i arbetsgruppen."), state, ctx
        ).state
        #expect(state?.participationLevel == .involvedInDecisions)
        #expect(state?.participationReason == "Rådet är med i arbetsgruppen.")
    }

    @Test func mergingMovesSourcesAndOwedFeedbackToTheSurvivor() throws {
        // The merged issue has a decision feedback owed? Only registered/in preparation/reopened can be merged,
        // so give the reopened one owed feedback from before reopening.
        var merged: IssueState? = IssueLifecycleTests.state(.reopened)
        #expect(merged?.feedbackOwed.count == 1)
        merged = try IssueAggregate.handle(.linkSource(Fixture.actionItemSource), merged, ctx).state
        let survivor: IssueState? = IssueAggregate.evolve(
            nil,
            .opened(
                IssueOpened(
                    unitId: Fixture.unit, title: "Tid att lyssna",
                    source: .proposal(ProposalID(uuid(50)), council: Fixture.council), registeredOn: day("2026-03-02")))
        )
        let (m, s) = try IssueAggregate.merge(Fixture.issue, merged, into: Fixture.otherIssue, survivor, ctx)
        let mergedAfter = IssueAggregate.replay(m, from: merged)
        let survivorAfter = IssueAggregate.replay(s, from: survivor)
        #expect(mergedAfter?.mergedInto == Fixture.otherIssue)
        #expect(mergedAfter?.feedbackOwed == [])
        #expect(survivorAfter?.sources.count == 4)
        #expect(Set(survivorAfter?.councils ?? []) == [Fixture.council, Fixture.otherCouncil])
        #expect(survivorAfter?.feedbackOwed == merged?.feedbackOwed)
        #expect(survivorAfter?.absorbed == [Fixture.issue])
        #expect(
            attempt(
                IssueAggregate.self, .absorb(from: Fixture.issue, sources: [], feedbackOwed: []), survivorAfter, ctx
            ).domainError
                == DomainError(
                    .duplicate, "Ärende 00000000-0000-0000-0000-00000000000a är redan sammanslaget med det här ärendet."
                ))
    }

    @Test func anIssueCannotBeMergedIntoItself() {
        let state = IssueLifecycleTests.state(.registered)
        #expect(
            throws: DomainError(
                .mergeIntoItself,
                "Ett ärende kan inte slås ihop med sig självt. Välj ett annat ärende att slå ihop det med.")
        ) {
            _ = try IssueAggregate.merge(Fixture.issue, state, into: Fixture.issue, state, ctx)
        }
    }

    @Test func aMergedIssueSendsChangesToTheSurvivor() {
        let merged = IssueLifecycleTests.state(.merged)
        let message =
            "Ärendet är sammanslaget med ärende 00000000-0000-0000-0000-000000000063; gör ändringen i det ärendet i stället."
        #expect(
            refusal(.linkSource(Fixture.findingSource), merged)?.message
                == "Det går inte att koppla en ny källa till ärendet nu. " + message)
        #expect(
            refusal(.setParticipationLevel(.listenedTo, reason: "x"), merged)?.message
                == "Det går inte att ändra delaktighetsnivån nu. " + message)
        #expect(
            refusal(
                .giveFeedback(
                    councilId: Fixture.council, occasion: .decision, channel: .letter, givenOn: day("2026-03-04")),
                merged)?.message == "Det går inte att registrera återkoppling nu. " + message)
        #expect(
            refusal(.absorb(from: Fixture.otherIssue, sources: [], feedbackOwed: []), merged)?.message
                == "Det går inte att ta emot ett sammanslaget ärende nu. " + message)
    }
}
