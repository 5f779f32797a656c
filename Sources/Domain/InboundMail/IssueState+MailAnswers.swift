extension IssueState {
    /// Whether a decision may come by mail from whom a letter went to: the unit's ledning, the only
    /// one whose letters offer `BESLUT` (an owner is asked to prepare; ledningen decides). A council,
    /// a coordinator or an owner may be told of a decision, never make one by replying.
    package func decidesByMail(_ recipient: RecipientKey) -> Bool {
        if case .management(let unit) = recipient { unit == unitId } else { false }
    }
}
