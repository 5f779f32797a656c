import AdminProtocol
import ArgumentParser
import Domain

/// `tredjekraft redact KIND ID --field FIELD --reason R`: erase a piece of free text everywhere.
struct RedactCommand: DaemonCommand {
    static let configuration = CommandConfiguration(
        commandName: "redact",
        abstract: "Ta bort en fritext (till exempel ett namn i ett förslag) överallt där den finns.",
        discussion: """
            Kräver rollen administratör. Texten tas bort ur händelseloggen, ur ärenden, brev och \
            månadsbrev som upprepar den, ur utskrivna brev och ur alla listor; i stället står \
            "[borttaget ÅÅÅÅ-MM-DD]". Loggen sparar vem som tog bort vilket fält och varför, aldrig \
            texten. Säkerhetskopior från före borttagningen har kvar texten: se README, "Personuppgifter".

            Fält: förslag (proposal): text, pseudonym, reason. Ärende (issue): title, motivation, \
            decidedBy, summary, note, reason, text, owner. Iakttagelse (finding): text, recommendation. \
            Åtgärd (action-item): action, owner, followedUpBy. Möte (meeting): reason.

            Exempel:
              tredjekraft redact proposal 3f2a91c0 --field text --reason "Namn på en anställd"
            """)

    @Argument(help: ArgumentHelp("Vad texten står i: proposal, issue, finding, action-item eller meeting."))
    var kind: Choice<ErasureSubject>

    @Argument(help: ArgumentHelp("Dess id.", valueName: "id"))
    var id: String

    @Option(help: ArgumentHelp("Fältet som ska tas bort, till exempel text eller title.", valueName: "fält"))
    var field: String

    @Option(help: ArgumentHelp("Varför texten tas bort (sparas i loggen).", valueName: "skäl"))
    var reason: String

    @OptionGroup var write: WriteOptions
    @OptionGroup var global: GlobalOptions

    func run(on console: Console) async throws {
        try await show(
            .redact,
            RedactParameters(
                kind: kind.value.rawValue, id: id, field: field, reason: reason, commandId: write.commandId),
            on: console
        ) { (reply: RedactReply) in PersonalDataRendering.redacted(reply) }
    }
}
