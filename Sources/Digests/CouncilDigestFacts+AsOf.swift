import Domain

extension CouncilDigestFacts {
    /// The facts as they stood at the end of `day`: what a digest for a month that has ended tells, so
    /// that a letter sent late never reports, under its month's title, what happened afterwards.
    ///
    /// Everything the read models date is rolled back: proposals put forward and linked later are left
    /// out or not yet in an issue; issues registered later are left out; a decision, an
    /// implementation, a follow-up or a withdrawal made later is taken back (the issue's status is what
    /// the dates before it say); feedback that became owed later, findings linked later and later
    /// escalations are left out. A council that answered (kvitterat) after the day, or whose issue was
    /// followed up after it, was still asked on it. What the read models do not date — the owner, the planned date, the
    /// texts, a proposal's withdrawal — is told as it is now.
    package func asOf(_ day: CalendarDate) -> CouncilDigestFacts {
        let after = { (date: CalendarDate?) in date.map { day < $0 } ?? false }
        let issues = self.issues.filter { !after($0.registeredOn) }.map { $0.asOf(day) }
        let proposals = self.proposals.filter { !after($0.putForwardOn) }.map { proposal in
            var proposal = proposal
            if after(proposal.linkedOn) {
                proposal.issueId = nil
                proposal.linkedOn = nil
            }
            return proposal
        }
        return CouncilDigestFacts(
            council: council, proposals: proposals, issues: issues, meetings: meetings.filter { !after($0.heldOn) })
    }
}

extension CouncilDigestFacts.IssueFact {
    /// The issue as it stood at the end of `day` (see ``CouncilDigestFacts/asOf(_:)``).
    func asOf(_ day: CalendarDate) -> CouncilDigestFacts.IssueFact {
        let after = { (date: CalendarDate?) in date.map { day < $0 } ?? false }
        var issue = self
        var rolledBack = false
        if after(issue.withdrawnOn) {
            issue.withdrawnOn = nil
            issue.withdrawnReason = nil
            rolledBack = true
        }
        if after(issue.verifiedOn) {
            issue.verifiedOn = nil
            issue.verificationNote = nil
            rolledBack = true
        }
        if after(issue.implementedOn) {
            issue.implementedOn = nil
            issue.implementationSummary = nil
            rolledBack = true
        }
        if after(issue.decidedOn) {
            issue.outcome = nil
            issue.motivation = nil
            issue.decidedBy = nil
            issue.decidedOn = nil
            rolledBack = true
        }
        if rolledBack {
            issue.status =
                if issue.verifiedOn != nil {
                    .verified
                } else if issue.implementedOn != nil {
                    .implemented
                } else if issue.decidedOn != nil {
                    issue.outcome == .rejected ? .decided : .inProgress
                } else {
                    issue.owner == nil ? .registered : .inPreparation
                }
        }
        let followedUpLater = rolledBack && issue.verifiedOn == nil && self.verifiedOn != nil
        if after(issue.kvittensHeld?.givenOn) { issue.kvittensHeld = nil }
        if followedUpLater { issue.verifiedWithoutKvittens = false }
        if issue.kvittensAskedSince == nil, issue.status == .implemented, issue.kvittensHeld == nil,
            let implemented = issue.implementedOn,
            after(self.kvittensHeld?.givenOn) || (followedUpLater && self.verifiedWithoutKvittens)
        {
            // Asked since the day it was carried out, as the domain asks (`IssueState.kvittensAskedSince`),
            // and not yet answered on `day`.
            issue.kvittensAskedSince = implemented
        }
        if after(issue.kvittensAskedSince) { issue.kvittensAskedSince = nil }
        if after(issue.kvittensNotHeld?.givenOn) { issue.kvittensNotHeld = nil }
        issue.feedbackOwed = issue.feedbackOwed.filter { !after($0.owedSince) }
        issue.findings = issue.findings.filter { !after($0.linkedOn) }
        issue.escalations = issue.escalations.filter { !after($0.on) }
        return issue
    }
}
