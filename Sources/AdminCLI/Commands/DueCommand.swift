import AdminProtocol
import ArgumentParser

/// `tredjekraft due`: what falls due soon, what is overdue, and what councils are still owed.
struct DueCommand: DaemonCommand {
    static let configuration = CommandConfiguration(
        commandName: "due",
        abstract: "Visa det som förfaller snart, det som är försenat och återkoppling som väntar.",
        discussion: """
            Exempel:
              tredjekraft due
              tredjekraft due --days 14 --unit 5e0c1a2b
              tredjekraft due --explain
            """)

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Hur många dagar framåt (30 om du inte anger något).", valueName: "dagar"),
        transform: ArgumentValues.days)
    var days: Int?

    @Option(help: ArgumentHelp("Bara den här verksamheten.", valueName: "id"))
    var unit: String?

    @Flag(help: "Visa hur varje uträknat datum räknades fram, med helger och stängda dagar som hoppades över.")
    var explain = false

    @OptionGroup var global: GlobalOptions

    var parameters: DueParameters { DueParameters(horizonDays: days, unitId: unit) }

    func run(on console: Console) async throws {
        try await show(.due, parameters, on: console) { (reply: DueReply) in
            DueRendering.render(reply, horizonDays: days, explain: explain)
        }
    }
}
