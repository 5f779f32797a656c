import AdminProtocol
import ArgumentParser
import Varlink

/// `tredjekraft status`: is the daemon up, can it reach its database, how far have the read models come.
struct StatusCommand: DaemonCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Visa hur daemonen mår: version, databas, händelselogg, läsmodeller och e-post.",
        discussion: """
            Visar om tredjekraftd når sin databas, hur långt händelseloggen har kommit, om e-posten är \
            påslagen och hur utkorgen står till, och vem du är för daemonen.

            Exempel:
              tredjekraft status
              tredjekraft status --json
            """)

    @OptionGroup var global: GlobalOptions

    func run(on console: Console) async throws {
        try await show(.status, VarlinkEmpty(), on: console, render: StatusRendering.status)
    }
}
