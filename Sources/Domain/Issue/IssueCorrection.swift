/// A recorded fact of an issue that a correction (rättelse) put right: what was corrected, on which
/// day, and — for a decision — which councils had already been told the old one. No free text: the
/// corrected fact itself is in the issue's state, and the letters tell it from there.
package struct IssueCorrection: Hashable, Sendable, Codable {
    package var fact: CorrectedFact
    package var correctedOn: CalendarDate
    /// The councils that had been told the old fact and so must hear the correction; for a decision,
    /// those whose feedback on it had been given (they are owed feedback again).
    package var toldCouncils: [CouncilID]

    package init(fact: CorrectedFact, correctedOn: CalendarDate, toldCouncils: [CouncilID] = []) {
        self.fact = fact
        self.correctedOn = correctedOn
        self.toldCouncils = toldCouncils
    }
}

/// Which fact of an issue a correction put right.
package enum CorrectedFact: Hashable, Sendable, Codable {
    case title
    /// The decision; `from` is the outcome recorded before (it may be the same, with a new motivation).
    case decision(from: DecisionOutcome)
    case dueDate
    case owner
}
