import AdminProtocol
import ArgumentParser
import Domain
import Foundation
import Synchronization
import Tabular
import Varlink
import Wording

/// `tredjekraft export`: open data — issues, proposals, decisions and statistics — as files to share.
struct ExportCommand: DaemonCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Exportera öppna data: ärenden, förslag, beslut och statistik som CSV- eller JSON-filer.",
        discussion: """
            Skriver arenden, forslag, beslut, statistik_kvalitetsomraden och statistik_delaktighet i en \
            katalog, och en README.txt som förklarar varje kolumn. CSV-filerna är UTF-8 med BOM och har \
            semikolon mellan fälten, så att Excel öppnar dem rätt; med --comma blir det komma. En fil \
            utan rader har ändå sin rubrikrad. Exporten har inga e-postadresser eller kontaktuppgifter, \
            och text som har tagits bort står som [borttaget ÅÅÅÅ-MM-DD].

            Exempel:
              tredjekraft export -o oppna-data
              tredjekraft export --unit 5e0c1a2b --from 2026-01-01 --format json -o lund
              tredjekraft export --without-texts --comma -o utan-texter
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, json
    }

    @Option(help: ArgumentHelp("Bara den här verksamheten.", valueName: "id"))
    var unit: String?

    @Option(
        help: ArgumentHelp(
            "Bara det som registrerats, lämnats eller beslutats från och med den dagen (ÅÅÅÅ-MM-DD).",
            valueName: "datum"),
        transform: ArgumentValues.date)
    var from: CalendarDate?

    @Option(help: ArgumentHelp("csv (normalt) eller json.", valueName: "format"))
    var format: Format = .csv

    @Flag(help: "Komma mellan fälten i CSV i stället för semikolon.")
    var comma = false

    @Flag(help: "Utan fritexter: förslagens text, beslutens motiveringar och vad som gjordes.")
    var withoutTexts = false

    @Option(
        name: [.customShort("o"), .customLong("output")],
        help: ArgumentHelp(
            "Katalogen filerna skrivs i (skapas vid behov). Normalt tredjekraft-export.",
            valueName: "katalog"),
        completion: .directory)
    var output: String = "tredjekraft-export"

    @OptionGroup var global: GlobalOptions

    /// What `--json` prints: where the files are and how many rows each has.
    struct Written: Encodable {
        var directory: String
        var files: [String]
        var counts: [String: Int]
    }

    func validate() throws {
        if comma && format == .json { throw ValidationError("--comma gäller bara --format csv.") }
    }

    var parameters: ExportParameters {
        ExportParameters(unitId: unit, from: from, withoutTexts: withoutTexts ? true : nil)
    }

    func run(on console: Console) async throws {
        // The replies arrive on the connection's task: what they bring is gathered behind a lock.
        let gathered = Mutex(
            (
                files: ExportFiles(format: format == .json ? "json" : "csv", separator: comma ? "," : ";"),
                last: ExportReply?.none
            ))
        try await session.stream(.export, parameters) { object in
            let reply = try Self.decode(ExportReply.self, from: object, of: .export)
            try gathered.withLock { state in
                if reply.done == true { state.last = reply } else { try state.files.add(reply) }
            }
        }
        let (files, finished) = gathered.withLock { ($0.files, $0.last) }
        guard let last = finished else {
            throw CLIFailure(.refused, "tredjekraftd avslutade exporten utan att bli klar.")
        }
        let readme = OpenDataSchema.readme(
            OpenDataSchema.ReadmeFacts(
                exportedOn: last.exportedOn, unitName: last.unitName, from: from, format: files.format,
                separator: files.separator, withTexts: !withoutTexts, counts: last.counts ?? [:]))
        let written = files.documents() + [("README.txt", readme)]
        let directory = URL(fileURLWithPath: output, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            for (name, text) in written {
                try Data(text.utf8).write(to: directory.appendingPathComponent(name), options: .atomic)
            }
        } catch {
            throw CLIFailure(.refused, "Det gick inte att skriva i \(output): \(error.localizedDescription)")
        }
        if global.json {
            console.print(
                JSONOutput.render(
                    try VarlinkValue(
                        encoding: Written(directory: output, files: written.map(\.0), counts: last.counts ?? [:])
                    ).objectValue ?? [:]))
            return
        }
        var lines = ["Exporten är skriven i \(output):"]
        for file in OpenDataSchema.files {
            let count = last.counts?[file.name] ?? 0
            lines.append("  \(file.name).\(files.format)  \(count) \(count == 1 ? "rad" : "rader")")
        }
        lines.append("  README.txt  förklarar varje kolumn")
        console.print(lines.joined(separator: "\n"))
    }
}

/// The files of an export as its replies arrive, written as CSV or JSON at the end.
struct ExportFiles {
    var format: String
    var separator: Character
    private var order: [String] = []
    private var columns: [String: [String]] = [:]
    private var rows: [String: [[String]]] = [:]

    init(format: String, separator: Character) {
        self.format = format
        self.separator = separator
    }

    mutating func add(_ reply: ExportReply) throws {
        guard let file = reply.file, OpenDataSchema.file(named: file) != nil else {
            throw CLIFailure(.refused, "tredjekraftd skickade en okänd fil i exporten: \(reply.file ?? "utan namn").")
        }
        if let names = reply.columns {
            order.append(file)
            columns[file] = names
        }
        rows[file, default: []] += reply.rows ?? []
    }

    /// Each file's name and text.
    func documents() -> [(String, String)] {
        order.compactMap { name in
            guard let schema = OpenDataSchema.file(named: name), let header = columns[name] else { return nil }
            let kinds = header.map { column in schema.columns.first { $0.name == column }?.kind ?? .text }
            let records = rows[name] ?? []
            if format == "json" {
                let typed = zip(header, kinds).map {
                    ($0, $1 == .integer || $1 == .decimal ? JSONRows.Kind.number : .text)
                }
                return ("\(name).json", JSONRows.document(columns: typed, rows: records))
            }
            let decimalComma = separator == ";"
            let cells = records.map { record in
                zip(record, kinds).map { value, kind in
                    kind == .decimal && decimalComma ? value.replacing(".", with: ",") : value
                }
            }
            return ("\(name).csv", CSVWriter(separator: separator).document(header: header, records: cells))
        }
    }
}
