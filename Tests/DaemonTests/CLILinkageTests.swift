import Foundation
import Testing

/// A coordinator's workstation runs `tredjekraft` without a database client: the CLI links neither
/// libpq nor what libpq brings (TLS, Kerberos, LDAP). The daemon, which does link it, shows the check
/// can see a library at all.
@Suite struct CLILinkageTests {
    @Test func theCLILinksNoDatabaseClient() async throws {
        let cli = try await runChild("/usr/bin/ldd", [try builtBinary("tredjekraft")])
        #expect(cli.status == 0, "ldd failed: \(cli.stderr)")
        for library in ["libpq", "libssl", "libkrb5", "libldap"] {
            #expect(!cli.stdout.contains(library), "tredjekraft links \(library):\n\(cli.stdout)")
        }
        let daemon = try await runChild("/usr/bin/ldd", [try daemonBinary()])
        #expect(daemon.stdout.contains("libpq"), "the check cannot see libpq in tredjekraftd:\n\(daemon.stdout)")
    }
}
