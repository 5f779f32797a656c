import Domain

/// The reminder and escalation policies as one pure function: facts from the read models, today and
/// the configuration in; the effects to record and send out. No clock, no I/O, so a preview of any
/// day and a test over years are the same call as the daily run.
///
/// For each cause that holds (see ``PolicyConfiguration`` for when each one starts), with the
/// earlier effects for the same cause:
/// - the first recipient is reminded on the first day the cause holds, and again when `repeat_days`
///   have passed since the last reminder — never on the day before, never twice in `repeat_days`;
/// - ledningen (``RecipientKey/management(_:)`` of the subject's unit) is told once,
///   `escalate_after_days` after the first reminder, and never again for that occasion;
/// - once the cause is gone (an owner given, a decision made, feedback given, the issue closed, a
///   renewal started), nothing more happens, whatever was done before.
///
/// Who is reminded first: for `no_owner` and `certification_expiry` the unit's coordinator; for the
/// issue policies the issue's owner, or the coordinator while it has none; for `action_item_due` the
/// one who follows the item up; for `kvittens_awaited` the unit's coordinator, who asks the council.
///
/// A run after a gap makes up for it without doubling: the reminder that fell on a missed day fires
/// on the next run, once.
///
/// Thresholds, repeats and escalations count calendar days or working days on the configuration's
/// ``WorkingCalendar``. On a day that is not a working day the run sends nothing unless
/// `on_non_working_days` is `send`: what fell due goes out on the next working day, once, and an
/// effect that waited for a holiday or a closed period says so (``Effect/waitedFor``).
package enum PolicyEngine {
    /// The effects of a run on `today`, in a fixed order (by subject, then policy, occasion, kind and
    /// recipient), whatever the order of the facts: one pass over the facts with the prior effects in
    /// a dictionary, then one sort of the effects.
    package static func evaluate(
        facts: PolicyFacts, prior: [PriorEffect], today: CalendarDate, configuration: PoliciesConfiguration
    ) -> [Effect] {
        guard configuration.sends(on: today) else { return [] }
        var run = Run(prior: PriorIndex(prior, upTo: today), today: today, configuration: configuration)
        for issue in facts.issues { run.consider(issue) }
        for item in facts.actionItems { run.consider(item) }
        for certification in facts.certifications { run.consider(certification) }
        return inRunOrder(run.effects)
    }

    /// `effects` in a run's order (by subject, then policy, occasion, kind and recipient), sorted once on
    /// keys computed once, so 100,000 of them sort without building strings in every comparison. The
    /// order is total: no two effects of a run share an identity.
    package static func inRunOrder(_ effects: [Effect]) -> [Effect] {
        effects.map { effect in
            (
                key: SortKey(
                    subject: effect.subject.description, policy: effect.policy.rank, occasion: effect.occasion,
                    kind: effect.kind == .reminder ? 0 : 1, recipient: effect.recipient.description),
                effect: effect
            )
        }
        .sorted { $0.key < $1.key }
        .map(\.effect)
    }

    /// The causes that hold on `today` with the policy enabled, whatever was sent about them: an
    /// escalation recorded for one of these is still open.
    package static func holdingCauses(facts: PolicyFacts, today: CalendarDate, configuration: PoliciesConfiguration)
        -> Set<CauseKey>
    {
        var run = Run(prior: PriorIndex([], upTo: today), today: today, configuration: configuration)
        for issue in facts.issues { run.consider(issue) }
        for item in facts.actionItems { run.consider(item) }
        for certification in facts.certifications { run.consider(certification) }
        return run.holding
    }

    /// When ledningen will be told about each cause that holds, has been reminded about and not yet
    /// escalated, if nothing changes: the first reminder's day plus the policy's `escalate_after_days`.
    package static func pendingEscalations(
        prior: [PriorEffect], holding: Set<CauseKey>, configuration: PoliciesConfiguration
    ) -> [CauseKey: CalendarDate] {
        explainedEscalations(prior: prior, holding: holding, configuration: configuration).mapValues(\.result)
    }

    /// ``pendingEscalations(prior:holding:configuration:)`` with how each day was reached: from the
    /// first reminder, by `escalate_after_days`, around the holidays and closures it went around.
    package static func explainedEscalations(
        prior: [PriorEffect], holding: Set<CauseKey>, configuration: PoliciesConfiguration
    ) -> [CauseKey: ComputedDate] {
        var first: [CauseKey: CalendarDate] = [:]
        var escalated = Set<CauseKey>()
        for effect in prior {
            let key = CauseKey(policy: effect.policy, subject: effect.subject, occasion: effect.occasion)
            switch effect.kind {
            case .reminder: first[key] = min(first[key] ?? effect.on, effect.on)
            case .escalation: escalated.insert(key)
            }
        }
        var pending: [CauseKey: ComputedDate] = [:]
        for (key, day) in first where holding.contains(key) && !escalated.contains(key) {
            if let after = configuration[key.policy].escalateAfterDays {
                pending[key] = configuration.calendar.compute(after, from: day)
            }
        }
        return pending
    }
}

/// One evaluation: the index of what was done before and the effects found so far.
private struct Run {
    let prior: PriorIndex
    let today: CalendarDate
    let configuration: PoliciesConfiguration
    var effects: [Effect] = []
    /// Every cause found holding, reminded or not.
    var holding = Set<CauseKey>()

    init(prior: PriorIndex, today: CalendarDate, configuration: PoliciesConfiguration) {
        self.prior = prior
        self.today = today
        self.configuration = configuration
    }

    mutating func consider(_ issue: IssueFact) {
        let subject = EffectSubject.issue(issue.id)
        let unit = issue.unitId
        let responsible = issue.owner.map(RecipientKey.owner) ?? .coordinator(unit)
        if issue.isOpen {
            if issue.owner == nil {
                let cause = EffectCause.noOwner(registeredOn: issue.registeredOn)
                fire(
                    cause, subject, unit, to: .coordinator(unit),
                    from: days(cause).after(issue.registeredOn, in: calendar))
            }
            if !issue.isDecided {
                let cause = EffectCause.noDecision(registeredOn: issue.registeredOn)
                fire(cause, subject, unit, to: responsible, from: days(cause).after(issue.registeredOn, in: calendar))
            }
            let cause = EffectCause.stale(lastEventOn: issue.lastEventOn)
            fire(cause, subject, unit, to: responsible, from: days(cause).after(issue.lastEventOn, in: calendar))
        }
        if let due = issue.dueDate, issue.status.canBeLate(outcome: issue.outcome) {
            if today <= due {
                let cause = EffectCause.dueSoon(dueDate: due)
                fire(cause, subject, unit, to: responsible, from: days(cause).before(due, in: calendar))
            } else {
                let cause = EffectCause.overdue(dueDate: due)
                fire(
                    cause, subject, unit, to: responsible, from: days(cause).after(due, in: calendar).adding(days: 1))
            }
        }
        for owed in issue.feedbackOwed {
            let cause = EffectCause.feedbackOwed(owed)
            fire(cause, subject, unit, to: responsible, from: days(cause).after(owed.owedSince, in: calendar))
        }
        if let asked = issue.kvittensAskedSince {
            let cause = EffectCause.kvittensAwaited(askedSince: asked)
            fire(cause, subject, unit, to: .coordinator(unit), from: days(cause).after(asked, in: calendar))
        }
    }

    mutating func consider(_ item: ActionItemFact) {
        guard item.planAdopted else { return }
        let cause = EffectCause.actionItemDue(dueDate: item.dueDate)
        fire(
            cause, .actionItem(item.id, item.certificationId), item.unitId, to: .owner(item.followedUpBy),
            from: days(cause).before(item.dueDate, in: calendar))
    }

    mutating func consider(_ certification: CertificationFact) {
        guard !certification.renewalStarted else { return }
        let cause = EffectCause.certificationExpiry(validUntil: certification.validUntil)
        fire(
            cause, .certification(certification.id), certification.unitId, to: .coordinator(certification.unitId),
            from: days(cause).before(certification.validUntil, in: calendar))
    }

    /// The policy's threshold.
    private func days(_ cause: EffectCause) -> DayCount { configuration[cause.policy].thresholdDays }

    /// The calendar working days are counted on.
    private var calendar: WorkingCalendar { configuration.calendar }

    /// `count` from `start`, with what it went around, when it counts working days.
    private func workingDays(_ count: DayCount, from start: CalendarDate) -> ComputedDate? {
        count.unit == .workingDays ? calendar.compute(count, from: start) : nil
    }

    /// How the first day of `cause` was counted from the day its threshold starts from, when in working
    /// days: forward from the day it began (registration, last event, owed since, asked since), back
    /// from a due date or the last valid day (due soon, action items, certification expiry). `start`
    /// is what ``fire(_:_:_:to:from:)`` was given; an overdue cause starts the day after its count.
    private func explained(_ cause: EffectCause, startingOn start: CalendarDate) -> ComputedDate? {
        let count = days(cause)
        guard count.unit == .workingDays else { return nil }
        let computed: ComputedDate? =
            switch cause {
            case .noOwner(let from), .noDecision(let from), .stale(let from): calendar.compute(count, from: from)
            case .feedbackOwed(let owed): calendar.compute(count, from: owed.owedSince)
            case .kvittensAwaited(let asked): calendar.compute(count, from: asked)
            case .dueSoon(let due), .actionItemDue(let due):
                calendar.compute(DayCount(-count.count, count.unit), from: due)
            case .certificationExpiry(let last): calendar.compute(DayCount(-count.count, count.unit), from: last)
            case .overdue: nil
            }
        return computed?.result == start ? computed : nil
    }

    /// The holiday or closed period an effect due on `due` waited for, when it goes out today, the
    /// first working day after it, because no letters are sent on such days. Plain weekends are not
    /// named: everyone expects a letter on Monday.
    private func waited(_ due: CalendarDate) -> NonWorkingReason? {
        guard configuration.onNonWorkingDays == .nextWorkingDay, due < today,
            calendar.nextWorkingDay(onOrAfter: due) == today, let reason = calendar.reason(due)
        else { return nil }
        if case .weekend = reason {
            // A holiday in between (a Saturday before Easter Monday) still made the letter wait.
            var day = due
            while day < today {
                if let other = calendar.reason(day), other != reason, !isWeekend(other) { return other }
                day = day.adding(days: 1)
            }
            return nil
        }
        return reason
    }

    private func isWeekend(_ reason: NonWorkingReason) -> Bool {
        if case .weekend = reason { return true }
        return false
    }

    /// The effects of a cause that holds from `start` on: a reminder unless one was sent within
    /// `repeat_days`, and ledningen told once when `escalate_after_days` have passed since the first.
    private mutating func fire(
        _ cause: EffectCause, _ subject: EffectSubject, _ unit: UnitID, to recipient: RecipientKey,
        from start: CalendarDate
    ) {
        let policy = configuration[cause.policy]
        guard policy.enabled, today >= start else { return }
        let key = CauseKey(policy: cause.policy, subject: subject, occasion: cause.occasion)
        holding.insert(key)
        let history = prior[key]
        var reminders = history.reminders
        // The day the next reminder is due: the cause's first day, or the last reminder's plus the
        // repeat interval; none when it does not repeat.
        let reminderDue: CalendarDate? =
            if let last = reminders.last?.on {
                policy.repeatDays.map { $0.after(last, in: calendar) }
            } else {
                start
            }
        if let due = reminderDue, today >= due {
            var reminder = Effect(
                kind: .reminder, subject: subject, unitId: unit, cause: cause, recipient: recipient,
                remindersBefore: reminders, dueOn: due)
            reminder.waitedFor = waited(due)
            reminder.explained =
                if let last = reminders.last?.on {
                    policy.repeatDays.flatMap { workingDays($0, from: last) }
                } else {
                    explained(cause, startingOn: start)
                }
            effects.append(reminder)
            reminders.append(PriorEffect(reminder, on: today))
        }
        if let after = policy.escalateAfterDays, !history.escalated, let first = reminders.first?.on {
            let due = after.after(first, in: calendar)
            if today >= due {
                var escalation = Effect(
                    kind: .escalation, subject: subject, unitId: unit, cause: cause, recipient: .management(unit),
                    remindersBefore: reminders, dueOn: due)
                escalation.waitedFor = waited(due)
                escalation.explained = workingDays(after, from: first)
                effects.append(escalation)
            }
        }
    }
}

/// The order of a run's effects.
private struct SortKey: Comparable {
    var subject: String
    var policy: Int
    var occasion: String
    var kind: Int
    var recipient: String

    static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.subject, lhs.policy, lhs.occasion, lhs.kind, lhs.recipient)
            < (rhs.subject, rhs.policy, rhs.occasion, rhs.kind, rhs.recipient)
    }
}
