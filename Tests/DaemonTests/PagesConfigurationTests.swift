import Foundation
import Scheduler
import Testing

@testable import Daemon

/// The `pages.*` section: defaults under the state directory, every key read, bad values named.
@Suite struct PagesConfigurationTests {
    @Test func byDefaultThePagesGoUnderTheStateDirectoryWithoutAnAddress() async throws {
        let loaded = try await loadConfiguration("state_directory: /var/lib/tk\n").configuration
        #expect(loaded.pages == PagesConfiguration(enabled: true, directory: "/var/lib/tk/pages"))
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let example = try await ConfigurationLoader(
            filePath: root.appendingPathComponent("Config/tredjekraft.yaml").path, environment: [:]
        ).load()
        #expect(example.warnings.isEmpty, "\(example.warnings)")
        #expect(example.configuration.pages == .defaults(stateDirectory: example.configuration.stateDirectory))
    }

    @Test func readsEveryKeyFromTheFileAndTheEnvironment() async throws {
        let result = try await loadConfiguration(
            """
            pages:
              enabled: false
              directory: /srv/brukarrad
              base_url: "https://intranat.example.se/brukarrad/"
              secret_paths: true

            """)
        #expect(result.warnings.isEmpty)
        #expect(
            result.configuration.pages
                == PagesConfiguration(
                    enabled: false, directory: "/srv/brukarrad", baseURL: "https://intranat.example.se/brukarrad",
                    secretPaths: true))
        let fromEnvironment = try await loadConfiguration(
            "log:\n  level: info\n", environment: ["TREDJEKRAFT_PAGES_BASE_URL": "http://intra/sidor"])
        #expect(fromEnvironment.configuration.pages.baseURL == "http://intra/sidor")
    }

    @Test(arguments: [
        ("pages:\n  base_url: intranat/brukarrad\n", "pages.base_url"),
        ("pages:\n  base_url: \"ftp://intranat/brukarrad\"\n", "pages.base_url"),
        ("pages:\n  directory: \"\"\n", "pages.directory"),
        ("pages:\n  enabled: kanske\n", "pages.enabled"),
        ("pages:\n  secret_paths: ja\n", "pages.secret_paths"),
    ])
    func aBadValueIsNamedByItsKey(_ yaml: String, _ key: String) async {
        await expectRefused(yaml, naming: key)
    }
}
