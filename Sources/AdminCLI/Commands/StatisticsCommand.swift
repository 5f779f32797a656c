import AdminProtocol
import ArgumentParser
import Domain

/// `tredjekraft statistics`: the figures ledningen asks for.
struct StatisticsCommand: DaemonCommand {
    static let configuration = CommandConfiguration(
        commandName: "statistics",
        abstract: "Visa statistik: registrerade, beslutade och genomförda ärenden, tid till beslut och återkoppling.",
        discussion: """
            Utan datum gäller det senaste året.

            Exempel:
              tredjekraft statistics
              tredjekraft statistics --unit 5e0c1a2b --from 2026-01-01 --to 2026-06-30
            """)

    @Option(help: ArgumentHelp("Bara den här verksamheten.", valueName: "id"))
    var unit: String?

    @Option(help: ArgumentHelp("Från och med (ÅÅÅÅ-MM-DD).", valueName: "datum"), transform: ArgumentValues.date)
    var from: CalendarDate?

    @Option(help: ArgumentHelp("Till och med (ÅÅÅÅ-MM-DD).", valueName: "datum"), transform: ArgumentValues.date)
    var to: CalendarDate?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if let from, let to, to < from {
            throw ValidationError("--to (\(to)) ligger före --from (\(from)).")
        }
    }

    var parameters: StatisticsParameters { StatisticsParameters(unitId: unit, from: from, to: to) }

    func run(on console: Console) async throws {
        try await show(.statistics, parameters, on: console, render: StatisticsRendering.render)
    }
}
