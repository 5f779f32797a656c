import Foundation
import Testing
import Varlink

/// `tredjekraft import actions` end to end: the built CLI reads a handlingsplan file and drives the
/// built daemon — a dry run, `--apply`, the same file again changing nothing, and exit 1 for a file
/// with a bad row.
@Suite(.serialized) struct ImportCLITests {
    static func id(_ run: CLIRun, _ key: String) throws -> String {
        let object = try JSONDecoder().decode(VarlinkObject.self, from: Data(run.output.utf8))
        return try #require(object[key]?.stringValue, "\(run)")
    }

    @Test(.timeLimit(.minutes(3))) func aPlanIsTriedAppliedAndImportedAgainWithoutChange() async throws {
        try await withAdminDaemon(AdminDaemonOptions(readers: ["nobody"], coordinators: ["daemon"])) { running in
            let unit = try Self.id(try await running.cli(["unit", "register", "Vuxenstöd Eslöv", "--json"]), "unitId")
            let today = ISO8601DateFormatter.string(
                from: Date(), timeZone: .current, formatOptions: [.withFullDate, .withDashSeparatorInDate])
            let certification = try Self.id(
                try await running.cli(["certification", "start", "--unit", unit, "--date", today, "--json"]),
                "certificationId")
            let file = running.setup.directory + "/handlingsplan.csv"
            let plan = """
                \u{FEFF}Externt id;Kvalitetsområde;Åtgärd;Ansvarig;Följs upp av;Klart senast
                H-1;Bemötande;Utbilda all personal i bemötande.;Enhetschef;Brukarrådet;2099-03-31
                H-2;information;Ta fram informationsblad på lätt svenska.;Kommunikatör;Brukarrådet;2099-06-30

                """
            try Data(plan.utf8).write(to: URL(fileURLWithPath: file))

            let dry = try await running.cli(["import", "actions", file, "--certification", certification])
            #expect(dry.status == 0, "\(dry)")
            #expect(dry.output.contains("läggs till") && dry.output.contains("Provkörning: 2 läggs till"), "\(dry)")
            #expect(dry.output.contains("--apply"), "\(dry)")

            let applied = try await running.cli([
                "import", "actions", file, "--certification", certification, "--apply",
            ])
            #expect(applied.status == 0, "\(applied)")
            #expect(applied.output.contains("Importen är gjord: 2 lades till"), "\(applied)")

            let again = try await running.cli(["import", "actions", file, "--certification", certification, "--apply"])
            #expect(again.status == 0, "\(again)")
            #expect(again.output.contains("Inget nytt att föra in: 0 lades till, 2 oförändrade"), "\(again)")

            let json = try await running.cli([
                "import", "actions", file, "--certification", certification, "--json",
            ])
            let report = try JSONDecoder().decode(VarlinkObject.self, from: Data(json.output.utf8))
            #expect(report["rows"]?.arrayValue?.count == 2, "\(json)")

            // One bad row: exit 1, its line and reason, nothing applied.
            let bad = running.setup.directory + "/felaktig.csv"
            try Data(
                (plan + "H-3;kvällsöppet;Öppet på kvällar.;Enhetschef;Brukarrådet;2099-06-30\n").utf8
            ).write(to: URL(fileURLWithPath: bad))
            let refused = try await running.cli(["import", "actions", bad, "--certification", certification, "--apply"])
            #expect(refused.status == 1, "\(refused)")
            #expect(refused.output.contains("Kvalitetsområdet \"kvällsöppet\" finns inte"), "\(refused)")
            #expect(refused.output.contains("Inget fördes in"), "\(refused)")
            #expect(refused.error.contains("1 rad är felaktig"), "\(refused)")
        }
    }
}
