import AdminProtocol
import ArgumentParser
import Domain

/// `tredjekraft reminders preview [--date D]`: what the reminder and escalation policies would send,
/// to whom, in the words of the letters — sending nothing.
struct RemindersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reminders",
        abstract: "Påminnelser: se vad som skulle skickas och till vem.",
        subcommands: [Preview.self])

    struct Preview: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Visa vilka påminnelser som skulle skickas en dag, utan att skicka något.",
            discussion: """
                Reglerna står under policies i konfigurationen: till exempel ärenden utan ansvarig efter \
                14 dagar, utan beslut efter 60 dagar, försenade ärenden och återkoppling som väntat i 30 \
                dagar. Varje mottagare får ett brev med allt som gäller hen.

                Exempel:
                  tredjekraft reminders preview
                  tredjekraft reminders preview --date 2026-12-07
                """)

        @Option(
            help: ArgumentHelp("Dagen (ÅÅÅÅ-MM-DD; i dag om du inte anger något).", valueName: "datum"),
            transform: ArgumentValues.date)
        var date: CalendarDate?

        @OptionGroup var global: GlobalOptions

        func run(on console: Console) async throws {
            try await show(.previewReminders, PreviewRemindersParameters(date: date), on: console) {
                (reply: PreviewRemindersReply) in RemindersRendering.preview(reply)
            }
        }
    }
}
