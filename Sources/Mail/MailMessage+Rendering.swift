import Foundation

extension MailMessage {
    /// How lines end: LF for a local sendmail's standard input (it converts), CRLF for SMTP itself.
    package enum LineEnding: String, Sendable {
        case lf = "\n"
        case crlf = "\r\n"
    }

    /// The whole message, headers and body, as RFC 5322 and MIME want it: ASCII only, every header
    /// line at most 78 octets, bodies quoted-printable.
    package func rendered(lineEnding: LineEnding = .lf) -> String {
        let newline = lineEnding.rawValue
        var headers: [String] = [
            HeaderText.fold("From", Self.words(from), newline: newline),
            HeaderText.fold("To", Self.addressList(to), newline: newline),
        ]
        if let replyTo { headers.append(HeaderText.fold("Reply-To", Self.words(replyTo), newline: newline)) }
        headers += [
            HeaderText.fold("Subject", HeaderText.words(subject), newline: newline),
            "Date: " + Self.rfc5322Date(date, timeZone),
            "Message-ID: " + messageID,
            "MIME-Version: 1.0",
            // Never answered by vacation auto-replies (RFC 3834), which would otherwise loop back.
            kind == .reply ? "Auto-Submitted: auto-replied" : "Auto-Submitted: auto-generated",
        ]
        if let inReplyTo { headers += ["In-Reply-To: <\(inReplyTo)>", "References: <\(inReplyTo)>"] }
        if kind == .digest { headers.append("Precedence: bulk") }
        let plain = QuotedPrintable.encode(text, newline: newline)
        guard let html else {
            headers += ["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable"]
            return headers.joined(separator: newline) + newline + newline + plain + newline
        }
        // "=_" never occurs in quoted-printable text, so the boundary cannot occur in a part.
        let boundary = "=_tk_" + messageKey
        headers.append("Content-Type: multipart/alternative;" + newline + " boundary=\"\(boundary)\"")
        let parts = [
            ("text/plain", plain),
            ("text/html", QuotedPrintable.encode(html, newline: newline)),
        ]
        var body = ""
        for (type, content) in parts {
            body += "--\(boundary)" + newline
            body += "Content-Type: \(type); charset=UTF-8" + newline
            body += "Content-Transfer-Encoding: quoted-printable" + newline + newline
            body += content + newline
        }
        body += "--\(boundary)--" + newline
        return headers.joined(separator: newline) + newline + newline + body
    }

    private static func words(_ mailbox: Mailbox) -> [String] {
        guard let name = mailbox.displayName else { return [mailbox.address] }
        return HeaderText.phrase(name) + ["<\(mailbox.address)>"]
    }

    private static func addressList(_ mailboxes: [Mailbox]) -> [String] {
        var words: [String] = []
        for (index, mailbox) in mailboxes.enumerated() {
            var next = Self.words(mailbox)
            if index < mailboxes.count - 1, let last = next.popLast() { next.append(last + ",") }
            words += next
        }
        return words
    }

    /// "Mon, 30 Nov 2026 21:06:07 +0100": RFC 5322's date, in English whatever the locale.
    static func rfc5322Date(_ date: Date, _ timeZone: TimeZone) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.string(from: date)
    }
}
