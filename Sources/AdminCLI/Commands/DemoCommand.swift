import AdminProtocol
import ArgumentParser
import Varlink

/// `tredjekraft demo load`: fill an empty store with the demonstration data, to try the system out.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Demodata för att prova systemet.",
        subcommands: [Load.self])

    struct Load: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ladda demodata (Lund vuxenstöd, Iris Mullsjö HVB, Biskopsgården) i en tom databas.",
            discussion: """
                Kräver rollen administratör, och att inga händelser finns sparade än.

                Exempel:
                  tredjekraft demo load
                """)

        @OptionGroup var global: GlobalOptions

        func run(on console: Console) async throws {
            try await show(.loadDemo, VarlinkEmpty(), on: console, render: DemoRendering.render)
        }
    }
}
