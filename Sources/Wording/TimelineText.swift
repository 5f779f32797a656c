import Domain

/// Each issue event told in plain Swedish, for the audit trail ("vad hände med förslaget?"), and the
/// small phrases the trace, the due list and the letters share.
package enum TimelineText {
    /// The sentence, and the day it happened when the event names one.
    package static func describe(_ event: IssueEvent) -> (text: String, day: CalendarDate?) {
        switch event {
        case .opened(let e):
            return ("Ärendet ”\(e.title)” registrerades utifrån \(origin(e.source)).", e.registeredOn)
        case .sourceLinked(let e):
            return ("\(capitalized(origin(e.source))) kopplades till ärendet.", nil)
        case .ownerAssigned(let e):
            return ("\(e.owner) blev ansvarig för ärendet.", nil)
        case .dueDateSet(let e):
            return ("Ärendet ska vara klart senast \(e.dueDate).", nil)
        case .preparationStarted(let e):
            return ("Beredningen av ärendet började.", e.startedOn)
        case .decided(let e):
            return (
                "\(e.decidedBy) beslutade \(e.outcome.label.lowercased()). Motivering: \(e.motivation)", e.decidedOn
            )
        case .workStarted(let e):
            return ("Arbetet med att genomföra beslutet började.", e.startedOn)
        case .implemented(let e):
            let summary = e.summary.map { " \($0)" } ?? ""
            return ("Beslutet är genomfört.\(summary)", e.implementedOn)
        case .verified(let e):
            let note = e.note.map { " \($0)" } ?? ""
            return ("Uppföljningen är gjord.\(note)", e.verifiedOn)
        case .verifiedWithoutKvittens(let e):
            let note = e.note.map { " \($0)" } ?? ""
            return ("Ärendet är uppföljt utan brukarkvittens. Skäl: \(e.reason)\(note)", e.verifiedOn)
        case .kvittensRecorded(let e):
            return (kvittens(e), e.givenOn)
        case .withdrawn(let e):
            return ("Ärendet drogs tillbaka. Skäl: \(e.reason)", e.withdrawnOn)
        case .merged(let e):
            return ("Ärendet slogs ihop med ärende \(short(e.into)), där arbetet fortsätter.", e.mergedOn)
        case .absorbed(let e):
            return (
                "Ärende \(short(e.from)) slogs ihop med detta ärende; dess källor och återkoppling flyttades hit.", nil
            )
        case .reopened(let e):
            return ("Ärendet öppnades igen efter \(origin(e.source)). Skäl: \(e.reason)", e.reopenedOn)
        case .participationLevelSet(let e):
            return (
                "Delaktighetsnivån sattes till \(e.level.rawValue) (\(e.level.label.lowercased())). Skäl: \(e.reason)",
                nil
            )
        case .feedbackGiven(let e):
            return ("Brukarrådet fick återkoppling om \(occasion(e.occasion)) \(channel(e.channel)).", e.givenOn)
        case .reminderSent(let e):
            return (PolicyEffectText.sentence(.reminder, e.effect), e.effect.on)
        case .escalationSent(let e):
            return (PolicyEffectText.sentence(.escalation, e.effect), e.effect.on)
        case .retitled, .decisionCorrected, .dueDateCorrected, .ownerCorrected:
            return correction(event)
        }
    }

    /// A council's (or revision group's) brukarkvittens, and for "inte kvitterat" their words.
    package static func kvittens(_ e: KvittensRecorded) -> String {
        let who = party(e.party)
        switch e.verdict {
        case .holds:
            let words = e.text.map { " De sa: \($0)" } ?? ""
            return "\(who) kvitterade \(channel(e.channel)): ändringen fungerar som de menade.\(words)"
        case .doesNotHold:
            let words = e.text.map { " De sa: \($0)" } ?? ""
            return
                "\(who) kvitterade inte \(channel(e.channel)): ändringen fungerar inte som de menade.\(words) Ärendet öppnades igen."
        }
    }

    /// Who gives a kvittens, as the history names them.
    package static func party(_ party: KvittensParty) -> String {
        switch party {
        case .council: "Brukarrådet"
        case .revision: "Revisionsgruppen"
        }
    }

    package static func channel(_ channel: KvittensChannel) -> String {
        switch channel {
        case .meeting: "vid ett möte"
        case .letter: "i ett brev"
        case .mail: "i ett mejl"
        }
    }

    package static func origin(_ source: IssueSource) -> String {
        switch source {
        case .proposal: "ett förslag från brukarrådet"
        case .finding: "en iakttagelse i en brukarrevision"
        case .actionItem: "en åtgärd i handlingsplanen"
        }
    }

    package static func occasion(_ occasion: FeedbackOccasion) -> String {
        switch occasion {
        case .decision: "beslutet"
        case .implementation: "genomförandet"
        }
    }

    package static func channel(_ channel: FeedbackChannel) -> String {
        switch channel {
        case .meeting: "vid ett möte"
        case .letter: "i ett brev"
        case .digest: "i månadsbrevet"
        }
    }

    /// The first eight characters of an issue's id, as the CLI shows it.
    package static func short(_ id: IssueID) -> String { String(id.description.prefix(8)) }

    /// The text with its first letter capitalised.
    package static func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
