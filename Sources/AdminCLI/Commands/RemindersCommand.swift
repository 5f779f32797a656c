import AdminProtocol
import ArgumentParser
import Domain
import Varlink

/// `tredjekraft reminders preview [--date D]`: what the reminder and escalation policies would send,
/// to whom, in the words of the letters — sending nothing.
struct RemindersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reminders",
        abstract: "Påminnelser: se vad som skulle skickas och till vem, eller skicka nu.",
        subcommands: [Preview.self, Run.self])

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

    struct Run: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Skicka dagens påminnelser nu, som den dagliga körningen gör.",
            discussion: """
                Varje brev läggs i utkorgen och varje påminnelse skrivs in i ärendets historik. Det som \
                redan har skickats i dag av samma skäl skickas inte igen. Kräver administratörsbehörighet.

                Exempel:
                  tredjekraft reminders run
                """)

        @OptionGroup var global: GlobalOptions

        func run(on console: Console) async throws {
            try await show(.runReminders, VarlinkEmpty(), on: console) { (reply: RunRemindersReply) in
                RemindersRendering.run(reply)
            }
        }
    }
}

/// `tredjekraft escalations [--unit U]`: what ledningen has been told and is still not resolved.
struct EscalationsCommand: DaemonCommand {
    static let configuration = CommandConfiguration(
        commandName: "escalations",
        abstract: "Visa vad ledningen har fått veta och som fortfarande inte är löst.",
        discussion: """
            Exempel:
              tredjekraft escalations
              tredjekraft escalations --unit 5e0c1a2b
            """)

    @Option(help: ArgumentHelp("Bara den här verksamheten (id eller början av id).", valueName: "id"))
    var unit: String?

    @OptionGroup var global: GlobalOptions

    func run(on console: Console) async throws {
        try await show(.listEscalations, ListEscalationsParameters(unitId: unit), on: console) {
            (reply: ListEscalationsReply) in RemindersRendering.escalations(reply)
        }
    }
}
