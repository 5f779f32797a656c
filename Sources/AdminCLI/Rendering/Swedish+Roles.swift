import AdminProtocol
import Wording

/// The CLI's own words beside the shared ones: the roles of the admin socket.
extension Swedish {
    /// The role names of the configuration, in Swedish.
    static func role(_ role: String?) -> String {
        guard let role else { return "ingen" }
        return Role(rawValue: role)?.swedishName ?? role
    }
}
