import AdminProtocol
import ArgumentParser
import Domain
import ReadModelTypes

/// `tredjekraft issue …`: the tracked issues (ärenden) sources go into, from registration to follow-up.
struct IssueCommand: ParsableCommand {
    /// The domain's table of what each status allows, as this CLI's subcommands.
    static var courseTable: String {
        IssueStage.courseByStatus.map { row in
            "  \(row.status): " + (row.steps.isEmpty ? "inget" : row.steps.map(subcommand).joined(separator: ", "))
        }.joined(separator: "\n")
    }

    static func subcommand(_ action: IssueAction) -> String {
        switch action {
        case .startPreparation: "prepare"
        case .decide: "decide"
        case .startWork: "start"
        case .markImplemented: "implemented"
        case .verify: "verify"
        case .withdraw: "withdraw"
        case .mergeInto: "merge"
        case .reopen: "reopen"
        case .linkSource: "link"
        case .assignOwner: "assign"
        case .setDueDate: "due"
        case .setParticipationLevel: "level"
        case .giveFeedback: "feedback"
        case .absorb: "merge"
        case .recordKvittens: "kvittens"
        case .retitle: "retitle"
        case .correctDecision: "correct-decision"
        case .correctDueDate: "correct-date"
        case .correctOwner: "correct-owner"
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "issue",
        abstract: "Ärenden: lista, visa, och för dem från registrering till uppföljning.",
        discussion: """
            Ett ärendes gång: registrerat → prepare (under beredning) → decide (beslutat: bifall, delvis \
            bifall eller avslag, alltid med motivering) → start (genomförs) → implemented (genomfört) → \
            verify (uppföljt). Efter beslut och genomförande ska rådet få återkoppling (feedback). Ett \
            ärende från ett råds förslag eller en revisions iakttagelse följs upp när rådet eller \
            revisionsgruppen har sagt att ändringen fungerar som de menade (kvittens).

            Vad som går att göra i varje status:
            \(courseTable)

            Status: \(IssueStatus.allCases.map { "\($0.rawValue) (\($0.label))" }.joined(separator: ", ")).
            """,
        subcommands: [
            List.self, Show.self, History.self, Open.self, Link.self, Assign.self, Due.self, Prepare.self,
            Decide.self, Start.self, Implemented.self, Verify.self, Reopen.self, Withdraw.self, Merge.self,
            Level.self, Feedback.self, Kvittens.self, Retitle.self, CorrectDecision.self, CorrectDate.self,
            CorrectOwner.self,
        ])

    struct List: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lista ärenden; filtren går att kombinera.",
            discussion: """
                Exempel:
                  tredjekraft issue list
                  tredjekraft issue list --unit 5e0c1a2b --status in_preparation
                  tredjekraft issue list --overdue
                  tredjekraft issue list --stale 45 --limit 20
                """)

        @Option(help: ArgumentHelp("Bara ärenden i den här verksamheten.", valueName: "id"))
        var unit: String?

        @Option(help: ArgumentHelp("Bara ärenden med den här statusen."))
        var status: Choice<IssueStatus>?

        @Option(help: ArgumentHelp("Bara ärenden med den här ansvarige.", valueName: "ansvarig"))
        var owner: String?

        @Option(help: ArgumentHelp("Bara ärenden med källor från det här rådet.", valueName: "id"))
        var council: String?

        @Option(name: .customLong("source-kind"), help: ArgumentHelp("Bara ärenden med en källa av det här slaget."))
        var sourceKind: Choice<SourceRef.Kind>?

        @Flag(help: "Bara öppna ärenden vars klart-senast-datum har passerat.")
        var overdue = false

        @Option(
            parsing: .unconditional,
            help: ArgumentHelp(
                "Bara öppna ärenden där inget har hänt på så här många dagar (0–3650).", valueName: "dagar"),
            transform: ArgumentValues.days)
        var stale: Int?

        @Option(
            parsing: .unconditional, help: ArgumentHelp("Högst så här många ärenden.", valueName: "antal"),
            transform: ArgumentValues.positive)
        var limit: Int?

        @OptionGroup var global: GlobalOptions

        var parameters: ListIssuesParameters {
            ListIssuesParameters(
                filter: IssueFilterParameters(
                    unitId: unit, status: status?.value, owner: owner, councilId: council,
                    sourceKind: sourceKind?.value.rawValue, overdue: overdue ? true : nil, staleDays: stale,
                    limit: limit))
        }

        func run(on console: Console) async throws {
            try await show(.listIssues, parameters, on: console, render: IssueRendering.list)
        }
    }

    struct Show: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Visa ett ärende i sin helhet: beslut, ansvarig, källor och återkoppling som väntar.",
            discussion: "Exempel:\n  tredjekraft issue show 7b1c2d3e")

        @Argument(help: ArgumentHelp("Ärendets id.", valueName: "id"))
        var issueId: String

        @OptionGroup var global: GlobalOptions

        var parameters: IssueParameters { IssueParameters(issueId: issueId) }

        func run(on console: Console) async throws {
            try await show(.getIssue, parameters, on: console, render: IssueRendering.detail)
        }
    }

    struct History: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Visa allt som har hänt i ett ärende, med datum och vem som gjorde det.",
            discussion: "Exempel:\n  tredjekraft issue history 7b1c2d3e")

        @Argument(help: ArgumentHelp("Ärendets id.", valueName: "id"))
        var issueId: String

        @OptionGroup var global: GlobalOptions

        var parameters: IssueParameters { IssueParameters(issueId: issueId) }

        func run(on console: Console) async throws {
            try await show(.issueHistory, parameters, on: console, render: IssueRendering.history)
        }
    }
}
