import Domain
import Foundation

/// Collects the demo's commands, each written on a day counted from `today` (−400 … 0), so the stories
/// read as a calendar and stay the same age relative to whenever the demo is loaded.
///
/// Steps on the same day get instants one minute apart from 08:00 local time, in the order they were
/// written; `ordered` sorts all stories into one handling order. Nothing happens after noon today.
struct DemoScript {
    let today: CalendarDate
    let timeZone: TimeZone
    /// The staff user who gives the following commands, until changed.
    var actor = "samordnare"
    private var written: [DemoStep] = []
    private var stepsPerDay: [Int: Int] = [:]

    init(today: CalendarDate, timeZone: TimeZone) {
        self.today = today
        self.timeZone = timeZone
    }

    /// The steps in handling order: by instant, and by writing order within the same instant.
    var ordered: [DemoStep] {
        written.enumerated()
            .sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }
            .map(\.element)
    }

    /// The date `offset` days from today (negative: in the past).
    func day(_ offset: Int) -> CalendarDate { today.adding(days: offset) }

    /// Adds `command`, handled on day `offset` by `actor` (or the current actor).
    mutating func add(_ offset: Int, _ command: DomainCommand, as actor: String? = nil) {
        precondition(offset <= 0, "the demo only holds what has already happened")
        let minute = stepsPerDay[offset, default: 0]
        precondition(minute < 4 * 60, "at most 240 steps a day, so that today's stay before noon")
        stepsPerDay[offset] = minute + 1
        written.append(
            DemoStep(at: instant(offset, minutesAfterEight: minute), actor: actor ?? self.actor, command: command))
    }

    private func instant(_ offset: Int, minutesAfterEight minute: Int) -> Date {
        let date = day(offset)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = DateComponents(
            year: date.year, month: date.month, day: date.day, hour: 8 + minute / 60, minute: minute % 60)
        return calendar.date(from: components)!
    }

    // MARK: Shorthands the stories read better with

    mutating func issue(_ id: IssueID, _ offset: Int, _ command: IssueCommand, as actor: String? = nil) {
        add(offset, .issue(id, command), as: actor)
    }

    /// The brukarkvittens of a council or revision group on day `offset`: the implemented change works
    /// as they meant.
    mutating func kvittens(_ id: IssueID, _ offset: Int, from party: KvittensParty, by channel: KvittensChannel) {
        issue(
            id, offset,
            .recordKvittens(Kvittens(party: party, verdict: .holds, text: nil, channel: channel, givenOn: day(offset))))
    }

    /// A council meeting held on day `offset`, recorded the same day.
    mutating func meeting(_ council: CouncilID, _ meeting: MeetingID, _ offset: Int, participants: Int) {
        add(
            offset,
            .council(council, .recordMeeting(meetingId: meeting, heldOn: day(offset), participantCount: participants)))
    }

    /// A proposal put forward at `meeting` on day `offset`.
    mutating func propose(
        _ id: ProposalID, _ offset: Int, council: CouncilID, meeting: MeetingID?, area: QualityArea?,
        pseudonym: String? = nil, _ text: String
    ) {
        add(
            offset,
            .proposal(
                id,
                .putForward(councilId: council, meetingId: meeting, text: text, qualityArea: area, pseudonym: pseudonym)
            ))
    }

    /// Feedback given to `council` on day `offset`.
    mutating func feedback(
        _ issue: IssueID, _ offset: Int, to council: CouncilID, about occasion: FeedbackOccasion,
        by channel: FeedbackChannel
    ) {
        add(
            offset,
            .issue(issue, .giveFeedback(councilId: council, occasion: occasion, channel: channel, givenOn: day(offset)))
        )
    }
}
