import AdminProtocol
import ArgumentParser
import Domain

// Corrections (rättelser): a fact recorded wrongly is put right, with a reason. The history keeps
// both, and a council that was told the wrong fact hears the correction in its next letter.
extension IssueCommand {
    struct Retitle: DaemonCommand {
        static let configuration = CommandConfiguration(
            commandName: "retitle",
            abstract: "Rätta ärendets rubrik, med skäl.",
            discussion: """
                Exempel:
                  tredjekraft issue retitle 7b1c2d3e "Kallelser till möten kommer i tid" --reason "Stavfel i rubriken."
                """)

        @Argument(help: ArgumentHelp("Ärendets id.", valueName: "id"))
        var issueId: String

        @Argument(help: ArgumentHelp("Den rätta rubriken.", valueName: "rubrik"))
        var title: String

        @Option(help: ArgumentHelp("Varför rubriken rättas.", valueName: "text"))
        var reason: String

        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        var parameters: RetitleIssueParameters {
            RetitleIssueParameters(issueId: issueId, title: title, reason: reason, commandId: write.commandId)
        }

        func run(on console: Console) async throws {
            try await change(.retitleIssue, parameters, on: console, done: "Rubriken rättades")
        }
    }

    struct CorrectDecision: DaemonCommand {
        static let configuration = CommandConfiguration(
            commandName: "correct-decision",
            abstract: "Rätta ett beslut som registrerades fel, innan arbetet har börjat.",
            discussion: """
                Ange en av --accept, --partially och --reject, motiveringen och vem som beslutade, och \
                skälet till rättelsen. Det går så länge ärendet är beslutat; har arbetet börjat kan \
                ärendet återkallas, och ett genomfört ärende kan återöppnas. Har rådet redan fått \
                besked om beslutet får det besked igen, med en rättelse i nästa brev.

                Exempel:
                  tredjekraft issue correct-decision 7b1c2d3e --accept --by Ledningsgruppen \\
                    --motivation "Vi inför det från 1 maj." --reason "Beslutet registrerades som avslag av misstag."
                """)

        @Argument(help: ArgumentHelp("Ärendets id.", valueName: "id"))
        var issueId: String

        @Flag var outcome: Outcome

        @Option(help: ArgumentHelp("Varför, på klarspråk.", valueName: "text"))
        var motivation: String

        @Option(help: ArgumentHelp("Vem som beslutade, t.ex. Ledningsgruppen.", valueName: "vem"))
        var by: String

        @Option(help: ArgumentHelp("Varför beslutet rättas.", valueName: "text"))
        var reason: String

        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        var parameters: CorrectDecisionParameters {
            CorrectDecisionParameters(
                issueId: issueId, outcome: outcome.outcome, motivation: motivation, decidedBy: by, reason: reason,
                commandId: write.commandId)
        }

        func run(on console: Console) async throws {
            try await change(
                .correctDecision, parameters, on: console,
                done: "Beslutet rättades (\(outcome.outcome.label.lowercased()))")
        }
    }

    struct CorrectDate: DaemonCommand {
        static let configuration = CommandConfiguration(
            commandName: "correct-date",
            abstract: "Rätta ett datum som registrerades fel (att flytta planen är issue due).",
            discussion: """
                Exempel:
                  tredjekraft issue correct-date 7b1c2d3e --due 2026-09-30 --reason "Fel månad angavs."
                """)

        @Argument(help: ArgumentHelp("Ärendets id.", valueName: "id"))
        var issueId: String

        @Option(
            help: ArgumentHelp("Det rätta datumet (ÅÅÅÅ-MM-DD).", valueName: "datum"), transform: ArgumentValues.date)
        var due: CalendarDate

        @Option(help: ArgumentHelp("Varför datumet rättas.", valueName: "text"))
        var reason: String

        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        var parameters: CorrectDueDateParameters {
            CorrectDueDateParameters(issueId: issueId, dueDate: due, reason: reason, commandId: write.commandId)
        }

        func run(on console: Console) async throws {
            try await change(.correctDueDate, parameters, on: console, done: "Datumet rättades till \(due)")
        }
    }

    struct CorrectOwner: DaemonCommand {
        static let configuration = CommandConfiguration(
            commandName: "correct-owner",
            abstract: "Rätta vem som är ansvarig, när det registrerades fel (att lämna över är issue assign).",
            discussion: """
                Exempel:
                  tredjekraft issue correct-owner 7b1c2d3e "Enhetschef vuxenstöd" --reason "Fel enhet angavs."
                """)

        @Argument(help: ArgumentHelp("Ärendets id.", valueName: "id"))
        var issueId: String

        @Argument(help: ArgumentHelp("Den rätta ansvarige.", valueName: "ansvarig"))
        var owner: String

        @Option(help: ArgumentHelp("Varför den ansvarige rättas.", valueName: "text"))
        var reason: String

        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        var parameters: CorrectOwnerParameters {
            CorrectOwnerParameters(issueId: issueId, owner: owner, reason: reason, commandId: write.commandId)
        }

        func run(on console: Console) async throws {
            try await change(.correctOwner, parameters, on: console, done: "Den ansvarige rättades till \(owner)")
        }
    }
}
