import Foundation
import Subprocess
import SystemPackage
import Varlink

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// One conversation with `tredjekraftd` on another computer: `ssh HOST tredjekraft bridge` as a child,
/// Varlink over its standard input and output, and — when that fails — what ssh and the server said,
/// turned into one Swedish sentence and exit status 3 (``RemoteFailure``).
///
/// The child gets its own pipes; ssh's standard error goes to an unlinked temporary file, read only
/// when the child has exited, so nothing has to drain it while the call runs and no limit can be hit.
/// ssh exits when the conversation closes its pipes: the bridge on the server sees the end of its
/// input, closes its socket and exits.
struct RemoteConnection: Sendable {
    var host: RemoteHost

    /// Runs `body` with a client whose calls go over ssh; transport failures throw ``CLIFailure``.
    func withClient<Result: Sendable>(_ body: @escaping @Sendable (VarlinkClient) async throws -> Result) async throws
        -> Result
    {
        let toChild = try Self.makePipe()
        let fromChild: (read: CInt, write: CInt)
        do {
            fromChild = try Self.makePipe()
        } catch {
            close(toChild.read)
            close(toChild.write)
            throw error
        }
        let errorLog: FileDescriptor
        do {
            errorLog = try Self.unlinkedTemporaryFile()
        } catch {
            for fd in [toChild.read, toChild.write, fromChild.read, fromChild.write] { close(fd) }
            throw error
        }
        defer { try? errorLog.close() }
        let conversation: ExecutionResult<Swift.Result<Result, any Error>, FileDescriptorOutput, FileDescriptorOutput>
        do {
            conversation = try await Subprocess.run(
                host.program.contains("/") ? .path(FilePath(host.program)) : .name(host.program),
                arguments: Arguments(host.arguments),
                input: .fileDescriptor(FileDescriptor(rawValue: toChild.read), closeAfterSpawningProcess: true),
                output: .fileDescriptor(FileDescriptor(rawValue: fromChild.write), closeAfterSpawningProcess: true),
                error: .fileDescriptor(try errorLog.duplicate(), closeAfterSpawningProcess: true)
            ) { execution in
                await converse(input: fromChild.read, output: toChild.write, execution: execution, body)
            }
        } catch let error as SubprocessError {
            close(fromChild.read)
            close(toChild.write)
            if error.code == .executableNotFound { throw RemoteFailure.sshMissing(host.program) }
            throw CLIFailure(.unreachable, "Det gick inte att starta \(host.program): \(error).")
        }
        switch conversation.closureResult {
        case .success(let value):
            return value
        case .failure(let error):
            let stderr = Self.contents(of: errorLog)
            throw RemoteFailure.classify(
                error, status: conversation.terminationStatus.exitCode, destination: host.destination, stderr: stderr)
        }
    }

    /// The conversation itself; a reply that is not Varlink stops ssh at once, since whatever answers
    /// may not stop by itself when its input ends.
    private func converse<Result: Sendable>(
        input: CInt, output: CInt,
        execution: Execution<FileDescriptorInput, FileDescriptorOutput, FileDescriptorOutput>,
        _ body: @escaping @Sendable (VarlinkClient) async throws -> Result
    ) async -> Swift.Result<Result, any Error> {
        do {
            return .success(
                try await VarlinkClient.withConnection(
                    input: input, output: output, describedAs: "ssh \(host.destination)"
                ) { client in try await body(client) })
        } catch {
            if case .invalidReply? = error as? VarlinkClientError {
                try? execution.send(signal: .terminate)
            }
            return .failure(error)
        }
    }

    private static func makePipe() throws(CLIFailure) -> (read: CInt, write: CInt) {
        var fds: [CInt] = [-1, -1]
        guard pipe(&fds) == 0, fcntl(fds[0], F_SETFD, FD_CLOEXEC) == 0, fcntl(fds[1], F_SETFD, FD_CLOEXEC) == 0
        else {
            throw CLIFailure(
                .unreachable, "Det gick inte att skapa en rörledning till ssh: \(String(cString: strerror(errno))).")
        }
        return (fds[0], fds[1])
    }

    private static func unlinkedTemporaryFile() throws(CLIFailure) -> FileDescriptor {
        let directory = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((directory + "/tredjekraft-ssh.XXXXXX").utf8CString)
        let fd = mkstemp(&template)
        guard fd >= 0 else {
            throw CLIFailure(
                .unreachable,
                "Det gick inte att skapa en tillfällig fil i \(directory): \(String(cString: strerror(errno))).")
        }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        _ = unlink(template)
        return FileDescriptor(rawValue: fd)
    }

    /// What ssh (and the server) wrote on standard error, at most its last 16 KiB.
    private static func contents(of file: FileDescriptor) -> String {
        guard let size = try? file.seek(offset: 0, from: .end), size > 0 else { return "" }
        let start = max(0, size - 16 * 1024)
        var bytes = [UInt8](repeating: 0, count: Int(size - start))
        let read = (try? bytes.withUnsafeMutableBytes { try file.read(fromAbsoluteOffset: start, into: $0) }) ?? 0
        return String(decoding: bytes.prefix(read), as: UTF8.self)
    }
}

extension TerminationStatus {
    /// The exit status, or 128 + the signal as a shell reports it.
    var exitCode: Int32 {
        switch self {
        case .exited(let code): code
        case .signaled(let signal): 128 + signal
        }
    }
}
