import Foundation

/// Reading a mailbox as people write one in a configuration file.
extension Mailbox {
    /// `address` or `Display Name <address>`; the name may be in double quotes.
    package init(parsing text: String, field: String) throws(MailError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasSuffix(">"), let open = trimmed.lastIndex(of: "<") else {
            try self.init(trimmed, field: field)
            return
        }
        let address = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
        var name = trimmed[..<open].trimmingCharacters(in: .whitespaces)
        if name.count >= 2, name.hasPrefix("\""), name.hasSuffix("\"") { name = String(name.dropFirst().dropLast()) }
        try self.init(address, displayName: name.isEmpty ? nil : name, field: field)
    }
}
