import Wording

/// The message an administrator sends with `mail test`: what it is, that it shows mail reaches people
/// as the letters will, and that nothing needs doing. A letter like the others, so its two parts say
/// the same.
package enum TestMessageWording {
    package static let subject = "Provmeddelande från Tredje kraften"

    /// - Parameters:
    ///   - sentAt: when, as the organisation's clock reads it ("2026-12-01 09:15").
    ///   - host: the machine the daemon runs on, so that an administrator with several can tell.
    package static func letter(sentAt: String, host: String) -> Letter {
        Letter(
            subject: subject, greeting: "Hej!",
            intro: [
                "Det här är ett provmeddelande från Tredje kraften på \(host), skickat \(sentAt).",
                "Det visar att e-posten fungerar: påminnelser, meddelanden till ledningen och månadsbrev till brukarråden kommer att nå fram på samma sätt.",
            ], sections: [], closing: ["Du behöver inte göra något."], presentation: .message)
    }
}
