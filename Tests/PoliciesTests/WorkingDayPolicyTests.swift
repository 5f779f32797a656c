import Domain
import Testing

@testable import Policies

/// The policies with thresholds, repeats and escalations in working days, across Easter, midsommar,
/// Christmas and New Year and a summer closure; and the letters that wait for a working day.
@Suite struct WorkingDayPolicyTests {
    typealias F = Fixture

    static let summer = try! ClosedPeriod(parsing: "2027-07-12..2027-08-06")

    /// The first day of `days` runs from `first` on which `configuration` reminds about `facts`.
    func firstReminder(_ facts: PolicyFacts, from first: String, days: Int, _ configuration: PoliciesConfiguration)
        -> CalendarDate?
    {
        simulate(from: first, days: days, configuration: configuration) { _ in facts }
            .first { $0.effect.kind == .reminder }?.day
    }

    @Test func noOwnerInWorkingDaysGoesAroundEaster() {
        // Registered Monday 22 March 2027; långfredagen (26) and annandag påsk (29) do not count.
        let facts = PolicyFacts(F.issue(registeredOn: "2027-03-22", lastEventOn: "2027-03-22"))
        let configuration = only(.noOwner) { $0.thresholdDays = DayCount(10, .workingDays) }
        #expect(firstReminder(facts, from: "2027-03-22", days: 30, configuration) == day("2027-04-07"))
        #expect(firstReminder(facts, from: "2027-03-22", days: 30, only(.noOwner)) == day("2027-04-05"))
    }

    @Test func dueSoonInWorkingDaysCountsBackAroundMidsummer() {
        let facts = PolicyFacts(F.issue(status: .inProgress, outcome: .accepted, owner: F.owner, dueDate: "2027-06-28"))
        let configuration = only(.dueSoon) { $0.thresholdDays = DayCount(5, .workingDays) }
        #expect(run(facts, on: "2027-06-17", configuration: configuration).isEmpty)
        #expect(run(facts, on: "2027-06-18", configuration: configuration).count == 1)
    }

    @Test func feedbackOwedInWorkingDaysGoesAroundChristmasAndNewYear() {
        let owed = FeedbackDue(councilId: F.council, occasion: .decision, owedSince: day("2026-12-18"))
        let facts = PolicyFacts(F.issue(status: .decided, outcome: .accepted, owner: F.owner, feedbackOwed: [owed]))
        let configuration = only(.feedbackOwed) { $0.thresholdDays = DayCount(10, .workingDays) }
        // 21–23 and 28–30 December, 4, 5 and 7 January: julafton, nyårsafton, nyårsdagen and
        // trettondedag jul are skipped.
        #expect(run(facts, on: "2027-01-07", configuration: configuration).isEmpty)
        #expect(run(facts, on: "2027-01-08", configuration: configuration).count == 1)
    }

    @Test func overdueGraceInWorkingDaysWaitsOutASummerClosure() {
        let facts = PolicyFacts(F.issue(status: .inProgress, outcome: .accepted, owner: F.owner, dueDate: "2027-07-09"))
        var configuration = only(.overdue) { $0.thresholdDays = DayCount(1, .workingDays) }
        configuration.calendar = WorkingCalendar(closed: [Self.summer])
        #expect(run(facts, on: "2027-08-09", configuration: configuration).isEmpty)
        #expect(run(facts, on: "2027-08-10", configuration: configuration).count == 1)
        // Without the closure, the grace day is Monday 12 July.
        configuration.calendar = .sweden
        #expect(run(facts, on: "2027-07-13", configuration: configuration).count == 1)
    }

    @Test func certificationExpiryInWorkingDays() {
        let facts = PolicyFacts(certifications: [F.certification(validUntil: "2027-08-11")])
        var configuration = only(.certificationExpiry) { $0.thresholdDays = DayCount(5, .workingDays) }
        configuration.calendar = WorkingCalendar(closed: [Self.summer])
        // Five working days before Wednesday 11 August: 10, 9 August, then before the closure 9, 8 and
        // 7 July.
        #expect(run(facts, on: "2027-07-06", configuration: configuration).isEmpty)
        #expect(run(facts, on: "2027-07-07", configuration: configuration).count == 1)
        configuration.calendar = .sweden
        #expect(run(facts, on: "2027-08-03", configuration: configuration).isEmpty)
        #expect(run(facts, on: "2027-08-04", configuration: configuration).count == 1)
    }

    @Test func escalationAndRepeatsCountWorkingDays() {
        let facts = PolicyFacts(F.issue(status: .inProgress, outcome: .accepted, owner: F.owner, dueDate: "2027-03-23"))
        let configuration = only(.overdue) {
            $0.escalateAfterDays = DayCount(3, .workingDays)
            $0.repeatDays = DayCount(5, .workingDays)
        }
        let happened = simulate(from: "2027-03-20", days: 20, configuration: configuration) { _ in facts }
        let reminders = happened.filter { $0.effect.kind == .reminder }.map(\.day)
        let escalations = happened.filter { $0.effect.kind == .escalation }.map(\.day)
        // First day late Wednesday 24 March. Långfredagen and annandag påsk do not count: three
        // working days later is 31 March (25, 30, 31), five is 2 April (25, 30, 31, 1, 2).
        #expect(reminders.first == day("2027-03-24"))
        #expect(escalations == [day("2027-03-31")])
        #expect(reminders.dropFirst().first == day("2027-04-02"))
    }

    @Test func aRunOnAHolidaySendsNothingAndTheNextWorkingDaySendsOnceSayingWhy() throws {
        // Due Thursday 25 March 2027: the first day late is långfredagen.
        let facts = PolicyFacts(F.issue(status: .inProgress, outcome: .accepted, owner: F.owner, dueDate: "2027-03-25"))
        var configuration = PoliciesConfiguration.defaults
        for other in PolicyName.allCases where other != .overdue { configuration[other].enabled = false }
        #expect(configuration.onNonWorkingDays == .nextWorkingDay)
        let happened = simulate(from: "2027-03-24", days: 10, configuration: configuration) { _ in facts }
        #expect(happened.map(\.day) == [day("2027-03-30")])
        let effect = try #require(happened.first?.effect)
        #expect(effect.dueOn == day("2027-03-26"))
        #expect(effect.waitedFor == .holiday(.goodFriday))
        // Configured to send on any day, it goes out on långfredagen itself.
        configuration.onNonWorkingDays = .send
        let sent = simulate(from: "2027-03-24", days: 10, configuration: configuration) { _ in facts }
        #expect(sent.map(\.day) == [day("2027-03-26"), day("2027-04-02")])
        #expect(sent.first?.effect.waitedFor == nil)
    }

    @Test func aReminderDueOnAPlainWeekendGoesOutOnMondayWithoutANote() {
        // Due Thursday 11 March 2027: the first day late is Friday; with two days of grace, Sunday.
        let facts = PolicyFacts(F.issue(status: .inProgress, outcome: .accepted, owner: F.owner, dueDate: "2027-03-11"))
        var configuration = PoliciesConfiguration.defaults
        for other in PolicyName.allCases where other != .overdue { configuration[other].enabled = false }
        configuration.overdue.thresholdDays = 2
        let happened = simulate(from: "2027-03-10", days: 10, configuration: configuration) { _ in facts }
        #expect(happened.map(\.day) == [day("2027-03-15")])
        #expect(happened.first?.effect.waitedFor == nil)
    }

    @Test func thePendingEscalationSaysHowItWasReached() {
        let facts = PolicyFacts(F.issue(status: .inProgress, outcome: .accepted, owner: F.owner, dueDate: "2027-06-21"))
        let configuration = only(.overdue) { $0.escalateAfterDays = DayCount(5, .workingDays) }
        let first = run(facts, on: "2027-06-22", configuration: configuration)
        let prior = first.map { PriorEffect($0, on: day("2027-06-22")) }
        let holding = PolicyEngine.holdingCauses(facts: facts, today: day("2027-06-23"), configuration: configuration)
        let pending = PolicyEngine.explainedEscalations(prior: prior, holding: holding, configuration: configuration)
        // 23, 24, 28, 29 and 30 June: midsommarafton is skipped.
        #expect(pending.values.map(\.result) == [day("2027-06-30")])
        #expect(pending.values.map(\.skipped) == [[.holiday(.midsummerEve)]])
        #expect(
            PolicyEngine.pendingEscalations(prior: prior, holding: holding, configuration: configuration).values.map {
                $0
            } == [day("2027-06-30")])
    }

    /// A date counted in working days says how it was reached; the letter words it from this.
    @Test func anEffectCountedInWorkingDaysCarriesHowItWasCounted() {
        let facts = PolicyFacts(F.issue(registeredOn: "2027-03-22", lastEventOn: "2027-03-22"))
        let configuration = only(.noOwner) {
            $0.thresholdDays = DayCount(10, .workingDays)
            $0.escalateAfterDays = DayCount(2, .workingDays)
        }
        let happened = simulate(from: "2027-03-22", days: 30, configuration: configuration) { _ in facts }
        let reminder = happened.first { $0.effect.kind == .reminder }?.effect
        #expect(reminder?.explained?.start == day("2027-03-22"))
        #expect(reminder?.explained?.result == day("2027-04-07"))
        #expect(reminder?.explained?.skipped.count == 2)  // långfredagen and annandag påsk
        let escalation = happened.first { $0.effect.kind == .escalation }?.effect
        #expect(escalation?.explained?.start == day("2027-04-07"))
        #expect(escalation?.explained?.result == day("2027-04-09"))
        // In calendar days there is nothing to explain.
        let plain = simulate(from: "2027-03-22", days: 30, configuration: only(.noOwner)) { _ in facts }
        #expect(plain.allSatisfy { $0.effect.explained == nil })
    }

    @Test func workingDayValuesAreCheckedLikeOthers() {
        var configuration = PoliciesConfiguration.defaults
        configuration.stale.thresholdDays = DayCount(4000, .workingDays)
        #expect(throws: PolicyConfigurationError.self) { try configuration.validate() }
        configuration.stale.thresholdDays = DayCount(40, .workingDays)
        #expect(throws: Never.self) { try configuration.validate() }
    }
}
