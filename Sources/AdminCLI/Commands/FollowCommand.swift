import AdminProtocol
import ArgumentParser

/// `tredjekraft follow`: watch the event log as events are committed, e.g. while trying things out.
struct FollowCommand: DaemonCommand {
    static let configuration = CommandConfiguration(
        commandName: "follow",
        abstract: "Följ händelseloggen: visa varje ny händelse när den sparas, tills du trycker Ctrl-C.",
        discussion: """
            Utan --after visas bara händelser från och med nu. Med --json skrivs varje händelse som ett \
            JSON-objekt.

            Exempel:
              tredjekraft follow
              tredjekraft follow --streams issue-
              tredjekraft follow --after 1234/567 --json
            """)

    @Option(
        help: ArgumentHelp("Börja efter den här positionen i loggen (<transaktion>/<nummer>).", valueName: "position"))
    var after: String?

    @Option(help: ArgumentHelp("Bara strömmar vars namn börjar så, t.ex. issue-.", valueName: "prefix"))
    var streams: String?

    @OptionGroup var global: GlobalOptions

    var parameters: FollowParameters { FollowParameters(after: after, streamPrefix: streams) }

    func run(on console: Console) async throws {
        let json = global.json
        try await session.stream(.follow, parameters) { reply in
            if json {
                console.print(JSONOutput.render(reply))
            } else {
                console.print(EventRendering.line(try Self.decode(FollowReply.self, from: reply, of: .follow)))
            }
        }
    }
}
