import Foundation

/// Ids and keys derived from text, the same on every run and every machine (FNV-1a; Swift's `Hasher`
/// is seeded per process): a run that is repeated after a crash names its messages as the first did,
/// so the store recognises them.
enum StableIdentifier {
    /// A UUID (version 8, "custom") from two 64-bit FNV-1a hashes of `text`.
    static func uuid(_ text: String) -> UUID {
        let high = fnv1a(text, basis: 0xcbf2_9ce4_8422_2325)
        let low = fnv1a(text, basis: 0x6c62_272e_07bb_0142)
        var bytes = (0..<8).map { UInt8(truncatingIfNeeded: high >> (56 - 8 * $0)) }
        bytes += (0..<8).map { UInt8(truncatingIfNeeded: low >> (56 - 8 * $0)) }
        bytes[6] = (bytes[6] & 0x0f) | 0x80
        bytes[8] = (bytes[8] & 0x3f) | 0x80
        return UUID(
            uuid: (
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8], bytes[9],
                bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
            ))
    }

    /// 16 hex digits of `text`'s FNV-1a hash.
    static func hex(_ text: String) -> String {
        let hash = fnv1a(text, basis: 0xcbf2_9ce4_8422_2325)
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    private static func fnv1a(_ text: String, basis: UInt64) -> UInt64 {
        var hash = basis
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
