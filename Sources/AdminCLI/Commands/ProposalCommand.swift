import AdminProtocol
import ArgumentParser
import Domain

/// `tredjekraft proposal …`: what councils put forward.
struct ProposalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "proposal",
        abstract: "Förslag från brukarråd: lista, registrera, dra tillbaka och rätta.",
        subcommands: [List.self, Add.self, Withdraw.self, Amend.self, SetArea.self])

    struct List: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lista förslagen och ärendet vart och ett gick in i.",
            discussion: """
                Exempel:
                  tredjekraft proposal list --council 8d7e6f5a
                  tredjekraft proposal list --unit 5e0c1a2b
                """)

        @Option(help: ArgumentHelp("Bara förslag från det här rådet.", valueName: "id"))
        var council: String?

        @Option(help: ArgumentHelp("Bara förslag från råd i den här verksamheten.", valueName: "id"))
        var unit: String?

        @OptionGroup var global: GlobalOptions

        var parameters: ListProposalsParameters { ListProposalsParameters(councilId: council, unitId: unit) }

        func run(on console: Console) async throws {
            try await show(.listProposals, parameters, on: console, render: CatalogRendering.proposals)
        }
    }

    struct Add: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Registrera ett förslag som ett råd har lagt fram.",
            discussion: """
                Förslaget hör till rådet, inte till en person: ange högst en pseudonym, aldrig ett namn.

                Exempel:
                  tredjekraft proposal add --council 8d7e6f5a --meeting 1a2b3c4d \\
                    --area bemotande \\
                    "Personalen ska knacka innan de går in i rummet."
                """)

        @Option(help: ArgumentHelp("Rådet som lade fram förslaget.", valueName: "id"))
        var council: String

        @Option(help: ArgumentHelp("Mötet där det lades fram.", valueName: "id"))
        var meeting: String?

        @Option(help: ArgumentHelp("Kvalitetsområdet det gäller."))
        var area: Choice<QualityArea>?

        @Option(help: ArgumentHelp("En pseudonym för den som lade fram det (aldrig ett namn).", valueName: "pseudonym"))
        var pseudonym: String?

        @Argument(help: ArgumentHelp("Förslaget, med brukarnas egna ord.", valueName: "text"))
        var text: String

        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        var parameters: PutForwardProposalParameters {
            PutForwardProposalParameters(
                councilId: council, meetingId: meeting, text: text, qualityArea: area?.value, pseudonym: pseudonym,
                commandId: write.commandId)
        }

        func run(on console: Console) async throws {
            try await change(.putForwardProposal, parameters, on: console, done: "Förslaget registrerades")
        }
    }

    struct Withdraw: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rådet drar tillbaka sitt förslag.",
            discussion: "Exempel:\n  tredjekraft proposal withdraw 2c3d4e5f --reason \"Rådet löste det själva.\"")

        @Argument(help: ArgumentHelp("Förslagets id.", valueName: "id"))
        var proposalId: String

        @Option(help: ArgumentHelp("Varför, med rådets ord.", valueName: "text"))
        var reason: String

        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        var parameters: WithdrawProposalParameters {
            WithdrawProposalParameters(proposalId: proposalId, reason: reason, commandId: write.commandId)
        }

        func run(on console: Console) async throws {
            try await change(.withdrawProposal, parameters, on: console, done: "Förslaget drogs tillbaka")
        }
    }
}
