import AdminProtocol
import ArgumentParser
import Domain
import Foundation
import Tabular
import Varlink

/// `tredjekraft import …`: bring in what a unit keeps elsewhere, today its handlingsplan.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Läs in en handlingsplan från en CSV-fil.",
        subcommands: [Actions.self])

    struct Actions: DaemonCommand {
        static let configuration = CommandConfiguration(
            commandName: "actions",
            abstract: "Läs in en certifierings handlingsplan från en CSV-fil (provkörning utan --apply).",
            discussion: """
                Filen sparas från ett kalkylark som CSV, med semikolon eller komma mellan fälten, i UTF-8 \
                (med eller utan BOM) eller Windows-1252. Första raden är rubrikraden: \
                \(ActionPlanSheet.headerLine) (i valfri ordning; "Externt id", "Kvalitetsområde", "Åtgärd", \
                "Ansvarig", "Följs upp av" och "Klart senast" går också bra). Varje rad är en åtgärd. \
                Kvalitetsområdet skrivs med namn eller id, datumet som ÅÅÅÅ-MM-DD.

                Utan --apply visas bara vad som skulle hända: läggs till, oförändrad, ändrad eller felaktig, \
                med radnummer och skäl. Med --apply förs de nya åtgärderna in, men bara om ingen rad är \
                felaktig (eller med --skip-invalid). Samma fil igen ändrar ingenting: det externa id:t pekar \
                ut samma åtgärd. En ändrad rad förs inte in, eftersom en åtgärd inte går att rätta; ge den ett \
                nytt externt id. En åtgärd som finns i planen men inte i filen visas, men tas aldrig bort.

                Exempel:
                  tredjekraft import actions handlingsplan.csv --certification 6a7b8c9d
                  tredjekraft import actions handlingsplan.csv --certification 6a7b8c9d --apply
                """)

        @Argument(help: ArgumentHelp("CSV-filen med handlingsplanen.", valueName: "fil"), completion: .file())
        var file: String

        @Option(help: ArgumentHelp("Certifieringens id.", valueName: "id"))
        var certification: String

        @Flag(help: "För in de nya åtgärderna. Utan den är det en provkörning.")
        var apply = false

        @Flag(name: .customLong("skip-invalid"), help: "För in de giltiga raderna även om andra rader är felaktiga.")
        var skipInvalid = false

        @OptionGroup var global: GlobalOptions

        func run(on console: Console) async throws {
            let sheet = try readSheet()
            let pages = ActionPlanPages.pages(sheet.rows)
            var outcomes = sheet.problems.map {
                ImportActionOutcome(line: $0.line, externalId: "", outcome: .invalid, reason: $0.reason)
            }
            var certificationId = certification
            var tried: [ImportActionOutcome] = []
            for page in pages {
                let reply = try await send(page, apply: false)
                certificationId = reply.certificationId
                tried += reply.rows
            }
            let invalid = sheet.problems.count + tried.count { $0.outcome == .invalid }
            var applied = false
            var lag: ReadModelLag?
            var done = tried
            if apply && (invalid == 0 || skipInvalid) {
                done = []
                for page in pages {
                    let reply = try await send(page, apply: true)
                    done += reply.rows
                    lag = lag ?? reply.lag
                }
                applied = true
            }
            outcomes += done
            outcomes.sort { $0.line < $1.line }
            let named = Set(tried.compactMap(\.actionItemId))
            let removed = try await itemsNotIn(named, certificationId: certificationId)
            let report = ImportRendering.Report(
                certificationId: certificationId, applied: applied, rows: outcomes, removed: removed,
                skipInvalid: skipInvalid)
            if global.json {
                console.print(JSONOutput.render(try VarlinkValue(encoding: report).objectValue ?? [:]))
            } else {
                console.print(ImportRendering.render(report, asked: apply))
            }
            if invalid > 0 && !skipInvalid {
                throw CLIFailure(
                    .refused,
                    invalid == 1
                        ? "1 rad är felaktig; inget fördes in. Rätta raden, eller använd --skip-invalid."
                        : "\(invalid) rader är felaktiga; inget fördes in. Rätta raderna, eller använd --skip-invalid."
                )
            }
            if let lag { throw CommandRendering.notYetVisible(lag) }
        }

        private func readSheet() throws -> ActionPlanSheet {
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: file))
            } catch {
                throw CLIFailure(.usage, "Det gick inte att läsa \(file): \(error.localizedDescription)")
            }
            do {
                return try ActionPlanSheet.read([UInt8](data))
            } catch {
                throw CLIFailure(.refused, "\(file): \(error.reason)")
            }
        }

        private func send(_ page: [ImportActionRow], apply: Bool) async throws -> ImportActionsReply {
            let parameters = ImportActionsParameters(
                certificationId: certification, rows: page, apply: apply, skipInvalid: skipInvalid ? true : nil)
            return try Self.decode(
                ImportActionsReply.self, from: try await session.call(.importActions, parameters), of: .importActions)
        }

        /// The plan's items that no row of the file names.
        private func itemsNotIn(_ named: Set<String>, certificationId: String) async throws -> [ActionPlanItem] {
            var removed: [ActionPlanItem] = []
            var offset = 0
            while true {
                let parameters = ListActionPlanItemsParameters(certificationId: certificationId, offset: offset)
                let reply = try Self.decode(
                    ListActionPlanItemsReply.self, from: try await session.call(.listActionPlanItems, parameters),
                    of: .listActionPlanItems)
                removed += reply.items.filter { !named.contains($0.actionItemId) }
                offset += reply.items.count
                if reply.items.isEmpty || offset >= reply.total { return removed }
            }
        }
    }
}
