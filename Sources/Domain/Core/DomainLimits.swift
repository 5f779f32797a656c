/// The range of every number and the length of every text a command may carry.
///
/// Events are kept forever and the read models must be able to store every one of them: a number
/// that overflows a read model's `integer` column, or a text PostgreSQL cannot hold (NUL), would stop
/// a projection for good once it is in the log. So `decide` checks these before anything is
/// appended, and the admin interface checks its query parameters against the same ranges.
/// The ranges are generous for real use and far inside what the read models store.
package enum DomainLimits {
    /// People at one council meeting (counted, never named).
    package static let participants = 1...10_000
    /// User auditors (brukarrevisorer) of one revision; the method asks for at least two.
    package static let auditors = 2...100
    /// Day counts in questions (what falls due within, what has stood still for): up to ten years.
    package static let days = 0...3650
    /// Names of units and councils, owners, deciders, pseudonyms and who follows up: characters.
    package static let nameLength = 200
    /// Titles of issues and reports: characters.
    package static let titleLength = 300
    /// Texts of proposals, findings, recommendations, actions, motivations, reasons, notes and
    /// summaries: characters.
    package static let textLength = 10_000
    /// One part of an e-mail message (a digest's text or HTML): bytes of UTF-8.
    package static let mailBodyBytes = 1 << 20

    /// Whether `text` holds a control character other than tab and line breaks: NUL cannot be stored
    /// by PostgreSQL at all, and the others are invisible wherever the text is shown.
    package static func hasControlCharacters(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.generalCategory == .control && !["\t", "\n", "\r"].contains($0) }
    }
}
