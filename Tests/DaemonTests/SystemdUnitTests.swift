import Foundation
import TestSupport
import Testing

/// The shipped unit and its drop-ins (`systemd/tredjekraftd.service.d/`), checked offline:
///
/// - `systemd-analyze verify` on the unit alone and with each drop-in. It checks that ExecStart's
///   binary exists, so the unit is copied to a temporary directory with ExecStart pointing at the built
///   binary; the drop-in goes into `tredjekraftd.service.d/` beside it, where verify reads it. verify
///   exits 0 on unknown keys (it only warns), so any output fails, and "Unknown key" is named.
/// - `systemd-analyze security --offline=true` on the unit alone and with each drop-in (a tree under
///   `--root` holding the unit and the drop-in where systemd reads them) stays within the exposure its
///   header states: `# Exposure (systemd-analyze security --offline=true…): 1.2`. `--threshold` is on
///   the 0–100 scale, so 1.2 is 12.
@Suite struct SystemdUnitTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let systemd = repository.appendingPathComponent("systemd")
    static let installedExecStart = "ExecStart=/usr/local/bin/tredjekraftd"

    static func unitText() throws -> String {
        try String(contentsOf: systemd.appendingPathComponent("tredjekraftd.service"), encoding: .utf8)
    }

    /// The drop-ins shipped beside the unit, by file name.
    static func dropIns() throws -> [String] {
        try FileManager.default.contentsOfDirectory(
            atPath: systemd.appendingPathComponent("tredjekraftd.service.d").path
        ).filter { $0.hasSuffix(".conf") }.sorted()
    }

    static func dropInText(_ name: String) throws -> String {
        try String(
            contentsOf: systemd.appendingPathComponent("tredjekraftd.service.d").appendingPathComponent(name),
            encoding: .utf8)
    }

    /// The exposure a file's header promises, from its `# Exposure (…): N.N` line.
    static func statedExposure(_ text: String) -> Double? {
        for line in text.split(separator: "\n") where line.hasPrefix("# Exposure (systemd-analyze security") {
            guard let colon = line.range(of: "):") else { return nil }
            let rest = line[colon.upperBound...].trimmingCharacters(in: .whitespaces)
            return Double(rest.prefix { $0.isNumber || $0 == "." })
        }
        return nil
    }

    @Test func unitVerifies() async throws {
        try await verify(dropIn: nil)
    }

    @Test func unitWithEachDropInVerifies() async throws {
        let dropIns = try Self.dropIns()
        #expect(Set(dropIns).isSuperset(of: ["postfix.conf", "exim4.conf", "msmtp.conf", "unix-socket.conf"]))
        for dropIn in dropIns { try await verify(dropIn: dropIn) }
    }

    @Test func unitStaysWithinItsStatedExposure() async throws {
        let stated = try #require(Self.statedExposure(try Self.unitText()), "the unit states no exposure")
        // The target: PostgreSQL over TCP on localhost, roles by peer credentials (see the unit's header).
        #expect(stated <= 1.1)
        try await expectExposure(dropIn: nil, atMost: stated)
    }

    @Test func unitWithEachDropInStaysWithinItsStatedExposure() async throws {
        for dropIn in try Self.dropIns() {
            let stated = try #require(
                Self.statedExposure(try Self.dropInText(dropIn)), "\(dropIn) states no exposure")
            try await expectExposure(dropIn: dropIn, atMost: stated)
        }
        // PostgreSQL over its Unix socket only: the hardened variant.
        let unixSocket = try #require(Self.statedExposure(try Self.dropInText("unix-socket.conf")))
        #expect(unixSocket <= 0.5)
    }

    @Test func exposureLinesAreRead() {
        #expect(Self.statedExposure("# a\n# Exposure (systemd-analyze security --offline=true): 1.2\n") == 1.2)
        #expect(
            Self.statedExposure("# Exposure (systemd-analyze security --offline=true, with the unit): 0.5\n") == 0.5)
        #expect(Self.statedExposure("[Service]\n") == nil)
    }

    /// verify on the unit (ExecStart at the built binary), with one drop-in beside it if given.
    func verify(dropIn: String?) async throws {
        let unit = try Self.unitText()
        #expect(unit.contains(Self.installedExecStart + " "))
        let binary = try daemonBinary()
        try await withTemporaryDirectory { directory in
            let path = directory + "/tredjekraftd.service"
            try unit.replacingOccurrences(of: Self.installedExecStart, with: "ExecStart=\(binary)")
                .write(toFile: path, atomically: true, encoding: .utf8)
            if let dropIn {
                let dropInDirectory = directory + "/tredjekraftd.service.d"
                try FileManager.default.createDirectory(atPath: dropInDirectory, withIntermediateDirectories: true)
                try Self.dropInText(dropIn).write(
                    toFile: dropInDirectory + "/" + dropIn, atomically: true, encoding: .utf8)
            }
            let (status, text) = try await run(["verify", path], in: directory)
            let subject = dropIn.map { "the unit with \($0)" } ?? "the unit"
            #expect(status == 0, "\(subject): \(text)")
            #expect(!text.contains("Unknown key"), "\(subject) has a key systemd does not know: \(text)")
            // verify only warns (exit 0), so any output is a failure too.
            #expect(text.isEmpty, "\(subject): \(text)")
        }
    }

    /// security --offline on a tree with the unit in /etc/systemd/system and the drop-in in its .d.
    func expectExposure(dropIn: String?, atMost stated: Double) async throws {
        try await withTemporaryDirectory { directory in
            let system = directory + "/etc/systemd/system"
            try FileManager.default.createDirectory(
                atPath: system + "/tredjekraftd.service.d", withIntermediateDirectories: true)
            try Self.unitText().write(toFile: system + "/tredjekraftd.service", atomically: true, encoding: .utf8)
            if let dropIn {
                try Self.dropInText(dropIn).write(
                    toFile: system + "/tredjekraftd.service.d/" + dropIn, atomically: true, encoding: .utf8)
            }
            let threshold = Int((stated * 10).rounded())
            let (status, text) = try await run(
                [
                    "security", "--offline=true", "--root=\(directory)", "--threshold=\(threshold)",
                    "tredjekraftd.service",
                ], in: directory)
            let overall = text.split(separator: "\n").last { $0.contains("Overall exposure level") } ?? ""
            let subject = dropIn.map { "the unit with \($0)" } ?? "the unit"
            #expect(overall.contains("Overall exposure level"), "\(subject): \(text)")
            #expect(
                status == 0,
                "\(subject) is more exposed than the \(stated) its header states: \(overall)\n\(text)")
        }
    }

    /// Runs systemd-analyze with stdout and stderr into one file (no pipes to drain), returns both.
    func run(_ arguments: [String], in directory: String) async throws -> (Int32, String) {
        let outputPath = directory + "/systemd-analyze.out"
        _ = FileManager.default.createFile(atPath: outputPath, contents: nil)
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
        defer { try? output.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/systemd-analyze")
        process.arguments = arguments
        process.standardOutput = output
        process.standardError = output
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        return (status, try String(contentsOfFile: outputPath, encoding: .utf8))
    }
}
