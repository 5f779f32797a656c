import Foundation
import Testing

@testable import Tabular

/// CSV as Swedish Excel opens it, checked against Python's `csv` module and LibreOffice.
@Suite struct CSVWriterTests {
    static let header = ["id", "verksamhet", "text", "andel"]
    static let records = [
        ["1", "Vuxenstöd Lund", "Kvällsöppet; även på helgerna", "0,75"],
        ["2", "Biskopsgården", "Han sa \"ja\" och gick", ""],
        ["3", "Iris Mullsjö HVB", "Två rader\r\nmed radbrytning", "1"],
        ["4", " Åsa ", "ÅÄÖ åäö é", "0"],
    ]

    @Test func quotesOnlyWhatMustBeQuoted() {
        let writer = CSVWriter()
        #expect(writer.field("enkel") == "enkel")
        #expect(writer.field("a;b") == "\"a;b\"")
        #expect(writer.field("a,b") == "a,b")
        #expect(CSVWriter(separator: ",").field("a,b") == "\"a,b\"")
        #expect(writer.field("sa \"ja\"") == "\"sa \"\"ja\"\"\"")
        #expect(writer.field("rad\nrad") == "\"rad\nrad\"")
        #expect(writer.field(" kant") == "\" kant\"")
        let document = writer.document(header: ["a"], records: [])
        #expect(document == "\u{FEFF}a\r\n")
    }

    @Test func readsBackWhatItWrites() throws {
        for separator: Character in [";", ","] {
            let text = CSVWriter(separator: separator).document(header: Self.header, records: Self.records)
            #expect(CSVReader.detectSeparator(String(text.dropFirst())) == separator)
            let records = try CSVReader(separator: separator).records(text)
            #expect(records.map(\.fields) == [Self.header] + Self.records)
            #expect(records.map(\.line) == [1, 2, 3, 4, 6])
        }
    }

    @Test func pythonsCSVModuleReadsIt() async throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("data.csv")
        try Data(CSVWriter().document(header: Self.header, records: Self.records).utf8).write(to: file)
        let script = """
            import csv, json, sys
            with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
                print(json.dumps(list(csv.reader(f, delimiter=';')), ensure_ascii=False))
            """
        let output = try await Self.run("/usr/bin/python3", ["-c", script, file.path])
        let rows = try JSONDecoder().decode([[String]].self, from: Data(output.utf8))
        #expect(rows == [Self.header] + Self.records)
    }

    @Test func libreOfficeOpensItWithSwedishLetters() async throws {
        // ops/test installs it (libreoffice-calc-nogui); under CI its absence fails, never skips.
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/soffice") else {
            if ProcessInfo.processInfo.environment["CI"] == "true" {
                Issue.record("LibreOffice (/usr/bin/soffice) is missing: ops/test installs libreoffice-calc-nogui")
            }
            return
        }
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("data.csv")
        try Data(CSVWriter().document(header: Self.header, records: Self.records).utf8).write(to: file)
        // LibreOffice as a person's spreadsheet reads it (separator ;, UTF-8), then back out as CSV to compare.
        _ = try await Self.run(
            "/usr/bin/soffice",
            [
                "-env:UserInstallation=file://\(directory.path)/profile", "--headless",
                "--infilter=CSV:59,34,76,1", "--convert-to", "ods", "--outdir", directory.path, file.path,
            ])
        let ods = directory.appendingPathComponent("data.ods")
        #expect(FileManager.default.fileExists(atPath: ods.path))
        let back = directory.appendingPathComponent("back")
        _ = try await Self.run(
            "/usr/bin/soffice",
            [
                "-env:UserInstallation=file://\(directory.path)/profile", "--headless",
                "--convert-to", "csv:Text - txt - csv (StarCalc):59,34,76,1", "--outdir", back.path, ods.path,
            ])
        let text = try String(contentsOf: back.appendingPathComponent("data.csv"), encoding: .utf8)
        let records = try CSVReader(separator: ";").records(text)
        #expect(records.first?.fields == Self.header)
        #expect(records.count == 5)
        #expect(records[1].fields[1] == "Vuxenstöd Lund")
        #expect(records[1].fields[2] == "Kvällsöppet; även på helgerna")
        #expect(records[4].fields[2] == "ÅÄÖ åäö é")
        #expect(records[3].fields[2].contains("med radbrytning"))
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tk-csv-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs `program` to its end on a thread of its own and returns its stdout: a test waiting on a
    /// child must not hold one of the few threads of Swift's cooperative pool (LibreOffice takes many
    /// seconds; two such waits stalled every other test of a whole run).
    static func run(_ program: String, _ arguments: [String]) async throws -> String {
        let (status, output): (Int32, String) = try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: program)
                process.arguments = arguments
                let pipe = Pipe()
                process.standardOutput = pipe
                process.standardError = FileHandle.nullDevice
                do {
                    try process.run()
                } catch {
                    continuation.resume(throwing: error)
                    return
                }
                let data = pipe.fileHandleForReading.readDataToEndOfFile()
                process.waitUntilExit()
                continuation.resume(returning: (process.terminationStatus, String(decoding: data, as: UTF8.self)))
            }
        }
        #expect(status == 0, "\(program) \(arguments)")
        return output
    }
}
