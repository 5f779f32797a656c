import Foundation
import Replies

#if canImport(Glibc)
import Glibc
#endif

/// The keys that sign reply tokens (issue 31), kept in a file only the daemon's user can read.
///
/// Either the writable key file (`mail.reply_token.key_file`, by default `<state directory>/reply-token.keys`),
/// created with the first key when missing, or a systemd credential (`LoadCredential=reply-token-key:…`,
/// read from `$CREDENTIALS_DIRECTORY/reply-token-key`), which the daemon only reads.
///
/// The format is text, one key per line, newest (the current key) last; `#` starts a comment:
///
///     # id base64-secret created
///     1 q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA= 2026-12-01T09:00:00Z
///     2 …                                            2027-02-01T09:00:00Z
///
/// Rotation makes a new current key. An older key stays while tokens it signed may still be valid —
/// `valid_days` after the key that replaced it was made — and is dropped at the first rotation after
/// that, so old letters can be answered until their own expiry and no longer.
///
/// The file is read at each use, so a rotation through another process or by hand takes effect at once.
package struct ReplyKeyStore: Sendable {
    /// Where the keys are.
    package enum Source: Sendable, Equatable {
        /// The daemon's own file: created when missing, rotated in place.
        case file(String)
        /// A systemd credential: read-only.
        case credential(String)
    }

    package let source: Source
    /// How long a reply token is valid (`mail.reply_token.valid_days`): how long an old key is kept.
    package let validDays: Int

    package init(source: Source, validDays: Int) {
        self.source = source
        self.validDays = validDays
    }

    /// The credential's name in `$CREDENTIALS_DIRECTORY`.
    package static let credentialName = "reply-token-key"
    /// The key file's name in the state directory when `mail.reply_token.key_file` is not set.
    package static let defaultFileName = "reply-token.keys"

    /// The store as configured: the systemd credential when the daemon runs with one, otherwise the
    /// key file (`keyFile`, or ``defaultFileName`` in `stateDirectory`).
    package static func configured(
        keyFile: String?, stateDirectory: String, validDays: Int,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> ReplyKeyStore {
        if let directory = environment["CREDENTIALS_DIRECTORY"], !directory.isEmpty {
            let path = URL(fileURLWithPath: directory).appendingPathComponent(credentialName).path
            if FileManager.default.fileExists(atPath: path) {
                return ReplyKeyStore(source: .credential(path), validDays: validDays)
            }
        }
        let path = keyFile ?? URL(fileURLWithPath: stateDirectory).appendingPathComponent(defaultFileName).path
        return ReplyKeyStore(source: .file(path), validDays: validDays)
    }

    /// The file's path, for messages.
    package var path: String {
        switch source {
        case .file(let path), .credential(let path): path
        }
    }

    /// The keyring to sign and verify with: the newest key current, the others older. A missing key
    /// file is created with a first key.
    package func keyring() throws(ReplyKeyStoreError) -> ReplyKeyring {
        let all = try entries(creating: true)
        guard let current = all.last else {
            throw .malformed(path: path, line: 0, reason: "there is no key")
        }
        return ReplyKeyring(current: current.key, older: all.dropLast().reversed().map(\.key))
    }

    /// Makes a new current key and drops the older keys no valid token can need any more; returns the
    /// new key (whose secret the caller must never show).
    ///
    /// - Throws: ``ReplyKeyStoreError/readOnlyCredential(path:)`` when the keys are a systemd credential.
    package func rotate(now: Date) throws(ReplyKeyStoreError) -> ReplyKey {
        guard case .file(let path) = source else { throw .readOnlyCredential(path: self.path) }
        // Two rotations asked at once in this process do not both start from the same keys.
        Self.rotation.lock()
        defer { Self.rotation.unlock() }
        var kept = Self.kept(try entries(creating: false), now: now, validDays: validDays)
        let used = Set(kept.map(\.key.id))
        let last = kept.last?.key.id ?? 0
        var id = last
        repeat { id = id == UInt8.max ? 1 : id + 1 } while used.contains(id) && id != last
        guard !used.contains(id) else {
            throw .malformed(path: path, line: 0, reason: "all 255 key ids are in use")
        }
        let key = ReplyKeyring.generateKey(id: id)
        kept.append(Entry(key: key, created: now))
        try Self.write(kept, to: path)
        return key
    }

    /// What ``rotate(now:)`` reports: the keys left after a rotation, newest last.
    package func keys() throws(ReplyKeyStoreError) -> [(id: UInt8, created: Date)] {
        try entries(creating: false).map { ($0.key.id, $0.created) }
    }

    /// Serialises rotations within the daemon (several daemons sharing one key file rotate one at a time
    /// by the operator's hand).
    private static let rotation = NSLock()

    // MARK: The file

    struct Entry: Sendable {
        var key: ReplyKey
        var created: Date
    }

    /// The keys still needed at `now`: the current one, and each older one whose successor was made
    /// less than `validDays` (plus a day, for time zones) ago.
    static func kept(_ entries: [Entry], now: Date, validDays: Int) -> [Entry] {
        let window = TimeInterval(validDays + 1) * 86_400
        return entries.enumerated().filter { index, _ in
            index == entries.count - 1 || now.timeIntervalSince(entries[index + 1].created) < window
        }.map(\.element)
    }

    private func entries(creating: Bool) throws(ReplyKeyStoreError) -> [Entry] {
        let path = self.path
        var status = stat()
        if lstat(path, &status) != 0 {
            let code = errno
            if code == ENOENT, creating, case .file = source {
                let first = Entry(key: ReplyKeyring.generateKey(id: 1), created: Date())
                // A state directory not made yet (a first start outside systemd) is made private.
                let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path
                if !FileManager.default.fileExists(atPath: parent) {
                    try? FileManager.default.createDirectory(
                        atPath: parent, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
                }
                guard try Self.create(path, contents: Self.render([first])) else {
                    // Another process made it first: read theirs.
                    return try entries(creating: false)
                }
                return [first]
            }
            throw .unreadable(path: path, reason: String(cString: strerror(code)))
        }
        let mode = UInt32(status.st_mode)
        guard mode & UInt32(S_IFMT) == UInt32(S_IFREG) else {
            throw .unreadable(path: path, reason: "it is not a regular file (a link or a directory)")
        }
        // A credential is made private by systemd; the key file by us, and it must stay so.
        let others: UInt32 = source == .credential(path) ? 0o007 : 0o077
        guard mode & others == 0 else { throw .readableByOthers(path: path, mode: mode & 0o7777) }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        guard data.count <= 1 << 20, let text = String(data: data, encoding: .utf8) else {
            throw .malformed(path: path, line: 0, reason: "the file is not UTF-8 text of at most 1 MiB")
        }
        return try Self.parse(text, path: path)
    }

    static func parse(_ text: String, path: String) throws(ReplyKeyStoreError) -> [Entry] {
        var entries: [Entry] = []
        let dates = ISO8601DateFormatter()
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard fields.count == 3 else {
                throw .malformed(path: path, line: index + 1, reason: "expected three fields, found \(fields.count)")
            }
            guard let id = UInt8(fields[0]), id > 0 else {
                throw .malformed(path: path, line: index + 1, reason: "the id must be a number from 1 to 255")
            }
            guard let secret = Data(base64Encoded: String(fields[1])), secret.count == ReplyKey.secretLength else {
                throw .malformed(
                    path: path, line: index + 1, reason: "the secret must be \(ReplyKey.secretLength) bytes in base64")
            }
            guard let created = dates.date(from: String(fields[2])) else {
                throw .malformed(
                    path: path, line: index + 1, reason: "the time must be ISO 8601, e.g. 2026-12-01T09:00:00Z")
            }
            guard !entries.contains(where: { $0.key.id == id }) else {
                throw .malformed(path: path, line: index + 1, reason: "key id \(id) is used twice")
            }
            entries.append(Entry(key: ReplyKey(id: id, secret: Array(secret)), created: created))
        }
        guard !entries.isEmpty else { throw .malformed(path: path, line: 0, reason: "there is no key") }
        return entries
    }

    static func render(_ entries: [Entry]) -> String {
        let dates = ISO8601DateFormatter()
        return "# Tredje kraften reply-token keys: id base64-secret created, newest (current) last. Keep private.\n"
            + entries.map {
                "\($0.key.id) \(Data($0.key.secret).base64EncodedString()) \(dates.string(from: $0.created))\n"
            }
            .joined()
    }

    /// Writes the keys to a new private file beside `path`, then renames it over `path`, so that a
    /// reader sees the old keys or the new ones, never half a file.
    private static func write(_ entries: [Entry], to path: String) throws(ReplyKeyStoreError) {
        let temporary = path + ".new-\(UUID().uuidString.lowercased())"
        guard try create(temporary, contents: render(entries)) else {
            throw .unwritable(path: temporary, reason: "the file exists")
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .unwritable(path: path, reason: reason)
        }
    }

    /// Creates `path` (it must not exist) readable and writable by its owner alone, whatever the umask:
    /// `O_CREAT | O_EXCL`, then `fchmod` to 0600 before anything is written. `false` when it exists.
    private static func create(_ path: String, contents: String) throws(ReplyKeyStoreError) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        if fd < 0, errno == EEXIST { return false }
        guard fd >= 0 else { throw .unwritable(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        guard fchmod(fd, 0o600) == 0 else { throw .unwritable(path: path, reason: String(cString: strerror(errno))) }
        let bytes = Array(contents.utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if result < 0, errno == EINTR { continue }
            guard result > 0 else {
                let reason = String(cString: strerror(errno))
                unlink(path)
                throw .unwritable(path: path, reason: reason)
            }
            written += result
        }
        guard fsync(fd) == 0 else { throw .unwritable(path: path, reason: String(cString: strerror(errno))) }
        return true
    }
}
