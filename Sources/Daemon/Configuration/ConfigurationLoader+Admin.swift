import AdminServer
import Foundation

/// The `admin.*` section: the socket, and how long a reply waits for the read models.
extension ConfigurationLoader {
    static let adminKeys: Set<String> = [
        "admin.socket_path", "admin.socket_mode", "admin.socket_group", "admin.max_frame_bytes",
        "admin.consistency_timeout",
    ]

    func readAdmin(_ values: KeyReader) async throws(ConfigurationError) -> DaemonConfiguration.Admin {
        let socketPath = try await values.string("admin.socket_path") ?? DaemonConfiguration.Defaults.socketPath
        guard !socketPath.isEmpty, absolute(socketPath).utf8.count < 108 else {
            throw .invalidValue(
                key: "admin.socket_path", value: socketPath,
                reason: "must be a path shorter than 108 bytes (the Unix socket limit)")
        }
        let modeText = try await values.string("admin.socket_mode")
        let socketMode =
            try modeText.map { text throws(ConfigurationError) in
                guard let mode = Self.parseMode(text) else {
                    throw .invalidValue(
                        key: "admin.socket_mode", value: text,
                        reason: "write an octal file mode as a quoted string, e.g. \"0660\"")
                }
                return mode
            } ?? DaemonConfiguration.Defaults.socketMode
        let socketGroup = try await values.string("admin.socket_group").flatMap { $0.isEmpty ? nil : $0 }
        if let socketGroup, getgrnam(socketGroup) == nil {
            throw .invalidValue(
                key: "admin.socket_group", value: socketGroup,
                reason: "no such group on this machine (create it, e.g. with systemd-sysusers)")
        }
        let maxFrameBytes = try await values.int("admin.max_frame_bytes") ?? DaemonConfiguration.Defaults.maxFrameBytes
        guard (1024...(64 << 20)).contains(maxFrameBytes) else {
            throw .invalidValue(
                key: "admin.max_frame_bytes", value: "\(maxFrameBytes)",
                reason: "must be between 1024 and 67108864 (64 MiB)")
        }
        let consistencyTimeout = try await seconds(
            "admin.consistency_timeout", values, default: DaemonConfiguration.Defaults.consistencyTimeoutSeconds,
            in: 1...3600)
        return .init(
            socketPath: absolute(socketPath), socketMode: socketMode, socketGroup: socketGroup,
            maxFrameBytes: maxFrameBytes, consistencyTimeout: .seconds(consistencyTimeout))
    }
}
