import Testing

@testable import Daemon

/// `tredjekraftd --help`: in Swedish, and it says what SIGHUP reloads, as the README does.
@Suite struct CommandLineOptionsTests {
    @Test func helpIsSwedishAndTellsWhatSIGHUPReloads() throws {
        let usage = CommandLineOptions.usage
        #expect(usage.contains("Användning: tredjekraftd [--config SÖKVÄG] [--state-dir KATALOG]"))
        #expect(usage.contains("SIGHUP (systemctl reload)"))
        #expect(usage.contains("log.level,\nroles.*, mail.*, policies.* och digests.*"))
        #expect(!usage.contains("usage:"))
        #expect(try CommandLineOptions.parse(["-h"]).showHelp)
        #expect(try CommandLineOptions.parse(["--version"]).showVersion)
    }
}
