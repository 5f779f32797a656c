import Domain
import Foundation
import Mail
import MailTestSupport
import Testing

@testable import Mailer

/// The hand-over to a real sendmail (msmtp) and a real SMTP server, and every way it can end.
///
/// The transport's timeouts are far above any normal hand-over, so a busy machine never turns a
/// delivery into a timeout; only the tests of a timeout use a short one, for the thing that hangs.
@Suite struct SendmailTransportTests {
    /// How long a hand-over that should end by itself may take.
    static let generous = Duration.seconds(120)

    let timeZone = TimeZone(identifier: "Europe/Stockholm")!

    func message(to address: String, name: String? = "Brukarrådet Vuxenstöd Lund") throws -> String {
        try MailMessage(
            from: Mailbox("tredjekraft@example.org", displayName: "Tredje kraften, Lunds kommun", field: "From"),
            to: [Mailbox(address, displayName: name, field: "To")],
            subject: "Påminnelse: återkoppling om förslaget ”Fast kontaktperson” väntar", kind: .reminder,
            date: Date(timeIntervalSince1970: 1_764_500_000), timeZone: timeZone, messageKey: "tredjekraft.test-1",
            text: "Hej!\n\nRådet har väntat på återkoppling i 31 dagar. Åtgärda gärna före mötet.",
            html: "<p>Hej!</p><p>Rådet har väntat på återkoppling i <strong>31 dagar</strong>.</p>"
        ).rendered()
    }

    /// A small program in a temporary file.
    ///
    /// Written through a descriptor that is closed on exec: a program started meanwhile by another
    /// test must not inherit it open for writing, or running the script fails with ETXTBSY.
    func script(_ body: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.path + "/tk-sendmail-\(UUID().uuidString.prefix(8)).sh"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o755)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        let bytes = Array(("#!/bin/sh\n" + body + "\n").utf8)
        guard write(descriptor, bytes, bytes.count) == bytes.count else {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        return path
    }

    @Test func aMessageArrivesIntactThroughMsmtp() async throws {
        let sink = try await SMTPSink.start()
        let outcome = await SendmailTransport(command: sink.msmtp, timeout: Self.generous).send(
            try message(to: "rad@example.org"))
        #expect(outcome == .accepted)
        let delivered = try #require(try await sink.messages().first)
        #expect(delivered.subject == "Påminnelse: återkoppling om förslaget ”Fast kontaktperson” väntar")
        #expect(delivered.fromName == "Tredje kraften, Lunds kommun")
        #expect(delivered.toName == "Brukarrådet Vuxenstöd Lund")
        #expect(delivered.toAddress == "rad@example.org")
        #expect(delivered.messageId == "<tredjekraft.test-1@example.org>")
        #expect(delivered.text?.contains("Åtgärda gärna före mötet.") == true)
        #expect(delivered.html?.contains("<strong>31 dagar</strong>") == true)
        #expect(delivered.htmlErrors.isEmpty)
        #expect(delivered.defects.isEmpty)
        #expect(delivered.autoSubmitted == "auto-generated")
        #expect(delivered.precedence == nil)
    }

    @Test func aRecipientRefusedForNowIsATemporaryFailure() async throws {
        let sink = try await SMTPSink.start()
        let outcome = await SendmailTransport(command: sink.msmtp, timeout: Self.generous).send(
            try message(to: "tempfail-rad@example.org"))
        guard case .temporaryFailure(let reason) = outcome else {
            Issue.record("expected a temporary failure, got \(outcome)")
            return
        }
        #expect(reason.contains("status 69") && reason.contains("451"))
        #expect(sink.count == 0)
    }

    @Test func aRecipientRefusedForGoodIsAPermanentFailure() async throws {
        let sink = try await SMTPSink.start()
        let outcome = await SendmailTransport(command: sink.msmtp, timeout: Self.generous).send(
            try message(to: "reject-rad@example.org"))
        guard case .permanentFailure(let reason) = outcome else {
            Issue.record("expected a permanent failure, got \(outcome)")
            return
        }
        #expect(reason.contains("550"))
    }

    /// msmtp's own short timeout (3 s) against a sink that stays silent for a minute after the data;
    /// the transport's timeout is far above both, so msmtp's is the one that ends it.
    @Test func aSilentServerIsATemporaryFailureAfterMsmtpsTimeout() async throws {
        let sink = try await SMTPSink.start()
        let outcome = await SendmailTransport(command: sink.msmtp(timeout: 3), timeout: Self.generous).send(
            try message(to: "silent-rad@example.org"))
        guard case .temporaryFailure(let reason) = outcome else {
            Issue.record("expected a temporary failure, got \(outcome)")
            return
        }
        #expect(reason.contains("status 74"))
    }

    @Test func aServerThatIsDownIsATemporaryFailure() async throws {
        let sink = try await SMTPSink.start()
        await sink.stop()
        let outcome = await SendmailTransport(command: sink.msmtp, timeout: Self.generous).send(
            try message(to: "rad@example.org"))
        guard case .temporaryFailure(let reason) = outcome else {
            Issue.record("expected a temporary failure, got \(outcome)")
            return
        }
        #expect(reason.contains("status 75"))
    }

    @Test func aMissingProgramIsNamedAndTemporary() async throws {
        let transport = SendmailTransport(command: ["/usr/sbin/no-such-sendmail", "-t"], timeout: .seconds(5))
        #expect(transport.problem?.contains("/usr/sbin/no-such-sendmail does not exist") == true)
        #expect(await transport.send("x") == .temporaryFailure(transport.problem!))
        #expect(SendmailTransport(command: [], timeout: .seconds(1)).problem != nil)
        #expect(SendmailTransport(command: ["sendmail"], timeout: .seconds(1)).problem?.contains("absolute") == true)
    }

    /// The program writes its pid and its child's (both at once, by a rename) and then hangs. The
    /// timeout is far above the moment of writing them, which the test waits for before it relies on
    /// them; then both processes must go, however long the machine takes to end them.
    @Test func aHangingProgramIsStoppedWithEverythingItStarted() async throws {
        let pids = FileManager.default.temporaryDirectory.path + "/tk-pids-\(UUID().uuidString.prefix(8))"
        let program = try script(
            "sleep 600 &\necho $$ > \(pids).tmp\necho $! >> \(pids).tmp\nmv \(pids).tmp \(pids)\nwait")
        defer {
            unlink(program)
            unlink(pids)
        }
        let timeout = Duration.seconds(30)
        let mail = try message(to: "rad@example.org")
        async let ended = SendmailTransport(command: [program], timeout: timeout).send(mail)
        // Both pids, written while the program runs (before the timeout can have stopped it).
        var started: [pid_t] = []
        let deadline = ContinuousClock.now + .seconds(120)
        while started.count < 2, ContinuousClock.now < deadline {
            started = ((try? String(contentsOfFile: pids, encoding: .utf8)) ?? "").split(separator: "\n").compactMap {
                pid_t($0)
            }
            if started.count < 2 { try await Task.sleep(for: .milliseconds(20)) }
        }
        #expect(started.count == 2, "the program did not write its pids")

        let outcome = await ended
        guard case .temporaryFailure(let reason) = outcome else {
            Issue.record("expected a temporary failure, got \(outcome)")
            return
        }
        #expect(reason.contains("did not finish within \(timeout)"), "\(reason)")
        // Both the program and the child it started go (or are at most zombies being reaped).
        let gone = ContinuousClock.now + .seconds(120)
        while started.contains(where: Self.isRunning), ContinuousClock.now < gone {
            try await Task.sleep(for: .milliseconds(50))
        }
        for pid in started { #expect(!Self.isRunning(pid), "process \(pid) still runs") }
    }

    /// Whether `pid` is a process that has not ended: it exists and is not a zombie.
    static func isRunning(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return false }
        // The state follows the command name, which is in parentheses and may itself hold spaces.
        guard let close = stat.lastIndex(of: ")") else { return false }
        let state = stat[stat.index(after: close)...].split(separator: " ").first
        return state != "Z" && state != "X"
    }

    @Test func exitStatus75IsTemporaryAndOthersArePermanentWithTheirWordsKeptSafely() async throws {
        let tempfail = try script("cat > /dev/null\necho 'queue full' >&2\nexit 75")
        let failing = try script(
            "cat > /dev/null\nprintf 'auth failed for user x password=hunter2 token: abc\\001\\n' >&2\nexit 1")
        defer {
            unlink(tempfail)
            unlink(failing)
        }
        #expect(
            await SendmailTransport(command: [tempfail], timeout: Self.generous).send("x")
                == .temporaryFailure("\(tempfail) exited with status 75: queue full"))
        let outcome = await SendmailTransport(command: [failing], timeout: Self.generous).send("x")
        guard case .permanentFailure(let reason) = outcome else {
            Issue.record("expected a permanent failure, got \(outcome)")
            return
        }
        #expect(reason.contains("status 1"))
        #expect(!reason.contains("hunter2") && !reason.contains("abc"))
        #expect(reason.contains("password=***"))
        #expect(!reason.contains("\u{1}"))
    }

    @Test func aLargeMessageIsWrittenWhileTheProgramReadsIt() async throws {
        let directory = FileManager.default.temporaryDirectory.path
        let copy = directory + "/tk-copy-\(UUID().uuidString.prefix(8))"
        let program = try script("cat > \(copy)")
        defer {
            unlink(program)
            unlink(copy)
        }
        let big = String(repeating: "Återkoppling till brukarrådet. ", count: 40_000)
        #expect(await SendmailTransport(command: [program], timeout: Self.generous).send(big) == .accepted)
        #expect(try String(contentsOfFile: copy, encoding: .utf8) == big)
    }

    @Test func sanitisingKeepsOneShortLineWithoutSecrets() {
        let text = SendmailTransport.sanitised(
            "line one\nsmtp://user:pw@relay.example.org failed\r\nPassword: s3cret "
                + String(repeating: "x", count: 900))
        #expect(!text.contains("\n") && !text.contains("s3cret") && !text.contains("user:pw"))
        #expect(text.count <= 402)
    }
}
