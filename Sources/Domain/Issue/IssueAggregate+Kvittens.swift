import Foundation

extension IssueAggregate {
    /// Brukarkvittens and follow-up: an issue that came from a council's proposal or a revision's
    /// finding is followed up when those who raised it say the change works — or, without their word,
    /// when the coordinator says why they were not asked or did not answer. `IssueStage.allows` has
    /// already said the issue is implemented.
    static func decideKvittens(_ command: IssueCommand, _ state: IssueState, _ context: DecisionContext)
        throws(DomainError) -> [IssueEvent]
    {
        let today = context.today
        switch command {
        case .verify(let note):
            let note = try Validation.optionalText(note, "Anteckningen")
            let awaited = state.kvittensAwaited
            guard awaited.isEmpty else {
                throw DomainError(
                    .kvittensMissing,
                    "Ärendet kan inte följas upp än: \(names(awaited)) har inte sagt om ändringen fungerar som de menade. "
                        + "Registrera deras brukarkvittens först. Har de inte tillfrågats eller inte svarat, "
                        + "till exempel för att rådet är nedlagt, kan ärendet följas upp utan brukarkvittens "
                        + "om du skriver varför.")
            }
            return [
                .verified(IssueVerified(verifiedOn: today, note: note))
            ]

        case .verifyWithoutKvittens(let note, let reason):
            guard !state.kvittensAwaited.isEmpty else {
                throw DomainError(
                    .kvittensNotAwaited,
                    "Ärendet väntar inte på någon brukarkvittens. Följ upp det utan att ange skäl.")
            }
            let reason = try Validation.text(reason, "Skälet till att brukarkvittens saknas", code: .missingReason)
            try Validation.noPersonalData(reason, "Skälet till att brukarkvittens saknas")
            return [
                .verifiedWithoutKvittens(
                    IssueVerifiedWithoutKvittens(
                        verifiedOn: today, note: try Validation.optionalText(note, "Anteckningen"), reason: reason))
            ]

        case .recordKvittens(let answer):
            return [.kvittensRecorded(try kvittensRecorded(answer, state, context))]

        default:
            preconditionFailure("\(command) is not a follow-up command")
        }
    }

    private static func kvittensRecorded(_ answer: Kvittens, _ state: IssueState, _ context: DecisionContext)
        throws(DomainError) -> KvittensRecorded
    {
        guard state.kvittensParties.contains(answer.party) else {
            let asked =
                state.kvittensParties.isEmpty
                ? "Ärendet kom inte från ett råds förslag eller en revisions iakttagelse, så ingen brukarkvittens behövs."
                : "Brukarkvittens lämnas av \(names(state.kvittensParties))."
            throw DomainError(
                .kvittensNotAwaited, "\(capitalized(answer.party.label)) står inte bakom ärendet. \(asked)")
        }
        guard state.kvittensAwaited.contains(answer.party) else {
            throw DomainError(
                .duplicate,
                "\(capitalized(answer.party.label)) har redan lämnat sin brukarkvittens sedan ärendet genomfördes.")
        }
        if let since = state.kvittensAskedSince, answer.givenOn < since {
            throw DomainError(
                .dateTooEarly,
                "Brukarkvittensen (\(answer.givenOn)) kan inte ha lämnats före genomförandet (\(since)).")
        }
        try Validation.notInFuture(answer.givenOn, "Datumet för brukarkvittensen", context)
        let text: String?
        switch answer.verdict {
        case .holds:
            text = try Validation.optionalText(answer.text, "Deras ord")
        case .doesNotHold:
            text = try Validation.text(
                answer.text ?? "", "Deras ord om vad som inte fungerar", code: .missingReason)
        }
        if let text { try Validation.noPersonalData(text, "Deras ord") }
        return KvittensRecorded(
            party: answer.party, verdict: answer.verdict, text: text, channel: answer.channel, givenOn: answer.givenOn)
    }

    private static func names(_ parties: [KvittensParty]) -> String {
        let labels = parties.map(\.label)
        guard let last = labels.last else { return "" }
        return labels.count == 1 ? last : labels.dropLast().joined(separator: ", ") + " och " + last
    }

    private static func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
