import AdminProtocol
import ArgumentParser

/// `tredjekraft retention preview|apply`: erase texts by age, after seeing what goes.
struct RetentionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retention",
        abstract: "Gallring: se och ta bort texter som är äldre än en regel säger.",
        discussion: """
            Kräver rollen administratör. Regeln anges i månader: --withdrawn-months för förslag som \
            återtogs, --closed-months för ärenden som är avslutade och inte har rörts; --sender-days i dagar \
            för avsändaradresser i e-post som kom in (svar på breven). `preview` visar \
            vad som skulle tas bort; `apply --yes` tar bort det, på samma sätt som `tredjekraft redact`.
            """,
        subcommands: [Preview.self, Apply.self])

    struct Rule: ParsableArguments {
        @Option(
            name: .customLong("withdrawn-months"),
            help: ArgumentHelp("Förslag som återtogs för mer än så många månader sedan.", valueName: "månader"))
        var withdrawnMonths: Int?

        @Option(
            name: .customLong("closed-months"),
            help: ArgumentHelp(
                "Ärenden som avslutades och inte har rörts på mer än så många månader.", valueName: "månader"))
        var closedMonths: Int?

        @Option(
            name: .customLong("sender-days"),
            help: ArgumentHelp(
                "Avsändaradresser i e-post som kom in för mer än så många dagar sedan.", valueName: "dagar"))
        var senderDays: Int?

        var parameters: RetentionParameters {
            RetentionParameters(withdrawnMonths: withdrawnMonths, closedMonths: closedMonths, senderDays: senderDays)
        }
    }

    struct Preview: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Visa vilka texter regeln skulle ta bort (inget ändras).",
            discussion: """
                Exempel:
                  tredjekraft retention preview --withdrawn-months 24 --closed-months 36
                """)

        @OptionGroup var rule: Rule
        @OptionGroup var global: GlobalOptions

        func run(on console: Console) async throws {
            try await show(.previewRetention, rule.parameters, on: console) { (reply: RetentionReply) in
                PersonalDataRendering.retention(reply, applied: false)
            }
        }
    }

    struct Apply: DaemonCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ta bort de texter regeln når (kräver --yes).",
            discussion: """
                Utan --yes visas bara vad som skulle tas bort, och kommandot avslutas med status 1.

                Exempel:
                  tredjekraft retention apply --withdrawn-months 24 --yes
                """)

        @OptionGroup var rule: Rule

        @Flag(help: "Ja, ta bort texterna.")
        var yes = false

        @OptionGroup var global: GlobalOptions

        func run(on console: Console) async throws {
            guard yes else {
                try await show(.previewRetention, rule.parameters, on: console) { (reply: RetentionReply) in
                    PersonalDataRendering.retention(reply, applied: false)
                }
                throw CLIFailure(.refused, "Inget togs bort. Kör samma kommando med --yes för att ta bort texterna.")
            }
            try await show(.applyRetention, rule.parameters, on: console) { (reply: RetentionReply) in
                PersonalDataRendering.retention(reply, applied: true)
            }
        }
    }
}
