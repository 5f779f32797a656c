import AdminProtocol
import ArgumentParser
import Domain

/// `tredjekraft certification …`: the certification of brukarinflytande, its ten quality areas and
/// the handlingsplan ledningen adopts.
struct CertificationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "certification",
        abstract: "Certifiering av brukarinflytande: kvalitetsområden, handlingsplan och certifikat.",
        discussion: """
            Gången: start → assess (för vart och ett av de tio kvalitetsområdena) → action (åtgärder i \
            handlingsplanen) → adopt (ledningen antar planen) → certify. Certifikatet gäller i två år.
            """,
        subcommands: [List.self, Show.self, Start.self, Assess.self, Action.self, Adopt.self, Certify.self])

    struct List: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lista certifieringarna och var de står.",
            discussion: "Exempel:\n  tredjekraft certification list --unit 5e0c1a2b")

        @Option(help: ArgumentHelp("Bara den här verksamhetens certifieringar.", valueName: "id"))
        var unit: String?

        @OptionGroup var global: GlobalOptions

        var parameters: UnitScopeParameters { UnitScopeParameters(unitId: unit) }

        func run(on console: Console) async throws {
            try await show(.listCertifications, parameters, on: console, render: CertificationRendering.list)
        }
    }

    struct Show: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Visa en certifiering: bedömda kvalitetsområden och handlingsplanens åtgärder.",
            discussion: "Exempel:\n  tredjekraft certification show 6a7b8c9d")

        @Argument(help: ArgumentHelp("Certifieringens id.", valueName: "id"))
        var certificationId: String

        @OptionGroup var global: GlobalOptions

        var parameters: CertificationParameters { CertificationParameters(certificationId: certificationId) }

        func run(on console: Console) async throws {
            try await show(.getCertification, parameters, on: console, render: CertificationRendering.detail)
        }
    }

    struct Start: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Starta en certifiering (eller en förnyelse) för en verksamhet.",
            discussion: """
                Exempel:
                  tredjekraft certification start --unit 5e0c1a2b --date 2026-01-15
                  tredjekraft certification start --unit 5e0c1a2b --date 2028-01-10 \\
                    --renews 6a7b8c9d
                """)

        @Option(help: ArgumentHelp("Verksamhetens id.", valueName: "id"))
        var unit: String

        @Option(help: ArgumentHelp("Arbetet börjar (ÅÅÅÅ-MM-DD).", valueName: "datum"), transform: ArgumentValues.date)
        var date: CalendarDate

        @Option(help: ArgumentHelp("Certifieringen som förnyas.", valueName: "id"))
        var renews: String?

        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        var parameters: StartCertificationParameters {
            StartCertificationParameters(unitId: unit, startedOn: date, renews: renews, commandId: write.commandId)
        }

        func run(on console: Console) async throws {
            try await change(.startCertification, parameters, on: console, done: "Certifieringen startades")
        }
    }

    /// Whether a quality area is fulfilled: one of two flags, so the answer is never implied.
    enum Fulfilment: EnumerableFlag {
        case fulfilled
        case notFulfilled

        static func help(for value: Fulfilment) -> ArgumentHelp? {
            switch value {
            case .fulfilled: "Området är uppfyllt."
            case .notFulfilled: "Området är inte uppfyllt."
            }
        }
    }

    struct Assess: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Bedöm ett av de tio kvalitetsområdena.",
            discussion: """
                Ange --fulfilled eller --not-fulfilled. Områdena: \
                \(QualityArea.allCases.map { "\($0.rawValue) (\($0.label))" }.joined(separator: ", ")).

                Exempel:
                  tredjekraft certification assess 6a7b8c9d bemotande --fulfilled
                  tredjekraft certification assess 6a7b8c9d information --not-fulfilled \\
                    --note "Saknas på lätt svenska."
                """)

        @Argument(help: ArgumentHelp("Certifieringens id.", valueName: "id"))
        var certificationId: String

        @Argument(help: ArgumentHelp("Kvalitetsområdet."))
        var area: Choice<QualityArea>

        @Flag var fulfilment: Fulfilment

        @Option(help: ArgumentHelp("Arbetsgruppens anteckning.", valueName: "text"))
        var note: String?

        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        var parameters: AssessQualityAreaParameters {
            AssessQualityAreaParameters(
                certificationId: certificationId, area: area.value, fulfilled: fulfilment == .fulfilled, note: note,
                commandId: write.commandId)
        }

        func run(on console: Console) async throws {
            try await change(.assessQualityArea, parameters, on: console, done: "Bedömningen registrerades")
        }
    }

    struct Action: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lägg till en åtgärd i handlingsplanen.",
            discussion: """
                Exempel:
                  tredjekraft certification action 6a7b8c9d --area information \\
                    --owner Enhetschef --due 2026-09-30 --followed-up-by Brukarrådet \\
                    "Ta fram informationsblad på lätt svenska."
                """)

        @Argument(help: ArgumentHelp("Certifieringens id.", valueName: "id"))
        var certificationId: String

        @Option(help: ArgumentHelp("Kvalitetsområdet åtgärden gäller."))
        var area: Choice<QualityArea>

        @Option(help: ArgumentHelp("Ansvarig: en roll eller tjänsteperson, aldrig en brukare.", valueName: "ansvarig"))
        var owner: String

        @Option(help: ArgumentHelp("Klart senast (ÅÅÅÅ-MM-DD).", valueName: "datum"), transform: ArgumentValues.date)
        var due: CalendarDate

        @Option(name: .customLong("followed-up-by"), help: ArgumentHelp("Vem som följer upp.", valueName: "vem"))
        var followedUpBy: String

        @Argument(help: ArgumentHelp("Åtgärden.", valueName: "text"))
        var action: String

        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        var parameters: AddActionItemParameters {
            AddActionItemParameters(
                certificationId: certificationId, area: area.value, action: action, owner: owner, dueDate: due,
                followedUpBy: followedUpBy, commandId: write.commandId)
        }

        func run(on console: Console) async throws {
            try await change(.addActionItem, parameters, on: console, done: "Åtgärden lades till i handlingsplanen")
        }
    }

    struct Adopt: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Registrera att ledningen har antagit handlingsplanen.",
            discussion: """
                Exempel:
                  tredjekraft certification adopt 6a7b8c9d --date 2026-03-01 \\
                    --by Ledningsgruppen
                """)

        @Argument(help: ArgumentHelp("Certifieringens id.", valueName: "id"))
        var certificationId: String

        @Option(
            help: ArgumentHelp("Dagen planen antogs (ÅÅÅÅ-MM-DD).", valueName: "datum"), transform: ArgumentValues.date)
        var date: CalendarDate

        @Option(help: ArgumentHelp("Vem som beslutade, t.ex. Ledningsgruppen.", valueName: "vem"))
        var by: String

        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        var parameters: AdoptActionPlanParameters {
            AdoptActionPlanParameters(
                certificationId: certificationId, adoptedOn: date, decidedBy: by, commandId: write.commandId)
        }

        func run(on console: Console) async throws {
            try await change(.adoptActionPlan, parameters, on: console, done: "Handlingsplanen antogs")
        }
    }

    struct Certify: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Registrera att verksamheten är certifierad (giltigt i två år).",
            discussion: "Exempel:\n  tredjekraft certification certify 6a7b8c9d --date 2026-06-01")

        @Argument(help: ArgumentHelp("Certifieringens id.", valueName: "id"))
        var certificationId: String

        @Option(
            help: ArgumentHelp("Dagen certifikatet utfärdades (ÅÅÅÅ-MM-DD).", valueName: "datum"),
            transform: ArgumentValues.date)
        var date: CalendarDate

        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        var parameters: CertifyParameters {
            CertifyParameters(certificationId: certificationId, certifiedOn: date, commandId: write.commandId)
        }

        func run(on console: Console) async throws {
            try await change(.certify, parameters, on: console, done: "Verksamheten certifierades")
        }
    }
}
