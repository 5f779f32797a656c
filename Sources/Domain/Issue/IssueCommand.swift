/// What can be asked of an issue. Dates of lifecycle steps are the day the command is handled.
package enum IssueCommand: Equatable, Sendable {
    /// Open the issue from its first source.
    case open(unitId: UnitID, title: String, source: IssueSource, qualityArea: QualityArea?)
    /// Link another source about the same problem.
    case linkSource(IssueSource)
    /// Give the issue an owner (a role or an official).
    case assignOwner(String)
    /// Set or move the due date.
    case setDueDate(CalendarDate)
    /// Begin preparation (beredning).
    case startPreparation
    /// Decide, with a motivation in plain language and who decided.
    case decide(outcome: DecisionOutcome, motivation: String, decidedBy: String)
    /// Begin carrying out an accepted decision.
    case startWork
    /// The change is carried out.
    case markImplemented(summary: String?)
    /// Follow-up shows the change works.
    case verify(note: String?)
    /// Follow-up although the council or revision group behind the issue gave no kvittens, with why
    /// they were not asked or did not answer.
    case verifyWithoutKvittens(note: String?, reason: String)
    /// Record the brukarkvittens of a council or revision group behind the implemented issue: it holds,
    /// or it does not (with their words), which reopens the issue.
    case recordKvittens(Kvittens)
    /// Withdraw the issue, with a reason.
    case withdraw(reason: String)
    /// Merge this issue into `survivor` (use `IssueAggregate.merge` to decide both sides at once).
    case mergeInto(survivor: IssueID)
    /// Take over the sources and owed feedback of an issue merged into this one.
    case absorb(from: IssueID, sources: [IssueSource], feedbackOwed: [FeedbackDue])
    /// Reopen because a later finding or proposal shows the same problem.
    case reopen(source: IssueSource, reason: String)
    /// Set or change the participation level, with a reason.
    case setParticipationLevel(ParticipationLevel, reason: String)
    /// Record that owed feedback was given to a council.
    case giveFeedback(councilId: CouncilID, occasion: FeedbackOccasion, channel: FeedbackChannel, givenOn: CalendarDate)
    /// Record that a policy reminded someone about the issue or told ledningen — if its cause still
    /// holds (see ``IssueAggregate/stillCalledFor(_:_:)``); otherwise nothing is recorded.
    case recordPolicyEffect(PolicyEffectKind, PolicyEffectRecord)
    /// Correct a wrongly recorded title, with why.
    case retitle(title: String, reason: String)
    /// Correct the decision in force (outcome, motivation, decider) before the work began, with why.
    case correctDecision(outcome: DecisionOutcome, motivation: String, decidedBy: String, reason: String)
    /// Correct a wrongly recorded due date, with why (moving the plan is ``setDueDate(_:)``).
    case correctDueDate(CalendarDate, reason: String)
    /// Correct a wrongly recorded owner, with why (handing the issue over is ``assignOwner(_:)``).
    case correctOwner(String, reason: String)
}
