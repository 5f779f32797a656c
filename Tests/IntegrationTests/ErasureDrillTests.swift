import Demo
import Domain
import Foundation
import PostgresTestSupport
import TestSupport
import Testing
import Varlink

/// Erasure as the dataskyddsombud asks for it: a staff member's name typed into a proposal, copied into
/// an issue's title and a printed letter, is erased by the daemon's own (runtime) role — and then a
/// `pg_dump` of the database, every reply, the printed letters and a restored backup hold it nowhere.
@Suite(.serialized) struct ErasureDrillTests {
    static let admin = "io.tredjekraft.admin."
    static let text = "Maria Svensson på mottagningen svarar aldrig i telefonen"

    @Test(.timeLimit(.minutes(10))) func anErasedTextIsNowhereNotInADumpARestoredBackupOrALetter() async throws {
        let restored = TestDatabase.uniqueName("tkerased")
        try await withBootstrappedDatabase(extraDatabases: [restored]) { database in
            try await withTemporaryDirectory { directory in
                let backup = directory + "/after.dump"
                try await withDaemonSetup(
                    AdminDaemonOptions(
                        extraConfiguration: quietScheduleConfiguration(), sharedSchema: database.schema,
                        databaseURL: try database.runtimeURL, migrationURL: try database.ownerURL)
                ) { setup in
                    let daemon = try await setup.start()
                    let (proposal, printedText) = try await Self.story(daemon, database)
                    #expect(try await Self.dump(try database.ownerURL).contains("Svensson"), "the story holds the text")
                    let letters = setup.directory + "/state/letters"
                    #expect(try Self.files(letters).contains { $0.contains(printedText) }, "the printed letter")

                    let erased = try await daemon.call(
                        Self.admin + "Redact",
                        [
                            "kind": "proposal", "id": .string(String(proposal.prefix(8))), "field": "text",
                            "reason": "Förslaget nämnde en anställd vid namn.",
                        ])
                    // The proposal's own event and the title.
                    #expect((erased["rewrittenEvents"]?.intValue ?? 0) >= 2, "\(erased)")
                    #expect(erased["lag"] == nil, "\(erased)")
                    let fromLetter = try await daemon.call(
                        Self.admin + "Redact",
                        [
                            "kind": "proposal", "id": .string(DemoScenario.lundProposalTidAttLyssna.description),
                            "field": "text", "reason": "Prov av gallring.",
                        ])
                    #expect(fromLetter["printedLetters"]?.intValue == 1, "\(fromLetter)")

                    // Nowhere the database, the replies or the letters hold.
                    let after = try await Self.dump(try database.ownerURL)
                    #expect(!after.contains("Svensson") && !after.contains(printedText))
                    let answers = try await Self.answers(daemon, proposal)
                    #expect(!"\(answers)".contains("Svensson") && !"\(answers)".contains(printedText))
                    #expect("\(answers)".contains("[borttaget "))
                    #expect(try !Self.files(letters).contains { $0.contains(printedText) })
                    #expect(try Self.files(letters).contains { $0.contains("[borttaget ") })

                    // The log says who erased what and why, never the text.
                    #expect(after.contains("TextRedacted") && after.contains("Förslaget nämnde en anställd vid namn."))

                    // Read models built again from the log answer the same.
                    for name in ["catalog", "issues", "timeline", "outbox", "digests"] {
                        _ = try await daemon.call(Self.admin + "RebuildProjection", ["name": .string(name)])
                    }
                    let rebuilt = try await Self.answers(daemon, proposal)
                    for (one, other) in zip(rebuilt, answers) { #expect(one == other) }

                    // Erasing again changes nothing; an unknown field says so.
                    let again = try await daemon.call(
                        Self.admin + "Redact",
                        ["kind": "proposal", "id": .string(proposal), "field": "text", "reason": "Igen."])
                    #expect(again["alreadyErased"] == .bool(true), "\(again)")
                    let wrongField = await #expect(throws: (any Error).self) {
                        try await daemon.call(
                            Self.admin + "Redact",
                            ["kind": "proposal", "id": .string(proposal), "field": "title", "reason": "Fel fält."])
                    }
                    #expect("\(wrongField!)".contains("unknown_field"))

                    let saved = try await runOps(
                        "backup", ["--url", try database.ownerURL, "--schema", database.schema, "--output", backup])
                    #expect(saved.status == 0, "\(saved)")
                    #expect(await daemon.stop() == 0, "\(daemon.log)")
                    #expect(!daemon.log.contains("Svensson"), "the daemon's log holds the text")
                }
                let restore = try await runOps(
                    "restore", ["--input", backup, "--database", restored, "--admin", try TestDatabase.conninfo()])
                #expect(restore.status == 0, "\(restore)")
                let dump = try await Self.dump(try clusterURL(database: restored))
                #expect(dump.contains("TextRedacted") && !dump.contains("Svensson"))
            }
        }
    }

    /// The demo, and in it: a proposal to Lund's council naming a person, an issue titled with the same
    /// words, and last month's digest to Lund printed (its address removed). Returns the new proposal's
    /// id and the text of the demo's "Tid att lyssna", which the printed letter holds.
    static func story(_ daemon: RunningDaemon, _ database: BootstrappedDatabase) async throws -> (
        proposal: String, printedText: String
    ) {
        _ = try await daemon.loadDemo()
        let council = DemoScenario.lundCouncil.description
        let proposal = try await daemon.call(
            admin + "PutForwardProposal", ["councilId": .string(council), "text": .string(text)]
        )["proposalId"]!.stringValue!
        _ = try await daemon.call(
            admin + "OpenIssue", ["title": .string(text), "source": ["kind": "proposal", "id": .string(proposal)]])
        let contacts = try await daemon.call(admin + "ListContacts")
        let address = try #require(
            contacts["contacts"]?.arrayValue?.first { $0.objectValue?["id"]?.stringValue == council }?
                .objectValue?["address"]?.stringValue)
        _ = try await daemon.call(admin + "RemoveContact", ["kind": "council", "id": .string(council)])
        // A removed address is gone: the log keeps only that the key lost it.
        #expect(!(try await dump(try database.ownerURL).contains(address)))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Stockholm")!
        let last = calendar.date(byAdding: .month, value: -1, to: Date())!
        let month = String(
            format: "%04d-%02d", calendar.component(.year, from: last), calendar.component(.month, from: last))
        let sent = try await daemon.call(
            admin + "SendDigests", ["month": .string(month), "councilId": .string(council)])
        #expect(sent["printed"]?.intValue == 1, "\(sent)")
        let proposals = try await daemon.call(admin + "ListProposals", ["councilId": .string(council)])
        let listening = proposals["proposals"]?.arrayValue?.first {
            $0.objectValue?["id"]?.stringValue == DemoScenario.lundProposalTidAttLyssna.description
        }
        return (proposal, try #require(listening?.objectValue?["text"]?.stringValue))
    }

    /// What a coordinator asks about it.
    static func answers(_ daemon: RunningDaemon, _ proposal: String) async throws -> [VarlinkObject] {
        [
            try await daemon.call(admin + "Trace", ["sourceId": .string(proposal)]),
            try await daemon.call(
                admin + "Trace", ["sourceId": .string(DemoScenario.lundProposalTidAttLyssna.description)]),
            try await daemon.call(admin + "ListIssues"), try await daemon.call(admin + "ListProposals"),
            try await daemon.call(admin + "ListDigests"), try await daemon.call(admin + "ListMail"),
        ]
    }

    /// A plain-text dump of the whole database.
    static func dump(_ url: String) async throws -> String {
        let versions = try FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")
            .sorted { $0.compare($1, options: .numeric) == .orderedAscending }
        let binary = "/usr/lib/postgresql/\(versions.last!)/bin/pg_dump"
        let output = try await runChild(binary, ["--dbname", url])
        #expect(output.status == 0, "\(output.stderr)")
        return output.stdout
    }

    /// The contents of every file under `directory`.
    static func files(_ directory: String) throws -> [String] {
        guard let paths = FileManager.default.enumerator(atPath: directory)?.allObjects as? [String] else { return [] }
        return paths.compactMap { try? String(contentsOfFile: directory + "/" + $0, encoding: .utf8) }
    }
}
