import Domain
import Policies
import Wording

// Answers by mail (issue 31): where the daemon takes replies (`mail.reply_to`), a letter that asks
// someone to act ends with "Svara på det här brevet", saying exactly what to write back for each
// numbered item — only the answers the issue's stage allows now (the same steps ``actions(_:status:outcome:)``
// gives the requests and the coordinator's commands), and a decision only to ledningen, the one a
// reminder letter treats as the decider (an owner's reminder asks them to prepare, not to decide).
extension ReminderWording {
    /// The items of a letter a reply may answer: each item's number in the letter and the issue its
    /// answers act on (an action item's answers act on its issue). Empty when no item offers an answer.
    package static func answerable(_ message: MessagePlan.Message, names: ReminderNames) -> [AnswerableItem] {
        offers(message, names: names).map { AnswerableItem(number: $0.number, issue: $0.issue) }
    }

    /// One item's offer: its number, the issue and the steps a reply may take, in the order of the course.
    struct AnswerOffer: Equatable {
        var number: Int
        var title: String
        var issue: IssueID
        var actions: [IssueAction]
    }

    /// Every item that offers at least one answer, numbered as the letter numbers its items.
    static func offers(_ message: MessagePlan.Message, names: ReminderNames) -> [AnswerOffer] {
        var bySubject: [EffectSubject: [Effect]] = [:]
        for effect in message.effects { bySubject[effect.subject, default: []].append(effect) }
        var offers: [AnswerOffer] = []
        for (index, subject) in message.subjects.enumerated() {
            let issue: IssueID
            let title: String
            switch subject {
            case .issue(let id):
                issue = id
                title = names.issues[id]?.title ?? "Ärende \(Swedish.shortID(id))"
            case .actionItem(let id, _):
                guard let linked = names.actionItems[id]?.issueId else { continue }
                issue = linked
                title = names.actionItems[id]?.action ?? "Åtgärd \(Swedish.shortID(id))"
            case .certification:
                continue
            }
            guard let fact = names.issues[issue] else { continue }
            var offered: [IssueAction] = []
            for effect in bySubject[subject] ?? [] {
                for action in actions(effect.cause, status: fact.status, outcome: fact.outcome)
                where keyword(action, to: message.recipient) != nil && !offered.contains(action) {
                    offered.append(action)
                }
            }
            if !offered.isEmpty {
                offers.append(AnswerOffer(number: index + 1, title: title, issue: issue, actions: offered))
            }
        }
        return offers
    }

    /// The word a reply starts with to take `action`, or `nil` when no reply takes it (or, for a
    /// decision, when the letter is not to ledningen).
    static func keyword(_ action: IssueAction, to recipient: RecipientKey) -> String? {
        switch action {
        case .markImplemented: "KLART"
        case .decide: recipient.kind == .management ? "BESLUT" : nil
        case .startWork: "PÅGÅR"
        case .assignOwner: "ANSVARIG"
        case .giveFeedback: "ÅTERKOPPLAT"
        default: nil
        }
    }

    /// What to write after the keyword, and the lead-in that says when.
    static func answer(_ action: IssueAction) -> (rest: String, lead: Prose)? {
        switch action {
        case .markImplemented: ("<vad som gjordes>", "När arbetet är klart, skriv vad som gjordes:")
        case .decide:
            ("ja <motivering>", "När ni har beslutat, skriv ja, delvis eller nej och sedan varför. Till exempel:")
        case .startWork: ("klart den ÅÅÅÅ-MM-DD", "När arbetet har börjat, skriv när det ska vara klart:")
        case .assignOwner: ("<titel>", "Skriv titeln på den som blir ansvarig:")
        case .giveFeedback: ("<när och hur>", "När rådet har fått veta vad som har hänt, skriv när och hur:")
        default: nil
        }
    }

    /// The line to write back: `KLART 2: <vad som gjordes>`, or `KLART: …` when `number` is `nil`.
    static func answerLine(_ action: IssueAction, number: Int?, to recipient: RecipientKey) -> Letter.Line? {
        guard let word = keyword(action, to: recipient), let answer = answer(action) else { return nil }
        return .answer("\(word)\(number.map { " \($0)" } ?? ""): \(answer.rest)", lead: answer.lead)
    }

    /// "Svara på det här brevet": how to answer, then one entry per item that offers answers; `nil`
    /// when no item does. With one item the numbers are left out.
    static func answersSection(_ message: MessagePlan.Message, names: ReminderNames) -> Letter.Section? {
        let offers = offers(message, names: names)
        guard !offers.isEmpty else { return nil }
        let several = message.subjects.count > 1
        let escalation = message.purpose == .escalation
        let intro: [Prose] = [
            escalation ? "Ni kan svara på det här brevet med e-post." : "Du kan svara på det här brevet med e-post.",
            "Skriv svaret överst, en rad för varje svar.",
            several
                ? "Börja raden med ordet och numret på punkten, så som det står här."
                : "Börja raden med ordet, så som det står här.",
            "Tredje kraften förstår bara de här svaren.",
            escalation ? "Ni får ett svar med e-post." : "Du får ett svar med e-post.",
        ]
        let items = offers.map { offer in
            Letter.Item(
                title: several ? "Punkt \(offer.number): \(offer.title)" : offer.title,
                lines: offer.actions.compactMap {
                    answerLine($0, number: several ? offer.number : nil, to: message.recipient)
                })
        }
        return Letter.Section(heading: "Svara på det här brevet", intro: intro, items: items, numbered: false)
    }
}
