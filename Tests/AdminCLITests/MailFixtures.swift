/// The contact directory's and the outbox's replies, written as the interface definition spells them
/// (`io.tredjekraft.admin.varlink`), shared by the mail tests and the stub daemon.
enum MailFixtures {
    static let failingId = "3c4d5e6f-0000-4000-8000-00000000000b"
    static let heldId = "4d5e6f70-0000-4000-8000-00000000000c"
    static let givenUpId = "5e6f7081-0000-4000-8000-00000000000d"

    /// `mail test --to` this address: the stub answers MailUnavailable.
    static let mailOffAddress = "avstangd@lund.se"
    /// `mail test --to` this address: the stub answers that sendmail refused it for good.
    static let refusedAddress = "nobody@lund.se"

    static let failing = """
        {
          "id": "\(failingId)", "recipientKind": "management", "recipientId": "\(Fixtures.unitId)",
          "recipientName": "Vuxenstöd Lund", "purpose": "escalation", "subject": "Ärende utan beslut",
          "state": "failing", "attempts": 2, "lastError": "sendmail: connection timed out",
          "nextAttemptAt": "2026-03-04T10:15:00+01:00", "queuedAt": "2026-03-04T09:00:00+01:00", "deliveredAt": null,
          "regarding": "issue-\(Fixtures.issueId)"
        }
        """

    static let held = """
        {
          "id": "\(heldId)", "recipientKind": "owner", "recipientId": "Enhetschef vuxenstöd",
          "recipientName": "Enhetschef vuxenstöd", "purpose": "reminder", "subject": "Påminnelse: Knacka",
          "state": "held", "attempts": 0, "lastError": null, "nextAttemptAt": null,
          "queuedAt": "2026-03-03T08:00:00+01:00", "deliveredAt": null, "regarding": "issue-\(Fixtures.issueId)"
        }
        """

    static let givenUp = """
        {
          "id": "\(givenUpId)", "recipientKind": "council", "recipientId": "\(Fixtures.councilId)",
          "recipientName": null, "purpose": "digest", "subject": "Månadsbrev mars",
          "state": "given_up", "attempts": 12, "lastError": "Mailbox unavailable",
          "nextAttemptAt": null, "queuedAt": "2026-03-01T07:00:00+01:00", "deliveredAt": null, "regarding": null
        }
        """

    static let messages = #"{"messages": [\#(failing), \#(held), \#(givenUp)]}"#

    static let contacts = """
        {
          "contacts": [
            {
              "kind": "council", "id": "\(Fixtures.councilId)", "name": "Dialogmöte vuxenstöd Lund",
              "address": "dialogmote@lund.se", "changedAt": "2026-03-02T12:00:00+01:00"
            },
            {
              "kind": "owner", "id": "Enhetschef vuxenstöd", "name": "Enhetschef vuxenstöd",
              "address": "enhetschef@lund.se", "changedAt": "2026-03-03T08:30:00+01:00"
            }
          ]
        }
        """

    static let contactChange = """
        {"kind": "council", "id": "\(Fixtures.councilId)", "name": "Dialogmöte vuxenstöd Lund"}
        """

    /// A healthy daemon's status with its outbox.
    static func status(mail: String?) -> String {
        """
        {
          "version": "0.5.0", "uptimeSeconds": 42, "startedAt": "2026-03-01T08:00:00+01:00",
          "database": {"state": "ok", "embedded": true, "schema": "tredjekraft", "since": "2026-03-01T08:00:01+01:00"},
          "migrationVersion": 4, "latestMigrationVersion": 4,
          "timeZone": "Europe/Stockholm", "user": "root", "role": "admin"\(mail.map { #", "mail": \#($0)"# } ?? "")
        }
        """
    }

    static let mailStatus = """
        {
          "enabled": true, "delivering": true, "problem": null, "queued": 3, "failing": 1, "held": 2,
          "failed": 1, "delivered": 120, "oldestUndeliveredQueuedAt": "2026-03-04T09:00:00+01:00",
          "oldestUndeliveredSeconds": 7380
        }
        """
}
