import AdminProtocol
import ArgumentParser
import Domain
import Testing

@testable import AdminCLI

/// `tredjekraft reminders preview`: its date option and how the letters are shown.
@Suite struct RemindersCommandTests {
    @Test func theDateIsOptionalAndChecked() throws {
        let today = try #require(try Tredjekraft.parseAsRoot(["reminders", "preview"]) as? RemindersCommand.Preview)
        #expect(today.date == nil)
        let day = try #require(
            try Tredjekraft.parseAsRoot(["reminders", "preview", "--date", "2026-12-07"]) as? RemindersCommand.Preview)
        #expect(day.date == CalendarDate("2026-12-07"))
        #expect(throws: (any Error).self) { try Tredjekraft.parseAsRoot(["reminders", "preview", "--date", "igår"]) }
    }

    @Test func eachLetterIsShownWithItsRecipientAndAHintWhenTheyHaveNoAddress() {
        let reply = PreviewRemindersReply(
            date: CalendarDate("2026-11-30")!,
            messages: [
                ReminderPreview(
                    recipientKind: "owner", recipientId: "enhetschef vuxenstöd", recipientName: "enhetschef vuxenstöd",
                    hasAddress: false, purpose: "reminder", subject: "Ett ärende väntar på dig",
                    text: "Hej!\n\nTid att lyssna är försenat sedan 2026-05-31.",
                    items: [
                        ReminderItem(
                            policy: "overdue", kind: "reminder", stream: "issue-x", occasion: "overdue:2026-05-31",
                            since: CalendarDate("2026-05-31")!)
                    ])
            ])
        let text = RemindersRendering.preview(reply)
        #expect(text.hasPrefix("Ett brev skulle skickas 2026-11-30 (inget skickas nu):"))
        #expect(text.contains("Till:   enhetschef vuxenstöd"))
        #expect(text.contains("tredjekraft contact set agare \"enhetschef vuxenstöd\" ADRESS"))
        #expect(text.contains("Ämne:   Ett ärende väntar på dig"))
        #expect(text.hasSuffix("Tid att lyssna är försenat sedan 2026-05-31."))
        #expect(
            RemindersRendering.preview(PreviewRemindersReply(date: CalendarDate("2026-11-30")!, messages: []))
                == "Inga påminnelser skulle skickas 2026-11-30.")
    }
}
