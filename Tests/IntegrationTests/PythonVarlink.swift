import Foundation
import TestSupport
import Varlink

#if canImport(Glibc)
import Glibc
#endif

/// The Python Varlink reference client (`pip install varlink`, in the venv `ops/test` makes), run as
/// this user or — root switching with `setpriv` — as another Unix user, so the daemon sees other
/// peer credentials.
enum PythonVarlink {
    static let variable = "TREDJEKRAFT_TEST_VARLINK_PYTHON"

    typealias User = TestUser
    typealias Output = ChildOutput

    /// The interpreter; a missing one fails the test (it never skips).
    static func interpreter() throws -> String {
        guard let python = ProcessInfo.processInfo.environment[variable], !python.isEmpty else {
            throw TestFailure(
                "\(variable) is not set: run the suite with ops/test, which installs the Python Varlink client")
        }
        return python
    }

    /// `Python/admin_calls.py` beside this file.
    static var callsScript: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Python/admin_calls.py").path
    }

    /// Runs the interpreter with `arguments`, as `user` if given; stdin from `input`.
    static func run(_ arguments: [String], as user: User? = nil, input: Data = Data()) async throws -> Output {
        try await runChild(try interpreter(), arguments, as: user, input: input)
    }

    /// `python -m varlink.cli ARGUMENTS`.
    static func cli(_ arguments: [String], as user: User? = nil) async throws -> Output {
        try await run(["-m", "varlink.cli"] + arguments, as: user)
    }

    /// What one call through `admin_calls.py` came to.
    enum CallResult: Sendable, Equatable {
        case reply(VarlinkObject)
        case replies([VarlinkObject])
        case error(name: String, parameters: VarlinkObject)

        var reply: VarlinkObject? { if case .reply(let reply) = self { reply } else { nil } }
        var errorName: String? { if case .error(let name, _) = self { name } else { nil } }
        var errorParameters: VarlinkObject? { if case .error(_, let parameters) = self { parameters } else { nil } }
    }

    /// One call for `admin_calls.py`: a method of io.tredjekraft.admin (short name) and parameters.
    struct Call: Encodable, Sendable {
        var method: String
        var parameters: VarlinkObject = [:]
        /// For a streaming call: how many replies to read before hanging up.
        var more: Int?
    }

    /// Runs `calls` in order on one connection through the typed Python client.
    static func calls(_ calls: [Call], socket: String, as user: User? = nil) async throws -> [CallResult] {
        let output = try await run(
            [callsScript, "unix:\(socket)"], as: user, input: try JSONEncoder().encode(calls))
        guard output.status == 0 else {
            throw TestFailure("admin_calls.py exited with \(output.status): \(output.stderr)\(output.stdout)")
        }
        let decoded: [VarlinkValue]
        do {
            decoded = try JSONDecoder().decode([VarlinkValue].self, from: Data(output.stdout.utf8))
        } catch {
            throw TestFailure("admin_calls.py printed no JSON list: \(output.stdout) \(output.stderr)")
        }
        return try decoded.map { value in
            let object = value.objectValue ?? [:]
            if let reply = object["reply"] { return .reply(reply.objectValue ?? [:]) }
            if let replies = object["replies"]?.arrayValue { return .replies(replies.map { $0.objectValue ?? [:] }) }
            if let name = object["error"]?.stringValue {
                return .error(name: name, parameters: object["parameters"]?.objectValue ?? [:])
            }
            throw TestFailure("unexpected result from admin_calls.py: \(value)")
        }
    }
}

extension VarlinkValue {
    /// The value without `null` members: the Python client leaves absent what Swift may send as null.
    var withoutNulls: VarlinkValue {
        switch self {
        case .object(let object): .object(object.withoutNulls)
        case .array(let array): .array(array.map(\.withoutNulls))
        default: self
        }
    }
}

extension VarlinkObject {
    var withoutNulls: VarlinkObject { compactMapValues { $0 == .null ? nil : $0.withoutNulls } }
}
