/// The rules of the schedule: each day's scheduled run of the policies, and each month's scheduled
/// digests, are recorded once. Manual runs are recorded as they happen and leave the schedule as it was.
package enum PolicyScheduleAggregate: Aggregate {
    package typealias ID = PolicyScheduleID

    package struct State: Sendable, Equatable {
        /// The day of the last scheduled run, if there was one.
        package var lastScheduledDay: CalendarDate?
        /// The month of the last scheduled digests, if there were any.
        package var lastDigestMonth: CalendarMonth?
        /// When the first run, scheduled or manual, started: the schedule began then, and nothing
        /// before it was ever owed.
        package var begunAt: Timestamp?
        /// When the last scheduled run of the policies, and of the digests, finished: what monitoring
        /// watches. Manual runs leave them, so they cannot hide a schedule that stands still.
        package var lastScheduledRunFinishedAt: Timestamp?
        package var lastScheduledDigestsFinishedAt: Timestamp?
        /// Whether any run, scheduled or manual, has been recorded.
        package var hasRun: Bool { begunAt != nil }

        package init(
            lastScheduledDay: CalendarDate? = nil, lastDigestMonth: CalendarMonth? = nil, begunAt: Timestamp? = nil
        ) {
            self.lastScheduledDay = lastScheduledDay
            self.lastDigestMonth = lastDigestMonth
            self.begunAt = begunAt
        }
    }

    package enum Command: Equatable, Sendable {
        case recordRun(PoliciesRan)
        case recordDigests(DigestsRan)
    }

    package static let initialState = State()

    package static func decide(_ command: Command, _ state: State, _ context: DecisionContext)
        throws(DomainError) -> [PolicyScheduleEvent]
    {
        switch command {
        case .recordRun(let run):
            if run.trigger == .scheduled, let last = state.lastScheduledDay, run.day <= last {
                throw DomainError(
                    .alreadyExists, "Påminnelserna för \(run.day) har redan skickats (senast för \(last)).")
            }
            return [.ran(run)]
        case .recordDigests(let run):
            if run.trigger == .scheduled, let last = state.lastDigestMonth, run.month <= last {
                throw DomainError(
                    .alreadyExists, "Månadsbreven för \(run.month) har redan skickats (senast för \(last)).")
            }
            return [.digestsRan(run)]
        }
    }

    package static func evolve(_ state: State, _ event: PolicyScheduleEvent) -> State {
        var state = state
        switch event {
        case .ran(let e): state.begunAt = state.begunAt ?? e.startedAt
        case .digestsRan(let e): state.begunAt = state.begunAt ?? e.startedAt
        }
        switch event {
        case .ran(let e) where e.trigger == .scheduled:
            state.lastScheduledDay = max(state.lastScheduledDay ?? e.day, e.day)
            state.lastScheduledRunFinishedAt = e.finishedAt
        case .digestsRan(let e) where e.trigger == .scheduled:
            state.lastDigestMonth = max(state.lastDigestMonth ?? e.month, e.month)
            state.lastScheduledDigestsFinishedAt = e.finishedAt
        case .ran, .digestsRan:
            break
        }
        return state
    }
}
