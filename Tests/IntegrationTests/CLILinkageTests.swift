import Foundation
import TestSupport
import Testing

/// A coordinator's workstation runs `tredjekraft` without a database client: the CLI links neither
/// libpq nor what libpq brings (TLS, Kerberos, LDAP). Nor does it compile the policy engine, the
/// digests or the letters: its tables and messages need only the vocabulary (Wording). The daemon,
/// which links all of it, shows each check can see what it looks for.
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

    /// Modules are linked statically, so `ldd` cannot see them: the objects SwiftPM hands the linker
    /// can, and so can the symbols in the binary.
    @Test func theCLILinksNeitherThePoliciesNorTheDigestsNorTheLetters() async throws {
        let forbidden = ["Policies", "Digests", "Letters"]
        let cli = try builtBinary("tredjekraft")
        let linked = try Self.modulesLinked(into: cli)
        #expect(linked.isSuperset(of: ["AdminCLI", "Wording"]), "the check cannot read the CLI's link: \(linked)")
        let symbols = try await Self.symbols(of: cli)
        #expect(Self.symbols(symbols, comeFrom: "Wording"), "the check cannot see Wording's symbols in tredjekraft")
        for module in forbidden {
            #expect(!linked.contains(module), "tredjekraft links \(module)")
            #expect(!Self.symbols(symbols, comeFrom: module), "tredjekraft holds symbols of \(module)")
        }
        let daemon = try daemonBinary()
        let daemonLinked = try Self.modulesLinked(into: daemon)
        let daemonSymbols = try await Self.symbols(of: daemon)
        for module in forbidden {
            #expect(daemonLinked.contains(module), "the check cannot see \(module) in tredjekraftd's link")
            #expect(Self.symbols(daemonSymbols, comeFrom: module), "the check cannot see \(module)'s symbols")
        }
    }

    /// The modules whose objects SwiftPM handed the linker for `binary`: it lists them, one
    /// `…/<Module>.build/<file>.o` a line, in `<binary>.product/Objects.LinkFileList`.
    static func modulesLinked(into binary: String) throws -> Set<String> {
        let list = try String(contentsOfFile: binary + ".product/Objects.LinkFileList", encoding: .utf8)
        return Set(
            list.split(whereSeparator: \.isNewline).compactMap { line in
                line.split(separator: "/").first { $0.hasSuffix(".build") && $0 != ".build" }?.dropLast(6)
            }.map(String.init))
    }

    /// The names of the symbols `binary` defines, one a line.
    static func symbols(of binary: String) async throws -> String {
        let nm = try await runChild("/usr/bin/nm", ["--defined-only", "--format=just-symbols", binary])
        guard nm.status == 0 else { throw TestFailure("nm failed: \(nm.stderr)") }
        return "\n" + nm.stdout
    }

    /// Whether any symbol is `module`'s: Swift mangles the module's name, with its length, at the start
    /// of its own symbols (`$s8Policies…`) and into the extensions it declares on others' types (`…8PoliciesE…`).
    static func symbols(_ symbols: String, comeFrom module: String) -> Bool {
        let name = "\(module.utf8.count)\(module)"
        return symbols.contains("\n$s\(name)") || symbols.contains("\(name)E")
    }
}
