import AdminProtocol
import ArgumentParser
import Varlink

/// `tredjekraft projection rebuild NAME`: build a read model again from the event log — after an
/// upgrade that fixes what stopped it at an event (see `tredjekraft status`).
struct ProjectionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "projection",
        abstract: "Läsmodellerna (catalog, issues, timeline, outbox): bygg om en från händelseloggen.",
        subcommands: [Rebuild.self])

    struct Rebuild: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Bygg om en läsmodell från början av händelseloggen.",
            discussion: """
                Kräver rollen administratör. Använd det när `tredjekraft status` säger att en läsmodell har \
                stannat vid en händelse, efter en uppgradering som rättar felet. Stannar den igen vid samma \
                händelse säger svaret det. Under tiden kan listorna vara ofullständiga.

                Exempel:
                  tredjekraft projection rebuild catalog
                """)

        @Argument(help: ArgumentHelp("Läsmodellens namn: catalog, issues, timeline eller outbox.", valueName: "namn"))
        var name: String

        @OptionGroup var global: GlobalOptions

        func run(on console: Console) async throws {
            try await show(.rebuildProjection, RebuildProjectionParameters(name: name), on: console) {
                (reply: RebuildProjectionReply) in StatusRendering.rebuilt(reply.projection)
            }
        }
    }
}
