import AdminProtocol
import ArgumentParser

/// `tredjekraft search`: find issues, proposals, decisions and action items by their words.
struct SearchCommand: DaemonCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Sök i ärenden, förslag, beslut, iakttagelser och åtgärder.",
        discussion: """
            Söker i ärendenas rubriker, förslagens text, beslutens motiveringar, vad som gjordes, \
            iakttagelser och åtgärder. Böjda former hittas: "kvällar" hittar "kväll" och "kvällen". Varje \
            ord hittar också längre ord som börjar likadant: "kväll" hittar "kvällsöppet". Alla ord måste \
            finnas med. Bästa träffen visas först, och orden som hittades står mellan « och ». Text som har \
            tagits bort hittas aldrig.

            Exempel:
              tredjekraft search kvällsöppet
              tredjekraft search "längre öppettider" --unit 5e0c1a2b
            """)

    @Argument(help: ArgumentHelp("Orden att söka efter.", valueName: "text"))
    var words: [String]

    @Option(help: ArgumentHelp("Bara den här verksamheten.", valueName: "id"))
    var unit: String?

    @Option(help: ArgumentHelp("Högst så många träffar (1–500, normalt 50).", valueName: "antal"))
    var limit: Int?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if words.allSatisfy({ $0.allSatisfy { !($0.isLetter || $0.isNumber) } }) {
            throw ValidationError("Skriv minst ett ord att söka efter.")
        }
        if let limit, !(1...500).contains(limit) {
            throw ValidationError("--limit ska vara mellan 1 och 500.")
        }
    }

    var parameters: SearchParameters {
        SearchParameters(text: words.joined(separator: " "), unitId: unit, limit: limit)
    }

    func run(on console: Console) async throws {
        let text = parameters.text
        try await show(.search, parameters, on: console) { (reply: SearchReply) in
            SearchRendering.render(reply, text: text)
        }
    }
}
