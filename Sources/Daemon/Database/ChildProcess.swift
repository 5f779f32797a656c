import Foundation

/// Runs a program to completion without blocking a thread of Swift's cooperative pool.
///
/// Foundation's `Process` spawns the child and calls its termination handler on a thread of its own;
/// the caller awaits a continuation. Output goes to a file (never a pipe nobody drains), so a chatty
/// child cannot fill a pipe buffer and hang.
struct ChildProcess: Sendable {
    /// The program and its arguments.
    var executable: String
    var arguments: [String]
    /// The child's working directory.
    var workingDirectory: String?
    /// Appends the child's stdout and stderr here; `nil` discards them.
    var outputFile: String?

    /// Runs the program, prefixed by `runuser -u user --` when `user` is given (root only).
    init(_ executable: String, _ arguments: [String], asUser user: String? = nil, workingDirectory: String? = nil,
         outputFile: String? = nil) {
        if let user {
            self.executable = "/usr/sbin/runuser"
            self.arguments = ["-u", user, "--", executable] + arguments
        } else {
            self.executable = executable
            self.arguments = arguments
        }
        self.workingDirectory = workingDirectory
        self.outputFile = outputFile
    }

    /// The command line, for messages.
    var commandLine: String { ([executable] + arguments).joined(separator: " ") }

    /// Runs the child and returns its exit status (a signal number + 128 when it was killed).
    func run() async throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let workingDirectory { process.currentDirectoryURL = URL(fileURLWithPath: workingDirectory) }
        process.standardInput = FileHandle.nullDevice
        let output: FileHandle
        if let outputFile {
            if !FileManager.default.fileExists(atPath: outputFile) {
                FileManager.default.createFile(atPath: outputFile, contents: nil)
            }
            output = try FileHandle(forWritingTo: URL(fileURLWithPath: outputFile))
            try output.seekToEnd()
        } else {
            output = FileHandle.nullDevice
        }
        defer { try? output.close() }
        process.standardOutput = output
        process.standardError = output
        return try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Int32, any Error>) in
            process.terminationHandler = { process in
                let status = process.terminationReason == .uncaughtSignal
                    ? 128 + process.terminationStatus : process.terminationStatus
                continuation.resume(returning: status)
            }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
    }
}
