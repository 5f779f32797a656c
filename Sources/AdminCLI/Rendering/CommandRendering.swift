import AdminProtocol

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
}
