import AdminProtocol
import ArgumentParser
import Domain

/// `tredjekraft revision …`: user-led revisions (brukarrevisioner), their reports and findings.
struct RevisionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revision",
        abstract: "Brukarrevisioner: lista, planera, publicera rapporten och registrera iakttagelser.",
        subcommands: [List.self, Plan.self, Publish.self, Finding.self])

    struct List: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lista brukarrevisionerna med deras iakttagelser.",
            discussion: "Exempel:\n  tredjekraft revision list --unit 5e0c1a2b")

        @Option(help: ArgumentHelp("Bara den här verksamhetens revisioner.", valueName: "id"))
        var unit: String?

        @OptionGroup var global: GlobalOptions

        var parameters: UnitScopeParameters { UnitScopeParameters(unitId: unit) }

        func run(on console: Console) async throws {
            try await show(.listRevisions, parameters, on: console, render: CatalogRendering.revisions)
        }
    }

    struct Plan: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Planera en brukarrevision av en verksamhet.",
            discussion: """
                Exempel:
                  tredjekraft revision plan --unit 5e0c1a2b --auditors 4 \\
                    --from 2026-02-01 --to 2026-04-30
                """)

        @Option(help: ArgumentHelp("Verksamheten som granskas.", valueName: "id"))
        var unit: String

        @Option(
            help: ArgumentHelp("Granskningen börjar (ÅÅÅÅ-MM-DD).", valueName: "datum"), transform: ArgumentValues.date)
        var from: CalendarDate

        @Option(
            help: ArgumentHelp("Granskningen slutar (ÅÅÅÅ-MM-DD).", valueName: "datum"), transform: ArgumentValues.date)
        var to: CalendarDate

        @Option(
            parsing: .unconditional, help: ArgumentHelp("Hur många brukarrevisorer som granskar.", valueName: "antal"),
            transform: ArgumentValues.positive)
        var auditors: Int

        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        var parameters: PlanRevisionParameters {
            PlanRevisionParameters(
                unitId: unit, periodStart: from, periodEnd: to, auditorCount: auditors, commandId: write.commandId)
        }

        func run(on console: Console) async throws {
            try await change(.planRevision, parameters, on: console, done: "Brukarrevisionen planerades")
        }
    }

    struct Publish: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Registrera att granskningsrapporten är publicerad.",
            discussion: """
                Exempel:
                  tredjekraft revision publish 4f5a6b7c --date 2026-05-15 \\
                    --title "Granskningsrapport vuxenstöd 2026"
                """)

        @Argument(help: ArgumentHelp("Revisionens id.", valueName: "id"))
        var revisionId: String

        @Option(
            help: ArgumentHelp("Dagen rapporten publicerades (ÅÅÅÅ-MM-DD).", valueName: "datum"),
            transform: ArgumentValues.date)
        var date: CalendarDate

        @Option(help: ArgumentHelp("Rapportens titel.", valueName: "titel"))
        var title: String?

        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        var parameters: PublishRevisionReportParameters {
            PublishRevisionReportParameters(
                revisionId: revisionId, publishedOn: date, title: title, commandId: write.commandId)
        }

        func run(on console: Console) async throws {
            try await change(.publishRevisionReport, parameters, on: console, done: "Granskningsrapporten publicerades")
        }
    }

    struct Finding: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Registrera en iakttagelse och rekommendation ur granskningsrapporten.",
            discussion: """
                Exempel:
                  tredjekraft revision finding 4f5a6b7c --area information \\
                    --recommendation "Ge skriftlig information vid inskrivning." \\
                    "Flera brukare visste inte vem de kunde vända sig till."
                """)

        @Argument(help: ArgumentHelp("Revisionens id.", valueName: "revision"))
        var revision: String

        @Option(help: ArgumentHelp("Kvalitetsområdet iakttagelsen gäller."))
        var area: Choice<QualityArea>

        @Option(help: ArgumentHelp("Brukarrevisorernas rekommendation.", valueName: "text"))
        var recommendation: String

        @Argument(help: ArgumentHelp("Iakttagelsen.", valueName: "text"))
        var text: String

        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        var parameters: RecordFindingParameters {
            RecordFindingParameters(
                revisionId: revision, text: text, qualityArea: area.value, recommendation: recommendation,
                commandId: write.commandId)
        }

        func run(on console: Console) async throws {
            try await change(.recordFinding, parameters, on: console, done: "Iakttagelsen registrerades")
        }
    }
}
