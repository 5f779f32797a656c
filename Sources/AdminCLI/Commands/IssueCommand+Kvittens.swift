import AdminProtocol
import ArgumentParser
import Domain

extension IssueCommand {
    /// `tredjekraft issue kvittens`: the council's (or revision group's) brukarkvittens.
    struct Kvittens: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Registrera om rådet tycker att ändringen fungerar som de menade (brukarkvittens).",
            discussion: """
                Ett genomfört ärende från ett råds förslag eller en revisions iakttagelse väntar på deras \
                svar. --holds: det fungerar (kvitterat). --does-not-hold med --text: det fungerar inte, \
                med deras ord; då öppnas ärendet igen.

                Exempel:
                  tredjekraft issue kvittens 7b1c2d3e --council 8d7e6f5a --holds --channel meeting
                  tredjekraft issue kvittens 7b1c2d3e --council 8d7e6f5a --does-not-hold \\
                    --text "Kallelserna kommer fortfarande för sent." --channel letter --date 2026-06-10
                """)

        @Argument(help: ArgumentHelp("Ärendets id.", valueName: "id"))
        var issueId: String

        @Option(help: ArgumentHelp("Rådet som svarade.", valueName: "id"))
        var council: String?

        @Option(help: ArgumentHelp("Revisionen vars revisionsgrupp svarade.", valueName: "id"))
        var revision: String?

        @Flag(help: "Det fungerar som de menade (kvitterat).")
        var holds = false

        @Flag(name: .customLong("does-not-hold"), help: "Det fungerar inte som de menade (inte kvitterat).")
        var doesNotHold = false

        @Option(help: ArgumentHelp("Deras ord; krävs med --does-not-hold.", valueName: "text"))
        var text: String?

        @Option(help: ArgumentHelp("Hur svaret kom."))
        var channel: Choice<KvittensChannel>

        @Option(
            help: ArgumentHelp("När (ÅÅÅÅ-MM-DD); i dag om du inte anger något.", valueName: "datum"),
            transform: ArgumentValues.date)
        var date: CalendarDate?

        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            guard holds != doesNotHold else {
                throw ValidationError("Ange antingen --holds eller --does-not-hold.")
            }
            guard (council == nil) != (revision == nil) else {
                throw ValidationError("Ange antingen --council eller --revision.")
            }
            if doesNotHold, text == nil {
                throw ValidationError("Med --does-not-hold behövs --text med rådets ord om vad som inte fungerar.")
            }
        }

        var parameters: RecordKvittensParameters {
            RecordKvittensParameters(
                issueId: issueId, councilId: council, revisionId: revision, verdict: holds ? .holds : .doesNotHold,
                text: text, channel: channel.value, givenOn: date, commandId: write.commandId)
        }

        func run(on console: Console) async throws {
            try await change(
                .recordKvittens, parameters, on: console,
                done: holds ? "Brukarkvittensen registrerades" : "Svaret registrerades och ärendet öppnades igen")
        }
    }
}
