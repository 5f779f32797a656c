import AdminProtocol
import Domain
import Logging
import Mailer
import Replies
import Varlink
import Wording

/// `RotateReplyTokenKey` (admin): a new current key for reply addresses, the old ones kept while their
/// tokens can be valid (issue 31).
struct ReplyKeyMethod: Sendable {
    let context: AdminContext

    func register(on interface: inout VarlinkInterface) {
        interface.add(.rotateReplyTokenKey, VarlinkEmpty.self, requiring: .admin, context: context) { _, caller in
            guard let keys = context.replyKeys else { throw AdminError.mailUnavailable(reason: MailWording.repliesOff) }
            let before: Int
            let key: ReplyKey
            let after: Int
            do {
                before = try keys.keys().count
                key = try keys.rotate(now: context.clock.now)
                after = try keys.keys().count
            } catch {
                if case .readOnlyCredential(let path)? = error as? ReplyKeyStoreError {
                    throw AdminError.mailUnavailable(reason: MailWording.replyKeysReadOnly(path))
                }
                throw AdminError.mailUnavailable(reason: MailWording.replyKeysUnusable("\(error)"))
            }
            context.logger.notice(
                "reply token key rotated", metadata: ["key": "\(key.id)", "by": "\(caller.userName)"])
            return RotateReplyTokenKeyReply(
                keyId: Int(key.id), keysKept: after - 1, keysDropped: before + 1 - after, validDays: keys.validDays,
                file: keys.path)
        }
    }
}
