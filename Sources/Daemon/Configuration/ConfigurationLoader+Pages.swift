import Foundation
import Scheduler

/// The `pages.*` section: the councils' static status pages — whether to write them, where, the address
/// they are published at (named in the digests), and unguessable paths.
extension ConfigurationLoader {
    static let pageKeys: Set<String> = ["pages.enabled", "pages.directory", "pages.base_url", "pages.secret_paths"]

    func readPages(_ values: KeyReader, stateDirectory: String) async throws(ConfigurationError) -> PagesConfiguration {
        var pages = PagesConfiguration.defaults(stateDirectory: stateDirectory)
        if let enabled = try await values.bool("pages.enabled") { pages.enabled = enabled }
        if let directory = try await values.string("pages.directory") {
            guard !directory.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw .invalidValue(key: "pages.directory", value: "\"\"", reason: "must be a directory path")
            }
            pages.directory = absolute(directory)
        }
        if let base = try await values.string("pages.base_url"), !base.isEmpty {
            guard let url = URL(string: base), let scheme = url.scheme?.lowercased(),
                ["http", "https"].contains(scheme),
                url.host != nil, !base.contains(where: { $0.isWhitespace })
            else {
                throw .invalidValue(
                    key: "pages.base_url", value: base,
                    reason: "give an http:// or https:// address, e.g. https://intranat.example.se/brukarrad")
            }
            pages.baseURL = base.hasSuffix("/") ? String(base.dropLast()) : base
        }
        if let secret = try await values.bool("pages.secret_paths") { pages.secretPaths = secret }
        return pages
    }
}
