import AppTestSupport
import CommandHandling
import Domain
import EventStore
import Foundation
import Postgres
import Projections
import ReadModelTypes
import Testing

/// A connection lost while a command's commit is on its way leaves its fate unknown to the handler.
/// It must find out — the change stored exactly once and answered as stored — and never answer that
/// nothing changed when it cannot know.
@Suite struct CommitOutcomeTests {
    let unit: UnitID = id(1)
    let council: CouncilID = id(2)

    /// Makes the server end the session inside the next `cuts` commits that append events: a deferred
    /// trigger (run by COMMIT, after the client sent it) terminates its own backend. The count is a
    /// sequence, so the cut transaction's rollback does not undo it.
    func cutCommits(_ cuts: Int, in app: TestApp) async throws {
        let schema = PostgresQuery.quoteIdentifier(app.schema)
        try await app.pool.withConnection { connection in
            try await connection.runScript(
                """
                CREATE SEQUENCE \(schema).commit_cuts;
                CREATE FUNCTION \(schema).cut_commit() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF nextval('\(schema).commit_cuts') <= \(cuts) THEN
                        PERFORM pg_terminate_backend(pg_backend_pid());
                    END IF;
                    RETURN NULL;
                END $$;
                CREATE CONSTRAINT TRIGGER cut_commit AFTER INSERT ON \(schema).events
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION \(schema).cut_commit();
                """)
        }
    }

    /// How many commits the trigger has been asked about.
    func commitsSeen(_ app: TestApp) async throws -> Int {
        try await app.pool.query(
            "SELECT last_value AS n FROM \(identifier: app.schema).commit_cuts"
        ).first!.decode("n", as: Int.self)
    }

    @Test func anAppendCutOffInItsCommitIsLookedUpAndStoredOnce() async throws {
        try await TestApp.with { app in
            try await app.run(.unit(unit, .register(name: "Vuxenstöd Lund")), on: "2026-02-01")
            try await cutCommits(1, in: app)
            let outcome = try await app.run(
                .council(council, .create(unitId: unit, name: "Brukarrådet", form: .userCouncil)))
            #expect(try await commitsSeen(app) == 2)  // cut once, then stored
            #expect(outcome.events.count == 1)
            #expect(!outcome.isDuplicate)
            #expect(try await app.store.readStream(StreamID(council.streamName)).count == 1)
        }
    }

    @Test func aTransactionCutOffInItsCommitIsLookedUpAndStoredOnce() async throws {
        try await TestApp.with { app in
            try await app.run(.unit(unit, .register(name: "Vuxenstöd Lund")), on: "2026-02-01")
            try await app.run(.council(council, .create(unitId: unit, name: "Brukarrådet", form: .userCouncil)))
            let issues: [IssueID] = [id(10), id(11)]
            for (index, issue) in issues.enumerated() {
                let proposal: ProposalID = id(20 + index)
                try await app.run(
                    .proposal(
                        proposal,
                        .putForward(
                            councilId: council, meetingId: nil, text: "Förslag \(index)", qualityArea: nil,
                            pseudonym: nil)))
                try await app.run(
                    .issue(
                        issue,
                        .open(
                            unitId: unit, title: "Ärende \(index)", source: .proposal(proposal, council: council),
                            qualityArea: nil)))
            }
            // A merge writes both issues' streams in one transaction, whose COMMIT is cut.
            try await cutCommits(1, in: app)
            let outcome = try await app.run(.issue(issues[0], .mergeInto(survivor: issues[1])))
            #expect(try await commitsSeen(app) > 1)
            #expect(!outcome.isDuplicate)
            let merged = try await app.store.readStream(StreamID(issues[0].streamName))
            #expect(merged.filter { $0.eventType == "IssueMerged" }.count == 1)
            #expect(try await app.readModel.issue(issues[0]).mergedInto == issues[1])
        }
    }

    @Test func withoutAnAnswerInTimeTheOutcomeIsSaidToBeUnknownNotNothingChanged() async throws {
        try await TestApp.with { app in
            try await app.run(.unit(unit, .register(name: "Vuxenstöd Lund")), on: "2026-02-01")
            // Every commit is cut: the handler cannot get the command stored or find it, and must
            // give up with the truth once its time is out.
            try await cutCommits(1_000_000, in: app)
            let impatient = CommandHandler(
                store: app.store, runner: app.runner, clock: app.organisationClock, outcomeTimeout: .seconds(1))
            let commandID = UUID()
            let error = await #expect(throws: CommandError.self) {
                try await impatient.handle(
                    .council(council, .create(unitId: unit, name: "Brukarrådet", form: .userCouncil)),
                    metadata: EventMetadata(actor: "samordnare", commandID: commandID))
            }
            guard case .outcomeUnknown(let key, _)? = error else {
                Issue.record("expected outcomeUnknown, got \(String(describing: error))")
                return
            }
            #expect(key == commandID.uuidString.lowercased())
            #expect(try await app.store.readStream(StreamID(council.streamName)).isEmpty)
        }
    }
}
