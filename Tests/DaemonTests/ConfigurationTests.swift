import Foundation
import Logging
import TestSupport
import Testing

@testable import AdminServer
@testable import Daemon

/// Reading the configuration: defaults < YAML file < environment, and every bad value named by its key.
@Suite struct ConfigurationTests {
    @Test func defaultsWithoutFileOrEnvironment() async throws {
        let loader = ConfigurationLoader(filePath: nil, environment: [:])
        #expect(!loader.fileIsExplicit)
        let configuration = try await loader.load().configuration
        #expect(configuration.database.url == nil)
        #expect(configuration.database.usesEmbedded)
        #expect(configuration.database.schema == "tredjekraft")
        #expect(configuration.database.poolSize == 8)
        #expect(configuration.stateDirectory == "/var/lib/tredjekraft")
        #expect(configuration.admin.socketPath == "/run/tredjekraft/admin.sock")
        #expect(configuration.admin.socketMode == 0o660)
        #expect(configuration.admin.maxFrameBytes == 1 << 20)
        #expect(configuration.admin.consistencyTimeout == .seconds(5))
        #expect(configuration.timeZone.identifier == "Europe/Stockholm")
        #expect(configuration.logLevel == .info)
        #expect(configuration.roles == RoleMapping())
    }

    @Test func readsEveryKeyFromYAML() async throws {
        try await withConfigFile(
            """
            database:
              url: "postgresql:///x?host=/tmp"
              schema: tk_test
              pool_size: 3
            state_directory: /srv/tk
            admin:
              socket_path: /tmp/tk.sock
              socket_mode: "0600"
              socket_group: root
              max_frame_bytes: 4096
              consistency_timeout: 300
            roles:
              admin: [alice]
              coordinator: [samordnare, enhetschefer]
              reader: [revisorer]
            time_zone: Europe/Helsinki
            log:
              level: debug
            """
        ) { path in
            let result = try await ConfigurationLoader(filePath: path, environment: [:]).load()
            let configuration = result.configuration
            #expect(result.warnings.isEmpty)
            #expect(configuration.database.url == "postgresql:///x?host=/tmp")
            #expect(!configuration.database.usesEmbedded)
            #expect(configuration.database.schema == "tk_test")
            #expect(configuration.database.poolSize == 3)
            #expect(configuration.stateDirectory == "/srv/tk")
            #expect(configuration.admin.socketPath == "/tmp/tk.sock")
            #expect(configuration.admin.socketMode == 0o600)
            #expect(configuration.admin.socketGroup == "root")
            #expect(configuration.admin.maxFrameBytes == 4096)
            #expect(configuration.admin.consistencyTimeout == .seconds(300))
            #expect(configuration.roles.admins == ["alice"])
            #expect(configuration.roles.coordinators == ["samordnare", "enhetschefer"])
            #expect(configuration.roles.readers == ["revisorer"])
            #expect(configuration.timeZone.identifier == "Europe/Helsinki")
            #expect(configuration.logLevel == .debug)
            #expect(configuration.sourceFile == path)
        }
    }

    @Test func environmentOverridesTheFile() async throws {
        try await withConfigFile("database:\n  pool_size: 3\nlog:\n  level: debug\n") { path in
            let environment = [
                "TREDJEKRAFT_DATABASE_URL": "host=/tmp dbname=env",
                "TREDJEKRAFT_DATABASE_POOL_SIZE": "5",
                "TREDJEKRAFT_ROLES_COORDINATOR": "a,b",
                "TREDJEKRAFT_CONFIG": path,
            ]
            let loader = ConfigurationLoader(filePath: nil, environment: environment)
            #expect(loader.fileIsExplicit)
            let configuration = try await loader.load().configuration
            #expect(configuration.database.url == "host=/tmp dbname=env")
            #expect(configuration.database.poolSize == 5)
            #expect(configuration.roles.coordinators == ["a", "b"])
            #expect(configuration.logLevel == .debug)  // from the file: the environment did not set it
        }
    }

    @Test func stateDirectoryFromTheCommandLineWins() async throws {
        let loader = ConfigurationLoader(
            filePath: nil, environment: ["TREDJEKRAFT_STATE_DIRECTORY": "/env"], stateDirectoryOverride: "/cli")
        #expect(try await loader.load().configuration.stateDirectory == "/cli")
    }

    @Test(arguments: [
        ("admin:\n  socket_mode: \"rw-rw----\"\n", "admin.socket_mode"),
        ("admin:\n  socket_mode: \"0999\"\n", "admin.socket_mode"),
        ("time_zone: Europe/Atlantis\n", "time_zone"),
        ("database:\n  pool_size: -3\n", "database.pool_size"),
        ("database:\n  pool_size: many\n", "database.pool_size"),
        ("database:\n  embedded: perhaps\n", "database.embedded"),
        ("database:\n  embedded: false\n", "database.url"),
        ("database:\n  migration_url: \"postgresql:///tk?user=owner&password=secret\"\n", "database.migration_url"),
        ("database:\n  schema: \"Robert'); DROP\"\n", "database.schema"),
        ("log:\n  level: loud\n", "log.level"),
        ("roles:\n  reader: [\"two words\"]\n", "roles.reader"),
        ("admin:\n  max_frame_bytes: 10\n", "admin.max_frame_bytes"),
        ("admin:\n  consistency_timeout: 0\n", "admin.consistency_timeout"),
        ("admin:\n  consistency_timeout: 3601\n", "admin.consistency_timeout"),
        ("admin:\n  consistency_timeout: soon\n", "admin.consistency_timeout"),
        ("admin:\n  socket_group: no-such-group-tk\n", "admin.socket_group"),
    ])
    func badValueNamesItsKey(yaml: String, key: String) async throws {
        try await withConfigFile(yaml) { path in
            do throws(ConfigurationError) {
                _ = try await ConfigurationLoader(filePath: path, environment: [:]).load()
                Issue.record("expected an error naming \(key)")
            } catch {
                #expect(error.key == key)
                #expect(error.description.contains("'\(key)'"), "\(error)")
            }
        }
    }

    /// The owner's connection for migrations beside the runtime role's, and its password never shown.
    @Test func migrationURLIsReadAndRedacted() async throws {
        let result = try await loadConfiguration(
            "database:\n  url: \"postgresql:///tk?user=tredjekraft\"\n"
                + "  migration_url: \"postgresql:///tk?user=tredjekraft_owner\"\n")
        #expect(result.configuration.database.migrationURL == "postgresql:///tk?user=tredjekraft_owner")
        #expect(result.configuration.database.url == "postgresql:///tk?user=tredjekraft")
        try await withConfigFile("database:\n  migration_url: \"host=/tmp password=secret\"\n") { path in
            do throws(ConfigurationError) {
                _ = try await ConfigurationLoader(filePath: path, environment: [:]).load()
                Issue.record("expected an error: migration_url without url")
            } catch {
                #expect(!error.description.contains("secret"), "\(error)")
            }
        }
    }

    @Test func wrongTypeInTheEnvironmentNamesTheKey() async throws {
        do throws(ConfigurationError) {
            _ = try await ConfigurationLoader(filePath: nil, environment: ["TREDJEKRAFT_ADMIN_MAX_FRAME_BYTES": "big"])
                .load()
            Issue.record("expected an error")
        } catch {
            #expect(error.key == "admin.max_frame_bytes")
        }
    }

    @Test func unknownKeysAreWarnedAboutByName() async throws {
        try await withConfigFile("database:\n  urll: x\n  schema: tk\nsmtp:\n  host: a\n") { path in
            let result = try await ConfigurationLoader(filePath: path, environment: [:]).load()
            #expect(result.warnings.count == 2)
            #expect(result.warnings.contains { $0.contains("'database.urll'") })
            #expect(result.warnings.contains { $0.contains("'smtp'") })
        }
    }

    @Test func explicitFileMustExistAndBeYAML() async throws {
        await #expect(throws: ConfigurationError.self) {
            try await ConfigurationLoader(filePath: "/nonexistent/tk.yaml", environment: [:]).load()
        }
        try await withConfigFile("database: [unclosed\n") { path in
            await #expect(throws: ConfigurationError.self) {
                try await ConfigurationLoader(filePath: path, environment: [:]).load()
            }
        }
    }

    @Test func exampleConfigurationsLoadWithoutWarnings() async throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        for name in ["tredjekraft.yaml", "development.yaml"] {
            let path = root.appendingPathComponent("Config/\(name)").path
            let result = try await ConfigurationLoader(filePath: path, environment: [:]).load()
            #expect(result.warnings.isEmpty, "\(name): \(result.warnings)")
        }
    }

    @Test func modeParsing() {
        #expect(ConfigurationLoader.parseMode("0660") == 0o660)
        #expect(ConfigurationLoader.parseMode("660") == 0o660)
        #expect(ConfigurationLoader.parseMode("0o600") == 0o600)
        #expect(ConfigurationLoader.parseMode("08") == nil)
        #expect(ConfigurationLoader.parseMode("17777") == nil)
    }

    @Test func commandLine() throws {
        #expect(
            try CommandLineOptions.parse(["--config", "/x.yaml", "--state-dir=/s"])
                == CommandLineOptions(configPath: "/x.yaml", stateDirectory: "/s"))
        #expect(throws: ConfigurationError.self) { try CommandLineOptions.parse(["--bogus"]) }
        #expect(throws: ConfigurationError.self) { try CommandLineOptions.parse(["--config"]) }
    }
}

/// Writes `text` to a temporary YAML file for the length of `body`.
func withConfigFile(_ text: String, _ body: (String) async throws -> Void) async throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("tk-config-\(UUID().uuidString).yaml").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    try await body(path)
}

/// The configuration read from `yaml` (and `environment`), as the daemon would read it.
func loadConfiguration(_ yaml: String, environment: [String: String] = [:]) async throws -> ConfigurationLoader.Result {
    var loaded: ConfigurationLoader.Result?
    try await withConfigFile(yaml) { path in
        loaded = try await ConfigurationLoader(filePath: path, environment: environment).load()
    }
    return try #require(loaded)
}

/// Expects `yaml` to be refused with an error that names `key`.
func expectRefused(_ yaml: String, naming key: String, sourceLocation: SourceLocation = #_sourceLocation) async {
    do {
        _ = try await loadConfiguration(yaml)
        Issue.record("\(yaml) was accepted", sourceLocation: sourceLocation)
    } catch let error as ConfigurationError {
        #expect(error.key == key, "\(error)", sourceLocation: sourceLocation)
    } catch {
        Issue.record("\(error)", sourceLocation: sourceLocation)
    }
}
