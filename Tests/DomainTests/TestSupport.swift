import Foundation
import TestSupport

@testable import Domain

/// Deterministic UUIDs: `uuid(7)` is 00000000-0000-0000-0000-000000000007.
func uuid(_ n: Int) -> UUID {
    UUID(uuidString: String(format: "00000000-0000-0000-0000-%012x", n))!
}

func day(_ s: String) -> CalendarDate { CalendarDate(s)! }

/// A context whose "today" is `date` (noon, Stockholm time).
func context(_ date: String) -> DecisionContext {
    let d = day(date)
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = .stockholm
    let now = calendar.date(from: DateComponents(year: d.year, month: d.month, day: d.day, hour: 12))!
    return DecisionContext(now: now, timeZone: .stockholm)
}

enum Fixture {
    static let unit = UnitID(uuid(1))
    static let council = CouncilID(uuid(2))
    static let otherCouncil = CouncilID(uuid(3))
    static let proposal = ProposalID(uuid(4))
    static let laterProposal = ProposalID(uuid(5))
    static let revision = RevisionID(uuid(6))
    static let finding = FindingID(uuid(7))
    static let certification = CertificationID(uuid(8))
    static let actionItem = ActionItemID(uuid(9))
    static let issue = IssueID(uuid(10))
    static let otherIssue = IssueID(uuid(11))
    static let meeting = MeetingID(uuid(12))
    static let previousCertification = CertificationID(uuid(13))
    static let mail = MailID(uuid(14))
    static let queuedAt = Timestamp(Date(timeIntervalSince1970: 1_764_500_000.123))

    static let proposalSource = IssueSource.proposal(proposal, council: council)
    static let laterProposalSource = IssueSource.proposal(laterProposal, council: otherCouncil)
    static let findingSource = IssueSource.finding(finding, revision: revision)
    static let actionItemSource = IssueSource.actionItem(actionItem, certification: certification)

    /// One example of every event type, for golden files and round trips.
    static let sampleEvents: [DomainEvent] = [
        .unit(unit, .registered(UnitRegistered(name: "Vuxenstöd Lund"))),
        .unit(unit, .renamed(UnitRenamed(name: "Vuxenstöd och försörjning Lund"))),
        .council(
            council, .created(CouncilCreated(unitId: unit, name: "Dialogmöte vuxenstöd Lund", form: .dialogueMeeting))),
        .council(
            council,
            .meetingHeld(CouncilMeetingHeld(meetingId: meeting, heldOn: day("2026-02-12"), participantCount: 9))),
        .proposal(
            proposal,
            .putForward(
                ProposalPutForward(
                    councilId: council, meetingId: meeting, text: "Kontinuitet: samma handläggare så långt det går.",
                    qualityArea: .treatment, pseudonym: "P", putForwardOn: day("2026-02-12")))),
        .proposal(proposal, .withdrawn(ProposalWithdrawn(reason: "Rådet lämnade ett tydligare förslag i stället."))),
        .proposal(
            proposal,
            .amended(
                ProposalAmended(
                    text: "Kontinuitet: samma socialsekreterare så långt det går.",
                    reason: "Texten skrevs av fel från protokollet.", amendedOn: day("2026-02-13")))),
        .proposal(
            proposal,
            .areaSet(ProposalAreaSet(qualityArea: .information, reason: "Fel område valdes.", setOn: day("2026-02-13")))
        ),
        .council(
            council,
            .meetingDateCorrected(
                CouncilMeetingDateCorrected(
                    meetingId: meeting, heldOn: day("2026-02-11"), reason: "Mötet hölls dagen innan."))),
        .issue(
            issue,
            .retitled(
                IssueRetitled(
                    title: "Kontinuitet i kontakten med socialsekreterare", reason: "Stavfel i rubriken.",
                    correctedOn: day("2026-02-21")))),
        .issue(
            issue,
            .decisionCorrected(
                IssueDecisionCorrected(
                    outcome: .accepted, motivation: "Vi inför en fast kontaktperson från 1 april.",
                    decidedBy: "Ledningsgruppen", reason: "Beslutet registrerades som delvis bifall av misstag.",
                    correctedOn: day("2026-03-06")))),
        .issue(
            issue,
            .dueDateCorrected(
                IssueDueDateCorrected(
                    dueDate: day("2026-06-30"), reason: "Fel månad angavs.", correctedOn: day("2026-03-06")))),
        .issue(
            issue,
            .ownerCorrected(
                IssueOwnerCorrected(
                    owner: "Enhetschef försörjning", reason: "Fel enhet angavs.", correctedOn: day("2026-03-06")))),
        .revision(
            revision,
            .planned(
                RevisionPlanned(
                    unitId: unit, periodStart: day("2026-04-01"), periodEnd: day("2026-06-30"), auditorCount: 3))),
        .revision(
            revision,
            .reportPublished(
                RevisionReportPublished(publishedOn: day("2026-09-15"), title: "Brukarrevision vuxenstöd 2026"))),
        .revision(
            revision,
            .findingRecorded(
                FindingRecorded(
                    findingId: finding, text: "Många har bytt handläggare flera gånger under ett år.",
                    qualityArea: .treatment, recommendation: "Ge varje brukare en fast kontaktperson."))),
        .certification(
            certification,
            .started(CertificationStarted(unitId: unit, startedOn: day("2026-01-10"), renews: previousCertification))),
        .certification(
            certification,
            .areaAssessed(
                QualityAreaAssessed(area: .information, fulfilled: false, note: "Informationen finns bara på svenska."))
        ),
        .certification(
            certification,
            .actionItemAdded(
                ActionItemAdded(
                    actionItemId: actionItem, area: .information, action: "Ta fram information på lätt svenska.",
                    owner: "Enhetschef vuxenstöd", dueDate: day("2026-06-30"),
                    followedUpBy: "Arbetsgruppen för brukarinflytande"))),
        .certification(
            certification, .planAdopted(ActionPlanAdopted(adoptedOn: day("2026-02-20"), decidedBy: "Ledningsgruppen"))),
        .certification(
            certification, .certified(UnitCertified(certifiedOn: day("2026-03-01"), validUntil: day("2028-03-01")))),
        .issue(
            issue,
            .opened(
                IssueOpened(
                    unitId: unit, title: "Kontinuitet i kontakten med socialsekreterare", source: proposalSource,
                    qualityArea: .treatment, registeredOn: day("2026-02-13")))),
        .issue(issue, .sourceLinked(IssueSourceLinked(source: findingSource))),
        .issue(issue, .ownerAssigned(IssueOwnerAssigned(owner: "Enhetschef vuxenstöd"))),
        .issue(issue, .dueDateSet(IssueDueDateSet(dueDate: day("2026-05-31")))),
        .issue(issue, .preparationStarted(IssuePreparationStarted(startedOn: day("2026-02-20")))),
        .issue(
            issue,
            .decided(
                IssueDecided(
                    outcome: .partiallyAccepted,
                    motivation: "Vi kan inte lova samma handläggare, men vi inför en fast kontaktperson.",
                    decidedBy: "Ledningsgruppen", decidedOn: day("2026-03-04")))),
        .issue(issue, .workStarted(IssueWorkStarted(startedOn: day("2026-03-10")))),
        .issue(
            issue,
            .implemented(
                IssueImplemented(
                    implementedOn: day("2026-05-20"), summary: "Alla brukare har nu en fast kontaktperson."))),
        .issue(
            issue,
            .verified(IssueVerified(verifiedOn: day("2026-11-01"), note: "Brukarrevisionen bekräftar förändringen."))),
        .issue(
            issue,
            .verifiedWithoutKvittens(
                IssueVerifiedWithoutKvittens(
                    verifiedOn: day("2026-11-02"), note: "Kontaktpersonerna finns på plats.",
                    reason: "Rådet är nedlagt sedan i somras."))),
        .issue(
            issue,
            .kvittensRecorded(
                KvittensRecorded(
                    party: .council(council), verdict: .doesNotHold,
                    text: "Kallelserna kommer fortfarande för sent.", channel: .meeting, givenOn: day("2026-10-15")))),
        .issue(
            issue, .withdrawn(IssueWithdrawn(reason: "Frågan hanteras av regionen.", withdrawnOn: day("2026-03-05")))),
        .issue(otherIssue, .merged(IssueMerged(into: issue, mergedOn: day("2026-02-14")))),
        .issue(
            issue,
            .absorbed(
                IssueAbsorbed(
                    from: otherIssue, sources: [laterProposalSource],
                    feedbackOwed: [
                        FeedbackDue(councilId: otherCouncil, occasion: .decision, owedSince: day("2026-03-04"))
                    ]))),
        .issue(
            issue,
            .reopened(
                IssueReopened(
                    source: findingSource, reason: "Revisionen visar samma problem igen.", reopenedOn: day("2026-09-20")
                ))),
        .issue(
            issue,
            .participationLevelSet(
                ParticipationLevelSet(
                    level: .involvedInDecisions, reason: "Rådet är med och formar kontaktpersonsuppdraget."))),
        .issue(
            issue,
            .feedbackGiven(
                FeedbackGiven(councilId: council, occasion: .decision, channel: .meeting, givenOn: day("2026-03-12")))),
        .mail(
            mail,
            .queued(
                MailQueued(
                    recipient: .council(council), purpose: .reminder,
                    subject: "Påminnelse: återkoppling till Dialogmöte vuxenstöd Lund",
                    text: "Hej!\n\nRådet väntar på återkoppling om beslutet.", html: "<p>Hej!</p>",
                    regarding: issue.streamName, queuedAt: queuedAt,
                    answerable: [AnswerableItem(number: 1, issue: issue)]))),
        .mail(
            mail,
            .deliveryFailed(
                MailDeliveryFailed(
                    attempt: 1, at: queuedAt.adding(seconds: 1), reason: "sendmail exited with status 75",
                    retryAt: queuedAt.adding(seconds: 61)))),
        .mail(mail, .held(MailHeld(at: queuedAt.adding(seconds: 62)))),
        .mail(mail, .retryRequested(MailRetryRequested(at: queuedAt.adding(seconds: 120)))),
        .mail(mail, .delivered(MailDelivered(attempt: 2, at: queuedAt.adding(seconds: 121)))),
        .mail(mail, .givenUp(MailGivenUp(at: queuedAt.adding(seconds: 3600)))),
        .erasure(
            ErasureID(proposal.uuid),
            .textRedacted(
                TextRedacted(
                    subject: .proposal, field: "text", reason: "Förslaget nämnde en anställd vid namn.",
                    redactedOn: day("2026-12-07"), rewrittenEvents: [12, 40, 41], printedLetters: 1))),
        .contacts(.organisation, .set(ContactSet(recipient: .owner("Enhetschef Vuxenstöd")))),
        .inbound(
            InboundMailID(uuid(15)),
            .received(
                InboundMailReceived(
                    outcome: .applied, reason: nil, letter: mail, recipient: .owner("Enhetschef Vuxenstöd"),
                    answers: 1, asked: [.done], issues: [issue], commandId: uuid(16), reply: MailID(uuid(17)),
                    receivedAt: queuedAt.adding(seconds: 86_400)))),
        .contacts(.organisation, .removed(ContactRemoved(recipient: .management(unit)))),
        .issue(
            issue,
            .reminderSent(
                IssueReminderSent(
                    PolicyEffectRecord(
                        policy: .feedbackOwed, occasion: "feedback_owed:\(council):decision:2026-02-23",
                        since: day("2026-02-23"), councilId: council, recipient: .owner("Enhetschef Vuxenstöd"),
                        mailId: mail, on: day("2026-03-25"), lateSince: day("2026-03-24"))))),
        .issue(
            issue,
            .escalationSent(
                IssueEscalationSent(
                    PolicyEffectRecord(
                        policy: .overdue, occasion: "overdue:2026-05-31", since: day("2026-05-31"),
                        recipient: .management(unit), mailId: mail, on: day("2026-06-15"),
                        remindedBefore: [
                            .init(recipient: .owner("Enhetschef Vuxenstöd"), on: day("2026-06-01")),
                            .init(recipient: .owner("Enhetschef Vuxenstöd"), on: day("2026-06-08")),
                        ])))),
        .certification(
            certification,
            .reminderSent(
                CertificationReminderSent(
                    PolicyEffectRecord(
                        policy: .actionItemDue, occasion: "action_item_due:2026-09-30", since: day("2026-09-30"),
                        actionItemId: actionItem, recipient: .owner("Kvalitetsutvecklare"), mailId: mail,
                        on: day("2026-09-23"))))),
        .certification(
            certification,
            .escalationSent(
                CertificationEscalationSent(
                    PolicyEffectRecord(
                        policy: .certificationExpiry, occasion: "certification_expiry:2027-03-31",
                        since: day("2027-03-31"), recipient: .management(unit), mailId: mail, on: day("2027-01-15"),
                        remindedBefore: [.init(recipient: .coordinator(unit), on: day("2027-01-01"))])))),
        .schedule(
            .organisation,
            .ran(
                PoliciesRan(
                    day: day("2026-11-30"), trigger: .scheduled, startedAt: queuedAt, finishedAt: queuedAt,
                    late: true, reminders: 12, escalations: 2, messages: 5))),
        .schedule(
            .organisation,
            .digestsRan(
                DigestsRan(
                    month: CalendarMonth("2026-11")!, day: day("2026-12-01"), trigger: .scheduled,
                    startedAt: queuedAt, finishedAt: queuedAt, late: false, mailed: 7, printed: 1))),
        .digest(
            DigestID(recipient: .council(council), month: CalendarMonth("2026-11")!),
            .sent(
                DigestSent(
                    recipient: .council(council), month: CalendarMonth("2026-11")!, sentOn: day("2026-12-03"),
                    lateSince: day("2026-12-01"), mailId: mail, printedAs: nil, items: 4,
                    reports: [.init(issueId: issue, occasion: .decision, owedSince: day("2026-02-23"))]))),
        .digest(
            DigestID(recipient: .council(council), month: CalendarMonth("2026-11")!),
            .feedbackRecorded(
                DigestFeedbackRecorded(
                    deliveredOn: day("2026-12-03"),
                    cleared: [.init(issueId: issue, occasion: .decision, owedSince: day("2026-02-23"))]))),
    ]
}

extension Result where Failure == DomainError {
    var domainError: DomainError? {
        if case .failure(let e) = self { return e }
        return nil
    }
}

/// Runs a command, returning the produced events or the refusal.
func attempt<A: Aggregate>(_ a: A.Type, _ command: A.Command, _ state: A.State, _ ctx: DecisionContext) -> Result<
    [A.Event], DomainError
> {
    do throws(DomainError) {
        return .success(try A.decide(command, state, ctx))
    } catch {
        return .failure(error)
    }
}
