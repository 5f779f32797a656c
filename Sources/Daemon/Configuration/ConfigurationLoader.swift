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
    package static let knownKeys: Set<String> = databaseKeys.union(adminKeys).union(generalKeys).union(mailKeys).union(
        policyKeys
    ).union(digestKeys).union(pageKeys).union(inboundKeys)

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
        var yaml: String?
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
            yaml = text
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
        var configuration = try await read(reader, yaml: yaml)
        configuration.sourceFile = exists ? path : nil
        return Result(configuration: configuration, warnings: warnings)
    }

    // MARK: Reading keys

    /// Each section is read in its own file (`ConfigurationLoader+Database`, `+Admin`, `+General`, `+Mail`, `+Policies`,
    /// `+Digests`, `+Pages`).
    private func read(_ reader: ConfigReader, yaml: String?) async throws(ConfigurationError) -> DaemonConfiguration {
        let values = KeyReader(reader: reader)
        let stateDirectory = absolute(try await readStateDirectory(values))
        var configuration = DaemonConfiguration(
            database: try await readDatabase(values), stateDirectory: stateDirectory,
            admin: try await readAdmin(values), roles: try await readRoles(values, yaml: yaml),
            timeZone: try await readTimeZone(values), logLevel: try await readLogLevel(values),
            mail: try await readMail(values), policies: try await readPolicies(values),
            digests: try await readDigests(values),
            pages: try await readPages(values, stateDirectory: stateDirectory), sourceFile: nil)
        configuration.inboundMaxPerSenderPerHour = try await readInbound(values)
        return configuration
    }

    /// Reads one key with its expected type and turns swift-configuration's errors into ours.
    struct KeyReader {
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

        /// A list of strings (in the environment: comma-separated).
        func strings(_ key: String) async throws(ConfigurationError) -> [String]? {
            try await fetch(key, expected: "a list of strings") {
                try await reader.fetchStringArray(forKey: ConfigKey(key))
            }
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
                // Its keys are units' ids or names, checked when the roles are read.
                if key == "roles.units" { continue }
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

    func absolute(_ path: String) -> String {
        path.hasPrefix("/")
            ? path
            : URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: workingDirectory, isDirectory: true))
                .standardizedFileURL.path
    }
}
