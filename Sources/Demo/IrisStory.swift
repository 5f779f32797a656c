import Domain

/// Iris Mullsjö HVB (seeds 000 and 001): certification of user influence. A working group goes through
/// the checklist of the ten quality areas, the areas not fulfilled get action items with an owner, a
/// date and who follows up, ledningen adopts the handlingsplan, and the unit is certified for two years.
///
/// Some action items became tracked issues and some did not; some are late. The brukarråd that the
/// certification brought about asks for the written information in more languages, and that proposal
/// joins the action item's issue instead of starting a new one.
enum IrisStory {
    static let unit: UnitID = DemoID.make("iris/verksamhet")
    static let council: CouncilID = DemoID.make("iris/brukarråd")
    /// Monthly-ish brukarråd meetings, oldest first: days −330, −270, −210, −150, −90 and −30.
    static let meetings: [MeetingID] = (1...6).map { DemoID.make("iris/möte/\($0)") }
    static let certification: CertificationID = DemoID.make("iris/certifiering/1")

    enum ActionItems {
        static let information: ActionItemID = DemoID.make("iris/åtgärd/information")
        static let delmal: ActionItemID = DemoID.make("iris/åtgärd/delmål")
        static let sip: ActionItemID = DemoID.make("iris/åtgärd/sip")
        static let utbildning: ActionItemID = DemoID.make("iris/åtgärd/utbildning")
        static let policy: ActionItemID = DemoID.make("iris/åtgärd/policy")
        static let brukarradet: ActionItemID = DemoID.make("iris/åtgärd/brukarrådet")
    }

    enum Issues {
        static let information: IssueID = DemoID.make("iris/ärende/information")
        static let delmal: IssueID = DemoID.make("iris/ärende/delmål")
        static let utbildning: IssueID = DemoID.make("iris/ärende/utbildning")
        static let policy: IssueID = DemoID.make("iris/ärende/policy")
    }

    static let languages: ProposalID = DemoID.make("iris/förslag/fler-språk")

    static let coordinator = "samordnare Iris Mullsjö"
    static let management = "ledningen Iris Mullsjö"
    static let managementBody = "Ledningsgruppen Iris Mullsjö"

    /// The working group's checklist: every area, whether it is fulfilled, and what they saw.
    static let assessments: [(QualityArea, fulfilled: Bool, note: String)] = [
        (.treatment, true, "De boende beskriver personalen som lyhörd; bemötandet tas upp på varje personalmöte."),
        (
            .information, false,
            "Skriftlig information om behandlingen saknas; det som finns är skrivet för myndigheter, inte för de boende."
        ),
        (.problemMapping, true, "Problemen kartläggs tillsammans med den boende vid inskrivningen."),
        (.goals, false, "Målen i behandlingsplanen formuleras av personalen, och delmålen följs inte upp regelbundet."),
        (.supportMeasures, true, "De boende kan välja mellan flera gruppaktiviteter och har en egen kontaktperson."),
        (.cooperation, false, "Samverkan med socialtjänsten inför utskrivning är ojämn; SIP används sällan."),
        (.followUp, true, "Den som har skrivits ut blir uppringd efter en och efter tre månader."),
        (.training, false, "Personalen har inte fått någon utbildning i brukarinflytande."),
        (.influencePolicy, false, "Det finns ingen skriftlig brukarinflytandepolicy."),
        (
            .qualityManagement, true,
            "Synpunkter och klagomål förs in i kvalitetsledningssystemet och följs upp varje kvartal."
        ),
    ]

    static func write(into s: inout DemoScript) {
        s.actor = coordinator
        s.add(-345, .unit(unit, .register(name: "Iris Mullsjö HVB")))
        s.add(-340, .council(council, .create(unitId: unit, name: "Brukarrådet Iris Mullsjö", form: .userCouncil)))
        for (meeting, (day, participants)) in zip(
            meetings, [(-330, 6), (-270, 7), (-210, 5), (-150, 8), (-90, 6), (-30, 7)])
        {
            s.meeting(council, meeting, day, participants: participants)
        }
        certificationCycle(&s)
        informationIssue(&s)
        goalsIssue(&s)
        trainingIssue(&s)
        policyIssue(&s)
    }

    /// Checklist, handlingsplan, ledningen's decision, certificate.
    private static func certificationCycle(_ s: inout DemoScript) {
        let c = certification
        s.add(-335, .certification(c, .start(unitId: unit, startedOn: s.day(-335), renews: nil)))
        for (index, assessment) in assessments.enumerated() {
            // The working group meets weekly and goes through a few areas each time.
            s.add(
                -325 + 7 * (index / 4),
                .certification(
                    c, .assessArea(area: assessment.0, fulfilled: assessment.fulfilled, note: assessment.note)))
        }
        let plan: [(ActionItemID, QualityArea, action: String, owner: String, due: Int, followedUpBy: String)] = [
            (
                ActionItems.information, .information,
                "Ta fram skriftlig information om behandlingen och de boendes rättigheter, på lätt svenska, tillsammans med brukarrådet.",
                "behandlingsansvarig", -150, "verksamhetschef"
            ),
            (
                ActionItems.delmal, .goals,
                "Varje behandlingsplan får delmål som den boende själv har formulerat, och delmålen följs upp var fjärde vecka.",
                "behandlingsansvarig", -120, "verksamhetschef"
            ),
            (
                ActionItems.sip, .cooperation,
                "Bjud in socialtjänsten till ett SIP-möte före varje planerad utskrivning.",
                "verksamhetschef", -60, "kvalitetssamordnare"
            ),
            (
                ActionItems.utbildning, .training,
                "Brukarkraft utbildar hela personalgruppen i brukarinflytande.",
                "verksamhetschef", -200, "kvalitetssamordnare"
            ),
            (
                ActionItems.policy, .influencePolicy,
                "Skriv en brukarinflytandepolicy tillsammans med brukarrådet och låt ledningen anta den.",
                "kvalitetssamordnare", -90, "verksamhetschef"
            ),
            (
                ActionItems.brukarradet, .influencePolicy,
                "Brukarrådet träffas varje månad; protokollet sätts upp i allrummet och tas upp på personalmötet.",
                "samordnare brukarinflytande", 60, "verksamhetschef"
            ),
        ]
        for item in plan {
            s.add(
                -303,
                .certification(
                    c,
                    .addActionItem(
                        actionItemId: item.0, area: item.1, action: item.action, owner: item.owner,
                        dueDate: s.day(item.due), followedUpBy: item.followedUpBy)))
        }
        s.add(-295, .certification(c, .adoptPlan(adoptedOn: s.day(-295), decidedBy: managementBody)), as: management)
        s.add(-280, .certification(c, .certify(certifiedOn: s.day(-280))))
    }

    /// Opens an issue from an action item the way Iris does it: owner and date from the plan, and a
    /// decision that refers to ledningen's adoption.
    private static func openFromPlan(
        _ s: inout DemoScript, _ i: IssueID, _ item: ActionItemID, title: String, area: QualityArea, owner: String,
        due: Int, motivation: String
    ) {
        s.issue(
            i, -290,
            .open(
                unitId: unit, title: title, source: .actionItem(item, certification: certification), qualityArea: area))
        s.issue(i, -290, .assignOwner(owner))
        s.issue(i, -290, .setDueDate(s.day(due)))
        s.issue(i, -288, .startPreparation)
        s.issue(i, -285, .decide(outcome: .accepted, motivation: motivation, decidedBy: managementBody), as: management)
    }

    /// Information: carried out; the brukarråd's proposal about languages joined it.
    private static func informationIssue(_ s: inout DemoScript) {
        let i = Issues.information
        openFromPlan(
            &s, i, ActionItems.information, title: "Skriftlig information om behandlingen på lätt svenska",
            area: .information, owner: "behandlingsansvarig", due: -150,
            motivation:
                "Åtgärden ingår i handlingsplanen som ledningen har antagit. Brukarrådet är med och skriver texterna, så att de blir begripliga för de boende."
        )
        s.issue(i, -280, .startWork)
        s.propose(
            languages, -270, council: council, meeting: meetings[1], area: .information,
            "Informationen om behandlingen behöver finnas på fler språk än svenska, och husets regler ska förklaras muntligt vid inskrivningen."
        )
        s.issue(i, -268, .linkSource(.proposal(languages, council: council)))
        s.issue(
            i, -160,
            .markImplemented(
                summary:
                    "En broschyr på lätt svenska, arabiska och dari finns nu, och reglerna gås igenom muntligt vid varje inskrivning."
            ))
        s.feedback(i, -150, to: council, about: .implementation, by: .meeting)
    }

    /// Mål och delmål: under way and four months late.
    private static func goalsIssue(_ s: inout DemoScript) {
        let i = Issues.delmal
        openFromPlan(
            &s, i, ActionItems.delmal, title: "Delmål som den boende själv formulerar",
            area: .goals, owner: "behandlingsansvarig", due: -120,
            motivation:
                "Åtgärden ingår i handlingsplanen som ledningen har antagit. Delmålen formuleras av den boende själv, med stöd av kontaktpersonen."
        )
        s.issue(i, -270, .startWork)
    }

    /// Utbildning: done and followed up.
    private static func trainingIssue(_ s: inout DemoScript) {
        let i = Issues.utbildning
        openFromPlan(
            &s, i, ActionItems.utbildning, title: "Utbildning i brukarinflytande för all personal",
            area: .training, owner: "verksamhetschef", due: -200,
            motivation:
                "Åtgärden ingår i handlingsplanen som ledningen har antagit. Brukarkraft håller utbildningen två gånger, så att all personal kan vara med."
        )
        s.issue(i, -280, .startWork)
        s.issue(
            i, -215,
            .markImplemented(summary: "Hela personalgruppen har gått Brukarkrafts utbildning i brukarinflytande."))
        s.issue(
            i, -180,
            .verify(
                note:
                    "Uppföljningen på personalmötet visar att alla har gått utbildningen; nyanställda går den nästa gång den ges."
            ))
    }

    /// Brukarinflytandepolicy: the draft never got past preparation, and the date has passed.
    private static func policyIssue(_ s: inout DemoScript) {
        let i = Issues.policy
        s.issue(
            i, -290,
            .open(
                unitId: unit, title: "En brukarinflytandepolicy skriven med brukarrådet",
                source: .actionItem(ActionItems.policy, certification: certification), qualityArea: .influencePolicy))
        s.issue(i, -290, .assignOwner("kvalitetssamordnare"))
        s.issue(i, -290, .setDueDate(s.day(-90)))
        s.issue(i, -240, .startPreparation)
    }
}
