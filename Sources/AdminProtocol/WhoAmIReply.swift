/// The reply of `WhoAmI`.
package struct WhoAmIReply: Codable, Sendable, Equatable {
    package var user: String
    package var uid: Int
    package var groups: [String]
    /// `admin`, `coordinator` or `reader`; `nil` when the configuration gives the caller no role.
    package var role: String?
    package var canWrite: Bool

    package init(user: String, uid: Int, groups: [String], role: String?, canWrite: Bool) {
        self.user = user
        self.uid = uid
        self.groups = groups
        self.role = role
        self.canWrite = canWrite
    }
}
