import AdminProtocol
import Testing
import Varlink

@testable import AdminCLI

/// The contact directory, the outbox and the mail lines of `status` as coordinators read them.
@Suite struct MailRenderingTests {
    @Test func contactsAsATableWithOwnersKeyedByTitle() throws {
        let text = MailRendering.contacts(try decode(ContactsReply.self, MailFixtures.contacts))
        #expect(
            text == """
                Slag                      Namn                       Id        Adress              Ändrad
                ────────────────────────  ─────────────────────────  ────────  ──────────────────  ────────────────
                Brukarråd                 Dialogmöte vuxenstöd Lund  8d7e6f5a  dialogmote@lund.se  2026-03-02 12:00
                Ägare (roll eller titel)  Enhetschef vuxenstöd       —         enhetschef@lund.se  2026-03-03 08:30
                """)
        #expect(
            MailRendering.contacts(ContactsReply(contacts: []))
                == "Inga sparade adresser. Spara en med `tredjekraft contact set`.")
    }

    @Test func contactChangesNameTheRecipientInASentence() {
        let council = ContactChangeReply(kind: "council", id: Fixtures.councilId, name: "Brukarrådet Iris Mullsjö")
        #expect(MailRendering.contactSet(council) == "Adressen för Brukarrådet Iris Mullsjö är sparad.")
        let management = ContactChangeReply(kind: "management", id: Fixtures.unitId, name: "Vuxenstöd Lund")
        #expect(MailRendering.contactSet(management) == "Adressen för ledningen för Vuxenstöd Lund är sparad.")
        let coordinator = ContactChangeReply(kind: "coordinator", id: Fixtures.unitId, name: nil)
        #expect(
            MailRendering.contactRemoved(coordinator)
                == "Adressen för samordnaren för verksamheten 5e0c1a2b är borttagen.\n"
                + "Nya meddelanden dit väntar tills en adress sparas igen.")
        let owner = ContactChangeReply(kind: "owner", id: "Enhetschef vuxenstöd", name: "Enhetschef vuxenstöd")
        #expect(MailRendering.contactSet(owner) == "Adressen för Enhetschef vuxenstöd är sparad.")
        let nameless = ContactChangeReply(kind: "council", id: Fixtures.councilId, name: nil)
        #expect(MailRendering.contactSet(nameless) == "Adressen för rådet 8d7e6f5a är sparad.")
    }

    @Test func outboxAsATableWithoutAddressesAndWithTheNextSteps() throws {
        let text = MailRendering.messages(try decode(ListMailReply.self, MailFixtures.messages))
        let rows = lines(text)
        #expect(
            rows[0]
                == "Id        Mottagare                  Ämne                Läge              Försök  Senaste fel                     Nästa försök"
        )
        #expect(
            rows[2]
                == "3c4d5e6f  Ledningen, Vuxenstöd Lund  Ärende utan beslut  Försöker igen          2  sendmail: connection timed out  2026-03-04 10:15"
        )
        #expect(
            rows[3]
                == "4d5e6f70  Enhetschef vuxenstöd       Påminnelse: Knacka  Väntar på adress       0  —                               —"
        )
        #expect(
            rows[4]
                == "5e6f7081  Brukarråd 8d7e6f5a         Månadsbrev mars     Gav upp               12  Mailbox unavailable             —"
        )
        #expect(column(of: "Gav upp", in: rows[4]) == column(of: "Läge", in: rows[0]))
        #expect(!text.contains("@"))
        #expect(
            text.hasSuffix(
                """


                Meddelanden väntar på en adress. Spara den, så skickas de:
                  tredjekraft contact set agare "Enhetschef vuxenstöd" ADRESS

                Meddelanden som misslyckades eller som daemonen gav upp skickas inte igen av sig själva.
                Rätta felet och skicka dem igen med `tredjekraft mail retry ID`.
                """))
        #expect(MailRendering.messages(ListMailReply(messages: [])) == "Inga meddelanden.")
    }

    @Test func aListWithoutHeldOrStoppedMessagesHasNoHints() throws {
        let text = MailRendering.messages(try decode(ListMailReply.self, #"{"messages": [\#(MailFixtures.failing)]}"#))
        #expect(lines(text).count == 3)
    }

    @Test func heldMessagesForTheSameRecipientGiveOneCommand() throws {
        var second = try decode(OutboxMessage.self, MailFixtures.held)
        second.id = "6f708192-0000-4000-8000-00000000000e"
        var unit = try decode(OutboxMessage.self, MailFixtures.failing)
        unit.state = "held"
        let reply = ListMailReply(messages: [try decode(OutboxMessage.self, MailFixtures.held), second, unit])
        let hints = MailRendering.hints(reply.messages)
        #expect(
            hints == [
                "Meddelanden väntar på adresser. Spara dem, så skickas de:\n"
                    + "  tredjekraft contact set agare \"Enhetschef vuxenstöd\" ADRESS\n"
                    + "  tredjekraft contact set ledning 5e0c1a2b ADRESS"
            ])
    }

    @Test func retryShowsTheNewState() throws {
        let text = MailRendering.retried(try decode(OutboxMessage.self, MailFixtures.failing))
        #expect(
            text == """
                Meddelandet 3c4d5e6f skickas igen.

                Mottagare:        Ledningen, Vuxenstöd Lund
                Ämne:             Ärende utan beslut
                Slag:             Till ledningen
                Läge:             Försöker igen
                Försök hittills:  2
                Senaste fel:      sendmail: connection timed out
                Nästa försök:     2026-03-04 10:15
                """)
        let held = MailRendering.retried(try decode(OutboxMessage.self, MailFixtures.held))
        #expect(
            held.hasPrefix(
                "Meddelandet 4d5e6f70 väntar fortfarande på en adress. Spara den, så skickas det:\n"
                    + "  tredjekraft contact set agare \"Enhetschef vuxenstöd\" ADRESS\n\n"))
        #expect(held.contains("Läge:             Väntar på adress"))
        var delivered = try decode(OutboxMessage.self, MailFixtures.failing)
        delivered.state = "delivered"
        #expect(
            MailRendering.retried(delivered).hasPrefix("Meddelandet 3c4d5e6f är redan skickat och skickas inte igen."))
    }

    @Test func aRotationIsToldWithoutASecret() {
        let first = MailRendering.rotated(
            RotateReplyTokenKeyReply(keyId: 2, keysKept: 1, keysDropped: 0, validDays: 60, file: "/var/lib/tk/keys"))
        #expect(
            first == "Nya brev får nu svarsadresser med nyckel 2.\n"
                + "En äldre nyckel sparas, så att svar på äldre brev fungerar i upp till 60 dagar.\n"
                + "Nycklarna finns i /var/lib/tk/keys.")
        let alone = MailRendering.rotated(
            RotateReplyTokenKeyReply(keyId: 9, keysKept: 0, keysDropped: 3, validDays: 30, file: "/k"))
        #expect(alone.contains("Inga äldre nycklar behövs längre.") && alone.contains("3 gamla nycklar togs bort"))
    }

    @Test func testMailOutcomes() {
        let accepted = MailRendering.testMail(SendTestMailReply(outcome: "accepted", detail: nil), to: "it@lund.se")
        #expect(accepted.accepted)
        #expect(accepted.text.hasPrefix("Provmeddelandet lämnades till e-postprogrammet.\n"))
        #expect(accepted.text.contains("it@lund.se"))
        let temporary = MailRendering.testMail(
            SendTestMailReply(outcome: "temporary_failure", detail: "4.4.1 connection timed out\n"), to: "it@lund.se")
        #expect(!temporary.accepted)
        #expect(
            temporary.text.hasPrefix(
                "Provmeddelandet kunde inte lämnas just nu: e-postprogrammet svarade med ett tillfälligt fel:\n"
                    + "  4.4.1 connection timed out\nFörsök igen om en stund."))
        let permanent = MailRendering.testMail(
            SendTestMailReply(outcome: "permanent_failure", detail: nil), to: "it@lund.se")
        #expect(!permanent.accepted)
        #expect(
            permanent.text.hasPrefix(
                "Provmeddelandet gick inte att skicka: e-postprogrammet tog inte emot det.\n"
                    + "Kontrollera adressen it@lund.se, e-postprogrammet och mail.* i /etc/tredjekraft/tredjekraft.yaml"
            ))
        let strange = MailRendering.testMail(SendTestMailReply(outcome: "bounced", detail: "x"), to: "it@lund.se")
        #expect(!strange.accepted)
        #expect(strange.text == "Oväntat svar om provmeddelandet: bounced:\n  x")
    }

    @Test func statusShowsTheOutbox() throws {
        let text = StatusRendering.status(
            try decode(StatusReply.self, MailFixtures.status(mail: MailFixtures.mailStatus)))
        #expect(
            text.hasSuffix(
                """
                Du är:          root (administratör)

                E-post:
                Påslagen:          ja, och den här daemonen skickar
                I kö:              3
                Försöker igen:     1
                Väntar på adress:  2 (spara adresser med `tredjekraft contact set`)
                Misslyckade:       1 (se `tredjekraft mail list --failed`)
                Skickade:          120
                Äldsta oskickade:  köades för 2 h 3 min sedan (2026-03-04 09:00)
                """))
    }

    @Test func statusSaysWhatStopsMailAndNothingWithoutIt() throws {
        var mail = try decode(MailStatus.self, MailFixtures.mailStatus)
        mail.problem = "/usr/sbin/sendmail: no such file"
        mail.delivering = false
        let broken = MailRendering.status(mail)
        #expect(broken.hasPrefix("E-post:\nPåslagen:          ja, men inget kan skickas just nu\n"))
        #expect(broken.contains("Problem:           /usr/sbin/sendmail: no such file"))
        mail.problem = nil
        #expect(MailRendering.status(mail).contains("Påslagen:          ja; en annan daemon med samma databas skickar"))
        let quiet = MailStatus(
            enabled: false, delivering: false, problem: nil, queued: 0, failing: 0, held: 0, failed: 0, delivered: 0,
            oldestUndeliveredQueuedAt: nil, oldestUndeliveredSeconds: nil)
        let off = MailRendering.status(quiet)
        #expect(off.hasPrefix("E-post:\nPåslagen:          nej: meddelandena samlas i kön men skickas inte"))
        #expect(off.contains("Misslyckade:       0\n"))
        #expect(!off.contains("Äldsta"))
        #expect(!off.contains("Problem"))
        let without = StatusRendering.status(try decode(StatusReply.self, MailFixtures.status(mail: nil)))
        #expect(!without.contains("E-post"))
        #expect(without.hasSuffix("Du är:          root (administratör)"))
    }

    @Test func mailUnavailableRefusesWithTheReasonAndWhereToLook() {
        let failure = CLIFailure(
            .remote(
                VarlinkError(
                    name: "io.tredjekraft.admin.MailUnavailable", parameters: ["reason": "mail.from is not set."])))
        #expect(failure.status == .refused)
        #expect(failure.message.hasPrefix("E-posten går inte att använda: mail.from is not set.\nKontrollera mail.*"))
        #expect(failure.message.contains("`tredjekraft status`"))
        let bare = CLIFailure(.remote(VarlinkError(name: "io.tredjekraft.admin.MailUnavailable")))
        #expect(bare.message.hasPrefix("E-posten går inte att använda.\n"))
        #expect(CLIFailure.missing("mail") == "inget meddelande")
        #expect(CLIFailure.missing("contact") == "ingen sparad adress")
    }
}
