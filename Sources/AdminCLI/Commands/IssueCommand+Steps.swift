import AdminProtocol
import ArgumentParser
import Domain

// An issue's way from registration to follow-up: owner, due date, preparation, decision, work,
// implementation, verification, participation level and feedback to the council.
extension IssueCommand {
    struct Assign: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ge ärendet en ansvarig: en roll eller tjänsteperson, aldrig en brukare.",
            discussion: "Exempel:\n  tredjekraft issue assign 7b1c2d3e \"Enhetschef vuxenstöd\"")

        @Argument(help: ArgumentHelp("Ärendets id.", valueName: "id"))
        var issueId: String

        @Argument(help: ArgumentHelp("Den ansvarige.", valueName: "ansvarig"))
        var owner: String

        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        var parameters: AssignOwnerParameters {
            AssignOwnerParameters(issueId: issueId, owner: owner, commandId: write.commandId)
        }

        func run(on console: Console) async throws {
            try await change(.assignOwner, parameters, on: console, done: "Ärendet fick \(owner) som ansvarig")
        }
    }

    struct Due: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Sätt eller flytta datumet då ärendet ska vara klart.",
            discussion: "Exempel:\n  tredjekraft issue due 7b1c2d3e 2026-09-30")

        @Argument(help: ArgumentHelp("Ärendets id.", valueName: "id"))
        var issueId: String

        @Argument(help: ArgumentHelp("Klart senast (ÅÅÅÅ-MM-DD).", valueName: "datum"), transform: ArgumentValues.date)
        var date: CalendarDate

        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        var parameters: SetDueDateParameters {
            SetDueDateParameters(issueId: issueId, dueDate: date, commandId: write.commandId)
        }

        func run(on console: Console) async throws {
            try await change(.setDueDate, parameters, on: console, done: "Ärendet ska vara klart senast \(date)")
        }
    }

    struct Prepare: IssueStep {
        static let configuration = CommandConfiguration(
            abstract: "Börja bereda ärendet.",
            discussion: "Exempel:\n  tredjekraft issue prepare 7b1c2d3e")
        static let method = AdminMethod.startPreparation
        static let sentence = "Ärendet är under beredning"

        @Argument(help: ArgumentHelp("Ärendets id.", valueName: "id"))
        var issueId: String

        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions
    }

    /// The three decisions, as one required flag.
    enum Outcome: EnumerableFlag {
        case accept
        case partially
        case reject

        var outcome: DecisionOutcome {
            switch self {
            case .accept: .accepted
            case .partially: .partiallyAccepted
            case .reject: .rejected
            }
        }

        static func help(for value: Outcome) -> ArgumentHelp? {
            ArgumentHelp("\(value.outcome.label).")
        }
    }

    struct Decide: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Besluta i ärendet: bifall, delvis bifall eller avslag, alltid med motivering.",
            discussion: """
                Ange en av --accept, --partially och --reject. Motiveringen går till rådet: skriv den på \
                klarspråk, så att den som lade fram förslaget förstår svaret.

                Exempel:
                  tredjekraft issue decide 7b1c2d3e --accept --by Ledningsgruppen \\
                    --motivation "Vi inför det från 1 maj."
                  tredjekraft issue decide 7b1c2d3e --reject --by Enhetschef \\
                    --motivation "Lokalerna räcker inte; vi tar upp det i budgeten 2027."
                """)

        @Argument(help: ArgumentHelp("Ärendets id.", valueName: "id"))
        var issueId: String

        @Flag var outcome: Outcome

        @Option(help: ArgumentHelp("Varför, på klarspråk.", valueName: "text"))
        var motivation: String

        @Option(help: ArgumentHelp("Vem som beslutade, t.ex. Ledningsgruppen.", valueName: "vem"))
        var by: String

        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        var parameters: DecideParameters {
            DecideParameters(
                issueId: issueId, outcome: outcome.outcome, motivation: motivation, decidedBy: by,
                commandId: write.commandId)
        }

        func run(on console: Console) async throws {
            try await change(
                .decide, parameters, on: console,
                done: "Beslutet (\(outcome.outcome.label.lowercased())) registrerades")
        }
    }

    struct Start: IssueStep {
        static let configuration = CommandConfiguration(
            abstract: "Börja genomföra ett beslutat ärende.",
            discussion: "Exempel:\n  tredjekraft issue start 7b1c2d3e")
        static let method = AdminMethod.startWork
        static let sentence = "Ärendet genomförs"

        @Argument(help: ArgumentHelp("Ärendets id.", valueName: "id"))
        var issueId: String

        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions
    }

    struct Implemented: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Markera ärendet som genomfört.",
            discussion: "Exempel:\n  tredjekraft issue implemented 7b1c2d3e --summary \"Nya rutiner från 1 maj.\"")

        @Argument(help: ArgumentHelp("Ärendets id.", valueName: "id"))
        var issueId: String

        @Option(help: ArgumentHelp("Vad som gjordes.", valueName: "text"))
        var summary: String?

        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        var parameters: MarkImplementedParameters {
            MarkImplementedParameters(issueId: issueId, summary: summary, commandId: write.commandId)
        }

        func run(on console: Console) async throws {
            try await change(.markImplemented, parameters, on: console, done: "Ärendet markerades som genomfört")
        }
    }

    struct Verify: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Registrera att uppföljningen visar att förändringen fungerar.",
            discussion: """
                Ett ärende från ett råds förslag eller en revisions iakttagelse följs upp när rådet eller \
                revisionsgruppen har lämnat sin brukarkvittens (tredjekraft issue kvittens). Har de inte \
                tillfrågats eller inte svarat, skriv varför med --without-kvittens; då visas ärendet som \
                uppföljt utan brukarkvittens.

                Exempel:
                  tredjekraft issue verify 7b1c2d3e --note "Brukarrådet bekräftade i juni."
                  tredjekraft issue verify 7b1c2d3e --without-kvittens "Rådet är nedlagt sedan mars."
                """)

        @Argument(help: ArgumentHelp("Ärendets id.", valueName: "id"))
        var issueId: String

        @Option(help: ArgumentHelp("Vad uppföljningen visade.", valueName: "text"))
        var note: String?

        @Option(
            name: .customLong("without-kvittens"),
            help: ArgumentHelp(
                "Varför rådet eller revisionsgruppen inte har tillfrågats eller inte har svarat.", valueName: "skäl"))
        var withoutKvittens: String?

        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        var parameters: VerifyParameters {
            VerifyParameters(issueId: issueId, note: note, withoutKvittens: withoutKvittens, commandId: write.commandId)
        }

        func run(on console: Console) async throws {
            try await change(.verify, parameters, on: console, done: "Uppföljningen registrerades")
        }
    }

    struct Level: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Sätt brukarnas delaktighet i ärendet på delaktighetsstegen (1–5).",
            discussion: """
                \(ParticipationLevel.allCases.map { "\($0.rawValue) \($0.label)" }.joined(separator: "; ")).

                Exempel:
                  tredjekraft issue level 7b1c2d3e 4 \\
                    --reason "Två från rådet satt med i arbetsgruppen."
                """)

        @Argument(help: ArgumentHelp("Ärendets id.", valueName: "id"))
        var issueId: String

        @Argument(help: ArgumentHelp("Nivån, 1–5.", valueName: "nivå"), transform: ArgumentValues.participationLevel)
        var level: ParticipationLevel

        @Option(help: ArgumentHelp("Varför just den nivån.", valueName: "text"))
        var reason: String

        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        var parameters: SetParticipationLevelParameters {
            SetParticipationLevelParameters(issueId: issueId, level: level, reason: reason, commandId: write.commandId)
        }

        func run(on console: Console) async throws {
            try await change(.setParticipationLevel, parameters, on: console, done: "Delaktigheten registrerades")
        }
    }

    struct Feedback: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Registrera att rådet har fått återkoppling om beslutet eller genomförandet.",
            discussion: """
                Exempel:
                  tredjekraft issue feedback 7b1c2d3e --council 8d7e6f5a \\
                    --occasion decision --channel meeting
                  tredjekraft issue feedback 7b1c2d3e --council 8d7e6f5a \\
                    --occasion implementation --channel letter --date 2026-06-10
                """)

        @Argument(help: ArgumentHelp("Ärendets id.", valueName: "id"))
        var issueId: String

        @Option(help: ArgumentHelp("Rådet som fick återkopplingen.", valueName: "id"))
        var council: String

        @Option(help: ArgumentHelp("Vad återkopplingen gällde."))
        var occasion: Choice<FeedbackOccasion>

        @Option(help: ArgumentHelp("Hur den gavs."))
        var channel: Choice<FeedbackChannel>

        @Option(
            help: ArgumentHelp("När (ÅÅÅÅ-MM-DD); i dag om du inte anger något.", valueName: "datum"),
            transform: ArgumentValues.date)
        var date: CalendarDate?

        @OptionGroup var write: WriteOptions
        @OptionGroup var global: GlobalOptions

        var parameters: GiveFeedbackParameters {
            GiveFeedbackParameters(
                issueId: issueId, councilId: council, occasion: occasion.value, channel: channel.value, givenOn: date,
                commandId: write.commandId)
        }

        func run(on console: Console) async throws {
            try await change(.giveFeedback, parameters, on: console, done: "Återkopplingen registrerades")
        }
    }
}
