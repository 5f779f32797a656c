import Foundation

/// An RFC 5321 mailbox with an optional display name: `Brukarrådet <rad@example.org>`.
///
/// Checked when made: an ASCII dot-atom local part (quoted local parts are refused, as most mail
/// systems do), a domain of letter-digit-hyphen labels, at most 64 + 1 + 255 octets — and no control
/// characters anywhere, so a mailbox can never carry a second header. International domain names must
/// be given in their `xn--` form.
package struct Mailbox: Sendable, Hashable, CustomStringConvertible {
    package let address: String
    package let displayName: String?

    /// Characters RFC 5322 allows in a dot-atom besides letters and digits.
    private static let atomSpecials = Set("!#$%&'*+-/=?^_`{|}~")

    /// - Parameter field: names the field in errors, e.g. "From" or "the council's address".
    package init(_ address: String, displayName: String? = nil, field: String) throws(MailError) {
        if let displayName {
            try HeaderText.check(displayName, field: field + " (name)", limit: 200)
        }
        try HeaderText.check(address, field: field, limit: 320)
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else {
            throw .invalidAddress(field: field, value: address, reason: "it needs exactly one @")
        }
        let local = parts[0]
        let domain = parts[1]
        guard !local.isEmpty, local.utf8.count <= 64 else {
            throw .invalidAddress(field: field, value: address, reason: "the part before @ must be 1 to 64 characters")
        }
        let atoms = local.split(separator: ".", omittingEmptySubsequences: false)
        guard
            atoms.allSatisfy({ atom in
                !atom.isEmpty
                    && atom.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || Self.atomSpecials.contains($0)) }
            })
        else {
            throw .invalidAddress(
                field: field, value: address, reason: "the part before @ has a character or a dot where none may be")
        }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard domain.utf8.count <= 255, labels.count >= 2,
            labels.allSatisfy({ label in
                (1...63).contains(label.utf8.count) && label.first != "-" && label.last != "-"
                    && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
            })
        else {
            throw .invalidAddress(
                field: field, value: address,
                reason: "the domain must be names of letters, digits and hyphens joined by dots, e.g. kommun.se")
        }
        self.address = address
        self.displayName = displayName.flatMap { $0.isEmpty ? nil : $0 }
    }

    package var description: String {
        guard let displayName else { return address }
        return "\(displayName) <\(address)>"
    }
}
