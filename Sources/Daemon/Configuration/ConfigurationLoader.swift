import AdminServer
import Configuration
import Foundation
import Logging
import SystemPackage
import Yams

/// Reads and validates the daemon's configuration: built-in defaults < the YAML file < environment
/// variables (`TREDJEKRAFT_` + the key in upper case with `_` for `.`, e.g. `TREDJEKRAFT_DATABASE_URL`).
///
/// Each load reads everything afresh (a new file provider, throwing `fetch` calls). SIGHUP reloads use
/// this too rather than swift-configuration's typed `watch…` calls, which yield stale defaults after a
/// reload in 1.4.0 (see TOOLCHAIN.md). Values are read with the throwing `fetch…` calls because the
/// non-throwing getters turn a wrong type silently into the default.
package struct ConfigurationLoader: Sendable {
    /// Every key the daemon understands, as written in the YAML file.
    package static let knownKeys: Set<String> = [
        "database.url", "database.embedded", "database.schema", "database.pool_size",
        "state_directory",
        "admin.socket_path", "admin.socket_mode", "admin.socket_group", "admin.max_frame_bytes",
        "roles.admin", "roles.coordinator", "roles.reader",
        "time_zone", "log.level",
    ]

    /// The file to read; `explicit` files must exist, the default one may be missing.
    package var filePath: String
    package var fileIsExplicit: Bool
    /// The environment (variables starting with `TREDJEKRAFT_` override the file).
    package var environment: [String: String]
    /// `--state-dir`, which beats file and environment.
    package var stateDirectoryOverride: String?
    /// Relative paths in the configuration are resolved against this directory.
    package var workingDirectory: String

    package init(
        filePath: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment,
        stateDirectoryOverride: String? = nil,
        workingDirectory: String = FileManager.default.currentDirectoryPath
    ) {
        let fromEnvironment = environment["TREDJEKRAFT_CONFIG"].flatMap { $0.isEmpty ? nil : $0 }
        self.filePath = filePath ?? fromEnvironment ?? DaemonConfiguration.Defaults.configPath
        self.fileIsExplicit = filePath != nil || fromEnvironment != nil
        self.environment = environment
        self.stateDirectoryOverride = stateDirectoryOverride
        self.workingDirectory = workingDirectory
    }

    /// What a load produced: the configuration and warnings to log (unknown keys).
    package struct Result: Sendable {
        package var configuration: DaemonConfiguration
        package var warnings: [String]
    }

    /// Reads and validates everything; throws the first problem, naming its key.
    package func load() async throws(ConfigurationError) -> Result {
        let path = absolute(filePath)
        let exists = FileManager.default.fileExists(atPath: path)
        if fileIsExplicit && !exists {
            throw .unreadableFile(path: path, reason: "no such file (given by --config or TREDJEKRAFT_CONFIG)")
        }
        var warnings: [String] = []
        var providers: [any ConfigProvider] = [
            EnvironmentVariablesProvider(environmentVariables: environment).prefixKeys(with: "tredjekraft")
        ]
        if exists {
            let text: String
            do {
                text = try String(contentsOfFile: path, encoding: .utf8)
            } catch {
                throw .unreadableFile(path: path, reason: "cannot read it: \(error.localizedDescription)")
            }
            warnings += try Self.unknownKeys(inYAML: text, path: path).map {
                "configuration file \(path): unknown key '\($0)' is ignored (known keys: see Config/tredjekraft.yaml)"
            }
            do {
                providers.append(try await FileProvider<YAMLSnapshot>(filePath: FilePath(path)))
            } catch {
                throw .unreadableFile(path: path, reason: "not valid YAML: \(error)")
            }
        }
        let reader = ConfigReader(providers: providers)
        var configuration = try await read(reader)
        configuration.sourceFile = exists ? path : nil
        return Result(configuration: configuration, warnings: warnings)
    }

    // MARK: Reading keys

    private func read(_ reader: ConfigReader) async throws(ConfigurationError) -> DaemonConfiguration {
        let values = KeyReader(reader: reader)
        let url = try await values.string("database.url").flatMap { $0.isEmpty ? nil : $0 }
        let embeddedSetting = try await values.bool("database.embedded")
        if embeddedSetting == false && url == nil {
            throw .missingValue(
                key: "database.url",
                reason: "database.embedded is false, so a libpq conninfo or URI is needed "
                    + "(e.g. postgresql:///tredjekraft?host=/run/postgresql)")
        }
        if embeddedSetting == true, let url {
            throw .invalidValue(
                key: "database.embedded", value: "true",
                reason: "database.url is also set (\(Self.redacted(url))); use one or the other")
        }
        let schema = try await values.string("database.schema") ?? DaemonConfiguration.Defaults.schema
        guard schema.range(of: #"^[a-z_][a-z0-9_]{0,62}$"#, options: .regularExpression) != nil else {
            throw .invalidValue(
                key: "database.schema", value: schema,
                reason: "use a PostgreSQL identifier: lower-case letters, digits and _, at most 63")
        }
        let poolSize = try await values.int("database.pool_size") ?? DaemonConfiguration.Defaults.poolSize
        guard (1...100).contains(poolSize) else {
            throw .invalidValue(key: "database.pool_size", value: "\(poolSize)", reason: "must be between 1 and 100")
        }

        var stateDirectory = DaemonConfiguration.Defaults.stateDirectory
        if let override = stateDirectoryOverride {
            stateDirectory = override
        } else if let configured = try await values.string("state_directory") {
            stateDirectory = configured
        }
        guard !stateDirectory.isEmpty else {
            throw .invalidValue(key: "state_directory", value: "\"\"", reason: "must be a directory path")
        }

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

        var roles = RoleMapping()
        roles.admins = try await values.names("roles.admin")
        roles.coordinators = try await values.names("roles.coordinator")
        roles.readers = try await values.names("roles.reader")

        let zoneName = try await values.string("time_zone") ?? DaemonConfiguration.Defaults.timeZone
        guard let timeZone = TimeZone(identifier: zoneName) else {
            throw .invalidValue(
                key: "time_zone", value: zoneName,
                reason: "not a known IANA time zone (e.g. Europe/Stockholm)")
        }
        let levelText = try await values.string("log.level")
        let logLevel =
            try levelText.map { text throws(ConfigurationError) in
                guard let level = Logger.Level(rawValue: text.lowercased()) else {
                    throw .invalidValue(
                        key: "log.level", value: text,
                        reason: "use one of trace, debug, info, notice, warning, error, critical")
                }
                return level
            } ?? DaemonConfiguration.Defaults.logLevel

        return DaemonConfiguration(
            database: .init(url: url, embedded: embeddedSetting ?? (url == nil), schema: schema, poolSize: poolSize),
            stateDirectory: absolute(stateDirectory),
            admin: .init(
                socketPath: absolute(socketPath), socketMode: socketMode, socketGroup: socketGroup,
                maxFrameBytes: maxFrameBytes),
            roles: roles, timeZone: timeZone, logLevel: logLevel, sourceFile: nil)
    }

    /// Reads one key with its expected type and turns swift-configuration's errors into ours.
    private struct KeyReader {
        let reader: ConfigReader

        func string(_ key: String) async throws(ConfigurationError) -> String? {
            try await fetch(key, expected: "a string") { try await reader.fetchString(forKey: ConfigKey(key)) }
        }

        func int(_ key: String) async throws(ConfigurationError) -> Int? {
            try await fetch(key, expected: "a whole number") { try await reader.fetchInt(forKey: ConfigKey(key)) }
        }

        func bool(_ key: String) async throws(ConfigurationError) -> Bool? {
            try await fetch(key, expected: "true or false") { try await reader.fetchBool(forKey: ConfigKey(key)) }
        }

        /// A list of user or group names (in the environment: comma-separated).
        func names(_ key: String) async throws(ConfigurationError) -> Set<String> {
            let list =
                try await fetch(key, expected: "a list of user or group names") {
                    try await reader.fetchStringArray(forKey: ConfigKey(key))
                } ?? []
            var names: Set<String> = []
            for raw in list {
                let name = raw.trimmingCharacters(in: .whitespaces)
                guard !name.isEmpty, name.rangeOfCharacter(from: .whitespacesAndNewlines) == nil else {
                    throw .invalidValue(
                        key: key, value: "\"\(raw)\"", reason: "each entry must be one user or group name")
                }
                names.insert(name)
            }
            return names
        }

        private func fetch<Value>(
            _ key: String, expected: String, _ body: () async throws -> Value?
        ) async throws(ConfigurationError) -> Value? {
            do {
                return try await body()
            } catch {
                let raw = (try? await reader.fetchString(forKey: ConfigKey(key))) ?? nil
                throw .invalidValue(key: key, value: raw.map { "\"\($0)\"" } ?? "", reason: "expected \(expected)")
            }
        }
    }

    // MARK: Helpers

    /// Parses "0660" / "660" / "0o660" into a mode; `nil` if it is not an octal mode.
    package static func parseMode(_ text: String) -> mode_t? {
        var digits = Substring(text.trimmingCharacters(in: .whitespaces))
        if digits.hasPrefix("0o") { digits = digits.dropFirst(2) }
        guard (3...4).contains(digits.count), digits.allSatisfy({ ("0"..."7").contains($0) }),
            let value = mode_t(digits, radix: 8), value <= 0o7777
        else { return nil }
        return value
    }

    /// Leaf keys in the YAML text that the daemon does not know, sorted.
    static func unknownKeys(inYAML text: String, path: String) throws(ConfigurationError) -> [String] {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw .unreadableFile(path: path, reason: "not valid YAML: \(error)")
        }
        guard let root else { return [] }
        guard let mapping = root.mapping else {
            throw .unreadableFile(path: path, reason: "the top level must be a mapping of keys (key: value)")
        }
        var unknown: [String] = []
        func walk(_ mapping: Node.Mapping, prefix: String) {
            for (keyNode, value) in mapping {
                let key = prefix + (keyNode.string ?? "?")
                if knownKeys.contains(key) { continue }
                if let nested = value.mapping, knownKeys.contains(where: { $0.hasPrefix(key + ".") }) {
                    walk(nested, prefix: key + ".")
                } else {
                    unknown.append(key)
                }
            }
        }
        walk(mapping, prefix: "")
        return unknown.sorted()
    }

    /// A conninfo without its password, for messages.
    static func redacted(_ conninfo: String) -> String {
        conninfo.replacingOccurrences(of: #"(password=)\S+"#, with: "$1***", options: .regularExpression)
            .replacingOccurrences(of: #"(://[^:/@]*:)[^@]*@"#, with: "$1***@", options: .regularExpression)
    }

    private func absolute(_ path: String) -> String {
        path.hasPrefix("/")
            ? path
            : URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: workingDirectory, isDirectory: true))
                .standardizedFileURL.path
    }
}
