import AdminProtocol
import CommandHandling
import Demo
import Domain
import Foundation
import Projections
import ReadModelTypes
import Testing

@testable import AdminServer

/// Roles scoped to units: every kind of change is found to belong to its unit — directly, or through
/// another id (a proposal's council, a revision's or certification's unit, an issue's) — and a
/// coordinator of Lund only may make Lund's changes.
@Suite struct UnitScopeTests {
    /// Lund's coordinator only.
    static let anna = AdminCaller(
        userName: "anna", uid: 1000, groupNames: [], role: .coordinator, globalRole: nil,
        unitRoles: ["Vuxenstöd Lund": .coordinator])

    @Test func everyKindOfChangeIsCheckedAgainstItsUnit() async throws {
        try await AdminHarness.with { admin in
            _ = try await admin.call(.loadDemo, as: LoadDemoReply.self)
            let context = admin.context
            let lund = DemoScenario.lundUnit
            let biskopsgarden = try #require(
                try await context.store.state(of: CouncilAggregate.self, DemoScenario.biskopsgardenCouncil)?.unitId)
            let iris = try #require(
                try await context.store.state(of: CertificationAggregate.self, DemoScenario.irisCertification)?.unitId)
            let issues = try await context.readModel.issues()
            let lundIssue = try #require(issues.first { $0.unitId == lund }).id
            let day = context.today
            let table: [(String, DomainCommand, UnitID?)] = [
                ("a new unit", .unit(UnitID(UUID()), .register(name: "Ny")), nil),
                ("renaming Lund", .unit(lund, .rename(name: "Lund")), lund),
                (
                    "a council for Biskopsgården",
                    .council(CouncilID(UUID()), .create(unitId: biskopsgarden, name: "R", form: .userCouncil)),
                    biskopsgarden
                ),
                (
                    "a meeting of Lund's council",
                    .council(
                        DemoScenario.lundCouncil,
                        .recordMeeting(meetingId: MeetingID(UUID()), heldOn: day, participantCount: 3)), lund
                ),
                (
                    "a proposal to Biskopsgården's council",
                    .proposal(
                        ProposalID(UUID()),
                        .putForward(
                            councilId: DemoScenario.biskopsgardenCouncil, meetingId: nil, text: "T", qualityArea: nil,
                            pseudonym: nil)), biskopsgarden
                ),
                (
                    "withdrawing a Lund proposal", .proposal(DemoScenario.lundProposalUmgange, .withdraw(reason: "R")),
                    lund
                ),
                (
                    "a revision planned for Lund",
                    .revision(
                        RevisionID(UUID()), .plan(unitId: lund, periodStart: day, periodEnd: day, auditorCount: 2)),
                    lund
                ),
                (
                    "Biskopsgården's revision report",
                    .revision(DemoScenario.biskopsgardenRevision, .publishReport(publishedOn: day, title: nil)),
                    biskopsgarden
                ),
                (
                    "a certification for Lund",
                    .certification(CertificationID(UUID()), .start(unitId: lund, startedOn: day, renews: nil)), lund
                ),
                (
                    "Iris's certification", .certification(DemoScenario.irisCertification, .certify(certifiedOn: day)),
                    iris
                ),
                (
                    "an issue opened for Lund",
                    .issue(
                        IssueID(UUID()),
                        .open(
                            unitId: lund, title: "T",
                            source: .proposal(DemoScenario.lundProposalUmgange, council: DemoScenario.lundCouncil),
                            qualityArea: nil)), lund
                ),
                ("withdrawing a Lund issue", .issue(lundIssue, .withdraw(reason: "R")), lund),
                (
                    "withdrawing a Biskopsgården issue",
                    .issue(DemoScenario.biskopsgardenIssueMyndigheter, .withdraw(reason: "R")), biskopsgarden
                ),
                ("the organisation's contact directory", .contacts(.organisation, .remove(.owner("Chef"))), nil),
            ]
            for (what, command, expected) in table {
                let unit = try await context.unit(of: command)
                #expect(unit == expected, "\(what)")
                do {
                    try await context.requireScope(Self.anna, unit: unit)
                    #expect(unit == lund, "\(what) was allowed to Lund's coordinator")
                } catch let error as AdminError {
                    #expect(unit != lund, "\(what) was refused to Lund's coordinator: \(error)")
                    #expect("\(error)".contains("Vuxenstöd Lund"), "\(error)")
                }
            }
            // The same by id as configured, and a reader of Lund may not change Lund's things.
            let byId = AdminCaller(
                userName: "bo", uid: 1001, groupNames: [], role: .coordinator, globalRole: nil,
                unitRoles: [lund.description: .coordinator])
            try await context.requireScope(byId, unit: lund)
            let reader = AdminCaller(
                userName: "cia", uid: 1002, groupNames: [], role: .reader, globalRole: nil,
                unitRoles: ["vuxenstöd lund": .reader])
            await #expect(throws: AdminError.self) { try await context.requireScope(reader, unit: lund) }
            try await context.requireScope(reader, unit: lund, needing: .reader)
            // Contacts: a council's address belongs to its unit.
            #expect(try await context.unit(of: .council(DemoScenario.lundCouncil)) == lund)
            #expect(try await context.unit(of: .owner("Enhetschef")) == nil)
        }
    }
}
