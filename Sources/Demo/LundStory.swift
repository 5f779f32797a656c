import Domain

/// Lund, vuxenstöd (seed 003): dialogue meetings two a term where "Brukarnas 10 i topp" was put
/// forward, and what became of each proposal a year on.
///
/// The spread is the one the seed describes: some proposals are decided and carried out, some are
/// refused with reasons, some wait without an owner, and for some the council has still not heard
/// back ("Jag skulle vilja tro att det vi säger har betydelse … men jag är rätt så skeptisk").
enum LundStory {
    static let unit: UnitID = DemoID.make("lund/verksamhet")
    static let council: CouncilID = DemoID.make("lund/dialogmöte")

    /// The dialogue meetings, oldest first: days −380, −290, −200, −110 and −40.
    static let meetings: [MeetingID] = (1...5).map { DemoID.make("lund/möte/\($0)") }

    enum Proposals {
        // "Brukarnas 10 i topp", in the seed's order.
        static let kontinuitet: ProposalID = DemoID.make("lund/förslag/kontinuitet")
        static let tidAttLyssna: ProposalID = DemoID.make("lund/förslag/tid-att-lyssna")
        static let relationen: ProposalID = DemoID.make("lund/förslag/relationen")
        static let individuellaLosningar: ProposalID = DemoID.make("lund/förslag/individuella-lösningar")
        static let delaktighet: ProposalID = DemoID.make("lund/förslag/delaktighet")
        static let boendet: ProposalID = DemoID.make("lund/förslag/boendet")
        static let lattillgangligHjalp: ProposalID = DemoID.make("lund/förslag/lättillgänglig-hjälp")
        static let langsiktighet: ProposalID = DemoID.make("lund/förslag/långsiktighet")
        static let behovenSkaStyra: ProposalID = DemoID.make("lund/förslag/behoven-ska-styra")
        static let erfarenheter: ProposalID = DemoID.make("lund/förslag/ta-vara-på-erfarenheter")
        // Raised beside the list, or later.
        static let umgange: ProposalID = DemoID.make("lund/förslag/umgänge-med-barn")
        static let sammaHandlaggare: ProposalID = DemoID.make("lund/förslag/samma-handläggare")
        static let oppenTraffpunkt: ProposalID = DemoID.make("lund/förslag/öppen-träffpunkt")
        static let chefernaMed: ProposalID = DemoID.make("lund/förslag/cheferna-med")
    }

    enum Issues {
        static let kontinuitet: IssueID = DemoID.make("lund/ärende/kontinuitet")
        static let tidAttLyssna: IssueID = DemoID.make("lund/ärende/tid-att-lyssna")
        static let relationen: IssueID = DemoID.make("lund/ärende/relationen")
        static let individuellaLosningar: IssueID = DemoID.make("lund/ärende/individuella-lösningar")
        static let delaktighet: IssueID = DemoID.make("lund/ärende/delaktighet")
        static let boendet: IssueID = DemoID.make("lund/ärende/boendet")
        static let lattillgangligHjalp: IssueID = DemoID.make("lund/ärende/lättillgänglig-hjälp")
        static let langsiktighet: IssueID = DemoID.make("lund/ärende/långsiktighet")
        static let behovenSkaStyra: IssueID = DemoID.make("lund/ärende/behoven-ska-styra")
        static let erfarenheter: IssueID = DemoID.make("lund/ärende/ta-vara-på-erfarenheter")
        static let umgange: IssueID = DemoID.make("lund/ärende/umgänge-med-barn")
        static let sammaHandlaggare: IssueID = DemoID.make("lund/ärende/samma-handläggare")
    }

    static let coordinator = "samordnare Lund"
    static let manager = "enhetschef Lund"
    static let management = "Ledningsgruppen vuxenstöd"
    static let committee = "Socialnämndens arbetsutskott"

    static func write(into s: inout DemoScript) {
        s.actor = coordinator
        s.add(-400, .unit(unit, .register(name: "Vuxenstöd Lund")))
        s.add(
            -390, .council(council, .create(unitId: unit, name: "Dialogmöten vuxenstöd Lund", form: .dialogueMeeting)))
        meetingsAndProposals(&s)
        continuity(&s)
        listening(&s)
        relationship(&s)
        individualSolutions(&s)
        participation(&s)
        housing(&s)
        accessibleHelp(&s)
        longTerm(&s)
        needsFirst(&s)
        experience(&s)
        childrenVisits(&s)
    }

    /// "Två möten varje termin": some invited ten and three came, some eight.
    private static func meetingsAndProposals(_ s: inout DemoScript) {
        let m = meetings
        s.meeting(council, m[0], -380, participants: 8)
        s.propose(
            Proposals.kontinuitet, -380, council: council, meeting: m[0], area: .supportMeasures,
            "Kontinuitet: färre byten av handläggare. I dag kan tio olika personer från olika enheter vara inblandade i ett och samma ärende, och man får berätta allt från början varje gång."
        )
        s.propose(
            Proposals.tidAttLyssna, -380, council: council, meeting: m[0], area: .treatment, pseudonym: "Deltagare A",
            "Tid att lyssna: handläggaren behöver ha tid för ett längre samtal när man behöver prata av sig, och kunna ställa om när det planerade samtalet inte går att genomföra."
        )
        s.propose(
            Proposals.relationen, -380, council: council, meeting: m[0], area: .treatment,
            "Relationen är viktig: personalen ska våga göra det lilla extra för att hitta ett sätt att mötas, och man ska kunna byta handläggare när kemin inte stämmer."
        )
        s.propose(
            Proposals.individuellaLosningar, -380, council: council, meeting: m[0], area: .supportMeasures,
            pseudonym: "Deltagare A",
            "Individuella lösningar: behandlingens längd ska styras av behovet, inte av en fast gräns på tre månader, och öppenvård på hemmaplan ska finnas för den som har barn."
        )
        s.propose(
            Proposals.delaktighet, -380, council: council, meeting: m[0], area: .goals,
            "Delaktighet: att själv få vara aktiv i de beslut som tas om en själv.")
        s.propose(
            Proposals.umgange, -380, council: council, meeting: m[0], area: .supportMeasures,
            "Umgänge med barn på stödboendet: den som bor på kommunens stödboende ska kunna träffa sina barn där.")

        s.meeting(council, m[1], -290, participants: 5)
        s.propose(
            Proposals.boendet, -290, council: council, meeting: m[1], area: .supportMeasures,
            "Boendet är viktigt: en trygg bostad ska inte vara en belöning för att ha blivit drogfri. Alla behöver en trygg bas."
        )
        s.propose(
            Proposals.lattillgangligHjalp, -290, council: council, meeting: m[1], area: .supportMeasures,
            pseudonym: "Deltagare B",
            "Lättillgänglig hjälp: det ska vara lätt att säga ”nu behöver jag hjälp”. Det behövs en plats där alla är välkomna, så att man inte sitter ensam hemma."
        )
        s.propose(
            Proposals.langsiktighet, -290, council: council, meeting: m[1], area: .followUp, pseudonym: "Deltagare B",
            "Långsiktighet: den som har druckit i tjugo år behöver stöd under lång tid. Att komma tillbaka och be om hjälp igen ska inte räknas som ett misslyckande."
        )
        s.propose(
            Proposals.behovenSkaStyra, -290, council: council, meeting: m[1], area: .supportMeasures,
            pseudonym: "Deltagare A",
            "Behoven ska styra: det är inte de metoder som finns som ska avgöra vilken hjälp man får, till exempel om man behöver psykodynamisk terapi i stället för KBT."
        )
        s.propose(
            Proposals.erfarenheter, -290, council: council, meeting: m[1], area: .influencePolicy,
            "Ta vara på erfarenheter: lär av brukarnas erfarenheter, till exempel genom att anställa personer med egen erfarenhet."
        )

        s.meeting(council, m[2], -200, participants: 3)
        s.propose(
            Proposals.sammaHandlaggare, -200, council: council, meeting: m[2], area: .supportMeasures,
            "Samma handläggare hela vägen: när handläggaren slutar försvinner kontakten. Den nya handläggaren borde träffa en tillsammans med den gamla."
        )

        s.meeting(council, m[3], -110, participants: 8)
        s.propose(
            Proposals.oppenTraffpunkt, -110, council: council, meeting: m[3], area: .supportMeasures,
            pseudonym: "Deltagare B",
            "En öppen träffpunkt på kvällar och helger, där alla är välkomna utan att behöva boka tid.")

        s.meeting(council, m[4], -40, participants: 6)
        // Never made into an issue: the trace answers that nobody has taken a stand on it yet.
        s.propose(
            Proposals.chefernaMed, -40, council: council, meeting: m[4], area: .influencePolicy,
            pseudonym: "Deltagare A",
            "Bjud in cheferna och ledningen till dialogmötena, så att de hör brukarnas berättelser direkt.")
    }

    /// 1 Kontinuitet: partly accepted, carried out and followed up. The same problem raised again at a
    /// later meeting (samma handläggare) was merged into it rather than handled twice.
    private static func continuity(_ s: inout DemoScript) {
        let i = Issues.kontinuitet
        open(
            &s, i, -370, from: Proposals.kontinuitet, area: .supportMeasures, "Kontinuitet: färre byten av handläggare")
        s.issue(i, -366, .assignOwner("enhetschef myndighet vuxenstöd"))
        s.issue(i, -350, .startPreparation)
        s.issue(
            i, -300,
            .decide(
                outcome: .partiallyAccepted,
                motivation:
                    "Vi kan inte lova samma handläggare hela tiden, eftersom personal slutar och byter tjänst. Men varje brukare får en fast kontaktperson och en ersättare som känner till ärendet, och vid byte träffar den gamla och den nya handläggaren brukaren tillsammans.",
                decidedBy: management), as: manager)
        s.feedback(i, -290, to: council, about: .decision, by: .meeting)
        s.issue(i, -285, .startWork)
        s.issue(i, -285, .setDueDate(s.day(-120)))

        let later = Issues.sammaHandlaggare
        open(&s, later, -195, from: Proposals.sammaHandlaggare, area: .supportMeasures, "Samma handläggare hela vägen")
        s.issue(later, -180, .mergeInto(survivor: i))

        s.issue(
            i, -90,
            .markImplemented(
                summary:
                    "Alla brukare i vuxenstöd har nu en fast kontaktperson och en ersättare. Vid byte av handläggare hålls ett gemensamt överlämningsmöte med brukaren."
            ))
        s.feedback(i, -40, to: council, about: .implementation, by: .meeting)
        s.kvittens(i, -40, from: .council(council), by: .meeting)
        s.issue(
            i, -15,
            .verify(
                note:
                    "Uppföljningen med dialogmötet visar att överlämningsmötena hålls: två av tre som har bytt handläggare har haft ett sådant möte."
            ))
    }

    /// 2 Tid att lyssna: accepted and under way, but late, and the council has never been told.
    private static func listening(_ s: inout DemoScript) {
        let i = Issues.tidAttLyssna
        open(
            &s, i, -372, from: Proposals.tidAttLyssna, area: .treatment, "Tid att lyssna: längre samtal när det behövs")
        s.issue(i, -365, .assignOwner("enhetschef myndighet vuxenstöd"))
        s.issue(i, -340, .startPreparation)
        s.issue(
            i, -280,
            .decide(
                outcome: .accepted,
                motivation:
                    "Handläggarna får boka ett längre samtal när brukaren ber om det, och mottagningen har öppet för samtal utan tidsbokning en eftermiddag i veckan.",
                decidedBy: management), as: manager)
        s.issue(i, -270, .startWork)
        s.issue(i, -270, .setDueDate(s.day(-30)))
    }

    /// 3 Relationen är viktig: weeks without an owner, then stuck in preparation past its date.
    private static func relationship(_ s: inout DemoScript) {
        let i = Issues.relationen
        open(
            &s, i, -368, from: Proposals.relationen, area: .treatment,
            "Relationen: kunna byta handläggare när kemin inte stämmer")
        s.issue(i, -330, .assignOwner("kvalitetsutvecklare vuxenstöd"))
        s.issue(i, -320, .startPreparation)
        s.issue(i, -320, .setDueDate(s.day(-60)))
    }

    /// 4 Individuella lösningar: partly accepted, carried out, followed up.
    private static func individualSolutions(_ s: inout DemoScript) {
        let i = Issues.individuellaLosningar
        open(
            &s, i, -371, from: Proposals.individuellaLosningar, area: .supportMeasures,
            "Behandlingstid efter behov och öppenvård på hemmaplan")
        s.issue(i, -360, .assignOwner("enhetschef öppenvården vuxenstöd"))
        s.issue(i, -345, .startPreparation)
        s.issue(
            i, -250,
            .decide(
                outcome: .partiallyAccepted,
                motivation:
                    "Behandlingens längd bestäms efter behovet i varje ärende, inte efter en fast gräns på tre månader. Vi kan inte öka pengarna till placeringar i år, men öppenvården startar kvällsgrupper så att fler kan bo kvar hemma under behandlingen.",
                decidedBy: committee), as: manager)
        s.feedback(i, -240, to: council, about: .decision, by: .letter)
        s.issue(i, -235, .startWork)
        s.issue(i, -235, .setDueDate(s.day(-150)))
        s.issue(
            i, -150,
            .markImplemented(
                summary:
                    "Öppenvården har kvällsgrupper två kvällar i veckan, och riktlinjen om högst tre månaders behandling är borttagen."
            ))
        s.feedback(i, -110, to: council, about: .implementation, by: .meeting)
        s.kvittens(i, -110, from: .council(council), by: .meeting)
        s.issue(
            i, -60,
            .verify(
                note: "Elva personer har gått i kvällsgrupperna; ingen av dem har behövt placeras på behandlingshem."))
    }

    /// 5 Delaktighet: carried out with the council's help, but nobody has told the council it is done.
    private static func participation(_ s: inout DemoScript) {
        let i = Issues.delaktighet
        open(
            &s, i, -369, from: Proposals.delaktighet, area: .goals,
            "Delaktighet: planen skrivs tillsammans med brukaren")
        s.issue(i, -369, .assignOwner("utvecklingssekreterare vuxenstöd"))
        s.issue(i, -330, .startPreparation)
        s.issue(
            i, -320,
            .setParticipationLevel(
                .involvedInDecisions,
                reason:
                    "Två från dialogmötet är med i arbetsgruppen som tar fram den nya mallen för genomförandeplaner."))
        s.issue(
            i, -260,
            .decide(
                outcome: .accepted,
                motivation:
                    "Genomförandeplanen skrivs tillsammans med brukaren, med brukarens egna ord, och brukaren får alltid en egen kopia.",
                decidedBy: management), as: manager)
        s.feedback(i, -250, to: council, about: .decision, by: .letter)
        s.issue(i, -245, .startWork)
        s.issue(i, -245, .setDueDate(s.day(-90)))
        s.issue(
            i, -70,
            .markImplemented(
                summary:
                    "Den nya mallen används av alla handläggare i vuxenstöd; brukaren skriver under planen och får en egen kopia."
            ))
    }

    /// 6 Boendet är viktigt: refused, with the reasons told at the next meeting.
    private static func housing(_ s: inout DemoScript) {
        let i = Issues.boendet
        open(
            &s, i, -285, from: Proposals.boendet, area: .supportMeasures,
            "Boendet: en trygg bostad utan krav på drogfrihet")
        s.issue(i, -280, .assignOwner("avdelningschef vuxenstöd"))
        s.issue(i, -270, .startPreparation)
        s.issue(
            i, -205,
            .decide(
                outcome: .rejected,
                motivation:
                    "Kommunen kan inte ge alla ett eget förstahandskontrakt utan krav, eftersom bostäderna ägs av bostadsbolagen och kommunen bara kan hyra ut i andra hand. Vi fortsätter med Bostad först för några personer varje år, men vi kan inte göra det för alla.",
                decidedBy: committee), as: manager)
        s.feedback(i, -200, to: council, about: .decision, by: .meeting)
    }

    /// 7 Lättillgänglig hjälp: refused for lack of money, then reopened when the council asked again.
    private static func accessibleHelp(_ s: inout DemoScript) {
        let i = Issues.lattillgangligHjalp
        open(
            &s, i, -284, from: Proposals.lattillgangligHjalp, area: .supportMeasures,
            "Lättillgänglig hjälp: en öppen plats där alla är välkomna")
        s.issue(i, -284, .assignOwner("avdelningschef vuxenstöd"))
        s.issue(i, -270, .startPreparation)
        s.issue(
            i, -230,
            .decide(
                outcome: .rejected,
                motivation:
                    "Det finns inga pengar i år till en egen träffpunkt med personal. Vi hänvisar till föreningarnas öppna verksamheter och tar upp frågan igen i nästa budget.",
                decidedBy: management), as: manager)
        s.feedback(i, -220, to: council, about: .decision, by: .letter)
        s.issue(
            i, -105,
            .reopen(
                source: .proposal(Proposals.oppenTraffpunkt, council: council),
                reason:
                    "Dialogmötet tar upp samma behov igen: en öppen plats där alla är välkomna, också kvällar och helger. Frågan prövas på nytt inför den nya budgeten."
            ))
        s.issue(i, -100, .setDueDate(s.day(45)))
    }

    /// 8 Långsiktighet: no owner for seven weeks; accepted, under way, late.
    private static func longTerm(_ s: inout DemoScript) {
        let i = Issues.langsiktighet
        open(
            &s, i, -283, from: Proposals.langsiktighet, area: .followUp,
            "Långsiktighet: att komma tillbaka är inget misslyckande")
        s.issue(i, -233, .assignOwner("enhetschef myndighet vuxenstöd"))
        s.issue(i, -225, .startPreparation)
        s.issue(
            i, -160,
            .decide(
                outcome: .accepted,
                motivation:
                    "Vi tar bort målet att den som blivit drogfri inte ska komma tillbaka till oss. Att be om hjälp igen räknas inte som ett misslyckande. Alla som avslutar en insats erbjuds uppföljning efter sex och tolv månader.",
                decidedBy: management), as: manager)
        s.issue(i, -150, .startWork)
        s.issue(i, -150, .setDueDate(s.day(-20)))
        s.feedback(i, -130, to: council, about: .decision, by: .digest)
    }

    /// 9 Behoven ska styra: the council withdrew the proposal, so the issue was withdrawn too.
    private static func needsFirst(_ s: inout DemoScript) {
        let i = Issues.behovenSkaStyra
        open(
            &s, i, -282, from: Proposals.behovenSkaStyra, area: .supportMeasures,
            "Behoven ska styra: terapiform efter behov")
        s.issue(i, -270, .assignOwner("enhetschef öppenvården vuxenstöd"))
        s.add(
            -200,
            .proposal(
                Proposals.behovenSkaStyra,
                .withdraw(
                    reason:
                        "Dialogmötet tar i stället upp frågan om terapiformer direkt med Region Skånes psykiatri, som ansvarar för behandlingen."
                )))
        s.issue(
            i, -200,
            .withdraw(
                reason:
                    "Dialogmötet drog tillbaka förslaget: terapiformer hör till regionens psykiatri, och rådet tar upp frågan där."
            ))
    }

    /// 10 Ta vara på erfarenheter: registered late and still without an owner.
    private static func experience(_ s: inout DemoScript) {
        open(
            &s, Issues.erfarenheter, -60, from: Proposals.erfarenheter, area: .influencePolicy,
            "Ta vara på erfarenheter: anställ personer med egen erfarenhet")
    }

    /// Umgänge med barn på stödboendet: the whole loop, from proposal to follow-up, with feedback at
    /// meetings both times. The proposal the README traces.
    private static func childrenVisits(_ s: inout DemoScript) {
        let i = Issues.umgange
        open(&s, i, -376, from: Proposals.umgange, area: .supportMeasures, "Umgänge med barn på stödboendet")
        s.issue(i, -374, .assignOwner("enhetschef stödboendet vuxenstöd"))
        s.issue(i, -360, .startPreparation)
        s.issue(
            i, -360,
            .setParticipationLevel(
                .viewsTakenIntoAccount,
                reason:
                    "Dialogmötets synpunkter vägs in i utredningen; beslutet fattas av socialnämndens arbetsutskott."))
        s.issue(
            i, -300,
            .decide(
                outcome: .partiallyAccepted,
                motivation:
                    "Barn får besöka sin förälder på stödboendet dagtid, i ett eget besöksrum som personalen ordnar. Övernattning går inte, eftersom andra boende kan vara påverkade av alkohol eller droger och barnens trygghet måste gå först.",
                decidedBy: committee), as: manager)
        s.feedback(i, -290, to: council, about: .decision, by: .meeting)
        s.issue(i, -285, .startWork)
        s.issue(i, -285, .setDueDate(s.day(-180)))
        s.issue(
            i, -175,
            .markImplemented(summary: "Besöksrummet på stödboendet är inrett och kan bokas alla dagar klockan 10–18."))
        s.feedback(i, -110, to: council, about: .implementation, by: .meeting)
        s.kvittens(i, -110, from: .council(council), by: .meeting)
        s.issue(
            i, -100,
            .verify(
                note:
                    "Tolv besök de första tre månaderna. De boende är nöjda men vill kunna boka besök på helger; det tas upp på nästa dialogmöte."
            ))
    }

    /// Opens an issue from one of the dialogue meetings' proposals.
    private static func open(
        _ s: inout DemoScript, _ issue: IssueID, _ offset: Int, from proposal: ProposalID, area: QualityArea,
        _ title: String
    ) {
        s.issue(
            issue, offset,
            .open(unitId: unit, title: title, source: .proposal(proposal, council: council), qualityArea: area))
    }
}
