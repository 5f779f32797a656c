import Domain
import Foundation
import Replies
import Testing

@testable import Mailer

#if canImport(Glibc)
import Glibc
#endif

/// The reply-token keys (issue 31): a private file made with the first key, refused when others can
/// read it or it is not keys, rotated so that old letters can still be answered until their tokens
/// expire, and a systemd credential only read.
@Suite struct ReplyKeyStoreTests {
    static func directory() throws -> String {
        let path = FileManager.default.temporaryDirectory.path + "/tk-keys-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func mode(_ path: String) -> UInt32 {
        var status = stat()
        _ = stat(path, &status)
        return UInt32(status.st_mode) & 0o7777
    }

    static let grant = ReplyGrant(
        mail: MailID(UUID(uuidString: "5dadb650-fd99-8133-84ca-25adf2777d26")!),
        recipient: .owner("Enhetschef Vuxenstöd"),
        subjects: [IssueID(UUID(uuidString: "7b1c2d3e-0000-4000-8000-000000000003")!)],
        expires: CalendarDate("2027-02-01")!)

    @Test func theFirstUseMakesAPrivateFileWithOneKey() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = ReplyKeyStore.configured(
            keyFile: nil, stateDirectory: directory, validDays: 60, environment: [:])
        #expect(store.source == .file(directory + "/reply-token.keys"))
        let keyring = try store.keyring()
        #expect(Self.mode(store.path) == 0o600)
        #expect(try store.keys().map(\.id) == [1])
        // The same keys on every read: a token made now verifies later.
        let token = keyring.token(for: Self.grant)
        #expect(try store.keyring().verify(token, grant: Self.grant, today: CalendarDate("2027-01-01")!) == .valid)
        let text = try String(contentsOfFile: store.path, encoding: .utf8)
        #expect(text.hasPrefix("# Tredje kraften reply-token keys"))
        #expect(text.split(separator: "\n").count == 2)
    }

    @Test func aFileOthersCanReadIsRefused() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = ReplyKeyStore(source: .file(directory + "/keys"), validDays: 60)
        _ = try store.keyring()
        for mode: mode_t in [0o644, 0o640, 0o604] {
            chmod(store.path, mode)
            #expect(throws: ReplyKeyStoreError.readableByOthers(path: store.path, mode: UInt32(mode))) {
                try store.keyring()
            }
        }
        chmod(store.path, 0o600)
        #expect(throws: Never.self) { try store.keyring() }
        let error = ReplyKeyStoreError.readableByOthers(path: store.path, mode: 0o644)
        #expect(error.description.contains("chmod 600 \(store.path)"))
    }

    @Test func aFileThatIsNotKeysIsRefusedWithItsLine() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/keys"
        let secret = Data(repeating: 7, count: 32).base64EncodedString()
        for (text, line) in [
            ("", 0),
            ("# only a comment\n", 0),
            ("1 \(secret)\n", 1),
            ("0 \(secret) 2026-12-01T09:00:00Z\n", 1),
            ("256 \(secret) 2026-12-01T09:00:00Z\n", 1),
            ("1 \(Data(repeating: 7, count: 16).base64EncodedString()) 2026-12-01T09:00:00Z\n", 1),
            ("1 inte-base64 2026-12-01T09:00:00Z\n", 1),
            ("1 \(secret) igår\n", 1),
            ("# keys\n1 \(secret) 2026-12-01T09:00:00Z\n1 \(secret) 2026-12-02T09:00:00Z\n", 3),
        ] {
            try? FileManager.default.removeItem(atPath: path)
            FileManager.default.createFile(
                atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
            do {
                _ = try ReplyKeyStore(source: .file(path), validDays: 60).keyring()
                Issue.record("accepted \(text)")
            } catch {
                guard case .malformed(let at, let number, _) = error else {
                    Issue.record("\(error)")
                    continue
                }
                #expect(at == path && number == line, "\(text)")
                #expect(!error.description.contains(secret))
            }
        }
    }

    @Test func rotationKeepsOldTokensValidUntilTheyExpireThenDropsTheirKey() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = ReplyKeyStore(source: .file(directory + "/keys"), validDays: 60)
        let old = try store.keyring().token(for: Self.grant)
        let now = Date()
        let second = try store.rotate(now: now)
        #expect(second.id == 2)
        #expect(Self.mode(store.path) == 0o600)
        let after = try store.keyring()
        // A new letter is signed with the new key; the old letter's token still verifies.
        #expect(after.token(for: Self.grant).keyID == 2)
        #expect(after.verify(old, grant: Self.grant, today: CalendarDate("2027-01-01")!) == .valid)
        // Rotating again within valid_days keeps the first key; after valid_days the next rotation drops it.
        _ = try store.rotate(now: now.addingTimeInterval(10 * 86_400))
        #expect(try store.keys().map(\.id) == [1, 2, 3])
        let fourth = try store.rotate(now: now.addingTimeInterval(75 * 86_400))
        #expect(try store.keys().map(\.id) == [3, 4] && fourth.id == 4)
        #expect(try store.keyring().verify(old, grant: Self.grant, today: CalendarDate("2027-01-01")!) == .forged)
        // No secret in what a key says about itself.
        #expect(!"\(fourth)".contains(Data(fourth.secret).base64EncodedString()))
    }

    @Test func aCredentialIsReadButNeverRotated() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/" + ReplyKeyStore.credentialName
        let line = "5 \(Data(repeating: 9, count: 32).base64EncodedString()) 2026-12-01T09:00:00Z\n"
        FileManager.default.createFile(atPath: path, contents: Data(line.utf8), attributes: [.posixPermissions: 0o400])
        let store = ReplyKeyStore.configured(
            keyFile: directory + "/unused.keys", stateDirectory: directory, validDays: 60,
            environment: ["CREDENTIALS_DIRECTORY": directory])
        #expect(store.source == .credential(path))
        #expect(try store.keyring().token(for: Self.grant).keyID == 5)
        #expect(throws: ReplyKeyStoreError.readOnlyCredential(path: path)) { try store.rotate(now: Date()) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == line)
        #expect(!FileManager.default.fileExists(atPath: directory + "/unused.keys"))
        #expect(ReplyKeyStoreError.readOnlyCredential(path: path).description.contains("LoadCredential="))
        // A credential directory without the credential: the key file is used.
        try FileManager.default.removeItem(atPath: path)
        let fallback = ReplyKeyStore.configured(
            keyFile: directory + "/own.keys", stateDirectory: directory, validDays: 60,
            environment: ["CREDENTIALS_DIRECTORY": directory])
        #expect(fallback.source == .file(directory + "/own.keys"))
    }

    @Test func aMissingStateDirectoryIsMadePrivateAndAnUnwritableOneIsATypedError() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = ReplyKeyStore(source: .file(directory + "/state/keys"), validDays: 60)
        _ = try store.keyring()
        #expect(Self.mode(directory + "/state") == 0o700 && Self.mode(store.path) == 0o600)
        // A path under a file cannot be made.
        let blocked = ReplyKeyStore(source: .file(store.path + "/keys"), validDays: 60)
        #expect(throws: ReplyKeyStoreError.self) { try blocked.keyring() }
    }
}
