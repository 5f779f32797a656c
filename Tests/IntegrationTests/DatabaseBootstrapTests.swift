import Demo
import Domain
import Foundation
import Postgres
import PostgresTestSupport
import TestSupport
import Testing
import Varlink

/// `ops/db-bootstrap`'s two roles with a real daemon: the owner migrates, the daemon serves as a role
/// that appends to the log and builds its read models, and can change no recorded event.
@Suite struct DatabaseBootstrapTests {
    @Test(.timeLimit(.minutes(10))) func theOwnerMigratesTheRuntimeRoleServesAndTheLogStaysAppendOnly() async throws {
        try await withBootstrappedDatabase { database in
            // The runtime role alone cannot create the schema, and says what to configure.
            try await withDaemonSetup(
                AdminDaemonOptions(sharedSchema: database.schema, databaseURL: try database.runtimeURL)
            ) { setup in
                let process = try DaemonProcess(
                    arguments: ["--config", setup.configPath], environment: [:],
                    logPath: setup.directory + "/refused.log")
                setup.started.add(process)
                let status = await process.waitForExit(timeout: .seconds(120))
                #expect(status != nil && status != 0, "\(process.log)")
                #expect(process.log.contains("database.migration_url"), "\(process.log)")
            }

            try await withDaemonSetup(
                AdminDaemonOptions(
                    extraConfiguration: quietScheduleConfiguration(), sharedSchema: database.schema,
                    databaseURL: try database.runtimeURL, migrationURL: try database.ownerURL)
            ) { setup in
                try await loadDemoAndRestart(setup) { daemon in
                    let answers = try await demoAnswers(daemon)
                    // The runtime role owns the read models, so it may rebuild one.
                    _ = try await daemon.call("io.tredjekraft.admin.RebuildProjection", ["name": "issues"])
                    try await expectSameAnswers(try await demoAnswers(daemon), answers)
                    #expect(await daemon.stop() == 0, "\(daemon.log)")

                    let again = try await setup.start(run: 3)
                    try await waitForSettledSchedule(again)
                    try await expectSameAnswers(try await demoAnswers(again), answers)
                    #expect(again.log.contains("migrated_by=database.migration_url"), "\(again.log)")
                    #expect(await again.stop() == 0, "\(again.log)")
                }
            }

            let events = "\(PostgresQuery.quoteIdentifier(database.schema)).events"
            let runtime = try database.runtimeURL
            let insufficientPrivilege = "42501"
            let appendOnly = "TKA03"
            #expect(try await sqlState(of: "SELECT count(*) FROM \(events)", on: runtime) == nil)
            for statement in [
                "UPDATE \(events) SET actor = 'someone else'", "DELETE FROM \(events)", "TRUNCATE \(events)",
                "ALTER TABLE \(events) DISABLE TRIGGER USER", "DROP TABLE \(events)",
            ] {
                #expect(try await sqlState(of: statement, on: runtime) == insufficientPrivilege, "\(statement)")
            }
            // A grant given by mistake does not open the log: the table's trigger still refuses.
            #expect(
                try await sqlState(
                    of: "GRANT UPDATE, DELETE ON \(events) TO \(database.runtime)", on: database.ownerURL) == nil)
            #expect(try await sqlState(of: "UPDATE \(events) SET actor = actor", on: runtime) == appendOnly)
            #expect(try await sqlState(of: "DELETE FROM \(events)", on: runtime) == appendOnly)
            // The owner may, for maintenance by hand.
            #expect(
                try await sqlState(of: "UPDATE \(events) SET actor = actor WHERE false", on: database.ownerURL) == nil)

            // Run again, the bootstrap changes nothing it made and takes the mistaken grant back.
            let rerun = try await database.bootstrap()
            #expect(rerun.status == 0, "\(rerun)")
            #expect(try await sqlState(of: "UPDATE \(events) SET actor = actor", on: runtime) == insufficientPrivilege)
        }
    }

    /// The restore drill: a backup of a served database, restored into a new one, answers every demo
    /// question as the original did; the daemon starts on it with the same roles.
    @Test(.timeLimit(.minutes(10))) func aBackupRestoredIntoANewDatabaseAnswersAsTheOriginal() async throws {
        let restored = TestDatabase.uniqueName("tkrestored")
        let oneRole = TestDatabase.uniqueName("tkonerole")
        try await withBootstrappedDatabase(extraDatabases: [restored, oneRole]) { database in
            try await withTemporaryDirectory { directory in
                let dump = directory + "/backup.dump"
                let quiet = quietScheduleConfiguration()
                let answers = try await withDaemonSetup(
                    AdminDaemonOptions(
                        extraConfiguration: quiet, sharedSchema: database.schema,
                        databaseURL: try database.runtimeURL, migrationURL: try database.ownerURL)
                ) { setup in
                    try await loadDemoAndRestart(setup) { daemon in
                        _ = try await daemon.call(
                            "io.tredjekraft.admin.SetContact",
                            [
                                "kind": "council", "id": .string(DemoScenario.lundCouncil.description),
                                "address": "rad@example.org",
                            ])
                        let answers = try await demoAnswers(daemon)
                        // Taken while the daemon runs: pg_dump reads one snapshot.
                        let backup = try await runOps(
                            "backup", ["--url", try database.ownerURL, "--schema", database.schema, "--output", dump])
                        #expect(backup.status == 0, "\(backup)")
                        #expect(await daemon.stop() == 0, "\(daemon.log)")
                        return answers
                    }
                }
                let attributes = try FileManager.default.attributesOfItem(atPath: dump)
                #expect((attributes[.posixPermissions] as? Int) == 0o600, "the dump holds e-mail addresses")

                let again = try await runOps(
                    "backup", ["--url", try database.ownerURL, "--schema", database.schema, "--output", dump])
                #expect(again.status != 0 && again.stderr.contains("never overwrites"), "\(again)")

                let admin = try TestDatabase.conninfo()
                let restore = try await runOps("restore", ["--input", dump, "--database", restored, "--admin", admin])
                #expect(restore.status == 0, "\(restore)")
                #expect(restore.stdout.contains("events"), "\(restore)")
                // Into a database that holds the data already: refused, nothing mixed.
                let twice = try await runOps("restore", ["--input", dump, "--database", restored, "--admin", admin])
                #expect(twice.status != 0 && twice.stderr.contains("already holds"), "\(twice)")
                let bootstrap = try await runOps(
                    "db-bootstrap",
                    [
                        "--admin", admin, "--database", restored, "--schema", database.schema, "--owner",
                        database.owner, "--runtime", database.runtime,
                    ])
                #expect(bootstrap.status == 0, "\(bootstrap)")

                try await withDaemonSetup(
                    AdminDaemonOptions(
                        extraConfiguration: quiet, sharedSchema: database.schema,
                        databaseURL: try clusterURL(database: restored, user: database.runtime),
                        migrationURL: try clusterURL(database: restored, user: database.owner))
                ) { setup in
                    let daemon = try await setup.start()
                    try await waitForSettledSchedule(daemon)
                    try await expectSameAnswers(try await demoAnswers(daemon), answers)
                    let contacts = try await daemon.call("io.tredjekraft.admin.ListContacts")
                    #expect("\(contacts)".contains("rad@example.org"))
                    #expect(await daemon.stop() == 0, "\(daemon.log)")
                }

                // A small site's one role: everything restored is its own, and it migrates and serves.
                let handedOver = try await runOps(
                    "restore", ["--input", dump, "--database", oneRole, "--admin", admin, "--owner", database.owner])
                #expect(handedOver.status == 0, "\(handedOver)")
                try await withDaemonSetup(
                    AdminDaemonOptions(
                        extraConfiguration: quiet, sharedSchema: database.schema,
                        databaseURL: try clusterURL(database: oneRole, user: database.owner))
                ) { setup in
                    let daemon = try await setup.start()
                    try await waitForSettledSchedule(daemon)
                    try await expectSameAnswers(try await demoAnswers(daemon), answers)
                    _ = try await daemon.call("io.tredjekraft.admin.RebuildProjection", ["name": "timeline"])
                    try await expectSameAnswers(try await demoAnswers(daemon), answers)
                    #expect(await daemon.stop() == 0, "\(daemon.log)")
                }
            }
        }
    }

    @Test func restoreRefusesWhatIsNotABackup() async throws {
        try await withTemporaryDirectory { directory in
            let file = directory + "/not-a-dump"
            try "SELECT 1;\n".write(toFile: file, atomically: true, encoding: .utf8)
            let output = try await runOps(
                "restore", ["--input", file, "--database", "tk_never_made", "--admin", try TestDatabase.conninfo()])
            #expect(output.status == 2 && output.stderr.contains("not a pg_dump custom-format file"), "\(output)")
            let missing = try await runOps("restore", ["--input", directory + "/nothing", "--database", "x"])
            #expect(missing.status == 2 && missing.stderr.contains("cannot read"), "\(missing)")
            let badName = try await runOps("backup", ["--schema", "x; drop", "--output", directory + "/b"])
            #expect(badName.status == 2, "\(badName)")
        }
        try await withTestPool { pool in
            let rows = try await pool.query("SELECT count(*) AS n FROM pg_database WHERE datname = 'tk_never_made'")
            #expect(try rows[0].decode("n", as: Int.self) == 0)
        }
    }
}
