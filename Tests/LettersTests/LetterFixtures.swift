import Digests
import Domain
import Foundation
import Letters
import Policies
import ReadModelTypes

/// Hand-made facts that reach every kind of line the letters have: each section of a council's
/// digest, a withdrawn issue, findings, escalations, a quotation over several lines, values that
/// need escaping; a ledning's figures, groups, certificates and councils; reminders to each kind of
/// recipient, one of them late.
enum LetterFixtures {
    static func uuid(_ n: Int) -> UUID { UUID(uuidString: String(format: "%08d-0000-4000-8000-%012d", n, n))! }
    static func day(_ text: String) -> CalendarDate { CalendarDate(text)! }

    static let unit = UnitID(uuid(1))
    static let november = CalendarMonth("2026-11")!
    static let sentOn = day("2026-12-01")

    // MARK: A council's digest and agenda

    static let council = CouncilDigestFacts.CouncilFact(
        id: CouncilID(uuid(2)), name: "Brukarrådet Vuxenstöd & <Stöd>", unitId: unit, unitName: "Vuxenstöd Lund")
    static let earlierMeeting = CouncilDigestFacts.MeetingFact(id: MeetingID(uuid(3)), heldOn: day("2026-09-15"))
    static let lastMeeting = CouncilDigestFacts.MeetingFact(id: MeetingID(uuid(4)), heldOn: day("2026-11-02"))

    static func proposal(
        _ n: Int, _ text: String, on putForward: String, meeting: CouncilDigestFacts.MeetingFact? = nil,
        issue: Int? = nil, linked: String? = nil
    ) -> CouncilDigestFacts.ProposalFact {
        CouncilDigestFacts.ProposalFact(
            id: ProposalID(uuid(100 + n)), text: text, putForwardOn: day(putForward), meetingId: meeting?.id,
            withdrawn: false, issueId: issue.map { IssueID(uuid($0)) }, linkedOn: linked.map(day))
    }

    static func owed(_ occasion: FeedbackOccasion, since: String) -> FeedbackDue {
        FeedbackDue(councilId: council.id, occasion: occasion, owedSince: day(since))
    }

    static func issue(
        _ n: Int, _ title: String, _ status: IssueStatus, registered: String, outcome: DecisionOutcome? = nil,
        motivation: String? = nil, decided: String? = nil, owner: String? = "Enhetschef Vuxenstöd",
        due: String? = nil, implemented: String? = nil, summary: String? = nil, verified: String? = nil,
        note: String? = nil, withdrawn: String? = nil, reason: String? = nil, owed: [FeedbackDue] = [],
        findings: [CouncilDigestFacts.FindingFact] = [], escalations: [PolicyEffectRecord] = []
    ) -> CouncilDigestFacts.IssueFact {
        CouncilDigestFacts.IssueFact(
            id: IssueID(uuid(n)), title: title, status: status, outcome: outcome, motivation: motivation,
            decidedBy: outcome == nil ? nil : "Ledningsgruppen", decidedOn: decided.map(day), owner: owner,
            dueDate: due.map(day), registeredOn: day(registered), implementedOn: implemented.map(day),
            implementationSummary: summary, verifiedOn: verified.map(day), verificationNote: note,
            withdrawnOn: withdrawn.map(day), withdrawnReason: reason, feedbackOwed: owed, findings: findings,
            escalations: escalations)
    }

    static let escalation = PolicyEffectRecord(
        policy: .overdue, occasion: "overdue:2026-10-31", since: day("2026-10-31"), recipient: .management(unit),
        mailId: MailID(uuid(900)), on: day("2026-11-14"))

    static let councilFacts = CouncilDigestFacts(
        council: council,
        proposals: [
            proposal(
                1, "Tid att lyssna. Handläggarna ska ha tid för ett längre samtal när någon behöver det.",
                on: "2026-02-10", meeting: earlierMeeting, issue: 11, linked: "2026-02-20"),
            proposal(2, "Knacka innan man går in", on: "2026-05-05", issue: 12, linked: "2026-05-10"),
            proposal(
                3, "Samma handläggare hela vägen, så att man slipper berätta allt igen", on: "2026-03-03",
                issue: 13, linked: "2026-03-10"),
            proposal(
                4, "Information vid inskrivning på lätt svenska", on: "2026-09-15", meeting: earlierMeeting,
                issue: 14, linked: "2026-09-20"),
            proposal(5, "Längre öppettider", on: "2026-04-01", issue: 15, linked: "2026-04-02"),
            proposal(6, "Cheferna med på mötena", on: "2026-11-02", meeting: lastMeeting),
            proposal(7, "Mer tid i samtalen", on: "2026-11-02", meeting: lastMeeting, issue: 11, linked: "2026-11-05"),
            proposal(
                8, "Gratis kaffe i väntrummet", on: "2026-11-02", meeting: lastMeeting, issue: 16,
                linked: "2026-11-03"),
            proposal(9, "Färre blanketter", on: "2026-01-20", issue: 17, linked: "2026-01-25"),
            proposal(
                10, "Skriv ut informationen på fler språk", on: "2026-11-02", meeting: lastMeeting, issue: 14,
                linked: "2026-11-20"),
            proposal(11, "En egen ingång för besökare med rullstol", on: "2026-06-01"),
        ],
        issues: [
            issue(
                11, "Tid att lyssna", .inProgress, registered: "2026-02-20", outcome: .accepted,
                motivation: "Handläggarna får boka ett längre samtal.\nDet gäller från april & framåt <se rutinen>.",
                decided: "2026-03-01", due: "2026-10-31", owed: [owed(.decision, since: "2026-03-01")],
                findings: [
                    .init(
                        revisionTitle: "Brukarnas röster om bemötande", text: "Samtalen är för korta.",
                        linkedOn: day("2026-04-01"))
                ], escalations: [escalation]),
            issue(
                12, "Knacka innan man går in", .implemented, registered: "2026-05-10", outcome: .accepted,
                motivation: "Alla ska känna sig trygga.", decided: "2026-06-01", implemented: "2026-11-20",
                summary: "Personalen knackar och väntar på svar.", owed: [owed(.implementation, since: "2026-11-20")]),
            issue(
                13, "Samma handläggare", .verified, registered: "2026-03-10", outcome: .partiallyAccepted,
                motivation: "Det går för de flesta, inte för alla.", decided: "2026-04-01", implemented: "2026-10-01",
                summary: "En handläggare följer ärendet.", verified: "2026-11-15", note: "Det fungerar."),
            issue(
                14, "Information vid inskrivning", .registered, registered: "2026-09-20", owner: nil,
                due: "2026-11-15"),
            issue(
                15, "Längre öppettider", .withdrawn, registered: "2026-04-02", withdrawn: "2026-11-10",
                reason: "Det finns redan ett ärende om öppettiderna."),
            issue(
                16, "Kaffe i väntrummet", .decided, registered: "2026-11-03", outcome: .rejected,
                motivation: "Det går inte inom budgeten.", decided: "2026-11-25",
                owed: [owed(.decision, since: "2026-11-25")]),
            issue(
                17, "Färre blanketter", .inProgress, registered: "2026-01-25", outcome: .partiallyAccepted,
                motivation: "Två blanketter blir en.", decided: "2026-02-01", due: "2027-02-01"),
        ], meetings: [earlierMeeting, lastMeeting])

    static let councilDigest = CouncilDigest.make(councilFacts, month: november, sentOn: sentOn)
    static let lateCouncilDigest = CouncilDigest.make(
        councilFacts, month: november, sentOn: day("2026-12-04"), lateSince: sentOn)

    /// The same council with long motivations: its letter has to be cut to fit.
    static var longCouncilDigest: CouncilDigest {
        var facts = councilFacts
        for index in facts.issues.indices where facts.issues[index].motivation != nil {
            facts.issues[index].motivation = String(
                repeating: "Ett skäl som är långt, och som går vidare. ", count: 40)
        }
        return CouncilDigest.make(facts, month: november, sentOn: sentOn)
    }

    /// A council that has not met, with only proposals that are not issues.
    static let newCouncilFacts = CouncilDigestFacts(
        council: .init(id: CouncilID(uuid(5)), name: "Nya rådet", unitId: unit, unitName: "Vuxenstöd Lund"),
        proposals: [proposal(20, "Ett första förslag", on: "2026-11-10")], issues: [], meetings: [])

    // MARK: A ledning's digest

    static func summary(_ n: Int, _ title: String, due: String, owner: String?) -> IssueSummary {
        IssueSummary(
            id: IssueID(uuid(n)), title: title, status: .inProgress, outcome: .accepted, owner: owner,
            dueDate: day(due), unitId: unit, unitName: "Vuxenstöd Lund", sourceKinds: ["proposal"],
            councilIds: [council.id], feedbackOwedCount: 0, registeredOn: day("2026-02-20"),
            lastEventOn: day("2026-10-01"), daysSinceLastEvent: 61, isOverdue: true, isStale: false)
    }

    static let managementFacts = ManagementDigestFacts(
        unitId: unit, unitName: "Vuxenstöd Lund",
        thisMonth: Statistics(
            from: day("2026-11-01"), to: day("2026-11-30"),
            total: .init(
                registered: 3, decided: 2, implemented: 1, medianDaysToDecision: 12.5, feedbackWithin30DaysShare: 0.75),
            byQualityArea: [
                .init(key: "bemotande", label: "Bemötande", figures: .init(registered: 2, decided: 1, implemented: 0)),
                .init(
                    key: "tillganglighet", label: "Tillgänglighet",
                    figures: .init(registered: 0, decided: 0, implemented: 0)),
            ],
            byParticipationLevel: [
                .init(
                    key: "2", label: "2 – Brukarna är med och påverkar",
                    figures: .init(registered: 1, decided: 1, implemented: 1))
            ]),
        monthBefore: Statistics(
            from: day("2026-10-01"), to: day("2026-10-31"),
            total: .init(registered: 1, decided: 0, implemented: 2),
            byQualityArea: [
                .init(
                    key: "tillganglighet", label: "Tillgänglighet",
                    figures: .init(registered: 1, decided: 0, implemented: 0))
            ],
            byParticipationLevel: []),
        overdue: [
            summary(11, "Tid att lyssna", due: "2026-10-31", owner: "Enhetschef Vuxenstöd"),
            summary(14, "Information vid inskrivning <på lätt svenska>", due: "2026-11-30", owner: nil),
        ],
        escalations: [
            SentEffect(
                kind: .escalation, policy: .overdue, subjectKind: "issue", subjectId: IssueID(uuid(11)).description,
                unitId: unit, unitName: "Vuxenstöd Lund", title: "Tid att lyssna", recipientKind: .management,
                recipientId: unit.description, sentOn: day("2026-11-14"), lateSince: nil, since: day("2026-10-31"),
                occasion: "overdue:2026-10-31", mailId: MailID(uuid(900)), text: "", recipientName: "Ledningen",
                reason: "ärendet var försenat")
        ],
        certifications: [
            CertificationStatus(
                certificationId: CertificationID(uuid(30)), unitId: unit, unitName: "Vuxenstöd Lund",
                stage: "certified", startedOn: day("2024-01-10"), validUntil: day("2027-01-10"), daysUntilExpiry: 40,
                areasAssessed: 6, actionItemsOpen: 1, actionItemsDone: 3),
            CertificationStatus(
                certificationId: CertificationID(uuid(31)), unitId: unit, unitName: "Vuxenstöd Lund, Dalby",
                stage: "certified", startedOn: day("2023-11-01"), validUntil: day("2026-11-28"), daysUntilExpiry: -3,
                areasAssessed: 6, actionItemsOpen: 0, actionItemsDone: 4),
            CertificationStatus(
                certificationId: CertificationID(uuid(32)), unitId: unit, unitName: "Vuxenstöd Lund, Genarp",
                stage: "started", startedOn: day("2026-10-01"), areasAssessed: 0, actionItemsOpen: 0,
                actionItemsDone: 0),
        ],
        councils: [
            .init(
                councilId: council.id, name: council.name, feedbackOwed: 2, feedbackOwedSince: day("2026-03-01"),
                proposalsWithoutIssue: 2, oldestWithoutIssueSince: day("2026-06-01"), undecided: 1,
                oldestUndecidedSince: day("2026-09-20")),
            .init(
                councilId: CouncilID(uuid(5)), name: "Nya rådet", feedbackOwed: 0, feedbackOwedSince: nil,
                proposalsWithoutIssue: 1, oldestWithoutIssueSince: day("2026-11-10"), undecided: 0,
                oldestUndecidedSince: nil),
        ],
        openIssues: 5)

    // MARK: Reminders and escalations

    static let owner = "Enhetschef Vuxenstöd"
    static let reminderCouncil = CouncilID(uuid(6))
    static let certification = CertificationID(uuid(7))
    static let actionItem = ActionItemID(uuid(8))
    static let today = day("2026-06-15")

    static func fact(
        _ n: Int, _ title: String, status: IssueStatus, outcome: DecisionOutcome? = nil, owner: String? = owner,
        due: String? = nil, feedbackOwed: [FeedbackDue] = []
    ) -> IssueFact {
        IssueFact(
            id: IssueID(uuid(n)), unitId: unit, title: title, status: status, outcome: outcome, owner: owner,
            registeredOn: day("2026-01-10"), dueDate: due.map(day), lastEventOn: day("2026-03-01"),
            feedbackOwed: feedbackOwed)
    }

    static let policyFacts = PolicyFacts(
        issues: [
            fact(
                41, "Tid att lyssna", status: .inProgress, outcome: .accepted, due: "2026-05-31",
                feedbackOwed: [
                    FeedbackDue(councilId: reminderCouncil, occasion: .decision, owedSince: day("2026-02-23"))
                ]),
            fact(42, "Knacka innan man går in", status: .inPreparation),
            fact(43, "Information vid inskrivning", status: .registered, owner: nil),
            fact(44, "Samma handläggare", status: .decided, outcome: .accepted, due: "2026-06-20"),
            fact(45, "Färre blanketter", status: .implemented, outcome: .accepted),
        ],
        actionItems: [
            ActionItemFact(
                id: actionItem, certificationId: certification, unitId: unit,
                action: "Ta fram informationsblad på lätt svenska", followedUpBy: "Brukarrådet",
                dueDate: day("2026-06-10"), planAdopted: true)
        ],
        certifications: [
            CertificationFact(id: certification, unitId: unit, validUntil: day("2026-08-31"), renewalStarted: false)
        ])

    static let names = ReminderNames(
        facts: policyFacts, councils: [reminderCouncil: "Dialogmöten"], units: [unit: "Vuxenstöd Lund"])

    /// The run of 2026-06-15 after weekly reminders about the late issue since 2026-06-01; the
    /// run was due on 2026-06-12, when the daemon was not running.
    static var plan: MessagePlan {
        let prior = ["2026-06-01", "2026-06-08"].map {
            PriorEffect(
                policy: .overdue, subject: .issue(IssueID(uuid(41))), occasion: "overdue:2026-05-31", kind: .reminder,
                recipient: .owner(owner), on: day($0))
        }
        var effects = PolicyEngine.evaluate(facts: policyFacts, prior: prior, today: today, configuration: .defaults)
        for index in effects.indices where effects[index].kind == .escalation {
            effects[index].lateSince = day("2026-06-12")
        }
        return MessagePlan(effects: effects)
    }
}
