import AdminProtocol
import ArgumentParser
import Varlink

/// `tredjekraft whoami`: who the daemon takes the caller for, and why they may or may not change things.
struct WhoAmICommand: DaemonCommand {
    static let configuration = CommandConfiguration(
        commandName: "whoami",
        abstract: "Visa vem daemonen tror att du är och vilken roll du har.",
        discussion: """
            Roller: läsare (får fråga), samordnare (får också ändra), administratör (får också ladda demodata). \
            Rollen ges av din användare eller dina grupper i /etc/tredjekraft/tredjekraft.yaml.

            Exempel:
              tredjekraft whoami
            """)

    @OptionGroup var global: GlobalOptions

    func run(on console: Console) async throws {
        try await show(.whoAmI, VarlinkEmpty(), on: console, render: StatusRendering.whoAmI)
    }
}
