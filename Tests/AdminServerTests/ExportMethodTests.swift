import AdminProtocol
import Demo
import Domain
import Foundation
import Projections
import ReadModelTypes
import Testing
import Varlink
import Wording

@testable import AdminServer

/// `Export` over the real socket and store: never empty, the demo's counts, no addresses, replies
/// inside a frame, scope and texts as asked, erased text as its marker.
@Suite struct ExportMethodTests {
    static func export(_ admin: AdminHarness, _ parameters: ExportParameters = ExportParameters()) async throws
        -> [ExportReply]
    {
        let object = try VarlinkClient.object(from: parameters)
        return try await VarlinkClient.withConnection(unixSocketPath: admin.socketPath) { client in
            var replies: [ExportReply] = []
            for try await reply in try await client.callMore(AdminMethod.export.qualifiedName, parameters: object) {
                let size = try JSONEncoder().encode(VarlinkValue.object(reply)).count
                #expect(size < 48 * 1024, "a reply of \(size) bytes")
                replies.append(try reply.decode(ExportReply.self))
            }
            return replies
        }
    }

    /// Each file's columns and rows.
    static func files(_ replies: [ExportReply]) -> [String: (columns: [String], rows: [[String]])] {
        var files: [String: (columns: [String], rows: [[String]])] = [:]
        for reply in replies {
            guard let file = reply.file else { continue }
            if let columns = reply.columns { files[file] = (columns, []) }
            files[file]?.rows += reply.rows ?? []
        }
        return files
    }

    @Test func anEmptyExportStillHasEveryFileAndItsColumns() async throws {
        try await AdminHarness.with { admin in
            let replies = try await Self.export(admin)
            let files = Self.files(replies)
            #expect(Set(files.keys) == Set(OpenDataSchema.files.map(\.name)))
            for file in OpenDataSchema.files {
                #expect(files[file.name]?.columns == file.columns.map(\.name))
                #expect(files[file.name]?.rows.isEmpty == true)
            }
            let last = try #require(replies.last)
            #expect(last.done == true && last.counts?.values.allSatisfy { $0 == 0 } == true)
            // Every column is explained in the README.
            let readme = OpenDataSchema.readme(
                .init(
                    exportedOn: last.exportedOn, unitName: nil, from: nil, format: "csv", separator: ";",
                    withTexts: true, counts: last.counts ?? [:]))
            for file in OpenDataSchema.files {
                #expect(readme.contains("\(file.name).csv"))
                for column in file.columns { #expect(readme.contains("  \(column.name): "), "\(column.name)") }
            }
        }
    }

    @Test func theDemoExportHasTheDemosCountsAndNoAddresses() async throws {
        try await AdminHarness.with { admin in
            let demo: LoadDemoReply = try await admin.call(.loadDemo)
            #expect((demo.contacts ?? 0) > 0)
            let replies = try await Self.export(admin)
            let files = Self.files(replies)
            let counts = try #require(replies.last?.counts)
            #expect(counts["arenden"] == demo.issues && files["arenden"]?.rows.count == demo.issues)
            #expect(counts["forslag"] == demo.proposals && files["forslag"]?.rows.count == demo.proposals)
            let decided = try await admin.context.readModel.issues(IssueFilter(limit: 10_000)).filter {
                $0.outcome != nil
            }
            #expect(counts["beslut"] == decided.count && decided.count > 0)
            #expect((counts["statistik_kvalitetsomraden"] ?? 0) > 0 && (counts["statistik_delaktighet"] ?? 0) > 0)
            // The statistics count every issue but the merged ones, as `tredjekraft statistics` does.
            let issues = try #require(files["arenden"])
            let status = try #require(issues.columns.firstIndex(of: "status"))
            let counted = issues.rows.filter { $0[status] != "merged" }.count
            for name in ["statistik_kvalitetsomraden", "statistik_delaktighet"] {
                let file = try #require(files[name])
                let column = try #require(file.columns.firstIndex(of: "registrerade"))
                #expect(file.rows.compactMap { Int($0[column]) }.reduce(0, +) == counted, "\(name)")
            }
            let everything = files.values.flatMap { $0.rows.flatMap { $0 } + $0.columns }
            #expect(!everything.contains { $0.contains("@") || $0.contains("example.org") })
            #expect(everything.contains("Vuxenstöd Lund"))
            // Every row as long as its header.
            for (name, file) in files {
                #expect(file.rows.allSatisfy { $0.count == file.columns.count }, "\(name)")
            }

            // --unit and --without-texts.
            let lund = Self.files(
                try await Self.export(
                    admin, ExportParameters(unitId: DemoScenario.lundUnit.description, withoutTexts: true)))
            let proposals = try #require(lund["forslag"])
            #expect(!proposals.columns.contains("text") && !proposals.rows.isEmpty)
            let unitColumn = try #require(proposals.columns.firstIndex(of: "verksamhet_id"))
            #expect(proposals.rows.allSatisfy { $0[unitColumn] == DemoScenario.lundUnit.description })
            #expect(lund["beslut"]?.columns.contains("motivering") == false)
        }
    }

    @Test func anErasedTextIsExportedAsItsMarker() async throws {
        try await AdminHarness.with { admin in
            let setup = try await AdminCommandTests.setUp(admin)
            let reply: RedactReply = try await admin.call(
                .redact, RedactParameters(kind: "proposal", id: setup.proposal, field: "text", reason: "Prov."))
            let files = Self.files(try await Self.export(admin))
            let proposals = try #require(files["forslag"])
            let text = try #require(proposals.columns.firstIndex(of: "text"))
            #expect(proposals.rows.map { $0[text] } == [reply.marker])
            #expect(!files.values.flatMap { $0.rows.flatMap { $0 } }.contains { $0.contains("boendestödjare") })
        }
    }

    @Test func aLaterFromThanTodayIsRefused() async throws {
        try await AdminHarness.with { admin in
            do {
                _ = try await Self.export(admin, ExportParameters(from: CalendarDate("2999-01-01")))
                Issue.record("an export from 2999 was made")
            } catch VarlinkClientError.remote(let error) {
                #expect(error.parameters["code"] == "invalid_period")
            }
            // Without "more" the call is refused as the interface says.
            let once = try #require(try await admin.error(.export, [:]))
            #expect(once.name == "org.varlink.service.ExpectedMore")
        }
    }
}
