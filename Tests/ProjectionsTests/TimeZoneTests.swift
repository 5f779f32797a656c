import AppTestSupport
import Domain
import Foundation
import Projections
import ReadModelTypes
import Testing

/// Every date in the read models is a day on the organisation's calendar — the configured time zone,
/// not Stockholm's. Noon in Stockholm on 10 January is already 11 January at Kiritimati (UTC+14).
@Suite struct TimeZoneTests {
    static let kiritimati = TimeZone(identifier: "Pacific/Kiritimati")!

    @Test func everyDateFollowsTheConfiguredTimeZone() async throws {
        try await TestApp.with(timeZone: Self.kiritimati) { app in
            let unit: UnitID = id(1)
            let council: CouncilID = id(2)
            let proposal: ProposalID = id(3)
            let issue: IssueID = id(4)
            app.clock.set("2026-01-10")  // noon in Stockholm: 2026-01-11 01:00 at Kiritimati
            #expect(CalendarDate(app.clock.now, timeZone: .stockholm) == day("2026-01-10"))
            let local = day("2026-01-11")
            #expect(app.organisationClock.today == local)

            try await app.run(.unit(unit, .register(name: "Vuxenstöd")))
            try await app.run(.council(council, .create(unitId: unit, name: "Brukarrådet", form: .userCouncil)))
            try await app.run(
                .proposal(
                    proposal,
                    .putForward(
                        councilId: council, meetingId: nil, text: "Tid att lyssna", qualityArea: nil, pseudonym: nil)))
            try await app.run(
                .issue(
                    issue,
                    .open(
                        unitId: unit, title: "Tid att lyssna", source: .proposal(proposal, council: council),
                        qualityArea: nil)))
            try await app.run(.issue(issue, .assignOwner("Handläggare")))

            let summary = try await app.readModel.issue(issue).summary
            #expect(summary.registeredOn == local)
            #expect(summary.lastEventOn == local)
            #expect(summary.daysSinceLastEvent == 0)
            let history = try await app.readModel.history(issue)
            #expect(!history.isEmpty)
            #expect(history.allSatisfy { $0.date == local }, "\(history.map(\.date))")
            let trace = try await app.readModel.trace(proposal.uuid)
            #expect(trace.source.date == nil || trace.source.date == local)
        }
    }
}
