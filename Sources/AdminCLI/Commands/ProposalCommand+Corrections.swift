import AdminProtocol
import ArgumentParser
import Domain

// Rectification of a proposal's record: its text and its quality area.
extension ProposalCommand {
    struct Amend: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rätta förslagets text när den registrerades fel, med skäl.",
            discussion: """
                Även ett tillbakadraget förslag kan rättas: det rättar det som står i registret.

                Exempel:
                  tredjekraft proposal amend 2c3d4e5f --text "Personalen ska knacka innan de går in." \\
                    --reason "Texten skrevs av fel från protokollet."
                """)

        @Argument(help: ArgumentHelp("Förslagets id.", valueName: "id"))
        var proposalId: String

        @Option(help: ArgumentHelp("Den rätta texten, med brukarnas egna ord.", valueName: "text"))
        var text: String

        @Option(help: ArgumentHelp("Varför texten rättas.", valueName: "text"))
        var reason: String

        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        var parameters: AmendProposalParameters {
            AmendProposalParameters(proposalId: proposalId, text: text, reason: reason, commandId: write.commandId)
        }

        func run(on console: Console) async throws {
            try await change(.amendProposal, parameters, on: console, done: "Förslagets text rättades")
        }
    }

    struct SetArea: DaemonCommand {
        static let configuration = CommandConfiguration(
            commandName: "set-area",
            abstract: "Ange eller rätta förslagets kvalitetsområde.",
            discussion: """
                Har förslaget redan ett kvalitetsområde behövs --reason.

                Exempel:
                  tredjekraft proposal set-area 2c3d4e5f bemotande
                  tredjekraft proposal set-area 2c3d4e5f information --reason "Fel område valdes."
                """)

        @Argument(help: ArgumentHelp("Förslagets id.", valueName: "id"))
        var proposalId: String

        @Argument(help: ArgumentHelp("Kvalitetsområdet.", valueName: "område"))
        var area: Choice<QualityArea>

        @Option(help: ArgumentHelp("Varför området rättas; krävs när det redan finns ett.", valueName: "text"))
        var reason: String?

        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        var parameters: SetProposalAreaParameters {
            SetProposalAreaParameters(
                proposalId: proposalId, qualityArea: area.value, reason: reason, commandId: write.commandId)
        }

        func run(on console: Console) async throws {
            try await change(.setProposalArea, parameters, on: console, done: "Förslagets kvalitetsområde sattes")
        }
    }
}
