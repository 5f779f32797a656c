/// A received e-mail message, read defensively: anyone can send one, so every length is bounded by
/// ``InboundLimits`` and no input makes reading trap or refuse with anything but an
/// ``InboundMailError``. What is kept is what answering needs: the header fields and the message's
/// text (its first plain-text part, else its HTML turned into text).
package struct InboundMessage: Sendable {
    /// The top-level header fields, in order.
    package let fields: [InboundHeaderField]
    /// The text a person wrote and reads: line breaks as LF, control characters other than tab
    /// removed; nil when the message has no text part.
    package let text: String?
    /// Whether ``text`` came from an HTML part (then a quoted letter is marked by a line of
    /// underscores where the mail client started it).
    package let textIsFromHTML: Bool
    /// How many MIME parts the message has, multiparts included (1 for a simple message).
    package let partCount: Int

    init(fields: [InboundHeaderField], text: String?, textIsFromHTML: Bool, partCount: Int) {
        self.fields = fields
        self.text = text
        self.textIsFromHTML = textIsFromHTML
        self.partCount = partCount
    }

    /// The first field of that name (any case), unfolded, RFC 2047 encoded words decoded, control
    /// characters as spaces, trimmed.
    package func header(_ name: String) -> String? {
        rawHeader(name).map { String(EncodedWords.decode($0).trimmingWhitespace) }
    }

    /// Every field of that name, each as ``header(_:)`` gives it.
    package func headers(_ name: String) -> [String] {
        rawHeaders(name).map { String(EncodedWords.decode($0).trimmingWhitespace) }
    }

    /// The first field of that name as received (unfolded, not decoded).
    package func rawHeader(_ name: String) -> String? {
        let key = name.lowercased()
        return fields.first { $0.name.lowercased() == key }?.value
    }

    package func rawHeaders(_ name: String) -> [String] {
        let key = name.lowercased()
        return fields.filter { $0.name.lowercased() == key }.map(\.value)
    }

    /// The Message-ID without `<` `>`.
    package var messageID: String? {
        guard let value = rawHeader("Message-ID") else { return nil }
        return Self.messageIDs(value).first ?? value.trimmingWhitespace.nonEmpty
    }

    /// The sender as a ``Mailbox``; nil when absent or not a plain address (a quoted local part,
    /// an international address).
    package var from: Mailbox? { mailbox("From") }
    package var replyTo: Mailbox? { mailbox("Reply-To") }

    /// The envelope sender an MTA recorded: the address without `<` `>`, "" for the null sender `<>`
    /// (a bounce), nil when no Return-Path was added.
    package var returnPath: String? {
        guard let value = rawHeader("Return-Path") else { return nil }
        let trimmed = value.trimmingWhitespace
        let inner = trimmed.hasPrefix("<") && trimmed.hasSuffix(">") ? trimmed.dropFirst().dropLast() : trimmed
        return String(inner.trimmingWhitespace)
    }

    /// Every address the message was sent to, lowercased: To, Cc, Delivered-To, X-Original-To and
    /// Envelope-To (where the token of a reply address is looked for).
    package var recipientAddresses: [String] {
        var seen = Set<String>()
        var addresses: [String] = []
        for name in ["To", "Cc", "Delivered-To", "X-Original-To", "Envelope-To"] {
            for value in rawHeaders(name) {
                for entry in AddressList.parse(value) {
                    let address = entry.address.lowercased()
                    if seen.insert(address).inserted { addresses.append(address) }
                }
            }
        }
        return addresses
    }

    package var subject: String? { header("Subject") }

    /// The ids In-Reply-To names, without `<` `>`.
    package var inReplyTo: [String] { rawHeaders("In-Reply-To").flatMap(Self.messageIDs) }
    /// The ids References names, oldest first, without `<` `>`.
    package var references: [String] { rawHeaders("References").flatMap(Self.messageIDs) }

    private func mailbox(_ name: String) -> Mailbox? {
        guard let value = rawHeader(name), let entry = AddressList.parse(value).first else { return nil }
        let displayName = entry.name.map { String(EncodedWords.decode($0).trimmingWhitespace.prefix(200)) }
        return (try? Mailbox(entry.address, displayName: displayName, field: name))
            ?? (try? Mailbox(entry.address, field: name))
    }

    /// The `<…>` ids in a field, without their brackets; ids with white space inside are skipped.
    static func messageIDs(_ value: String) -> [String] {
        var ids: [String] = []
        var rest = Substring(value)
        while let open = rest.firstIndex(of: "<") {
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: ">") else { break }
            let id = rest[afterOpen..<close]
            if !id.isEmpty, !id.contains(where: \.isWhitespace) { ids.append(String(id)) }
            rest = rest[rest.index(after: close)...]
        }
        return ids
    }
}
