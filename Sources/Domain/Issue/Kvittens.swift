/// Brukarkvittens (DESIGN §2): the answer of those who raised an issue — a council, for a proposal,
/// or a revision group, for a finding — to whether the implemented change works as they meant.
package struct Kvittens: Equatable, Sendable, Codable {
    package var party: KvittensParty
    package var verdict: KvittensVerdict
    /// Their words; required when it does not hold.
    package var text: String?
    package var channel: KvittensChannel
    package var givenOn: CalendarDate

    package init(
        party: KvittensParty, verdict: KvittensVerdict, text: String?, channel: KvittensChannel, givenOn: CalendarDate
    ) {
        self.party = party
        self.verdict = verdict
        self.text = text
        self.channel = channel
        self.givenOn = givenOn
    }
}

/// Whether the change holds, in the council's (or revision group's) word.
package enum KvittensVerdict: String, Codable, Sendable, CaseIterable {
    /// Kvitterat: it works as they meant.
    case holds = "holds"
    /// Inte kvitterat: it does not; the issue is reopened with their words.
    case doesNotHold = "does_not_hold"
}

/// How the answer reached the organisation.
package enum KvittensChannel: String, Codable, Sendable, CaseIterable {
    case meeting = "meeting"
    case letter = "letter"
    case mail = "mail"
}
