import AdminProtocol
import ArgumentParser

/// `tredjekraft trace ID`: "vad hände med förslaget?" — the question the whole system exists to answer.
struct TraceCommand: DaemonCommand {
    static let configuration = CommandConfiguration(
        commandName: "trace",
        abstract: "Vad hände med förslaget? Följ ett förslag, en iakttagelse eller en åtgärd till i dag.",
        discussion: """
            Visar källans text, svaret i en mening, ärendet den gick in i (också efter sammanslagningar) \
            och hela historiken med datum och vem som gjorde vad.

            Exempel:
              tredjekraft trace 2c3d4e5f
            """)

    @Argument(help: ArgumentHelp("Förslagets, iakttagelsens eller åtgärdens id.", valueName: "id"))
    var sourceId: String

    @OptionGroup var global: GlobalOptions

    var parameters: TraceParameters { TraceParameters(sourceId: sourceId) }

    func run(on console: Console) async throws {
        try await show(.trace, parameters, on: console, render: TraceRendering.render)
    }
}
