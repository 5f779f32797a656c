import Foundation
import Subprocess
import SystemPackage

/// Runs a program to completion without blocking a thread of Swift's cooperative pool.
///
/// swift-subprocess waits for the child by its process id, not by an inherited descriptor: Foundation's
/// `Process` notices an exit only when every holder of its private socket has closed it, and
/// `pg_ctl start` leaves the postmaster holding it, so the daemon would wait forever. Output goes to
/// a file (never a pipe nobody drains). The tests start throwaway servers with it for the same reason.
package struct ChildProcess: Sendable {
    /// The program and its arguments.
    var executable: String
    var arguments: [String]
    /// The child's working directory.
    var workingDirectory: String?
    /// Appends the child's stdout and stderr here; `nil` discards them.
    var outputFile: String?

    /// Runs the program, prefixed by `runuser -u user --` when `user` is given (root only).
    package init(
        _ executable: String, _ arguments: [String], asUser user: String? = nil, workingDirectory: String? = nil,
        outputFile: String? = nil
    ) {
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
    package var commandLine: String { ([executable] + arguments).joined(separator: " ") }

    /// Runs the child and returns its exit status (128 + the signal number when it was killed).
    package func run() async throws -> Int32 {
        let path = outputFile ?? "/dev/null"
        let output = try FileDescriptor.open(
            FilePath(path), .writeOnly, options: [.append, .create], permissions: [.ownerReadWrite, .groupRead])
        let error = try output.duplicate()
        let result = try await Subprocess.run(
            .path(FilePath(executable)), arguments: Arguments(arguments),
            workingDirectory: workingDirectory.map { FilePath($0) },
            input: .none,
            output: .fileDescriptor(output, closeAfterSpawningProcess: true),
            error: .fileDescriptor(error, closeAfterSpawningProcess: true))
        switch result.terminationStatus {
        case .exited(let code): return code
        case .signaled(let signal): return 128 + signal
        }
    }
}
