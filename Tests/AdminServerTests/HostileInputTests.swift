import AdminProtocol
import AppTestSupport
import Domain
import EventCodec
import EventStore
import Foundation
import MetricsTestSupport
import Postgres
import Projections
import ReadModelTypes
import Testing
import Varlink

@testable import AdminServer

/// The reproductions of issue 11, each through the socket as a caller sends them: bad input gets one
/// of the interface's declared errors, never a crash, an InternalError or a silently dropped command.
@Suite struct HostileInputTests {
    static let invalidParameter = "org.varlink.service.InvalidParameter"
    static let ruleViolation = "io.tredjekraft.admin.RuleViolation"
    static let notFound = "io.tredjekraft.admin.NotFound"

    func eventCount(_ admin: AdminHarness) async throws -> Int {
        let rows = try await admin.app.pool.query("SELECT count(*) AS n FROM \(identifier: admin.app.schema).events")
        return try rows[0].decode("n", as: Int.self)
    }

    /// A unit, council, proposal and the issue opened from it, with the ids.
    struct Seeded {
        var unit: String
        var council: String
        var proposal: String
        var issue: String
    }

    func seed(_ admin: AdminHarness) async throws -> Seeded {
        let unit = try await admin.command(.registerUnit, RegisterUnitParameters(name: "Vuxenstöd Lund")).unitId!
        let council = try await admin.command(
            .createCouncil, CreateCouncilParameters(unitId: unit, name: "Brukarrådet", form: .userCouncil)
        ).councilId!
        let proposal = try await admin.command(
            .putForwardProposal, PutForwardProposalParameters(councilId: council, text: "Längre öppettider")
        ).proposalId!
        let issue = try await admin.command(
            .openIssue, OpenIssueParameters(title: "Öppettider", source: SourceRef(kind: .proposal, id: proposal))
        ).issueId!
        return Seeded(unit: unit, council: council, proposal: proposal, issue: issue)
    }

    /// `ListIssues {"filter":{"staleDays":2147483648}}` killed the daemon (a force unwrap on a date
    /// 2^31 days back); now every day count outside 0…3650 names its parameter.
    @Test func extremeDayCountsAreInvalidParameters() async throws {
        try await AdminHarness.with { admin in
            _ = try await seed(admin)
            for days: VarlinkValue in [2_147_483_648, 9_007_199_254_740_993, -1, -2_147_483_648, 3651] {
                let error = try await admin.error(.listIssues, ["filter": ["staleDays": days]])
                #expect(error?.name == Self.invalidParameter, "staleDays \(days): \(String(describing: error))")
                #expect(error?.parameters["parameter"] == "filter.staleDays")
                let due = try await admin.error(.due, ["horizonDays": days])
                #expect(due?.parameters["parameter"] == "horizonDays", "horizonDays \(days)")
            }
            let stale: IssuesReply = try await admin.call(
                .listIssues,
                ListIssuesParameters(filter: IssueFilterParameters(staleDays: DomainLimits.days.upperBound)))
            #expect(stale.issues.isEmpty)
            let fresh: IssuesReply = try await admin.call(
                .listIssues, ListIssuesParameters(filter: IssueFilterParameters(staleDays: 0)))
            #expect(fresh.issues.count == 1)
        }
    }

    /// `participantCount: 2147483648` was stored and then stopped the catalog projection for good.
    @Test func numbersTheReadModelsCannotStoreAreRefusedBeforeTheLog() async throws {
        try await AdminHarness.with { admin in
            let seeded = try await seed(admin)
            let before = try await eventCount(admin)
            for count: VarlinkValue in [2_147_483_648, 9_007_199_254_740_993, 10_001, 0, -1] {
                let meeting = try await admin.error(
                    .recordMeeting,
                    ["councilId": .string(seeded.council), "heldOn": "2026-01-08", "participantCount": count])
                #expect(
                    meeting?.name == Self.ruleViolation, "participantCount \(count): \(String(describing: meeting))")
                #expect(meeting?.parameters["code"] == "invalid_number")
                let revision = try await admin.error(
                    .planRevision,
                    [
                        "unitId": .string(seeded.unit), "periodStart": "2026-01-01", "periodEnd": "2026-02-01",
                        "auditorCount": count,
                    ])
                #expect(revision?.name == Self.ruleViolation, "auditorCount \(count): \(String(describing: revision))")
                #expect(revision?.parameters["code"] == "invalid_number")
            }
            #expect(try await eventCount(admin) == before)
            // The read models still follow the log.
            try await admin.command(
                .recordMeeting,
                RecordMeetingParameters(councilId: seeded.council, heldOn: day("2026-01-08"), participantCount: 12))
            let councils: CouncilsReply = try await admin.call(.listCouncils, UnitScopeParameters())
            #expect(councils.councils.first?.meetings.map(\.participantCount) == [12])
            #expect(admin.app.runner.lastError == nil)
        }
    }

    /// A NUL in a command's text answered InternalError "22P05"; it is a rule of the domain's texts.
    @Test func aNULInAnyTextIsARuleViolationAndANULInAQueryAnInvalidParameter() async throws {
        try await AdminHarness.with { admin in
            let seeded = try await seed(admin)
            let revision = try await admin.command(
                .planRevision,
                PlanRevisionParameters(
                    unitId: seeded.unit, periodStart: day("2026-01-01"), periodEnd: day("2026-01-05"), auditorCount: 3)
            ).revisionId!
            try await admin.command(
                .publishRevisionReport,
                PublishRevisionReportParameters(revisionId: revision, publishedOn: day("2026-01-09")))
            let certification = try await admin.command(
                .startCertification, StartCertificationParameters(unitId: seeded.unit, startedOn: day("2026-01-02"))
            ).certificationId!
            let nul: VarlinkValue = "a\u{0000}b"
            let calls: [(AdminMethod, VarlinkObject)] = [
                (.registerUnit, ["name": nul]),
                (.renameUnit, ["unitId": .string(seeded.unit), "name": nul]),
                (.createCouncil, ["unitId": .string(seeded.unit), "name": nul, "form": "brukarrad"]),
                (.putForwardProposal, ["councilId": .string(seeded.council), "text": nul]),
                (.putForwardProposal, ["councilId": .string(seeded.council), "text": "Text", "pseudonym": nul]),
                (
                    .recordFinding,
                    ["revisionId": .string(revision), "text": nul, "qualityArea": "information", "recommendation": "R"]
                ),
                (
                    .assessQualityArea,
                    ["certificationId": .string(certification), "area": "information", "fulfilled": true, "note": nul]
                ),
                (
                    .addActionItem,
                    [
                        "certificationId": .string(certification), "area": "information", "action": nul,
                        "owner": "Chef",
                        "dueDate": "2026-06-01", "followedUpBy": "Gruppen",
                    ]
                ),
                (.openIssue, ["title": nul, "source": ["kind": "proposal", "id": .string(seeded.proposal)]]),
                (.assignOwner, ["issueId": .string(seeded.issue), "owner": nul]),
                (.withdraw, ["issueId": .string(seeded.issue), "reason": nul]),
            ]
            let before = try await eventCount(admin)
            for (method, parameters) in calls {
                let error = try await admin.error(method, parameters)
                #expect(error?.name == Self.ruleViolation, "\(method): \(String(describing: error))")
                #expect(error?.parameters["code"] == "invalid_characters", "\(method): \(String(describing: error))")
            }
            #expect(try await eventCount(admin) == before)
            let owner = try await admin.error(.listIssues, ["filter": ["owner": nul]])
            #expect(owner?.name == Self.invalidParameter, "\(String(describing: owner))")
            #expect(owner?.parameters["parameter"] == "filter.owner")
        }
    }

    /// A random full UUID answered RuleViolation {code: "not_found"} in some commands and NotFound in
    /// others; the interface promises NotFound.
    @Test func unknownFullIdsAreNotFoundEverywhere() async throws {
        try await AdminHarness.with { admin in
            let seeded = try await seed(admin)
            let unknown = VarlinkValue.string(UUID().uuidString.lowercased())
            let calls: [(AdminMethod, VarlinkObject, String)] = [
                (.assignOwner, ["issueId": unknown, "owner": "Chef"], "issue"),
                (.startPreparation, ["issueId": unknown], "issue"),
                (
                    .giveFeedback,
                    [
                        "issueId": unknown, "councilId": .string(seeded.council), "occasion": "decision",
                        "channel": "meeting",
                    ], "issue"
                ),
                (
                    .giveFeedback,
                    [
                        "issueId": .string(seeded.issue), "councilId": unknown, "occasion": "decision",
                        "channel": "meeting",
                    ], "council"
                ),
                (.renameUnit, ["unitId": unknown, "name": "Nytt namn"], "unit"),
                (.recordMeeting, ["councilId": unknown, "heldOn": "2026-01-08", "participantCount": 5], "council"),
                (.merge, ["issueId": unknown, "survivorId": .string(seeded.issue)], "issue"),
                (.merge, ["issueId": .string(seeded.issue), "survivorId": unknown], "issue"),
                (.withdrawProposal, ["proposalId": unknown, "reason": "Löst"], "proposal"),
                (.publishRevisionReport, ["revisionId": unknown, "publishedOn": "2026-01-08"], "revision"),
                (.certify, ["certificationId": unknown, "certifiedOn": "2026-01-08"], "certification"),
            ]
            for (method, parameters, kind) in calls {
                let error = try await admin.error(method, parameters)
                #expect(error?.name == Self.notFound, "\(method) \(parameters): \(String(describing: error))")
                #expect(error?.parameters["kind"] == .string(kind), "\(method): \(String(describing: error))")
                #expect(error?.parameters["id"] == unknown, "\(method): \(String(describing: error))")
            }
        }
    }

    /// AssignOwner on issue I with command id K, then SetParticipationLevel on I with the same K,
    /// answered `duplicate: true` and the level was never set.
    @Test func aCommandIdReusedForAnotherCommandOnTheSameStreamIsRefused() async throws {
        try await AdminHarness.with { admin in
            let seeded = try await seed(admin)
            let key = UUID()
            let first = try await admin.command(
                .assignOwner, AssignOwnerParameters(issueId: seeded.issue, owner: "Chef", commandId: key))
            #expect(!first.duplicate)
            let before = try await eventCount(admin)

            let other = try await admin.error(
                .setParticipationLevel,
                [
                    "issueId": .string(seeded.issue), "level": 3, "reason": "Rådet är med",
                    "commandId": .string(key.uuidString),
                ])
            #expect(other?.name == Self.ruleViolation, "\(String(describing: other))")
            #expect(other?.parameters["code"] == "command_id_reused")
            let otherOwner = try await admin.error(
                .assignOwner,
                ["issueId": .string(seeded.issue), "owner": "Någon annan", "commandId": .string(key.uuidString)])
            #expect(otherOwner?.parameters["code"] == "command_id_reused", "\(String(describing: otherOwner))")
            #expect(try await eventCount(admin) == before)

            // The same command again, even after the issue moved on, is still the duplicate it is.
            try await admin.command(.assignOwner, AssignOwnerParameters(issueId: seeded.issue, owner: "Någon annan"))
            let again = try await admin.command(
                .assignOwner, AssignOwnerParameters(issueId: seeded.issue, owner: "Chef", commandId: key))
            #expect(again.duplicate && again.events.isEmpty && again.position == first.position)

            // A merge (two streams) is recognised the same way.
            let proposal = try await admin.command(
                .putForwardProposal, PutForwardProposalParameters(councilId: seeded.council, text: "Samma sak igen")
            ).proposalId!
            let second = try await admin.command(
                .openIssue, OpenIssueParameters(title: "Samma sak", source: SourceRef(kind: .proposal, id: proposal))
            ).issueId!
            let mergeKey = UUID()
            let merged = try await admin.command(
                .merge, MergeParameters(issueId: second, survivorId: seeded.issue, commandId: mergeKey))
            let mergedAgain = try await admin.command(
                .merge, MergeParameters(issueId: second, survivorId: seeded.issue, commandId: mergeKey))
            #expect(!merged.duplicate && mergedAgain.duplicate)
            let reused = try await admin.error(
                .startPreparation, ["issueId": .string(second), "commandId": .string(mergeKey.uuidString)])
            #expect(reused?.parameters["code"] == "command_id_reused", "\(String(describing: reused))")
        }
    }

    /// When the read models do not show a command's change, the reply said plain success and the next
    /// command naming the new thing failed with NotFound; now the reply says so (`lag`). Here the
    /// catalog is stopped at an event it cannot store, so it will not show the change; the same reply
    /// comes when the read models are merely slow (CommandHandlerTests covers the wait running out).
    @Test func aReplyTheListsCannotShowYetCarriesTheLag() async throws {
        try await AdminHarness.with { admin in
            let seeded = try await seed(admin)
            let plain = try await admin.command(
                .renameUnit, RenameUnitParameters(unitId: seeded.unit, name: "Vuxenstöd Lunds kommun"))
            #expect(plain.lag == nil)
            // A meeting an older release could have stored: more participants than the catalog's column holds.
            let council = try #require(CouncilID(seeded.council))
            let poison = DomainEvent.council(
                council,
                .meetingHeld(
                    CouncilMeetingHeld(
                        meetingId: MeetingID(UUID()), heldOn: day("2026-01-05"), participantCount: 2_147_483_648)))
            try await admin.app.store.append(
                to: StreamID(council.streamName), expectedVersion: .any, events: [try poison.newEvent()],
                metadata: EventMetadata(actor: "older-release"))

            let reply = try await admin.command(.registerUnit, RegisterUnitParameters(name: "Ny verksamhet"))
            let lag = try #require(reply.lag, "\(reply)")
            #expect(lag.reached != reply.position)
            #expect(reply.events.map(\.type) == ["UnitRegistered"])

            // The queries that read the stopped catalog say they are stale; the others answer as usual.
            let units = try await admin.call(.listUnits, VarlinkEmpty(), as: VarlinkObject.self)
            let stale = try #require(units["stale"]?.arrayValue?.first?.objectValue, "\(units)")
            #expect(stale["projection"] == "catalog")
            #expect(stale["eventType"] == "CouncilMeetingHeld")
            #expect(stale["error"]?.stringValue?.contains("22003") == true, "\(stale)")
            let statistics = try await admin.call(.statistics, StatisticsParameters(), as: VarlinkObject.self)
            #expect(statistics["stale"] == nil)
            let status: StatusReply = try await admin.call(.status)
            let catalog = try #require(status.projections?.first { $0.name == "catalog" })
            #expect(catalog.stopped?.stream == council.streamName, "\(catalog)")
            #expect(status.projections?.filter { $0.stopped != nil }.count == 1)
        }
    }

    /// libpq's messages carry tabs and line breaks; the reason a caller gets is one plain line.
    @Test func aDatabaseUnavailableReasonIsOneLine() throws {
        let error = PostgresError.connectionFailed(
            target: "/run/postgresql",
            reason:
                "connection to server on socket \"/run/postgresql/.s.PGSQL.5432\" failed: No such file or directory\n\tIs the server running locally and accepting connections on that socket?\n",
            hint: nil)
        let converted = AdminError.converting(error) as? AdminError
        guard case .databaseUnavailable(let reason)? = converted else {
            Issue.record("not DatabaseUnavailable: \(String(describing: converted))")
            return
        }
        #expect(!reason.contains { $0 == "\t" || $0.isNewline }, "\(reason)")
        #expect(!reason.contains("  "), "\(reason)")
        #expect(reason.contains("directory Is the server running"), "\(reason)")
    }

    /// What a caller sends cannot reach the metrics' text: a method name made to break out of a label is
    /// unknown (and not counted), parameters `Metrics` does not take are ignored, and the text still
    /// reads as Prometheus's format.
    @Test func metricsCannotBeInjectedIntoAndIgnoreStrayParameters() async throws {
        try await AdminHarness.with { admin in
            let hostile = "io.tredjekraft.admin.Metrics\",result=\"ok\"} 1\ntredjekraft_evil 1\n"
            do {
                _ = try await VarlinkClient.withConnection(unixSocketPath: admin.socketPath) { client in
                    try await client.call(hostile, parameters: [:])
                }
                Issue.record("the hostile method name was answered")
            } catch VarlinkClientError.remote(let error) {
                #expect(error.name == "org.varlink.service.MethodNotFound", "\(error)")
            }
            let stray: VarlinkObject = [
                "format": "a\u{0000}b\"} 1", "method": .string(String(repeating: "x", count: 20_000)),
            ]
            let reply = try await VarlinkClient.withConnection(unixSocketPath: admin.socketPath) { client in
                try await client.call(
                    AdminMethod.metrics.qualifiedName, parameters: stray, returning: MetricsReply.self)
            }
            let exposition = try PrometheusExposition(parsing: reply.text)
            #expect(exposition.families["tredjekraft_evil"] == nil)
            let methods = Set(
                exposition.samples(of: "tredjekraft_admin_calls_total").compactMap { $0.labels["method"] })
            #expect(methods.isSubset(of: Set(AdminMethod.allCases.map(\.rawValue))), "\(methods)")
        }
    }
}
