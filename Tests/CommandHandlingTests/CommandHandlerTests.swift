import AppTestSupport
import CommandHandling
import Domain
import EventStore
import Foundation
import Postgres
import PostgresTestSupport
import Projections
import ReadModelTypes
import Testing

@Suite struct CommandHandlerTests {
    let unit: UnitID = id(1)
    let council: CouncilID = id(2)
    let proposal: ProposalID = id(3)
    let issue: IssueID = id(4)

    func prepare(_ app: TestApp) async throws {
        try await app.run(.unit(unit, .register(name: "Vuxenstöd Lund")), on: "2026-02-01")
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
    }

    @Test func aCoordinatorReadsTheirOwnWrites() async throws {
        try await TestApp.with { app in
            try await prepare(app)
            for round in 1...30 {
                let outcome = try await app.run(.issue(issue, .assignOwner("Handläggare \(round)")))
                #expect(outcome.lag == nil)
                // No waiting, no retry: the very next query shows the change.
                #expect(try await app.readModel.issue(issue).summary.owner == "Handläggare \(round)")
                #expect(
                    try await app.readModel.history(issue).last?.text
                        == "Handläggare \(round) blev ansvarig för ärendet.")
            }
        }
    }

    @Test func aRefusedCommandStoresNothingAndSaysWhyInSwedish() async throws {
        try await TestApp.with { app in
            try await prepare(app)
            let before = try await app.store.readStream(StreamID(issue.streamName)).count
            let error = await #expect(throws: DomainError.self) {
                try await app.run(.issue(issue, .startWork))
            }
            #expect(error?.message.hasPrefix("Det går inte att") == true)
            #expect(try await app.store.readStream(StreamID(issue.streamName)).count == before)
        }
    }

    @Test func unknownReferencesAreRefusedClearly() async throws {
        try await TestApp.with { app in
            try await prepare(app)
            let missingCouncil: CouncilID = id(99)
            let error = await #expect(throws: NotFound.self) {
                try await app.run(
                    .proposal(
                        id(5),
                        .putForward(
                            councilId: missingCouncil, meetingId: nil, text: "x", qualityArea: nil, pseudonym: nil)))
            }
            #expect(error?.kind == .council)
            #expect(error?.description == "Brukarrådet 00000000-0000-0000-0000-000000000099 finns inte.")
            let missingUnit: UnitID = id(98)
            await #expect(throws: NotFound.self) {
                try await app.run(
                    .issue(
                        id(6),
                        .open(
                            unitId: missingUnit, title: "x", source: .proposal(proposal, council: council),
                            qualityArea: nil)))
            }
            let otherCouncil: CouncilID = id(97)
            await #expect(throws: NotFound.self) {
                try await app.run(.issue(id(7), .linkSource(.proposal(proposal, council: otherCouncil))))
            }
        }
    }

    @Test func concurrentCommandsOnOneIssueAreRetriedNotLost() async throws {
        try await TestApp.with { app in
            try await prepare(app)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for round in 0..<8 {
                    group.addTask {
                        _ = try await app.handler.handle(
                            .issue(issue, .assignOwner("Handläggare \(round)")),
                            metadata: EventMetadata(actor: "samordnare"))
                    }
                }
                try await group.waitForAll()
            }
            let events = try await app.store.readStream(StreamID(issue.streamName))
            #expect(events.filter { $0.eventType == "IssueOwnerAssigned" }.count == 8)
        }
    }

    @Test func aRepeatedCommandIdIsHandledOnce() async throws {
        try await TestApp.with { app in
            try await prepare(app)
            let metadata = EventMetadata(actor: "samordnare", commandID: UUID())
            let first = try await app.handler.handle(.issue(issue, .assignOwner("Anna")), metadata: metadata)
            try await app.run(.issue(issue, .assignOwner("Bertil")))
            let again = try await app.handler.handle(.issue(issue, .assignOwner("Anna")), metadata: metadata)
            #expect(!first.isDuplicate)
            #expect(again.isDuplicate)
            #expect(try await app.readModel.issue(issue).summary.owner == "Bertil")
        }
    }

    @Test func aLaggingReadModelIsReportedNotWaitedForForever() async throws {
        try await TestApp.with(consistencyTimeout: .milliseconds(300)) { app in
            try await prepare(app)
            // An append that stays open holds the log's readers back (a transaction that does not
            // append would not: see LogHorizonTests). It is rolled back at the end.
            struct RolledBack: Error { let outcome: CommandOutcome }
            var outcome: CommandOutcome?
            do {
                try await app.store.withTransaction(locking: ["slow-writer"]) { transaction in
                    try await transaction.append(
                        to: "slow-writer", expectedVersion: .any,
                        events: [NewEvent(eventType: "SampleRecorded", schemaVersion: 1, data: Data("{}".utf8))],
                        metadata: EventMetadata(actor: "tests"))
                    throw RolledBack(outcome: try await app.run(.issue(issue, .assignOwner("Cecilia"))))
                }
            } catch let rolledBack as RolledBack {
                outcome = rolledBack.outcome
            }
            #expect(outcome?.lag != nil)
            #expect(outcome?.lag?.description.contains("the change is stored") == true)
            #expect(outcome?.events.count == 1)
        }
    }

    @Test func aMergeMovesEverythingToTheSurvivorAtomically() async throws {
        try await TestApp.with { app in
            try await prepare(app)
            let second: ProposalID = id(10)
            let other: IssueID = id(11)
            try await app.run(
                .proposal(
                    second,
                    .putForward(councilId: council, meetingId: nil, text: "Mer tid", qualityArea: nil, pseudonym: nil)))
            try await app.run(
                .issue(
                    other,
                    .open(unitId: unit, title: "Mer tid", source: .proposal(second, council: council), qualityArea: nil)
                ))
            try await app.run(.issue(other, .mergeInto(survivor: issue)))
            #expect(try await app.readModel.issue(other).mergedInto == issue)
            #expect(try await app.readModel.issue(issue).sources.count == 2)
            #expect(try await app.readModel.trace(second.uuid).issuePath == [other, issue])
        }
    }
}
