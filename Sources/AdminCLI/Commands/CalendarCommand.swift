import AdminProtocol
import ArgumentParser
import Varlink

/// `tredjekraft calendar [YEAR]`: the year's days that are not working days, as the policies count.
struct CalendarCommand: DaemonCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Visa årets helgdagar och stängda dagar: de dagar som inte räknas som arbetsdagar.",
        discussion: """
            Arbetsdagar är måndag till fredag utom helgdagarna, julafton, nyårsafton och midsommarafton, \
            och de dagar verksamheten har stängt (calendar.closed i konfigurationen). Påminnelser skickas \
            bara på arbetsdagar, och tidsgränser som anges i arbetsdagar (working_days) räknas med dem.

            Exempel:
              tredjekraft calendar
              tredjekraft calendar 2027
              tredjekraft calendar 2027 --json
            """)

    @Argument(help: ArgumentHelp("Året (i år om du inte anger något).", valueName: "år"))
    var year: Int?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if let year, !(1...9999).contains(year) {
            throw ValidationError("\(year) är inget år vi kan räkna; skriv ett år mellan 1 och 9999, t.ex. 2027.")
        }
    }

    func run(on console: Console) async throws {
        try await show(.calendar, CalendarParameters(year: year), on: console, render: CalendarRendering.year)
    }
}
