import Digests
import Domain
import EventStore
import Foundation
import Letters
import Logging
import NIOPosix
import Projections

/// Writes the councils' status pages into `pages.directory`: reads the facts once the read models show the
/// whole log, lets ``StatusPageSite`` render every file, and replaces only the files whose text changed,
/// each atomically (a temporary file renamed over it), so a web server never serves half a page.
/// Files are readable by all (the web server's user), the directories too.
package struct StatusPages: Sendable {
    let readModel: ReadModel
    let store: EventStore
    let follower: any LogFollower
    let clock: OrganisationClock
    let configuration: PagesConfiguration
    /// Where the secret names of `pages.secret_paths` are kept: the state directory.
    let stateDirectory: URL
    let logger: Logger
    let catchUpTimeout: Duration

    package init(
        readModel: ReadModel, store: EventStore, follower: any LogFollower, clock: OrganisationClock,
        configuration: PagesConfiguration, stateDirectory: URL, logger: Logger,
        catchUpTimeout: Duration = .seconds(60)
    ) {
        self.readModel = readModel
        self.store = store
        self.follower = follower
        self.clock = clock
        self.configuration = configuration
        self.stateDirectory = stateDirectory
        self.logger = logger
        self.catchUpTimeout = catchUpTimeout
    }

    /// Renders and writes every page; returns the paths (relative to the directory) it replaced.
    @discardableResult
    package func regenerate() async throws -> [String] {
        try await follower.waitUntilProcessed(try await store.headPosition(), timeout: catchUpTimeout)
        let facts = try await readModel.councilDigestFacts()
        let names = configuration.secretPaths ? try await secretNames(for: facts.map(\.council.id)) : nil
        let files = StatusPageSite.files(facts, today: clock.today, secretNames: names)
        let directory = URL(fileURLWithPath: configuration.directory, isDirectory: true)
        let changed = try await NIOThreadPool.singleton.runIfActive {
            try Self.write(files, into: directory)
        }
        if !changed.isEmpty {
            logger.info(
                "status pages written", metadata: ["changed": "\(changed.count)", "directory": "\(directory.path)"])
        }
        return changed
    }

    /// The address of a council's page for its digest, when `pages.base_url` is set.
    package func pageURL(for council: CouncilID) async throws -> String? {
        guard configuration.enabled, let base = configuration.baseURL else { return nil }
        let name = configuration.secretPaths ? try await secretNames(for: [council])[council] : nil
        return base + "/" + StatusPageSite.councilPath(council, name: name)
    }

    /// Blocking file work, on NIO's thread pool: each file whose text differs is replaced atomically.
    static func write(_ files: [(path: String, html: String)], into directory: URL) throws -> [String] {
        let manager = FileManager.default
        var changed: [String] = []
        for file in files {
            let target = directory.appendingPathComponent(file.path)
            let data = Data(file.html.utf8)
            if let existing = try? Data(contentsOf: target), existing == data { continue }
            let folder = target.deletingLastPathComponent()
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            // Set, not asked of mkdir: the unit's UMask=0077 would keep the web server out.
            try manager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
            let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp")
            try data.write(to: temporary)
            try manager.setAttributes([.posixPermissions: 0o644], ofItemAtPath: temporary.path)
            if rename(temporary.path, target.path) != 0 {
                let code = errno
                try? manager.removeItem(at: temporary)
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: target.path, "errno": code])
            }
            changed.append(file.path)
        }
        return changed
    }

    /// `pages.secret_paths`: each council's unguessable name (128 random bits, hex), made once and kept in
    /// `<state directory>/pages-secret-names.json`, readable by the daemon only.
    func secretNames(for councils: [CouncilID]) async throws -> [CouncilID: String] {
        let file = stateDirectory.appendingPathComponent("pages-secret-names.json")
        return try await NIOThreadPool.singleton.runIfActive {
            try Self.secretLock.withLock { try Self.readOrMakeNames(for: councils, in: file) }
        }
    }

    /// One maker of names at a time: the writer and a digest run must agree on a council's name.
    private static let secretLock = NSLock()

    static func readOrMakeNames(for councils: [CouncilID], in file: URL) throws -> [CouncilID: String] {
        var names: [String: String] = [:]
        if let data = try? Data(contentsOf: file) {
            names = try JSONDecoder().decode([String: String].self, from: data)
        }
        var added = false
        for council in councils where names[council.description] == nil {
            var generator = SystemRandomNumberGenerator()
            names[council.description] = (0..<4).map { _ in
                let word = generator.next() as UInt32
                return String(word, radix: 16).leftPadded(to: 8)
            }.joined()
            added = true
        }
        if added {
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            try encoder.encode(names).write(to: file, options: .atomic)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        }
        var result: [CouncilID: String] = [:]
        for council in councils { result[council] = names[council.description] }
        return result
    }
}

extension String {
    fileprivate func leftPadded(to length: Int) -> String {
        String(repeating: "0", count: max(0, length - count)) + self
    }
}
