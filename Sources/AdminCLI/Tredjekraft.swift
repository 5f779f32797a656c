import AdminProtocol
import ArgumentParser

/// The `tredjekraft` command: what coordinators use to record and follow up what service users say,
/// by asking `tredjekraftd` over its admin socket.
package struct Tredjekraft: AsyncParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "tredjekraft",
        abstract: "Följ upp vad som händer med brukarnas förslag, iakttagelser och åtgärder.",
        discussion: """
            Varje förslag från ett brukarråd, varje iakttagelse i en brukarrevision och varje åtgärd i en \
            handlingsplan blir ett ärende med ansvarig, status, datum och ett beslut med motivering. \
            tredjekraft frågar daemonen tredjekraftd över dess admin-socket.

            Exempel:
              tredjekraft trace 3f2a91c0                 Vad hände med förslaget?
              tredjekraft issue list --overdue           Ärenden som är försenade
              tredjekraft due --days 14                  Det som förfaller inom två veckor
              tredjekraft mail list --failed             E-post som inte kom fram
              tredjekraft metrics                        Mätvärden för övervakning (Prometheus)
              tredjekraft issue decide 7b1c2d3e --accept --by Ledningsgruppen \\
                --motivation "Vi gör det i vår."

            Id visas med sina 8 första tecken. Alla kommandon tar ett helt id eller minst 6 av dess första \
            tecken. Datum skrivs ÅÅÅÅ-MM-DD.

            Socket: --socket SÖKVÄG, annars miljövariabeln TREDJEKRAFT_SOCKET, annars \
            /run/tredjekraft/admin.sock. Med --json skrivs daemonens svar som JSON, för skript.

            Från din egen dator: --host [ANVÄNDARE@]DATOR (eller TREDJEKRAFT_HOST) kör \
            `ssh DATOR tredjekraft bridge` och frågar daemonen där som din användare på servern. \
            TREDJEKRAFT_SSH_COMMAND ersätter ssh och dess flaggor, t.ex. "ssh -F ~/.ssh/kommun_config -p 2222".

            Slutstatus: 0 klart; 1 nekat av en regel (t.ex. en övergång som inte är tillåten) eller annat fel; \
            2 fel i kommandoraden; 3 daemonen eller dess databas nås inte (inget ändrades, utom om förbindelsen \
            bröts efter att kommandot skickats – då säger meddelandet det); 4 behörighet saknas; 5 ändringen \
            är sparad men syns ännu inte i listorna (vänta och titta igen, skicka inte kommandot på nytt).

            Skalkomplettering: tredjekraft --generate-completion-script bash (eller zsh, fish) skriver ett \
            skript, t.ex. till /etc/bash_completion.d/tredjekraft.
            """,
        version: "tredjekraft \(ProductVersion.current)",
        subcommands: [
            StatusCommand.self, WhoAmICommand.self, TraceCommand.self, DueCommand.self, IssueCommand.self,
            UnitCommand.self, CouncilCommand.self, ProposalCommand.self, RevisionCommand.self,
            CertificationCommand.self, StatisticsCommand.self, FollowCommand.self, DemoCommand.self,
            ContactCommand.self, MailCommand.self, RemindersCommand.self, EscalationsCommand.self,
            DigestCommand.self, ProjectionCommand.self, MetricsCommand.self, CalendarCommand.self,
            RedactCommand.self, RetentionCommand.self, SearchCommand.self, ExportCommand.self, ImportCommand.self,
            LetterCommand.self, BridgeCommand.self,
        ])

    /// What every error line starts with, as Unix tools name themselves.
    static let errorPrefix = "tredjekraft: "

    /// argument-parser's own messages start the same way as ours.
    package static var _errorPrefix: String { errorPrefix }

    package init() {}
}
