import AdminProtocol
import Foundation
import Mailer
import Testing
import Varlink

@testable import AdminServer

/// `RotateReplyTokenKey` (issue 31): admin only, a new current key, what was kept and dropped, never a
/// secret; a clear refusal without replies configured and for a systemd credential.
@Suite struct ReplyKeyMethodTests {
    static func directory() throws -> String {
        let path = FileManager.default.temporaryDirectory.path + "/tk-rotate-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func anAdminRotatesAndSeesNoSecret() async throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let keys = ReplyKeyStore(source: .file(directory + "/reply-token.keys"), validDays: 45)
        try await AdminHarness.with(replyKeys: keys) { admin in
            _ = try keys.keyring()
            let first: RotateReplyTokenKeyReply = try await admin.call(.rotateReplyTokenKey)
            #expect(
                first == RotateReplyTokenKeyReply(keyId: 2, keysKept: 1, keysDropped: 0, validDays: 45, file: keys.path)
            )
            let second: RotateReplyTokenKeyReply = try await admin.call(.rotateReplyTokenKey)
            #expect(second.keyId == 3 && second.keysKept == 2)
            // The reply is the whole answer: no field holds key material.
            let raw = String(decoding: try JSONEncoder().encode(second), as: UTF8.self)
            let file = try String(contentsOfFile: keys.path, encoding: .utf8)
            for line in file.split(separator: "\n") where !line.hasPrefix("#") {
                #expect(!raw.contains(String(line.split(separator: " ")[1])))
            }
        }
    }

    @Test func withoutRepliesOrWithACredentialItIsRefusedWithWhatToDo() async throws {
        try await AdminHarness.with { admin in
            let off = try #require(await admin.error(.rotateReplyTokenKey, [:]))
            #expect(off.name == "io.tredjekraft.admin.MailUnavailable")
            #expect(off.parameters["reason"]?.stringValue?.contains("mail.reply_to") == true)
        }
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/" + ReplyKeyStore.credentialName
        FileManager.default.createFile(
            atPath: path,
            contents: Data("1 \(Data(repeating: 3, count: 32).base64EncodedString()) 2026-12-01T09:00:00Z\n".utf8),
            attributes: [.posixPermissions: 0o400])
        let credential = ReplyKeyStore(source: .credential(path), validDays: 60)
        try await AdminHarness.with(replyKeys: credential) { admin in
            let refused = try #require(await admin.error(.rotateReplyTokenKey, [:]))
            #expect(refused.name == "io.tredjekraft.admin.MailUnavailable")
            #expect(refused.parameters["reason"]?.stringValue?.contains("LoadCredential=") == true)
        }
    }
}
