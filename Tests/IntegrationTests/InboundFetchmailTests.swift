import Foundation
import MailTestSupport
import TestSupport
import Testing
import Varlink

#if canImport(Glibc)
import Glibc
#endif

/// Answers by mail fetched from a mailbox, with the real parts: the daemon's reminder goes through msmtp
/// to the SMTP sink; a reply made from it lands in a throwaway Dovecot IMAP mailbox; Debian's `fetchmail`
/// fetches it and hands it to `tredjekraft mail receive` as its MDA — and the issue changes once, also
/// when the daemon was away at the first poll (the command's 75 leaves the message on the server) and
/// when fetchmail fetches the same message again.
@Suite(.serialized) struct InboundFetchmailTests {
    static let fetchmail = "/usr/bin/fetchmail"

    /// Whether Dovecot and fetchmail are here; under CI their absence fails the test, never skips it.
    static func partsInstalled() -> Bool {
        let missing = [DovecotServer.binary, fetchmail].filter { !FileManager.default.isExecutableFile(atPath: $0) }
        guard missing.isEmpty else {
            if ProcessInfo.processInfo.environment["CI"] == "true" {
                Issue.record(
                    "\(missing.joined(separator: " and ")) missing: ops/test installs dovecot-imapd and fetchmail")
            }
            return false
        }
        return true
    }

    /// One poll of `server` by fetchmail, from an rc file of mode 0600 in `directory`, with the built
    /// `tredjekraft mail receive` as the MDA and `socket` in its environment (`TREDJEKRAFT_SOCKET`).
    /// `--keep` leaves fetched messages on the server (flagged seen); `--all` fetches seen ones too.
    static func poll(_ server: DovecotServer, socket: String, in directory: String, options: [String]) async throws
        -> ChildOutput
    {
        let home = directory + "/fetchmail"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let rc = home + "/fetchmailrc"
        let user = getpwuid(getuid()).map { String(cString: $0.pointee.pw_name) } ?? "root"
        let lines = [
            "poll 127.0.0.1 service \(server.port) protocol IMAP auth password",
            "  user \"\(DovecotServer.user)\" password \"\(DovecotServer.password)\" is \"\(user)\" here",
            // The test's Dovecot speaks plain IMAP on loopback (`ssl = no`); a real mailbox is IMAPS.
            "  sslproto ''",
            "  mda \"\(try builtBinary("tredjekraft")) mail receive\"",
        ]
        try (lines.joined(separator: "\n") + "\n").write(toFile: rc, atomically: true, encoding: .utf8)
        chmod(rc, 0o600)
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("TREDJEKRAFT_") }
        environment["TREDJEKRAFT_SOCKET"] = socket
        environment["FETCHMAILHOME"] = home
        // fetchmail with swift-subprocess, as the other servers' clients over ssh: it waits for the pid itself.
        return try await runSubprocess(
            fetchmail, ["--nosyslog", "-N", "-f", rc] + options, environment: environment)
    }

    @Test(.timeLimit(.minutes(6))) func aReplyFetchedFromDovecotMovesTheIssueOnce() async throws {
        guard Self.partsInstalled() else { return }
        let sink = try await SMTPSink.start()
        defer { sink.kill() }
        try await withDaemonSetup { setup in
            try setup.writeConfiguration(extra: AnsweredReminder.configuration(setup, sink: sink))
            let daemon = try await setup.start(run: 1)
            let reminder = try await AnsweredReminder.send(daemon, to: sink)
            let reply = try await reminder.reply(
                shape: "outlook", summary: "Kvällsöppet från februari.", path: setup.directory + "/reply.eml")
            let socket = daemon.socket
            #expect(await daemon.stop() == 0)

            try await withDovecot { server in
                try await server.put(reply)
                #expect(server.messageCount == 1)

                // The daemon is away: the MDA answers 75 and fetchmail leaves the message on the server.
                let away = try await Self.poll(server, socket: socket, in: setup.directory, options: ["--nokeep"])
                #expect(away.stderr.contains("MDA returned nonzero status 75"), "\(away)")
                #expect(server.messageCount == 1, "\(away)")

                // Back again: the next poll delivers it (kept on the server this time, flagged seen).
                let daemon = try await setup.start(run: 2)
                let fetched = try await Self.poll(server, socket: socket, in: setup.directory, options: ["--keep"])
                #expect(fetched.status == 0, "\(fetched)")
                #expect(!fetched.stderr.contains("MDA returned nonzero"), "\(fetched)")
                #expect(server.messageCount == 1)

                // Fetched again (`--all` takes seen messages too) and deleted: taken, nothing more.
                let again = try await Self.poll(
                    server, socket: socket, in: setup.directory, options: ["--all", "--nokeep"])
                #expect(again.status == 0, "\(again)")
                #expect(!again.stderr.contains("MDA returned nonzero"), "\(again)")
                #expect(server.messageCount == 0, "\(again)")

                let (entries, implemented) = try await AnsweredReminder.implementedEntries(daemon)
                #expect(entries.count == 1, "\(entries)")
                #expect(entries.first?.objectValue?["outcome"]?.stringValue == "applied")
                #expect(implemented.count == 1)
                #expect(implemented.first?.objectValue?["actor"]?.stringValue?.hasSuffix(", via e-post") == true)
                #expect(await daemon.stop() == 0)
            }
        }
    }
}
