/// The councils' static status pages: `pages.enabled`, `pages.directory`, `pages.base_url`,
/// `pages.secret_paths`. Read at start (a change needs a restart).
package struct PagesConfiguration: Sendable, Equatable {
    /// Write the pages at all.
    package var enabled: Bool
    /// Where they go: an absolute path (`<state directory>/pages` by default).
    package var directory: String
    /// The address the organisation's web server publishes the directory at, without a trailing `/`;
    /// when set, each council's digest names its page.
    package var baseURL: String?
    /// Each council's page under an unguessable name (kept in the state directory); the index then lists
    /// none. Obscurity, not access control.
    package var secretPaths: Bool

    package init(enabled: Bool = true, directory: String, baseURL: String? = nil, secretPaths: Bool = false) {
        self.enabled = enabled
        self.directory = directory
        self.baseURL = baseURL
        self.secretPaths = secretPaths
    }

    /// The default: under the state directory.
    package static func defaults(stateDirectory: String) -> PagesConfiguration {
        PagesConfiguration(
            directory: stateDirectory.hasSuffix("/") ? stateDirectory + "pages" : stateDirectory + "/pages")
    }
}
