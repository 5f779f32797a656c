import Foundation

/// The token in its place in a reply address, and back.
extension ReplyToken {
    /// The placeholder a configured reply address holds: `tredjekraft+{token}@kommun.se`.
    package static let placeholder = "{token}"

    /// The reply address for `token`: the template with ``placeholder`` replaced.
    package static func address(_ token: ReplyToken, template: String) -> String {
        template.replacingOccurrences(of: placeholder, with: token.description)
    }

    /// The first token found in `addresses` (bare, or as `Name <address>`) in the template's place: the
    /// text before and after ``placeholder`` matched without regard to case, the rest read as a token.
    /// Nil when none holds one, or when the template has no placeholder.
    package static func find(in addresses: [String], template: String) -> ReplyToken? {
        guard let range = template.range(of: placeholder) else { return nil }
        let prefix = Array(template[..<range.lowerBound].lowercased().utf8)
        let suffix = Array(template[range.upperBound...].lowercased().utf8)
        for address in addresses {
            let bare = Array(Self.bare(address).lowercased().utf8)
            guard bare.count == prefix.count + textLength + suffix.count,
                bare.starts(with: prefix), bare.reversed().starts(with: suffix.reversed())
            else { continue }
            let middle = bare[prefix.count..<(prefix.count + textLength)]
            if let token = ReplyToken(String(decoding: middle, as: UTF8.self)) { return token }
        }
        return nil
    }

    /// The address inside `<…>` when there is one, else the text trimmed.
    private static func bare(_ address: String) -> Substring {
        let trimmed = address.trimmingCharacters(in: .whitespacesAndNewlines)
        if let close = trimmed.lastIndex(of: ">"), let open = trimmed[..<close].lastIndex(of: "<") {
            return trimmed[trimmed.index(after: open)..<close]
        }
        return Substring(trimmed)
    }
}
