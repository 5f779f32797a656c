import Varlink

/// A failure as `--json` prints it on standard output, so a script that reads the JSON learns why as
/// well as the exit status:
/// `{"error": {"exitStatus": 1, "message": "…", "name": "io.tredjekraft.admin.NotFound", "parameters": {…}}}`.
/// `name` and `parameters` are the daemon's error reply when there was one.
enum JSONFailure {
    static func render(_ failure: CLIFailure, remote: VarlinkError?) -> String {
        var error: VarlinkObject = [
            "exitStatus": .int(Int64(failure.status.rawValue)),
            "message": .string(failure.message),
        ]
        if let remote {
            error["name"] = .string(remote.name)
            error["parameters"] = .object(remote.parameters)
        }
        return JSONOutput.render(["error": .object(error)])
    }
}
