import AdminProtocol
import Wording

/// What a command that changed something says: one Swedish sentence and the id of what it created,
/// so the coordinator can copy the id into the next command.
enum CommandRendering {
    static func render(_ sentence: String, _ reply: CommandReply) -> String {
        var text = sentence
        if let id = reply.createdId { text += ": " + id }
        if reply.duplicate {
            text += "\n(Kommandot var redan utfört med samma --command-id; inget nytt skrevs.)"
        }
        return text
    }

    /// What the CLI says when the change is stored but not yet shown in the lists (the reply's `lag`).
    static func notYetVisible(_ lag: ReadModelLag) -> CLIFailure {
        CLIFailure(
            .storedNotYetVisible,
            "Ändringen är sparad, men den syns ännu inte i listorna: tredjekraftd hann inte uppdatera dem på "
                + "\(Swedish.duration(seconds: lag.waitedSeconds)).\n"
                + "Vänta en stund och titta igen. Skicka inte kommandot en gång till (med samma --command-id "
                + "är det ofarligt). `tredjekraft status` visar om något håller emot.")
    }
}
