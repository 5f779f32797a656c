import AdminProtocol
import Varlink

extension MailCommand {
    /// One part of a message or printed letter in full, asked for chunk by chunk (`ShowMail` sends at
    /// most 64 Ki characters at a time) on one connection — over `--host` one ssh login for the whole
    /// letter. Returns the first reply with the whole part as its content, and that reply as the daemon
    /// sent it, for `--json`.
    static func fetch(part name: String, of id: String, from session: AdminSession) async throws -> FetchedPart {
        try await session.withConnection { connection in
            var offset: Int?
            var content = ""
            var first: (ShowMailReply, VarlinkObject)?
            repeat {
                let raw = try await connection.call(.showMail, ShowMailParameters(id: id, part: name, offset: offset))
                let reply = try Show.decode(ShowMailReply.self, from: raw, of: .showMail)
                if first == nil { first = (reply, raw) }
                content += reply.content
                offset = reply.nextOffset
            } while offset != nil
            guard var (reply, object) = first else { throw CLIFailure(.refused, "Inget svar från tredjekraftd.") }
            reply.content = content
            object["content"] = .string(content)
            object["nextOffset"] = nil
            return FetchedPart(reply: reply, content: content, object: object)
        }
    }

    /// A part fetched whole by ``fetch(part:of:from:)``.
    struct FetchedPart: Sendable {
        var reply: ShowMailReply
        var content: String
        var object: VarlinkObject
    }
}
