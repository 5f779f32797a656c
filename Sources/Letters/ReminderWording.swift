import Domain
import Policies
import Wording

/// Reminders and escalations as letters in plain Swedish (klarspråk, short sentences, LIX under 40):
/// one letter per recipient per run, one item per issue, action item or certificate, each saying what
/// is missing, since when, and what is needed next in words — only what the issue's stage allows —
/// and whom to tell. Only the coordinator, who uses `tredjekraft`, gets the commands instead. A
/// letter to ledningen also says who was reminded and when.
///
/// The plain text and the HTML are rendered from one ``Letter``, so they never say different things.
package enum ReminderWording {
    /// The subject line: "Tre ärenden väntar på dig", "Ett ärende är försenat – för kännedom".
    package static func subject(_ message: MessagePlan.Message) -> String {
        let count = counted(message.subjects)
        switch message.purpose {
        case .escalation:
            let late = count.noun.late(plural: message.subjects.count != 1)
            return "\(count.text) är \(late) – för kännedom"
        default:
            return "\(count.text) väntar på dig"
        }
    }

    /// Subject, plain text and HTML of one message at once, built from one letter: what the scheduler
    /// puts in the outbox (`MailQueued`).
    ///
    /// - Parameter today: the run's day, which says whether an action item or a certificate is still
    ///   ahead or already late.
    /// - Parameter answers: whether the daemon takes replies by mail (`mail.reply_to`): then the letter
    ///   says what to write back, and `answerable` lists the items a reply may answer.
    package static func content(
        _ message: MessagePlan.Message, names: ReminderNames, today: CalendarDate, answers: Bool = false
    ) -> (subject: String, text: String, html: String, answerable: [AnswerableItem]) {
        let letter = letter(message, names: names, today: today, answers: answers)
        return (letter.subject, letter.text, letter.html, answers ? answerable(message, names: names) : [])
    }

    /// The plain-text part (`today` as for ``content(_:names:today:)``).
    package static func text(_ message: MessagePlan.Message, names: ReminderNames, today: CalendarDate) -> String {
        letter(message, names: names, today: today).text
    }

    /// The HTML part: the same letter, every value escaped (`today` as for ``content(_:names:today:)``).
    package static func html(_ message: MessagePlan.Message, names: ReminderNames, today: CalendarDate) -> String {
        letter(message, names: names, today: today).html
    }

    /// The letter for one message, before it is rendered: a short message, its items numbered, and with
    /// `answers` (replies by mail configured) what to write back for each item that can be answered.
    package static func letter(
        _ message: MessagePlan.Message, names: ReminderNames, today: CalendarDate, answers: Bool = false
    ) -> Letter {
        let count = counted(message.subjects)
        let intro: [Prose]
        switch message.purpose {
        case .escalation:
            let unit = message.effects.first.map { names.unit($0.unitId) } ?? "verksamheten"
            intro = [
                "\(own: count.text) i \(unit) har väntat för länge.",
                "Den som ska göra något har fått påminnelser.",
                "Ni får veta det för kännedom.",
            ]
        default:
            intro = [
                "\(own: count.text) väntar på dig.",
                "För varje punkt står vad som saknas och hur du gör.",
            ]
        }
        var bySubject: [EffectSubject: [Effect]] = [:]
        for effect in message.effects { bySubject[effect.subject, default: []].append(effect) }
        // The coordinator's own letter has the commands; everybody else's says in words whom to tell.
        let commands = message.recipient.kind == .coordinator
        let items = message.subjects.map { subject in
            item(subject, bySubject[subject] ?? [], names: names, today: today, commands: commands)
        }
        var sections = [Letter.Section(items: items)]
        if answers, let section = answersSection(message, names: names) { sections.append(section) }
        return Letter(
            subject: subject(message), greeting: "Hej!", intro: intro, sections: sections,
            closing: (commands ? [] : howToAnswer(message, names: names)) + [
                "Brevet kommer från Tredje kraften.",
                "Tredje kraften följer upp vad som händer med brukarnas förslag.",
            ], presentation: .message)
    }

    /// One thing in a letter: what it is, what it lacks, what was done before and what is needed
    /// next — as commands when `commands` (the coordinator's letter), in words otherwise.
    static func item(
        _ subject: EffectSubject, _ effects: [Effect], names: ReminderNames, today: CalendarDate, commands: Bool
    ) -> Letter.Item {
        var lines: [Letter.Line] = []
        var next: [Letter.Line] = []
        for effect in effects {
            lines.append(.prose(missing(effect.cause, names: names, today: today)))
            if let late = effect.lateSince {
                lines.append(
                    .prose(
                        "Det här brevet kommer sent. Det skulle ha skickats \(iso: late), men Tredje kraften var inte igång."
                    ))
            }
            if let waited = effect.waitedFor {
                lines.append(
                    .prose(
                        "Brevet skulle ha skickats \(iso: effect.dueOn), men \(closedDay(waited)). Påminnelser skickas bara på arbetsdagar."
                    ))
            }
            if let explained = effect.explained {
                lines.append(.prose(Self.counted(explained, escalation: effect.kind == .escalation)))
            }
            if effect.kind == .escalation {
                lines += history(effect.remindersBefore, names: names).map(Letter.Line.prose)
            }
            for step in commands ? steps(effect, names: names) : requests(effect, names: names)
            where !next.contains(step) {
                next.append(step)
            }
        }
        let unit = effects.first.map { names.unit($0.unitId) } ?? "verksamheten"
        switch subject {
        case .issue(let id):
            let title = names.issues[id]?.title ?? "Ärende \(Swedish.shortID(id))"
            return Letter.Item(
                title: title, reference: "Ärende \(Swedish.shortID(id)) i \(unit).", lines: lines + next)
        case .actionItem(let id, let certification):
            let title = names.actionItems[id]?.action ?? "Åtgärd \(Swedish.shortID(id))"
            return Letter.Item(
                title: title,
                reference: "Åtgärd i handlingsplanen för \(unit) (certifiering \(Swedish.shortID(certification))).",
                lines: lines + next)
        case .certification(let id):
            return Letter.Item(
                title: "Certifieringen av \(unit)", reference: "Certifiering \(Swedish.shortID(id)).",
                lines: lines + next)
        }
    }

    /// How a date counted in working days was reached: "Så räknades datumet: 10 arbetsdagar från
    /// 2027-05-20, utan Kristi himmelsfärd: 2027-06-04." An escalation counts from the first reminder.
    static func counted(_ date: ComputedDate, escalation: Bool) -> Prose {
        let explanation = ComputedDateText.explanation(date, startingAt: escalation ? "första påminnelsen" : nil)
        return "Så räknades datumet: \(explanation)."
    }

    /// What is missing and since when, in one or two short sentences.
    static func missing(_ cause: EffectCause, names: ReminderNames, today: CalendarDate) -> Prose {
        switch cause {
        case .noOwner(let registeredOn):
            "Saknas: en ansvarig, sedan \(iso: registeredOn)."
        case .noDecision(let registeredOn):
            "Saknas: ett beslut, sedan \(iso: registeredOn)."
        case .dueSoon(let dueDate):
            "Ska vara klart senast \(iso: dueDate)."
        case .overdue(let dueDate):
            "Försenat: skulle vara klart \(iso: dueDate)."
        case .feedbackOwed(let due):
            "Saknas: återkoppling till \(names.council(due.councilId)) om \(own: TimelineText.occasion(due.occasion)), sedan \(iso: due.owedSince)."
        case .stale(let lastEventOn):
            "Saknas: nästa steg. Inget har hänt sedan \(iso: lastEventOn)."
        case .actionItemDue(let dueDate):
            today <= dueDate ? "Ska vara klar senast \(iso: dueDate)." : "Försenad: skulle vara klar \(iso: dueDate)."
        case .kvittensAwaited(let askedSince):
            "Saknas: brukarnas kvittens att ändringen fungerar som de menade, sedan \(iso: askedSince)."
        case .certificationExpiry(let validUntil):
            today <= validUntil
                ? "Saknas: en förnyelse. Certifikatet gäller till \(iso: validUntil)."
                : "Saknas: en förnyelse. Certifikatet gick ut \(iso: validUntil)."
        }
    }

    /// Who was reminded and when, one sentence per person: "Enhetschef Vuxenstöd fick påminnelser
    /// 2026-06-01, 2026-06-08 och 2026-06-15."
    static func history(_ reminders: [PriorEffect], names: ReminderNames) -> [Prose] {
        var order: [RecipientKey] = []
        var days: [RecipientKey: [CalendarDate]] = [:]
        for reminder in reminders where reminder.kind == .reminder {
            if days[reminder.recipient] == nil { order.append(reminder.recipient) }
            days[reminder.recipient, default: []].append(reminder.on)
        }
        return order.map { recipient in
            let dates = (days[recipient] ?? []).map(\.description)
            let who = TimelineText.capitalized(names.who(recipient))
            return dates.count == 1
                ? "\(who) fick en påminnelse \(dates[0])." : "\(who) fick påminnelser \(list(dates))."
        }
    }

    /// Why a letter waited: "det var långfredagen", "verksamheten var stängd".
    static func closedDay(_ reason: NonWorkingReason) -> String {
        switch reason {
        case .closed: "verksamheten var stängd"
        case .holiday, .weekend: "det var \(reason.name)"
        }
    }

    /// "a", "a och b", "a, b och c".
    static func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " och " + last
    }

    /// The things a letter is about, counted in words: "Tre ärenden", "En åtgärd", "Två saker".
    static func counted(_ subjects: [EffectSubject]) -> (text: String, noun: Noun) {
        let nouns = Set(subjects.map(Noun.init))
        let noun = nouns.count == 1 ? nouns.first ?? .thing : .thing
        let count = subjects.count
        return ("\(number(count, neuter: noun.isNeuter)) \(count == 1 ? noun.singular : noun.plural)", noun)
    }

    /// A count as a capitalised word up to twelve, as Swedish writes small numbers: "Ett", "En", "Tre".
    static func number(_ count: Int, neuter: Bool) -> String {
        let words = [
            "Inga", neuter ? "Ett" : "En", "Två", "Tre", "Fyra", "Fem", "Sex", "Sju", "Åtta", "Nio", "Tio", "Elva",
            "Tolv",
        ]
        return words.indices.contains(count) ? words[count] : "\(count)"
    }

    /// What the things in a letter are called.
    enum Noun: Hashable {
        case issue, actionItem, certification, thing

        init(_ subject: EffectSubject) {
            switch subject {
            case .issue: self = .issue
            case .actionItem: self = .actionItem
            case .certification: self = .certification
            }
        }

        var singular: String {
            switch self {
            case .issue: "ärende"
            case .actionItem: "åtgärd"
            case .certification: "certifiering"
            case .thing: "sak"
            }
        }

        var plural: String {
            switch self {
            case .issue: "ärenden"
            case .actionItem: "åtgärder"
            case .certification: "certifieringar"
            case .thing: "saker"
            }
        }

        var isNeuter: Bool { self == .issue }

        /// "försenat", "försenad", "försenade".
        func late(plural: Bool) -> String { plural ? "försenade" : isNeuter ? "försenat" : "försenad" }
    }
}
