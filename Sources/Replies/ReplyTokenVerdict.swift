/// What checking a token found. Deliberately coarse: a refusal tells a forger nothing about which
/// part was wrong.
package enum ReplyTokenVerdict: Sendable, Equatable {
    /// Made by one of our keys for this letter, recipient and subjects, and not past its last day.
    case valid
    /// Genuine, but past its last day.
    case expired
    /// Not made by us for this grant: an unknown key id, another letter, recipient or set of subjects,
    /// or any changed character.
    case forged
}
