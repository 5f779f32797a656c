import Domain
import Foundation
import Letters
import Policies
import Testing
import Wording

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The reminder letters in Swedish: subjects, the text of each item, the commands, the escaped HTML.
@Suite struct ReminderWordingTests {
    static let unit = UnitID(UUID(uuidString: "5e0c1a2b-0000-4000-8000-000000000001")!)
    static let council = CouncilID(UUID(uuidString: "8d7e6f5a-0000-4000-8000-000000000002")!)
    static let issue = IssueID(UUID(uuidString: "5dadb650-fd99-8133-84ca-25adf2777d26")!)
    static let otherIssue = IssueID(UUID(uuidString: "7b1c2d3e-0000-4000-8000-000000000003")!)
    static let thirdIssue = IssueID(UUID(uuidString: "9a8b7c6d-0000-4000-8000-000000000004")!)
    static let certification = CertificationID(UUID(uuidString: "6a7b8c9d-0000-4000-8000-000000000005")!)
    static let actionItem = ActionItemID(UUID(uuidString: "2c3d4e5f-0000-4000-8000-000000000006")!)
    static let owner = "Enhetschef Vuxenstöd"
    static let today = CalendarDate("2026-06-15")!

    static let owed = FeedbackDue(councilId: council, occasion: .decision, owedSince: CalendarDate("2026-02-23")!)

    static func fact(
        _ id: IssueID, _ title: String, status: IssueStatus, outcome: DecisionOutcome? = nil, owner: String? = owner,
        dueDate: String? = nil, feedbackOwed: [FeedbackDue] = []
    ) -> IssueFact {
        IssueFact(
            id: id, unitId: unit, title: title, status: status, outcome: outcome, owner: owner,
            registeredOn: CalendarDate("2026-01-10")!, dueDate: dueDate.flatMap(CalendarDate.init),
            lastEventOn: CalendarDate("2026-06-01")!, feedbackOwed: feedbackOwed)
    }

    static let facts = PolicyFacts(
        issues: [
            fact(
                issue, "Tid att lyssna", status: .inProgress, outcome: .accepted, dueDate: "2026-05-31",
                feedbackOwed: [owed]),
            fact(otherIssue, "Knacka innan man går in", status: .inPreparation),
            fact(thirdIssue, "Information vid inskrivning", status: .registered, owner: nil),
        ],
        actionItems: [
            ActionItemFact(
                id: actionItem, certificationId: certification, unitId: unit,
                action: "Ta fram informationsblad på lätt svenska", followedUpBy: "Brukarrådet",
                dueDate: CalendarDate("2026-06-20")!, planAdopted: true)
        ],
        certifications: [
            CertificationFact(
                id: certification, unitId: unit, validUntil: CalendarDate("2026-08-31")!, renewalStarted: false)
        ])

    static let names = ReminderNames(
        facts: facts, councils: [council: "Dialogmöten"], units: [unit: "Vuxenstöd Lund"])

    /// The run of 2026-06-15 after weekly reminders about the overdue issue since 2026-06-01.
    static var plan: MessagePlan {
        let prior = ["2026-06-01", "2026-06-08"].map {
            PriorEffect(
                policy: .overdue, subject: .issue(issue), occasion: "overdue:2026-05-31", kind: .reminder,
                recipient: .owner(owner), on: CalendarDate($0)!)
        }
        return MessagePlan(
            effects: PolicyEngine.evaluate(facts: facts, prior: prior, today: today, configuration: .defaults))
    }

    static func message(to recipient: RecipientKey) -> MessagePlan.Message {
        plan.messages.first { $0.recipient == recipient }!
    }

    @Test func subjectsCountTheThingsInWords() {
        #expect(ReminderWording.subject(Self.message(to: .owner(Self.owner))) == "Två ärenden väntar på dig")
        #expect(
            ReminderWording.subject(Self.message(to: .management(Self.unit)))
                == "Ett ärende är försenat – för kännedom")
        #expect(ReminderWording.subject(Self.message(to: .coordinator(Self.unit))) == "Två saker väntar på dig")
        #expect(ReminderWording.subject(Self.message(to: .owner("Brukarrådet"))) == "En åtgärd väntar på dig")
        let three = MessagePlan.Message(
            recipient: .owner(Self.owner),
            effects: [Self.issue, Self.otherIssue, Self.thirdIssue].map {
                Effect(
                    kind: .escalation, subject: .issue($0), unitId: Self.unit,
                    cause: .stale(lastEventOn: CalendarDate("2026-03-01")!), recipient: .management(Self.unit),
                    dueOn: CalendarDate("2026-04-15")!)
            })
        #expect(ReminderWording.subject(three) == "Tre ärenden är försenade – för kännedom")
    }

    /// The owner does not log in: the letter says in words what is needed next, and whom to tell.
    @Test func theOwnersLetter() {
        let text = ReminderWording.text(Self.message(to: .owner(Self.owner)), names: Self.names, today: Self.today)
        #expect(
            text == """
                Hej!

                Två ärenden väntar på dig. För varje punkt står vad som saknas och hur du gör.

                1. Tid att lyssna
                   Ärende 5dadb650 i Vuxenstöd Lund.
                   Försenat: skulle vara klart 2026-05-31.
                   Saknas: återkoppling till Dialogmöten om beslutet, sedan 2026-02-23.
                   Nästa steg är att göra klart arbetet och säga vad som gjordes.
                   Om mer tid behövs kan datumet flyttas.
                   Nästa steg är att berätta för Dialogmöten vad som har hänt, till exempel på ett möte.

                2. Knacka innan man går in
                   Ärende 7b1c2d3e i Vuxenstöd Lund.
                   Saknas: ett beslut, sedan 2026-01-10.
                   Nästa steg är ett beslut: ja, ja till en del eller nej, och varför.

                När något är gjort, eller om något är fel: berätta det för samordnaren för Vuxenstöd Lund. Brevet kommer från Tredje kraften. Tredje kraften följer upp vad som händer med brukarnas förslag.

                """)
    }

    /// A date counted in working days says how it was reached, so nobody has to count holidays.
    @Test func aDateCountedInWorkingDaysSaysHowItWasReached() throws {
        var configuration = PoliciesConfiguration.defaults
        configuration.onNonWorkingDays = .send
        configuration.noDecision.thresholdDays = DayCount(30, .workingDays)
        let registered = CalendarDate("2027-05-20")!
        let facts = PolicyFacts(
            issues: [
                IssueFact(
                    id: Self.otherIssue, unitId: Self.unit, title: "Knacka innan man går in", status: .inPreparation,
                    outcome: nil, owner: Self.owner, registeredOn: registered, dueDate: nil,
                    lastEventOn: CalendarDate("2027-07-01")!, feedbackOwed: [])
            ])
        let effects = PolicyEngine.evaluate(
            facts: facts, prior: [], today: CalendarDate("2027-07-02")!, configuration: configuration)
        let message = try #require(MessagePlan(effects: effects).messages.first { $0.recipient == .owner(Self.owner) })
        let names = ReminderNames(facts: facts, councils: [:], units: [Self.unit: "Vuxenstöd Lund"])
        let text = ReminderWording.text(message, names: names, today: CalendarDate("2027-07-02")!)
        #expect(text.contains("Så räknades datumet: 30 arbetsdagar från 2027-05-20, utan midsommar: 2027-07-02."))
        let letter = ReminderWording.letter(message, names: names, today: CalendarDate("2027-07-02")!)
        #expect(Readability.lix(letter.ownSentences) <= 40)
        #expect(letter.sentencesInLowerCase.isEmpty)
    }

    @Test func theContentIsTheSubjectTextAndHTMLTogether() {
        let message = Self.message(to: .owner(Self.owner))
        let content = ReminderWording.content(message, names: Self.names, today: Self.today)
        #expect(content.subject == ReminderWording.subject(message))
        #expect(content.text == ReminderWording.text(message, names: Self.names, today: Self.today))
        #expect(content.html == ReminderWording.html(message, names: Self.names, today: Self.today))
        #expect(content.html.contains("<title>Två ärenden väntar på dig</title>"))
    }

    @Test func ledningenIsToldWhoWasRemindedAndWhen() {
        let text = ReminderWording.text(Self.message(to: .management(Self.unit)), names: Self.names, today: Self.today)
        #expect(text.hasPrefix("Hej!\n\nEtt ärende i Vuxenstöd Lund har väntat för länge."))
        #expect(text.contains("   Försenat: skulle vara klart 2026-05-31.\n"))
        #expect(text.contains("   Enhetschef Vuxenstöd fick påminnelser 2026-06-01, 2026-06-08 och 2026-06-15.\n"))
        // Ledningen is told in words what is needed next, and whom to ask; no command.
        #expect(text.contains("   Nästa steg är att göra klart arbetet och säga vad som gjordes.\n"))
        #expect(text.contains("Har ni frågor? Kontakta samordnaren för Vuxenstöd Lund."))
        #expect(!text.contains("tredjekraft "))
    }

    @Test func theCoordinatorsLetterHasTheOwnerAndTheRenewal() {
        let text = ReminderWording.text(
            Self.message(to: .coordinator(Self.unit)), names: Self.names, today: Self.today)
        #expect(text.contains("1. Certifieringen av Vuxenstöd Lund\n   Certifiering 6a7b8c9d.\n"))
        #expect(text.contains("   Saknas: en förnyelse. Certifikatet gäller till 2026-08-31.\n"))
        #expect(text.contains("tredjekraft certification start --unit 5e0c1a2b --date <ÅÅÅÅ-MM-DD> --renews 6a7b8c9d"))
        #expect(text.contains("   Saknas: en ansvarig, sedan 2026-01-10.\n"))
        #expect(text.contains("tredjekraft issue assign 9a8b7c6d \"<ansvarig>\""))
    }

    @Test func theActionItemsLetterPointsToThePlan() {
        let text = ReminderWording.text(Self.message(to: .owner("Brukarrådet")), names: Self.names, today: Self.today)
        #expect(text.contains("1. Ta fram informationsblad på lätt svenska\n"))
        #expect(text.contains("Åtgärd i handlingsplanen för Vuxenstöd Lund (certifiering 6a7b8c9d)."))
        #expect(text.contains("Ska vara klar senast 2026-06-20."))
        #expect(text.contains("   Nästa steg är att göra åtgärden, eller att säga varför den dröjer.\n"))
        #expect(text.contains("berätta det för samordnaren för Vuxenstöd Lund."))
        #expect(!text.contains("tredjekraft "))
        let later = ReminderWording.text(
            Self.message(to: .owner("Brukarrådet")), names: Self.names, today: CalendarDate("2026-06-21")!)
        #expect(later.contains("Försenad: skulle vara klar 2026-06-20."))
    }

    /// A letter asks only for the steps the issue's stage allows: an action item whose issue is under
    /// preparation asks for a decision, not for the work to be marked done; a rejected issue is not to
    /// be carried out.
    @Test func aLetterAsksOnlyForWhatTheStageAllows() {
        var facts = Self.facts
        facts.actionItems[0].issueId = Self.otherIssue
        facts.issues.append(
            Self.fact(
                IssueID(UUID(uuidString: "4b4b4b4b-0000-4000-8000-000000000007")!), "Gratis kaffe",
                status: .decided, outcome: .rejected))
        let names = ReminderNames(
            facts: facts, councils: [Self.council: "Dialogmöten"], units: [Self.unit: "Vuxenstöd Lund"])
        let effects = PolicyEngine.evaluate(
            facts: facts, prior: [], today: CalendarDate("2026-06-25")!, configuration: .defaults)
        for message in MessagePlan(effects: effects).messages {
            let letter = ReminderWording.letter(message, names: names, today: CalendarDate("2026-06-25")!)
            for item in letter.sections.flatMap(\.items) {
                let text = item.lines.map {
                    switch $0 {
                    case .prose(let prose): prose.text
                    case .quote(let lead, _): lead.text
                    case .command(let command, let lead): (lead?.text ?? "") + command
                    case .answer(let answer, let lead): lead.text + answer
                    }
                }.joined(separator: "\n")
                if item.title == "Ta fram informationsblad på lätt svenska" {
                    #expect(!text.contains("göra klart arbetet") && !text.contains("issue implemented"), "\(text)")
                    #expect(text.contains("Nästa steg är ett beslut") || text.contains("issue decide"), "\(text)")
                }
                if item.title == "Gratis kaffe" {
                    #expect(!text.contains("genomföra") && !text.contains("issue start"), "\(text)")
                }
            }
        }
        // The one table decides: an issue under preparation cannot be marked implemented.
        #expect(!IssueStatus.inPreparation.allows(.markImplemented, outcome: nil))
        #expect(IssueStatus.inPreparation.allows(.decide, outcome: nil))
        #expect(!IssueStatus.decided.allows(.startWork, outcome: .rejected))
    }

    @Test func lettersStartWithTheGreetingNotAnEmptyLine() {
        for message in Self.plan.messages {
            let text = ReminderWording.text(message, names: Self.names, today: Self.today)
            let html = ReminderWording.html(message, names: Self.names, today: Self.today)
            #expect(text.hasPrefix("Hej!\n\n"))
            #expect(html.hasPrefix("<!DOCTYPE html>\n"))
            #expect(!text.contains("\n\n\n"))
            // Commands only in the coordinator's own letter.
            let coordinators = message.recipient.kind == .coordinator
            #expect(text.contains("tredjekraft ") == coordinators)
            #expect(html.contains("<code>tredjekraft ") == coordinators)
        }
    }

    @Test func everyValueInTheHTMLIsEscaped() throws {
        let hostile = "<script>alert(\"x\")</script> & 'Bo'"
        var facts = Self.facts
        facts.issues[0].title = hostile
        let names = ReminderNames(
            facts: facts, councils: [Self.council: "Råd <b>&</b>"], units: [Self.unit: "Enhet \"A\" & <B>"])
        let message = MessagePlan(
            effects: PolicyEngine.evaluate(facts: facts, prior: [], today: Self.today, configuration: .defaults)
        ).messages.first { $0.recipient == .owner(Self.owner) }!
        let html = ReminderWording.html(message, names: names, today: Self.today)
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("\"A\""))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Bo&#39;"))
        #expect(html.contains("Råd &lt;b&gt;&amp;&lt;/b&gt;"))
        #expect(html.contains("Enhet &quot;A&quot; &amp; &lt;B&gt;"))
        #expect(html.contains("Dialogmöten") || html.contains("Råd &lt;b&gt;&amp;&lt;/b&gt;"))
        try expectWellFormed(html)
        // The plain text keeps the values as they are.
        #expect(ReminderWording.text(message, names: names, today: Self.today).contains(hostile))
    }

    @Test func theHTMLIsWellFormed() throws {
        for message in Self.plan.messages {
            try expectWellFormed(ReminderWording.html(message, names: Self.names, today: Self.today))
        }
    }

    @Test func thePlainSwedishStaysUnderLIX40() {
        for message in Self.plan.messages {
            let text = ReminderWording.text(message, names: Self.names, today: Self.today)
            let prose = text.split(separator: "\n").filter {
                !$0.trimmingCharacters(in: .whitespaces).hasPrefix("tredjekraft ")
            }.joined(separator: "\n")
            #expect(lix(prose) <= 40, "\(ReminderWording.subject(message)): LIX \(lix(prose))")
        }
    }

    /// Läsbarhetsindex: words per sentence plus the share of words longer than six letters, in percent.
    func lix(_ text: String) -> Double {
        let words = text.split(whereSeparator: \.isWhitespace).map { $0.filter(\.isLetter) }.filter { !$0.isEmpty }
        let sentences = max(1, text.filter { ".:!?".contains($0) }.count)
        let long = words.filter { $0.count > 6 }.count
        return Double(words.count) / Double(sentences) + 100 * Double(long) / Double(max(1, words.count))
    }

    func expectWellFormed(_ html: String) throws {
        #if canImport(FoundationXML) || canImport(Darwin)
        let parser = XMLParser(data: Data(html.utf8))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")\n\(html)")
        #endif
    }
}
