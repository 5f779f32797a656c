import Foundation

/// argument-parser's usage errors with their fixed English phrases put into Swedish, so a
/// coordinator who mistypes gets the same language as everywhere else.
///
/// Only whole phrases argument-parser itself writes are replaced; names, values and our own
/// (already Swedish) messages pass through. A phrase a later argument-parser rewords simply stays English.
enum ParserMessage {
    /// (English, Swedish), applied in order.
    static let phrases: [(String, String)] = [
        ("Missing expected argument '", "Argument saknas: '"),
        ("Missing one of: ", "Ange en av: "),
        ("Missing value for '", "Värde saknas för '"),
        ("Missing required subcommand.", "Ange ett underkommando."),
        ("Unknown option '", "Okänd flagga '"),
        ("Value to be set with flag '", "Flaggan '"),
        ("' had already been set with flag '", "' går inte att ange tillsammans med '"),
        ("'. Did you mean '", "'. Menade du '"),
        ("Unexpected argument '", "Oväntat argument '"),
        (" unexpected arguments: '", " oväntade argument: '"),
        ("The option '", "Flaggan '"),
        ("' does not take any value, but '", "' tar inget värde, men '"),
        ("' was specified.", "' angavs."),
        ("The value '", "Värdet '"),
        ("' is invalid for '", "' går inte för '"),
        ("' is invalid.", "' är ogiltigt."),
        (". Please provide one of the following:", ". Välj ett av dessa:"),
        (". Please provide one of ", ". Välj ett av "),
        ("' and '", "' eller '"),
        ("' or '", "' eller '"),
        ("\nHelp:  ", "\nHjälp:  "),
        ("\nUsage: ", "\nAnvändning: "),
        ("  See '", "  Se '"),
        ("' for more information.", "' för mer hjälp."),
    ]

    static func swedish(_ message: String) -> String {
        phrases.reduce(message) { text, phrase in text.replacingOccurrences(of: phrase.0, with: phrase.1) }
    }
}
