import Domain

/// Biskopsgården, försörjningsstöd (seed 004): focus groups led by user circle leaders, published as a
/// brukarrevision whose findings become tracked issues, and the monthly breakfast meetings where
/// service users bring up what they miss.
///
/// A breakfast meeting asked for information about other authorities before the report said the same;
/// that finding joins the existing issue instead of duplicating it.
enum BiskopsgardenStory {
    static let unit: UnitID = DemoID.make("biskopsgården/verksamhet")
    static let council: CouncilID = DemoID.make("biskopsgården/frukostmöte")
    static let revision: RevisionID = DemoID.make("biskopsgården/brukarrevision/1")
    /// One breakfast meeting a month, days −300 … −30, with the number who came.
    static let meetings: [(id: MeetingID, day: Int, participants: Int)] = {
        let schedule: [(day: Int, participants: Int)] = [
            (-300, 7), (-270, 5), (-240, 9), (-210, 6), (-180, 4), (-150, 8), (-120, 6), (-90, 10), (-60, 5), (-30, 7),
        ]
        return schedule.enumerated().map { number, meeting in
            (DemoID.make("biskopsgården/frukostmöte/\(number + 1)"), meeting.day, meeting.participants)
        }
    }()

    static let myndigheter: ProposalID = DemoID.make("biskopsgården/förslag/myndigheter")

    enum Findings {
        static let kallVagg: FindingID = DemoID.make("biskopsgården/iakttagelse/kall-vägg")
        static let forutsagbaraMoten: FindingID = DemoID.make("biskopsgården/iakttagelse/förutsägbara-möten")
        static let handlingsplan: FindingID = DemoID.make("biskopsgården/iakttagelse/handlingsplan")
        static let ansokan: FindingID = DemoID.make("biskopsgården/iakttagelse/ansökan")
        static let bytaHandlaggare: FindingID = DemoID.make("biskopsgården/iakttagelse/byta-handläggare")
        static let myndigheter: FindingID = DemoID.make("biskopsgården/iakttagelse/myndigheter")
        static let arendemangd: FindingID = DemoID.make("biskopsgården/iakttagelse/ärendemängd")
    }

    enum Issues {
        static let myndigheter: IssueID = DemoID.make("biskopsgården/ärende/myndigheter")
        static let bemotande: IssueID = DemoID.make("biskopsgården/ärende/bemötande")
        static let forutsagbaraMoten: IssueID = DemoID.make("biskopsgården/ärende/förutsägbara-möten")
        static let handlingsplan: IssueID = DemoID.make("biskopsgården/ärende/handlingsplan")
        static let ansokan: IssueID = DemoID.make("biskopsgården/ärende/ansökan")
        static let bytaHandlaggare: IssueID = DemoID.make("biskopsgården/ärende/byta-handläggare")
        static let arendemangd: IssueID = DemoID.make("biskopsgården/ärende/ärendemängd")
    }

    static let coordinator = "samordnare Biskopsgården"
    static let manager = "sektionschef Biskopsgården"
    static let management = "Ledningsgruppen försörjningsstöd"

    /// The granskningsrapport: what the focus groups said, and what they recommend.
    static let findings: [(FindingID, QualityArea, text: String, recommendation: String)] = [
        (
            Findings.kallVagg, .treatment,
            "Flera beskriver mötet med socialkontoret som en kall vägg: socialsekreteraren ifrågasätter i stället för att lyssna, och man känner sig som en andra klassens medborgare.",
            "Alla som möter brukare, från receptionen till socialsekreterarna, utbildas i bemötande. Varje möte börjar och slutar med en stund vanligt samtal."
        ),
        (
            Findings.forutsagbaraMoten, .information,
            "Brukarna vet inte hur lång tid mötet har, och vågar inte be om paus eller om att boka om.",
            "Säg i början hur lång tid som är avsatt, att man har rätt till paus och kan avbryta eller boka om. Skicka en dagordning före mötet."
        ),
        (
            Findings.handlingsplan, .goals,
            "Handlingsplanen görs av socialsekreteraren; brukaren får inte själv bedöma hur länge hon eller han behöver ekonomiskt bistånd.",
            "Gör handlingsplanen tillsammans: nuvarande situation, möjligheter, mål och resurser, och låt brukaren själv bedöma tidsplanen."
        ),
        (
            Findings.ansokan, .supportMeasures,
            "Det är tungt att göra en ny ansökan varje månad, och ansökan kan inte göras på internet.",
            "Inför ansökan via e-tjänst och längre beslutsperioder för den som har en stabil situation."
        ),
        (
            Findings.bytaHandlaggare, .treatment,
            "Det går inte att byta socialsekreterare när kemin inte stämmer.",
            "Inför en rutin för att byta handläggare när brukaren ber om det."
        ),
        (
            Findings.myndigheter, .information,
            "Brukarna saknar information om de andra myndigheter och verksamheter de kommer i kontakt med, som Försäkringskassan, Arbetsförmedlingen och Kronofogden.",
            "Ta fram en enkel vägvisare till myndigheterna, tillsammans med brukarna."
        ),
        (
            Findings.arendemangd, .training,
            "Socialsekreterarna har för många klienter och hinner inte lyssna; empatin slits ut.",
            "Färre ärenden per handläggare, och regelbunden handledning och reflektion."
        ),
    ]

    static func write(into s: inout DemoScript) {
        s.actor = coordinator
        s.add(-380, .unit(unit, .register(name: "Försörjningsstöd Biskopsgården")))
        s.add(
            -360,
            .revision(revision, .plan(unitId: unit, periodStart: s.day(-350), periodEnd: s.day(-260), auditorCount: 3)))
        s.add(
            -310,
            .council(
                council,
                .create(unitId: unit, name: "Frukostmöten försörjningsstöd Biskopsgården", form: .dialogueMeeting)))
        for meeting in meetings {
            s.meeting(council, meeting.id, meeting.day, participants: meeting.participants)
        }
        s.propose(
            myndigheter, -270, council: council, meeting: meetings[1].id, area: .information,
            "Mer information om de andra myndigheterna man kommer i kontakt med, som Försäkringskassan, Arbetsförmedlingen och Kronofogden. Det som personalen tycker är självklart är inte självklart för oss."
        )

        s.add(
            -230,
            .revision(
                revision,
                .publishReport(
                    publishedOn: s.day(-230),
                    title: "Brukarnas röster om försörjningsstöd – fokusgrupper i Biskopsgården")))
        for finding in findings {
            s.add(
                -229,
                .revision(
                    revision,
                    .recordFinding(
                        findingId: finding.0, text: finding.text, qualityArea: finding.1,
                        recommendation: finding.recommendation)))
        }

        authorities(&s)
        treatment(&s)
        predictableMeetings(&s)
        actionPlan(&s)
        application(&s)
        changeCaseworker(&s)
        caseload(&s)
    }

    private static func source(_ finding: FindingID) -> IssueSource { .finding(finding, revision: revision) }

    /// Vägvisare till myndigheterna: from the breakfast meeting, joined by the revision's finding; the
    /// users write it themselves. Done, but the breakfast meeting has not been told.
    private static func authorities(_ s: inout DemoScript) {
        let i = Issues.myndigheter
        s.issue(
            i, -265,
            .open(
                unitId: unit, title: "Vägvisare till de andra myndigheterna",
                source: .proposal(myndigheter, council: council), qualityArea: .information))
        s.issue(i, -250, .assignOwner("enhetschef utredningsgruppen"))
        s.issue(i, -240, .startPreparation)
        s.issue(i, -225, .linkSource(source(Findings.myndigheter)))
        s.issue(
            i, -225,
            .setParticipationLevel(
                .sharePowerAndResponsibility,
                reason:
                    "Deltagarna på frukostmötet skriver vägvisaren tillsammans med personalen och bestämmer vad den ska innehålla."
            ))
        s.issue(
            i, -200,
            .decide(
                outcome: .accepted,
                motivation:
                    "Vi gör en enkel vägvisare till myndigheterna tillsammans med frukostmötet. Både frukostmötet och brukarrevisionen tar upp samma sak, och det kostar lite att rätta till.",
                decidedBy: management), as: manager)
        s.issue(i, -195, .startWork)
        s.issue(i, -195, .setDueDate(s.day(-60)))
        s.feedback(i, -180, to: council, about: .decision, by: .meeting)
        s.issue(
            i, -50,
            .markImplemented(summary: "Vägvisaren finns i väntrummet och på webben, på svenska och fyra andra språk."))
    }

    /// Bemötande: accepted and under way, and past its date.
    private static func treatment(_ s: inout DemoScript) {
        let i = Issues.bemotande
        s.issue(
            i, -224,
            .open(
                unitId: unit, title: "Bemötande: ingen ska mötas av en kall vägg",
                source: source(Findings.kallVagg), qualityArea: .treatment))
        s.issue(i, -220, .assignOwner("sektionschef försörjningsstöd"))
        s.issue(i, -215, .startPreparation)
        s.issue(
            i, -214,
            .setParticipationLevel(
                .viewsTakenIntoAccount,
                reason:
                    "Fokusgruppens beskrivningar ligger till grund för utbildningen, men brukarna är inte med och beslutar."
            ))
        s.issue(
            i, -190,
            .decide(
                outcome: .accepted,
                motivation:
                    "All personal som möter brukare, från receptionen till socialsekreterarna, går en utbildning i bemötande. Varje möte ska börja och sluta med en stund vanligt samtal.",
                decidedBy: management), as: manager)
        s.issue(i, -185, .startWork)
        s.issue(i, -185, .setDueDate(s.day(-10)))
    }

    /// Förutsägbara möten: a small change made at once, and followed up with the breakfast meeting.
    private static func predictableMeetings(_ s: inout DemoScript) {
        let i = Issues.forutsagbaraMoten
        s.issue(
            i, -224,
            .open(
                unitId: unit, title: "Förutsägbara möten: tid, paus och dagordning",
                source: source(Findings.forutsagbaraMoten), qualityArea: .information))
        s.issue(i, -222, .assignOwner("enhetschef utredningsgruppen"))
        s.issue(i, -215, .startPreparation)
        s.issue(
            i, -200,
            .decide(
                outcome: .accepted,
                motivation:
                    "Kallelsen till varje möte talar om hur lång tid som är avsatt och vad som ska tas upp, och att man har rätt till paus och kan avbryta eller boka om. Det kan vi göra direkt.",
                decidedBy: management), as: manager)
        s.issue(i, -198, .startWork)
        s.issue(i, -198, .setDueDate(s.day(-120)))
        s.issue(
            i, -130,
            .markImplemented(
                summary:
                    "Alla socialsekreterare använder en ny mall för kallelser med tid, dagordning och rätt till paus."))
        s.kvittens(i, -60, from: .revision(revision), by: .meeting)
        s.issue(i, -60, .verify(note: "Frukostmötet bekräftar att kallelserna nu har tid och dagordning."))
    }

    /// Handlingsplanen görs tillsammans: the users set their own time plan; under way, not yet due.
    private static func actionPlan(_ s: inout DemoScript) {
        let i = Issues.handlingsplan
        s.issue(
            i, -223,
            .open(
                unitId: unit, title: "Handlingsplanen görs tillsammans med brukaren",
                source: source(Findings.handlingsplan), qualityArea: .goals))
        s.issue(i, -221, .assignOwner("enhetschef utredningsgruppen"))
        s.issue(i, -210, .startPreparation)
        s.issue(
            i, -209,
            .setParticipationLevel(
                .involvedInDecisions,
                reason:
                    "Brukaren bedömer själv hur länge hon eller han behöver ekonomiskt bistånd, och tidsplanen bestäms tillsammans."
            ))
        s.issue(
            i, -185,
            .decide(
                outcome: .accepted,
                motivation:
                    "Handlingsplanen görs tillsammans: nuvarande situation, möjligheter, mål och resurser, och vad båda parter kan göra. Brukaren bedömer själv hur länge hon eller han behöver ekonomiskt bistånd.",
                decidedBy: management), as: manager)
        s.issue(i, -180, .startWork)
        s.issue(i, -180, .setDueDate(s.day(45)))
    }

    /// Ansökan: partly accepted, not yet started.
    private static func application(_ s: inout DemoScript) {
        let i = Issues.ansokan
        s.issue(
            i, -223,
            .open(
                unitId: unit, title: "Ansökan via e-tjänst och färre månadsansökningar",
                source: source(Findings.ansokan), qualityArea: .supportMeasures))
        s.issue(i, -200, .assignOwner("sektionschef försörjningsstöd"))
        s.issue(i, -190, .startPreparation)
        s.issue(
            i, -100,
            .decide(
                outcome: .partiallyAccepted,
                motivation:
                    "Ansökan via e-tjänst införs, så att ingen behöver komma till kontoret bara för att lämna papper. En ny ansökan behövs fortfarande varje månad, eftersom behovet ska prövas för varje period, men den som har en stabil situation kan få beslut för tre månader i taget.",
                decidedBy: management), as: manager)
        s.issue(i, -100, .setDueDate(s.day(90)))
    }

    /// Byta handläggare: registered and left without an owner ever since.
    private static func changeCaseworker(_ s: inout DemoScript) {
        s.issue(
            Issues.bytaHandlaggare, -222,
            .open(
                unitId: unit, title: "Kunna byta socialsekreterare när kemin inte stämmer",
                source: source(Findings.bytaHandlaggare), qualityArea: .treatment))
    }

    /// Ärendemängd: a question of money for the committee; in preparation.
    private static func caseload(_ s: inout DemoScript) {
        let i = Issues.arendemangd
        s.issue(
            i, -221,
            .open(
                unitId: unit, title: "Färre ärenden per socialsekreterare och tid för reflektion",
                source: source(Findings.arendemangd), qualityArea: .training))
        s.issue(i, -215, .assignOwner("sektionschef försörjningsstöd"))
        s.issue(i, -150, .startPreparation)
        s.issue(
            i, -150,
            .setParticipationLevel(
                .listenedTo,
                reason: "Brukarna har sagt sitt i fokusgruppen; frågan om resurser avgörs av nämnden i budgeten."))
        s.issue(i, -150, .setDueDate(s.day(20)))
    }
}
