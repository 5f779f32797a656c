import Foundation

/// The SMTP sink the tests use, run by Debian's python3.
final class SinkProcess {
    let port: Int
    let directory: String
    private let process = Process()

    init(script: String) throws {
        directory = FileManager.default.temporaryDirectory.path + "/tk-bench-sink-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let outputPath = directory + "/sink.out"
        FileManager.default.createFile(atPath: outputPath, contents: nil)
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [script, directory]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        try process.run()
        try? output.close()
        var text = ""
        for _ in 0..<1500 where process.isRunning {
            text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
            if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("PORT ") }),
                let port = Int(line.dropFirst(5))
            {
                self.port = port
                return
            }
            usleep(20_000)
        }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        throw BenchError("the SMTP sink did not start (python3-aiosmtpd installed?): \(text)")
    }

    var delivered: Int {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".eml") }.count
    }

    /// SIGKILL: the sink keeps every message as a whole file already, and a child of `Process` may have
    /// SIGTERM blocked.
    func stop() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        try? FileManager.default.removeItem(atPath: directory)
    }
}
