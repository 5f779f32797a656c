import Foundation

/// UUIDs and hashes derived from a name, the same on every run and every machine (FNV-1a; Swift's
/// `Hasher` is seeded per process): the demo's ids, and the ids and keys of the letters a policy run
/// queues, which a repeated run must name as the first did.
///
/// Two 64-bit FNV-1a hashes of the name's UTF-8 bytes (with different offset bases) give the 16 bytes;
/// the version nibble is set to 8 ("custom", RFC 9562) and the variant bits to `10`, so the result is a
/// well-formed UUID that cannot collide with a random (version 4) one.
package enum NameDerivedUUID {
    /// The UUID for `name`.
    package static func uuid(_ name: String) -> UUID {
        let high = hash(name)
        let low = hash(name, basis: 0x6c62_272e_07bb_0142)
        var bytes =
            (0..<8).map { UInt8(truncatingIfNeeded: high >> (56 - 8 * $0)) }
            + (0..<8).map { UInt8(truncatingIfNeeded: low >> (56 - 8 * $0)) }
        bytes[6] = (bytes[6] & 0x0f) | 0x80  // version 8
        bytes[8] = (bytes[8] & 0x3f) | 0x80  // variant 10
        return UUID(
            uuid: (
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
            ))
    }

    /// The 64-bit FNV-1a hash of `text`'s UTF-8 bytes.
    package static func hash(_ text: String, basis: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
        text.utf8.reduce(basis) { hash, byte in (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
    }
}
