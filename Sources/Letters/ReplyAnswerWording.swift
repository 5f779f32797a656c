import Domain
import Foundation

/// The short letters sent back to someone who answered a letter by mail: a confirmation of what was
/// done, or a polite refusal that says what was understood and what to write instead. Plain text,
/// short sentences; a refusal gives no detail that helps someone guess a token.
package enum ReplyAnswerWording {
    /// One applied answer, as the confirmation lists it.
    package struct Done: Sendable, Equatable {
        package var issueTitle: String
        package var kind: InboundAnswerKind
        /// The answer's own words (the summary, the motivation, the owner, the date).
        package var detail: String

        package init(issueTitle: String, kind: InboundAnswerKind, detail: String) {
            self.issueTitle = issueTitle
            self.kind = kind
            self.detail = detail
        }
    }

    /// "Tack! Ärendet ”…” är nu markerat som genomfört: …" for each answer.
    package static func confirmation(_ done: [Done], notUnderstood: [String], subject: String?) -> (
        subject: String, text: String
    ) {
        var lines = ["Tack!", ""]
        for answer in done {
            lines.append(sentence(answer))
        }
        if !notUnderstood.isEmpty {
            lines += ["", "De här raderna förstod vi inte, och de ändrade ingenting:"]
            lines += notUnderstood.prefix(10).map { "  \(quoted($0))" }
        }
        lines += ["", "Det här är ett automatiskt svar. Du behöver inte svara på det."]
        return (replySubject(subject), lines.joined(separator: "\n"))
    }

    static func sentence(_ done: Done) -> String {
        let title = "Ärendet ”\(done.issueTitle)”"
        return switch done.kind {
        case .done: "\(title) är nu markerat som genomfört: \(done.detail)"
        case .decision: "\(title) är nu beslutat: \(done.detail)"
        case .workStarted: "\(title) genomförs nu. \(done.detail)"
        case .owner: "\(title) har nu en ansvarig: \(done.detail)"
        case .feedbackGiven: "\(title): återkopplingen till rådet är nu registrerad."
        }
    }

    /// Why nothing was done, in words for the one who wrote.
    package enum Refusal: Sendable, Equatable {
        /// No token, a forged or expired one, a letter we do not know: all worded alike.
        case notLinked
        /// An answer named an item the letter did not have, or left the number out when it had several.
        case otherItem(numbers: [Int])
        /// The issue's stage does not allow the answer; the domain's words say what it allows.
        case notAllowed(line: String, why: String)
        /// A decision from someone the letter did not ask to decide.
        case notDecider
        /// Nothing was understood; `lines` are what we read.
        case notUnderstood(lines: [String], numbers: [Int])
    }

    /// The ways to answer, as a refusal teaches them.
    static let howToAnswer = [
        "Skriv ett svar per rad överst i ditt svar, till exempel:",
        "  KLART: vad som gjordes",
        "  BESLUT: ja, delvis eller nej, och varför",
        "  PÅGÅR: klart den 2027-01-15",
        "  ANSVARIG: titeln på den som är ansvarig",
        "  ÅTERKOPPLAT: när och hur rådet fick veta",
    ]

    package static func refusal(_ refusal: Refusal, subject: String?) -> (subject: String, text: String) {
        var lines = ["Hej!", ""]
        switch refusal {
        case .notLinked:
            lines += [
                "Vi kunde inte koppla ditt svar till ett brev från oss. Ingenting har ändrats.",
                "Svara direkt på det senaste brevet du fick, eller kontakta samordnaren.",
            ]
        case .otherItem(let numbers):
            lines += [
                "Ditt svar nämnde en punkt som inte finns i brevet. Ingenting har ändrats.",
                numbers.count > 1
                    ? "Skriv punktens nummer efter ordet, till exempel: KLART \(numbers[0]): vad som gjordes. Brevet har punkterna \(numbers.map(String.init).joined(separator: ", "))."
                    : "Svara på det brev som handlar om ärendet.",
            ]
        case .notAllowed(let line, let why):
            lines += [
                "Vi kunde inte göra det du bad om. Ingenting har ändrats.", "", "Du skrev: \(quoted(line))",
                why,
            ]
        case .notDecider:
            lines += [
                "Brevet du svarade på bad inte dig om ett beslut. Ingenting har ändrats.",
                "Kontakta den som beslutar, eller samordnaren.",
            ]
        case .notUnderstood(let read, let numbers):
            lines += ["Vi förstod inte ditt svar. Ingenting har ändrats."]
            if !read.isEmpty {
                lines += ["", "Vi läste:"] + read.prefix(5).map { "  \(quoted($0))" }
            }
            lines += [""] + howToAnswer
            if numbers.count > 1 {
                lines.append(
                    "Brevet har flera punkter. Skriv punktens nummer efter ordet, till exempel: KLART \(numbers[0]): …")
            }
        }
        lines += ["", "Det här är ett automatiskt svar."]
        return (replySubject(subject), lines.joined(separator: "\n"))
    }

    /// "Sv: " and the subject answered, on one line and not too long; "Ditt svar till Tredje kraften"
    /// when it had none.
    static func replySubject(_ subject: String?) -> String {
        let line = (subject ?? "").split(whereSeparator: \.isNewline).joined(separator: " ")
            .filter { !$0.isASCII || ($0.asciiValue ?? 0) >= 0x20 }
            .trimmingCharacters(in: .whitespaces)
        guard !line.isEmpty else { return "Ditt svar till Tredje kraften" }
        let base = line.lowercased().hasPrefix("sv:") || line.lowercased().hasPrefix("re:") ? line : "Sv: \(line)"
        return String(base.prefix(150))
    }

    /// A line of the sender's as we quote it back: one line, cut short.
    static func quoted(_ line: String) -> String {
        let one = line.split(whereSeparator: \.isNewline).joined(separator: " ")
        return "”" + (one.count > 120 ? String(one.prefix(117)) + "…" : one) + "”"
    }
}
