import AdminProtocol
import ArgumentParser
import Domain

// How sources come into issues and how issues end: open, link, reopen, merge, withdraw.
extension IssueCommand {
    struct Open: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Öppna ett ärende från dess första källa: ett förslag, en iakttagelse eller en åtgärd.",
            discussion: """
                Verksamheten blir källans om du inte anger en annan.

                Exempel:
                  tredjekraft issue open --proposal 2c3d4e5f --area bemotande \\
                    --title "Knacka innan man går in"
                  tredjekraft issue open --finding 9a8b7c6d \\
                    --title "Information vid inskrivning"
                """)

        @OptionGroup var source: SourceOptions

        @Option(help: ArgumentHelp("Ärendets rubrik, kort och på klarspråk.", valueName: "rubrik"))
        var title: String

        @Option(help: ArgumentHelp("En annan verksamhet än källans.", valueName: "id"))
        var unit: String?

        @Option(help: ArgumentHelp("Kvalitetsområdet ärendet gäller."))
        var area: Choice<QualityArea>?

        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        var parameters: OpenIssueParameters {
            OpenIssueParameters(
                title: title, source: source.source, unitId: unit, qualityArea: area?.value, commandId: write.commandId)
        }

        func run(on console: Console) async throws {
            try await change(.openIssue, parameters, on: console, done: "Ärendet registrerades")
        }
    }

    struct Link: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Koppla ytterligare en källa om samma problem till ärendet (i stället för ett nytt ärende).",
            discussion: "Exempel:\n  tredjekraft issue link 7b1c2d3e --finding 9a8b7c6d")

        @Argument(help: ArgumentHelp("Ärendets id.", valueName: "id"))
        var issueId: String

        @OptionGroup var source: SourceOptions
        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        var parameters: LinkSourceParameters {
            LinkSourceParameters(issueId: issueId, source: source.source, commandId: write.commandId)
        }

        func run(on console: Console) async throws {
            try await change(.linkSource, parameters, on: console, done: "Källan kopplades till ärendet")
        }
    }

    struct Reopen: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Återöppna ett ärende när en ny källa visar att problemet finns kvar.",
            discussion: """
                Exempel:
                  tredjekraft issue reopen 7b1c2d3e --finding 9a8b7c6d \\
                    --reason "Revisionen 2027 fann samma sak."
                """)

        @Argument(help: ArgumentHelp("Ärendets id.", valueName: "id"))
        var issueId: String

        @OptionGroup var source: SourceOptions

        @Option(help: ArgumentHelp("Varför ärendet öppnas igen.", valueName: "text"))
        var reason: String

        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        var parameters: ReopenParameters {
            ReopenParameters(issueId: issueId, source: source.source, reason: reason, commandId: write.commandId)
        }

        func run(on console: Console) async throws {
            try await change(.reopen, parameters, on: console, done: "Ärendet återöppnades")
        }
    }

    struct Merge: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Slå ihop ärendet med ett annat om samma problem; källor och återkoppling flyttar med.",
            discussion: "Exempel:\n  tredjekraft issue merge 7b1c2d3e --into 1f2e3d4c")

        @Argument(help: ArgumentHelp("Ärendet som går upp i det andra.", valueName: "id"))
        var issueId: String

        @Option(help: ArgumentHelp("Ärendet där arbetet fortsätter.", valueName: "id"))
        var into: String

        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        var parameters: MergeParameters {
            MergeParameters(issueId: issueId, survivorId: into, commandId: write.commandId)
        }

        func run(on console: Console) async throws {
            try await change(.merge, parameters, on: console, done: "Ärendet slogs ihop med \(into)")
        }
    }

    struct Withdraw: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Återkalla ett ärende, med skäl.",
            discussion: "Exempel:\n  tredjekraft issue withdraw 7b1c2d3e --reason \"Verksamheten läggs ned.\"")

        @Argument(help: ArgumentHelp("Ärendets id.", valueName: "id"))
        var issueId: String

        @Option(help: ArgumentHelp("Varför, på klarspråk.", valueName: "text"))
        var reason: String

        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        var parameters: WithdrawParameters {
            WithdrawParameters(issueId: issueId, reason: reason, commandId: write.commandId)
        }

        func run(on console: Console) async throws {
            try await change(.withdraw, parameters, on: console, done: "Ärendet återkallades")
        }
    }
}
