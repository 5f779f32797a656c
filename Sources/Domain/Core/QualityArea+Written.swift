import Foundation

extension QualityArea {
    /// The area a person wrote in a spreadsheet cell: its identifier (`bemotande`) or its label
    /// (“Bemötande”), in any case, with or without å/ä/ö, with spaces, hyphens or underscores.
    package init?(written: String) {
        let folded = Self.fold(written)
        guard !folded.isEmpty,
            let area = Self.allCases.first(where: { $0.rawValue == folded || Self.fold($0.label) == folded })
        else { return nil }
        self = area
    }

    /// Lower case, å/ä → a, ö → o, é → e, runs of spaces, hyphens and underscores → one `_`.
    static func fold(_ text: String) -> String {
        var out = ""
        for character in text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() {
            switch character {
            case "å", "ä": out.append("a")
            case "ö": out.append("o")
            case "é": out.append("e")
            case " ", "-", "_":
                if !out.hasSuffix("_") { out.append("_") }
            default: out.append(character)
            }
        }
        return out
    }
}
