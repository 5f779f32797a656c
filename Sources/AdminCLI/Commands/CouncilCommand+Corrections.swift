import AdminProtocol
import ArgumentParser
import Domain

extension CouncilCommand {
    struct CorrectMeeting: DaemonCommand {
        static let configuration = CommandConfiguration(
            commandName: "correct-meeting",
            abstract: "Rätta datumet för ett möte som registrerades fel, med skäl.",
            discussion: """
                Exempel:
                  tredjekraft council correct-meeting 8d7e6f5a 1a2b3c4d --date 2026-03-05 \\
                    --reason "Mötet flyttades en dag; fel datum registrerades."
                """)

        @Argument(help: ArgumentHelp("Rådets id.", valueName: "råd"))
        var council: String

        @Argument(help: ArgumentHelp("Mötets id.", valueName: "möte"))
        var meeting: String

        @Option(
            help: ArgumentHelp("Dagen mötet hölls (ÅÅÅÅ-MM-DD).", valueName: "datum"), transform: ArgumentValues.date)
        var date: CalendarDate

        @Option(help: ArgumentHelp("Varför datumet rättas.", valueName: "text"))
        var reason: String

        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        var parameters: CorrectMeetingDateParameters {
            CorrectMeetingDateParameters(
                councilId: council, meetingId: meeting, heldOn: date, reason: reason, commandId: write.commandId)
        }

        func run(on console: Console) async throws {
            try await change(.correctMeetingDate, parameters, on: console, done: "Mötets datum rättades till \(date)")
        }
    }
}
