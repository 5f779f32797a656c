import AdminProtocol
import AppTestSupport
import Demo
import Domain
import EventStore
import Foundation
import Postgres
import Projections
import ReadModelTypes
import Testing
import Varlink

@testable import AdminServer

/// Commands and queries through the socket, as the CLI makes them.
@Suite struct AdminCommandTests {
    /// A unit, a dialogue council with a meeting, and a proposal put forward there.
    struct Setup {
        var unit: String
        var council: String
        var meeting: String
        var proposal: String
    }

    static func setUp(_ admin: AdminHarness) async throws -> Setup {
        let unit = try await admin.command(.registerUnit, RegisterUnitParameters(name: "Vuxenstöd Lund")).unitId!
        let council = try await admin.command(
            .createCouncil, CreateCouncilParameters(unitId: unit, name: "Dialogmötet", form: .dialogueMeeting)
        ).councilId!
        let meeting = try await admin.command(
            .recordMeeting, RecordMeetingParameters(councilId: council, heldOn: day("2026-01-08"), participantCount: 14)
        ).meetingId!
        let proposal = try await admin.command(
            .putForwardProposal,
            PutForwardProposalParameters(
                councilId: String(council.prefix(8)), meetingId: meeting, text: "Fler boendestödjare på kvällstid",
                qualityArea: .supportMeasures)
        ).proposalId!
        return Setup(unit: unit, council: council, meeting: meeting, proposal: proposal)
    }

    @Test func aProposalBecomesAnIssueAndTheTraceTellsWhatHappened() async throws {
        try await AdminHarness.with { admin in
            let setup = try await Self.setUp(admin)
            let opened = try await admin.command(
                .openIssue,
                OpenIssueParameters(
                    title: "Boendestöd på kvällar",
                    source: SourceRef(kind: .proposal, id: String(setup.proposal.prefix(8)))))
            let issue = try #require(opened.issueId)
            #expect(opened.events.map(\.type) == ["IssueOpened"])
            #expect(opened.events.first?.stream == "issue-\(issue)")
            #expect(opened.position != nil)
            #expect(opened.duplicate == false)

            let short = String(issue.prefix(8))
            try await admin.command(.assignOwner, AssignOwnerParameters(issueId: short, owner: "enhetschef vuxenstöd"))
            try await admin.command(.startPreparation, IssueStepParameters(issueId: short))
            try await admin.command(
                .decide,
                DecideParameters(
                    issueId: short, outcome: .accepted, motivation: "Behovet är tydligt och ryms i budgeten.",
                    decidedBy: "Socialnämnden"))

            // Read-your-writes: the reply came after the read models had the decision.
            let detail: IssueReply = try await admin.call(.getIssue, IssueParameters(issueId: short))
            #expect(detail.issue.summary.status == .decided)
            #expect(detail.issue.summary.unitName == "Vuxenstöd Lund")
            #expect(detail.issue.feedbackOwed.count == 1)

            try await admin.command(
                .giveFeedback,
                GiveFeedbackParameters(issueId: short, councilId: setup.council, occasion: .decision, channel: .meeting)
            )
            let trace: TraceReply = try await admin.call(
                .trace, TraceParameters(sourceId: String(setup.proposal.prefix(6))))
            #expect(trace.trace.issue?.summary.id.description == issue)
            #expect(trace.trace.answer.contains("Socialnämnden beslutade bifall"))
            #expect(trace.trace.answer.contains("Ingen återkoppling är skyldig"))

            // The caller (root here) is the actor of every event it caused.
            let history: HistoryReply = try await admin.call(.issueHistory, IssueParameters(issueId: issue))
            #expect(history.entries.count == 5)
            #expect(Set(history.entries.map(\.actor)) == ["root"])

            let proposals: ProposalsReply = try await admin.call(
                .listProposals, ListProposalsParameters(unitId: setup.unit))
            #expect(proposals.proposals.map(\.issueStatus) == [.decided])
            let councils: CouncilsReply = try await admin.call(.listCouncils, UnitScopeParameters())
            #expect(councils.councils.first?.meetings.map(\.participantCount) == [14])
            let units: UnitsReply = try await admin.call(.listUnits)
            #expect(units.units.map(\.openIssues) == [1])
        }
    }

    @Test func aRepeatedCommandIdWritesNothingTwiceAndAnswersTheSameId() async throws {
        try await AdminHarness.with { admin in
            let commandId = UUID()
            let first = try await admin.command(
                .registerUnit, RegisterUnitParameters(name: "Iris Mullsjö HVB", commandId: commandId))
            let second = try await admin.command(
                .registerUnit, RegisterUnitParameters(name: "Iris Mullsjö HVB", commandId: commandId))
            #expect(first.unitId == second.unitId)
            #expect(first.duplicate == false && second.duplicate == true)
            #expect(second.events.isEmpty)
            let units: UnitsReply = try await admin.call(.listUnits)
            #expect(units.units.count == 1)

            // The same id for a different command is a mistake, not a repeat: refused, nothing written.
            let reused = try #require(
                await admin.error(
                    .createCouncil,
                    [
                        "unitId": .string(first.unitId!), "name": "Rådet", "form": "brukarrad",
                        "commandId": .string(commandId.uuidString),
                    ]))
            #expect(reused.name == "io.tredjekraft.admin.RuleViolation")
            #expect(reused.parameters["code"] == "command_id_reused")
            let councils: CouncilsReply = try await admin.call(.listCouncils, UnitScopeParameters())
            #expect(councils.councils.isEmpty)
        }
    }

    @Test func aDisallowedTransitionIsRefusedInSwedishAndChangesNothing() async throws {
        try await AdminHarness.with { admin in
            let setup = try await Self.setUp(admin)
            let issue = try await admin.command(
                .openIssue,
                OpenIssueParameters(title: "Kvällsstöd", source: SourceRef(kind: .proposal, id: setup.proposal))
            ).issueId!
            let error = try #require(await admin.error(.verify, ["issueId": .string(issue)]))
            #expect(error.name == "io.tredjekraft.admin.RuleViolation")
            #expect(error.parameters["code"] == .string("transition_not_allowed"))
            #expect(
                error.parameters["reason"]?.stringValue?.contains("Ärendet är registrerat; det kan börja beredas")
                    == true)

            let missing = try #require(
                await admin.error(
                    .decide,
                    ["issueId": .string(issue), "outcome": "rejected", "motivation": "  ", "decidedBy": "Nämnden"]))
            #expect(missing.name == "io.tredjekraft.admin.RuleViolation")

            let history: HistoryReply = try await admin.call(.issueHistory, IssueParameters(issueId: issue))
            #expect(history.entries.count == 1)
        }
    }

    @Test func idsAreWholeOrUniquePrefixes() async throws {
        try await AdminHarness.with { admin in
            let a = UUID(uuidString: "abcdef01-0000-4000-8000-000000000001")!
            let b = UUID(uuidString: "abcdef02-0000-4000-8000-000000000002")!
            try await admin.command(.registerUnit, RegisterUnitParameters(name: "A", commandId: a))
            try await admin.command(.registerUnit, RegisterUnitParameters(name: "B", commandId: b))

            try await admin.command(.renameUnit, RenameUnitParameters(unitId: "abcdef01", name: "A2"))
            let ambiguous = try #require(await admin.error(.renameUnit, ["unitId": "abcdef", "name": "C"]))
            #expect(ambiguous.name == "io.tredjekraft.admin.RuleViolation")
            #expect(ambiguous.parameters["reason"]?.stringValue?.contains("Flera verksamheter") == true)

            let unknown = try #require(await admin.error(.renameUnit, ["unitId": "0123456789", "name": "C"]))
            #expect(unknown.name == "io.tredjekraft.admin.NotFound")
            #expect(unknown.parameters["kind"] == "unit")
            #expect(unknown.parameters["id"] == "0123456789")

            let tooShort = try #require(await admin.error(.renameUnit, ["unitId": "abc", "name": "C"]))
            #expect(tooShort.name == "org.varlink.service.InvalidParameter")
            #expect(tooShort.parameters["parameter"] == "unitId")

            let notHex = try #require(await admin.error(.getIssue, ["issueId": "'; DROP TABLE events; --"]))
            #expect(notHex.name == "org.varlink.service.InvalidParameter")

            let unknownIssue = try #require(await admin.error(.getIssue, ["issueId": .string(UUID().uuidString)]))
            #expect(unknownIssue.name == "io.tredjekraft.admin.NotFound")
            #expect(unknownIssue.parameters["kind"] == "issue")
            #expect(unknownIssue.parameters["message"]?.stringValue?.hasSuffix("finns inte.") == true)
        }
    }

    @Test func referencesToMissingThingsAnswerNotFound() async throws {
        try await AdminHarness.with { admin in
            let council = try #require(
                await admin.error(
                    .createCouncil,
                    ["unitId": .string(UUID().uuidString), "name": "Rådet", "form": "brukarrad"]))
            #expect(council.name == "io.tredjekraft.admin.NotFound")
            #expect(council.parameters["kind"] == "unit")

            let source = try #require(
                await admin.error(
                    .openIssue, ["title": "X", "source": ["kind": "finding", "id": .string(UUID().uuidString)]]))
            #expect(source.name == "io.tredjekraft.admin.NotFound")
            #expect(source.parameters["kind"] == "finding")
        }
    }

    @Test func wrongParameterTypesNameTheParameter() async throws {
        try await AdminHarness.with { admin in
            let setup = try await Self.setUp(admin)
            let cases: [(AdminMethod, VarlinkObject, String)] = [
                (
                    .recordMeeting,
                    ["councilId": .string(setup.council), "heldOn": "2026-01-09", "participantCount": "many"],
                    "participantCount"
                ),
                (
                    .recordMeeting,
                    ["councilId": .string(setup.council), "heldOn": "9 januari", "participantCount": 3], "heldOn"
                ),
                (.createCouncil, ["unitId": .string(setup.unit), "name": "R", "form": "styrelse"], "form"),
                (
                    .recordFinding, ["revisionId": "abcdef", "text": "T", "qualityArea": "mat", "recommendation": "R"],
                    "qualityArea"
                ),
                (.registerUnit, [:], "name"),
                (.listIssues, ["filter": ["status": "klart"]], "filter.status"),
                (.listIssues, ["filter": ["limit": 0]], "filter.limit"),
            ]
            for (method, parameters, name) in cases {
                let error = try #require(await admin.error(method, parameters))
                #expect(error.name == "org.varlink.service.InvalidParameter", "\(method)")
                #expect(error.parameters["parameter"] == .string(name), "\(method) \(parameters)")
            }
        }
    }

    @Test func statusReportsTheProjections() async throws {
        try await AdminHarness.with { admin in
            _ = try await Self.setUp(admin)
            let status: StatusReply = try await admin.call(.status)
            #expect(status.role == "admin")
            #expect(status.database.state == "ok")
            #expect(
                Set(status.projections?.map(\.name) ?? []) == [
                    "catalog", "issues", "timeline", "outbox", "policy_effects", "digests", "feedback_given",
                ])
            #expect(status.projections?.allSatisfy { $0.eventsBehind == 0 } == true)
            #expect(status.eventLog?.lastSequence ?? 0 >= 4)
        }
    }

    @Test func demoDataLoadsThroughTheSocketInTheNamesOfTheStorysOfficials() async throws {
        try await AdminHarness.with { admin in
            let loaded: LoadDemoReply = try await admin.call(.loadDemo)
            let scenario = DemoScenario(today: admin.app.organisationClock.today, timeZone: .stockholm)
            #expect(loaded.issues == scenario.issues && loaded.proposals == scenario.proposals)
            #expect(loaded.events >= scenario.steps.count)
            #expect(loaded.today == admin.app.organisationClock.today)
            #expect(loaded.lag == nil)

            let trace: TraceReply = try await admin.call(
                .trace, TraceParameters(sourceId: String(DemoScenario.lundProposalUmgange.description.prefix(8))))
            #expect(trace.trace.answer.contains("Beslutet är genomfört och uppföljt"))
            // Dates follow the story, not the day it was loaded; the actors are the story's officials,
            // and who loaded it is named in each event's client.
            #expect(Set(trace.trace.history.map(\.date)).count > 3)
            let actors = Set(scenario.steps.map(\.actor))
            #expect(Set(trace.trace.history.map(\.actor)).isSubset(of: actors))
            #expect(trace.trace.history.contains { $0.actor == "samordnare Lund" })
            let clients = try await admin.app.pool.query(
                "SELECT DISTINCT actor, client FROM \(identifier: admin.app.schema).events WHERE event_type = 'IssueOpened'"
            )
            for row in clients {
                #expect(actors.contains(try row.decode("actor", as: String.self)))
                #expect(try row.decode("client", as: String.self).hasPrefix("tredjekraft demo load ("))
            }

            let overdue: IssuesReply = try await admin.call(
                .listIssues, ListIssuesParameters(filter: IssueFilterParameters(overdue: true)))
            #expect(!overdue.issues.isEmpty)
            let again = try #require(await admin.error(.loadDemo, [:]))
            #expect(again.parameters["code"] == "store_not_empty")
        }
    }

    /// When the read models do not show the loaded demo in time (here they do not follow the log at
    /// all), the reply says so (`lag`) instead of answering as if the lists showed it.
    @Test func aLoadTheListsDoNotShowYetCarriesTheLag() async throws {
        // Each of the demo's commands waits this long too: short, so the load does not take long.
        try await AdminHarness.with(consistencyTimeout: .milliseconds(10), followLog: false) { admin in
            let loaded: LoadDemoReply = try await admin.call(.loadDemo)
            let lag = try #require(loaded.lag, "\(loaded)")
            #expect(lag.reached == LogPosition.start.description)
            #expect(lag.waitedSeconds == 0.01)
            #expect(loaded.events > 0)
        }
    }

    @Test func demoDataGoesOnlyIntoAnEmptyStore() async throws {
        try await AdminHarness.with { admin in
            try await admin.command(.registerUnit, RegisterUnitParameters(name: "Redan här"))
            let error = try #require(await admin.error(.loadDemo, [:]))
            #expect(error.name == "io.tredjekraft.admin.RuleViolation")
            #expect(error.parameters["code"] == "store_not_empty")
        }
    }
}
