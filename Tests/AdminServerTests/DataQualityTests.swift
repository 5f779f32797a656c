import AdminProtocol
import AppTestSupport
import Domain
import Foundation
import ReadModelTypes
import Testing
import Varlink

@testable import AdminServer

/// What the directory and the catalog keep is what was meant: owner keys without regard to case, a
/// warning for an owner no issue has, a worded refusal, the proposal's quality area on its issue,
/// and the meetings' ids where a coordinator looks for them.
@Suite struct DataQualityTests {
    /// A unit, a dialogue council with a meeting, and a proposal put forward there.
    static func setUp(_ admin: AdminHarness) async throws -> AdminCommandTests.Setup {
        try await AdminCommandTests.setUp(admin)
    }

    @Test func anOwnersContactIsOneEntryHoweverItsTitleIsCapitalised() async throws {
        try await AdminHarness.with { admin in
            _ = try await Self.setUp(admin)
            let _: ContactChangeReply = try await admin.call(
                .setContact, SetContactParameters(kind: "owner", id: "Enhetschef vuxenstöd", address: "a@example.org"))
            let _: ContactChangeReply = try await admin.call(
                .setContact, SetContactParameters(kind: "owner", id: "ENHETSCHEF Vuxenstöd", address: "b@example.org"))
            let list: ContactsReply = try await admin.call(.listContacts)
            #expect(list.contacts.map { "\($0.id) \($0.address)" } == ["ENHETSCHEF Vuxenstöd b@example.org"])
            let _: ContactChangeReply = try await admin.call(
                .removeContact, ContactKeyParameters(kind: "owner", id: "enhetschef VUXENSTÖD"))
            let after: ContactsReply = try await admin.call(.listContacts)
            #expect(after.contacts.isEmpty)
        }
    }

    @Test func settingAnOwnerNoIssueHasWarns() async throws {
        try await AdminHarness.with { admin in
            let setup = try await Self.setUp(admin)
            let unused: ContactChangeReply = try await admin.call(
                .setContact, SetContactParameters(kind: "owner", id: "Enhetschef vuxenstöd", address: "a@example.org"))
            #expect(
                unused.warning
                    == "Inget ärende har ”Enhetschef vuxenstöd” som ansvarig, så inga påminnelser går dit än. "
                    + "Kontrollera att titeln skrivs som på ärendena.")

            let issue = try #require(
                try await admin.command(
                    .openIssue,
                    OpenIssueParameters(title: "Kvällar", source: SourceRef(kind: .proposal, id: setup.proposal))
                ).issueId)
            try await admin.command(.assignOwner, AssignOwnerParameters(issueId: issue, owner: "Enhetschef Vuxenstöd"))
            let used: ContactChangeReply = try await admin.call(
                .setContact, SetContactParameters(kind: "owner", id: "enhetschef vuxenstöd", address: "a@example.org"))
            #expect(used.warning == nil)
            let other: ContactChangeReply = try await admin.call(
                .setContact, SetContactParameters(kind: "owner", id: "Rektor", address: "r@example.org"))
            #expect(other.warning?.hasSuffix("Ansvariga på ärendena i dag: ”Enhetschef Vuxenstöd”.") == true)
            // Councils and units are never warned about.
            let council: ContactChangeReply = try await admin.call(
                .setContact, SetContactParameters(kind: "council", id: setup.council, address: "rad@example.org"))
            #expect(council.warning == nil)
        }
    }

    @Test func removingAnAddressThatIsNotThereIsRefusedInWords() async throws {
        try await AdminHarness.with { admin in
            let setup = try await Self.setUp(admin)
            let owner = try #require(await admin.error(.removeContact, ["kind": "owner", "id": "Ingen sådan"]))
            #expect(owner.name == "io.tredjekraft.admin.NotFound")
            #expect(owner.parameters["kind"] == "contact")
            #expect(
                owner.parameters["message"]?.stringValue
                    == "Adressen till Ingen sådan finns inte. Det finns inget att ta bort.")
            let council = try #require(
                await admin.error(.removeContact, ["kind": "council", "id": .string(setup.council)]))
            #expect(
                council.parameters["message"]?.stringValue
                    == "Adressen till Dialogmötet finns inte. Det finns inget att ta bort.")
            for error in [owner, council] {
                #expect(error.parameters["message"]?.stringValue?.contains("owner:") == false)
                #expect(error.parameters["message"]?.stringValue?.contains("council:") == false)
            }
        }
    }

    @Test func anIssueOpenedFromAProposalTakesOverItsQualityArea() async throws {
        try await AdminHarness.with { admin in
            let setup = try await Self.setUp(admin)
            let taken = try #require(
                try await admin.command(
                    .openIssue,
                    OpenIssueParameters(title: "Kvällar", source: SourceRef(kind: .proposal, id: setup.proposal))
                ).issueId)
            let detail: IssueReply = try await admin.call(.getIssue, IssueParameters(issueId: taken))
            #expect(detail.issue.summary.qualityArea == .supportMeasures)

            // One the command names wins.
            let second = try await admin.command(
                .putForwardProposal,
                PutForwardProposalParameters(
                    councilId: setup.council, text: "Mer information", qualityArea: .supportMeasures))
            let named = try #require(
                try await admin.command(
                    .openIssue,
                    OpenIssueParameters(
                        title: "Information", source: SourceRef(kind: .proposal, id: second.proposalId!),
                        qualityArea: .information)
                ).issueId)
            let namedDetail: IssueReply = try await admin.call(.getIssue, IssueParameters(issueId: named))
            #expect(namedDetail.issue.summary.qualityArea == .information)
        }
    }

    @Test func councilShowGivesTheMeetingsIds() async throws {
        try await AdminHarness.with { admin in
            let setup = try await Self.setUp(admin)
            let shown: CouncilsReply = try await admin.call(
                .listCouncils, ListCouncilsParameters(councilId: String(setup.council.prefix(8))))
            #expect(shown.councils.map(\.id.description) == [setup.council])
            #expect(shown.councils.first?.meetings.map(\.id.description) == [setup.meeting])
            let unknown = try #require(
                await admin.error(.listCouncils, ["councilId": .string(UUID().uuidString)]))
            #expect(unknown.name == "io.tredjekraft.admin.NotFound")
        }
    }
}
