import Domain
import Foundation
import Letters
import Policies
import Testing
import Wording

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Letters that can be answered by mail (issue 31): with replies configured a letter ends with "Svara på
/// det här brevet", offering only the answers the issue's stage allows, a decision only to ledningen,
/// numbered as the items are; without, the letter is as before.
@Suite struct ReminderAnswersTests {
    typealias Fixtures = ReminderWordingTests
    static let day = CalendarDate("2026-06-15")!

    static func effect(
        _ subject: EffectSubject, _ cause: EffectCause, to recipient: RecipientKey, kind: Effect.Kind = .reminder
    ) -> Effect {
        Effect(
            kind: kind, subject: subject, unitId: Fixtures.unit, cause: cause, recipient: recipient,
            dueOn: CalendarDate("2026-06-15")!)
    }

    static func names(_ facts: [IssueFact], actionItems: [ActionItemFact] = []) -> ReminderNames {
        ReminderNames(
            facts: PolicyFacts(issues: facts, actionItems: actionItems, certifications: []),
            councils: [Fixtures.council: "Dialogmöten"], units: [Fixtures.unit: "Vuxenstöd Lund"])
    }

    /// The answer lines of a letter, as written back.
    static func answers(_ letter: Letter) -> [String] {
        letter.sections.flatMap(\.items).flatMap(\.lines).compactMap {
            if case .answer(let answer, _) = $0 { answer } else { nil }
        }
    }

    static func letter(_ message: MessagePlan.Message, _ names: ReminderNames) -> Letter {
        ReminderWording.letter(message, names: names, today: day, answers: true)
    }

    @Test func oneItemOffersWhatItsStageAllowsWithoutANumber() {
        let owner = RecipientKey.owner(Fixtures.owner)
        let cases: [(IssueFact, EffectCause, [String])] = [
            // In progress and overdue: done (a new date is not an answer by mail).
            (
                Fixtures.fact(Fixtures.issue, "Tid att lyssna", status: .inProgress, outcome: .accepted),
                .overdue(dueDate: CalendarDate("2026-05-31")!), ["KLART: <vad som gjordes>"]
            ),
            // Decided, not started, due soon: start, with the day it will be done.
            (
                Fixtures.fact(Fixtures.issue, "Tid att lyssna", status: .decided, outcome: .accepted),
                .dueSoon(dueDate: CalendarDate("2026-06-20")!), ["PÅGÅR: klart den ÅÅÅÅ-MM-DD"]
            ),
            // No decision: the owner prepares; no decision is offered to an owner.
            (
                Fixtures.fact(Fixtures.issue, "Tid att lyssna", status: .inPreparation),
                .noDecision(registeredOn: CalendarDate("2026-01-10")!), []
            ),
            // Feedback owed on a decided issue.
            (
                Fixtures.fact(Fixtures.issue, "Tid att lyssna", status: .decided, outcome: .rejected),
                .feedbackOwed(Fixtures.owed), ["ÅTERKOPPLAT: <när och hur>"]
            ),
        ]
        for (fact, cause, expected) in cases {
            let message = MessagePlan.Message(
                recipient: owner, effects: [Self.effect(.issue(fact.id), cause, to: owner)])
            let names = Self.names([fact])
            let letter = Self.letter(message, names)
            #expect(Self.answers(letter) == expected, "\(cause)")
            let items = ReminderWording.answerable(message, names: names)
            #expect(items == (expected.isEmpty ? [] : [AnswerableItem(number: 1, issue: fact.id)]))
            #expect(letter.text.contains("Svara på det här brevet") == !expected.isEmpty)
            #expect(!letter.hasCommands)
        }
    }

    @Test func aDecisionIsOfferedOnlyToLedningen() {
        let fact = Fixtures.fact(Fixtures.issue, "Tid att lyssna", status: .inPreparation)
        let names = Self.names([fact])
        let cause = EffectCause.noDecision(registeredOn: CalendarDate("2026-01-10")!)
        for recipient in [RecipientKey.owner(Fixtures.owner), .coordinator(Fixtures.unit), .management(Fixtures.unit)] {
            let kind: Effect.Kind = recipient.kind == .management ? .escalation : .reminder
            let message = MessagePlan.Message(
                recipient: recipient, effects: [Self.effect(.issue(Fixtures.issue), cause, to: recipient, kind: kind)])
            let answers = Self.answers(Self.letter(message, names))
            if recipient.kind == .management {
                #expect(answers == ["BESLUT: ja <motivering>"])
                #expect(Self.letter(message, names).text.contains("Ni kan svara på det här brevet med e-post."))
            } else {
                #expect(answers.isEmpty, "\(recipient)")
                #expect(ReminderWording.answerable(message, names: names).isEmpty)
            }
        }
    }

    @Test func severalItemsAreAnsweredByNumber() {
        let coordinator = RecipientKey.coordinator(Fixtures.unit)
        let facts = [
            Fixtures.fact(Fixtures.issue, "Tid att lyssna", status: .inProgress, outcome: .accepted),
            Fixtures.fact(Fixtures.otherIssue, "Knacka innan man går in", status: .inPreparation),
            Fixtures.fact(Fixtures.thirdIssue, "Information vid inskrivning", status: .registered, owner: nil),
        ]
        let item = ActionItemFact(
            id: Fixtures.actionItem, certificationId: Fixtures.certification, unitId: Fixtures.unit,
            action: "Ta fram informationsblad", followedUpBy: "Brukarrådet", dueDate: CalendarDate("2026-06-20")!,
            planAdopted: true, issueId: Fixtures.issue)
        let names = Self.names(facts, actionItems: [item])
        let message = MessagePlan.Message(
            recipient: coordinator,
            effects: [
                Self.effect(.issue(Fixtures.issue), .overdue(dueDate: CalendarDate("2026-05-31")!), to: coordinator),
                Self.effect(
                    .issue(Fixtures.otherIssue), .noDecision(registeredOn: CalendarDate("2026-01-10")!), to: coordinator
                ),
                Self.effect(
                    .issue(Fixtures.thirdIssue), .noOwner(registeredOn: CalendarDate("2026-01-10")!), to: coordinator),
                Self.effect(
                    .actionItem(Fixtures.actionItem, Fixtures.certification),
                    .actionItemDue(dueDate: CalendarDate("2026-06-20")!), to: coordinator),
            ])
        let letter = Self.letter(message, names)
        // Item 2 (no decision) offers nothing to the coordinator; item 4 is the action item's issue.
        #expect(
            Self.answers(letter) == [
                "KLART 1: <vad som gjordes>", "ANSVARIG 3: <titel>", "KLART 4: <vad som gjordes>",
            ])
        #expect(
            ReminderWording.answerable(message, names: names) == [
                AnswerableItem(number: 1, issue: Fixtures.issue), AnswerableItem(number: 3, issue: Fixtures.thirdIssue),
                AnswerableItem(number: 4, issue: Fixtures.issue),
            ])
        let text = letter.text
        // The items are numbered at the start of their lines, and the answers name them.
        for number in 1...4 { #expect(text.contains("\n\n\(number). ")) }
        #expect(text.contains("- Punkt 3: Information vid inskrivning"))
        #expect(text.contains("Börja raden med ordet och numret på punkten"))
        // The coordinator's copy keeps its commands; the answers come after the items.
        #expect(letter.hasCommands)
        let answersAt = text.range(of: "Svara på det här brevet")!.lowerBound
        #expect(text.range(of: "4. Ta fram informationsblad")!.lowerBound < answersAt)
    }

    @Test func textAndHTMLSayTheSameAndReadEasily() throws {
        let owner = RecipientKey.owner(Fixtures.owner)
        let facts = [
            Fixtures.fact(Fixtures.issue, "Tid att lyssna", status: .decided, outcome: .accepted),
            Fixtures.fact(Fixtures.otherIssue, "Knacka <innan> & gå in", status: .inProgress, outcome: .accepted),
        ]
        let message = MessagePlan.Message(
            recipient: owner,
            effects: [
                Self.effect(.issue(Fixtures.issue), .dueSoon(dueDate: CalendarDate("2026-06-20")!), to: owner),
                Self.effect(.issue(Fixtures.otherIssue), .feedbackOwed(Fixtures.owed), to: owner),
            ])
        let letter = Self.letter(message, Self.names(facts))
        let html = letter.html
        for answer in Self.answers(letter) {
            #expect(letter.text.contains("     " + answer))
            #expect(html.contains("<kbd>\(Letter.escape(answer))</kbd>"))
        }
        for prose in letter.prose { #expect(html.contains(Letter.escape(prose.text)), "\(prose.text)") }
        #expect(html.contains("<h2>Svara på det här brevet</h2>"))
        #expect(html.contains("Knacka &lt;innan&gt; &amp; gå in"))
        #expect(Readability.lix(letter.ownSentences) <= 40)
        #expect(letter.sentencesInLowerCase.isEmpty, "\(letter.sentencesInLowerCase)")
        #if canImport(FoundationXML) || canImport(Darwin)
        let parser = XMLParser(data: Data(html.utf8))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #endif
    }

    /// Without `mail.reply_to` a letter is exactly what it was, and nothing is answerable.
    @Test func withoutRepliesTheLetterIsUnchanged() {
        for message in Fixtures.plan.messages {
            let plain = ReminderWording.letter(message, names: Fixtures.names, today: Fixtures.today)
            let content = ReminderWording.content(message, names: Fixtures.names, today: Fixtures.today)
            #expect(content.text == plain.text && content.html == plain.html)
            #expect(content.answerable.isEmpty)
            #expect(!plain.text.contains("Svara på det här brevet"))
            let answering = ReminderWording.content(
                message, names: Fixtures.names, today: Fixtures.today, answers: true)
            #expect(answering.answerable == ReminderWording.answerable(message, names: Fixtures.names))
            #expect(answering.text.contains("Svara på det här brevet") == !answering.answerable.isEmpty)
        }
    }
}
