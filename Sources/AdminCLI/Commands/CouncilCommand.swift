import AdminProtocol
import ArgumentParser
import Domain

/// `tredjekraft council …`: brukarråd and dialogmöten, and the meetings they hold.
struct CouncilCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "council",
        abstract: "Brukarråd och dialogmöten: lista, skapa, registrera möten och ta fram dagordningen.",
        subcommands: [List.self, Show.self, Create.self, Meeting.self, CorrectMeeting.self, Agenda.self])

    struct Agenda: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Dagordningen för rådets nästa möte, med punkter i den ordning rådet går igenom dem.",
            discussion: """
                Dagordningen börjar med mötets öppnande. Sedan kommer allt rådet har fått veta i brev \
                sedan förra mötet, så att det läses upp där rådet träffas, och återkopplingen rådet \
                fortfarande väntar på: varje beslut med sin motivering. Sedan det som ska vara klart \
                före nästa möte, förslagen från förra mötet, äldre förslag som väntar, nya förslag, \
                övrigt och nästa möte. Rådets kopia har inga id och inga kommandon. Med --coordinator \
                kommer samordnarens kopia, med kommandona som registrerar återkopplingen efter mötet.

                Exempel:
                  tredjekraft council agenda 8d7e6f5a
                  tredjekraft council agenda 8d7e6f5a --date 2026-12-10 --html > dagordning.html
                  tredjekraft council agenda 8d7e6f5a --date 2026-12-10 --coordinator
                """)

        @Argument(help: ArgumentHelp("Rådets id (eller början av id).", valueName: "id"))
        var councilId: String

        @Option(
            help: ArgumentHelp("Mötesdagen (ÅÅÅÅ-MM-DD; i dag om du inte anger något).", valueName: "datum"),
            transform: ArgumentValues.date)
        var date: CalendarDate?

        @Flag(help: "Skriv dagordningen som HTML, att skriva ut.")
        var html = false

        @Flag(help: "Samordnarens kopia: med kommandona som registrerar återkopplingen efter mötet.")
        var coordinator = false

        @OptionGroup var global: GlobalOptions

        func run(on console: Console) async throws {
            try await show(
                .councilAgenda,
                CouncilAgendaParameters(councilId: councilId, date: date, coordinatorCopy: coordinator ? true : nil),
                on: console
            ) {
                (reply: CouncilAgendaReply) in html ? reply.html : reply.text
            }
        }
    }

    struct List: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lista råden, med möten och antal förslag.",
            discussion: "Exempel:\n  tredjekraft council list\n  tredjekraft council list --unit 5e0c1a2b")

        @Option(help: ArgumentHelp("Bara rådet eller råden i den här verksamheten.", valueName: "id"))
        var unit: String?

        @OptionGroup var global: GlobalOptions

        var parameters: ListCouncilsParameters { ListCouncilsParameters(unitId: unit) }

        func run(on console: Console) async throws {
            try await show(.listCouncils, parameters, on: console, render: CatalogRendering.councils)
        }
    }

    struct Create: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Skapa ett brukarråd eller en serie dialogmöten för en verksamhet.",
            discussion: """
                Exempel:
                  tredjekraft council create --unit 5e0c1a2b --form dialogmote \\
                    --name "Dialogmöte vuxenstöd Lund"
                """)

        @Option(help: ArgumentHelp("Verksamhetens id.", valueName: "id"))
        var unit: String

        @Option(help: ArgumentHelp("Rådets namn.", valueName: "namn"))
        var name: String

        @Option(help: ArgumentHelp("Brukarråd eller dialogmöte."))
        var form: Choice<CouncilForm>

        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        var parameters: CreateCouncilParameters {
            CreateCouncilParameters(unitId: unit, name: name, form: form.value, commandId: write.commandId)
        }

        func run(on console: Console) async throws {
            try await change(.createCouncil, parameters, on: console, done: "Rådet skapades")
        }
    }

    struct Show: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Visa ett råd med dess möten och mötenas id (för `proposal add --meeting`).",
            discussion: "Exempel:\n  tredjekraft council show 8d7e6f5a")

        @Argument(help: ArgumentHelp("Rådets id.", valueName: "råd"))
        var council: String

        @OptionGroup var global: GlobalOptions

        var parameters: ListCouncilsParameters { ListCouncilsParameters(councilId: council) }

        func run(on console: Console) async throws {
            try await show(.listCouncils, parameters, on: console, render: CatalogRendering.council)
        }
    }

    struct Meeting: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Registrera ett möte som har hållits: datum och hur många som deltog, inga namn.",
            discussion: "Exempel:\n  tredjekraft council meeting 8d7e6f5a --date 2026-03-04 --participants 9")

        @Argument(help: ArgumentHelp("Rådets id.", valueName: "råd"))
        var council: String

        @Option(
            help: ArgumentHelp("Dagen mötet hölls (ÅÅÅÅ-MM-DD).", valueName: "datum"), transform: ArgumentValues.date)
        var date: CalendarDate

        @Option(
            parsing: .unconditional, help: ArgumentHelp("Hur många som deltog.", valueName: "antal"),
            transform: ArgumentValues.count)
        var participants: Int

        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        var parameters: RecordMeetingParameters {
            RecordMeetingParameters(
                councilId: council, heldOn: date, participantCount: participants, commandId: write.commandId)
        }

        func run(on console: Console) async throws {
            try await change(.recordMeeting, parameters, on: console, done: "Mötet registrerades")
        }
    }
}
