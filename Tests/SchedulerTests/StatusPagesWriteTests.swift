import Domain
import Foundation
import TestSupport
import Testing

@testable import Scheduler

/// Writing the pages: only what changed is replaced, each file by a rename (never half written), the
/// folders made and readable by a web server, no temporary file left behind.
struct StatusPagesWriteTests {
    @Test func onlyChangedFilesAreReplacedByARenameAndNothingTemporaryStays() async throws {
        try await withTemporaryDirectory { directory in
            let pages = URL(fileURLWithPath: directory + "/pages", isDirectory: true)
            let first = [(path: "index.html", html: "<p>a</p>"), (path: "rad/x.html", html: "<p>x</p>")]
            #expect(try StatusPages.write(first, into: pages) == ["index.html", "rad/x.html"])
            #expect(try StatusPages.write(first, into: pages).isEmpty, "nothing changed, nothing written")
            let inode = try FileManager.default.attributesOfItem(atPath: pages.path + "/index.html")[.systemFileNumber]
            let second = [(path: "index.html", html: "<p>b</p>"), (path: "rad/x.html", html: "<p>x</p>")]
            #expect(try StatusPages.write(second, into: pages) == ["index.html"])
            #expect(try String(contentsOfFile: pages.path + "/index.html", encoding: .utf8) == "<p>b</p>")
            // A rename puts a new file in place: a reader that opened the old one reads it whole.
            let after = try FileManager.default.attributesOfItem(atPath: pages.path + "/index.html")[.systemFileNumber]
            #expect("\(inode ?? 0)" != "\(after ?? 0)")
            let files = try FileManager.default.subpathsOfDirectory(atPath: pages.path).sorted()
            #expect(files == ["index.html", "rad", "rad/x.html"])
            let mode = try FileManager.default.attributesOfItem(atPath: pages.path + "/rad/x.html")[.posixPermissions]
            #expect((mode as? NSNumber)?.intValue == 0o644)
            let folder = try FileManager.default.attributesOfItem(atPath: pages.path + "/rad")[.posixPermissions]
            #expect((folder as? NSNumber)?.intValue == 0o755)
        }
    }

    @Test func aSecretNameIsMadeOnceUnguessableAndKeptPrivate() async throws {
        try await withTemporaryDirectory { directory in
            let file = URL(fileURLWithPath: directory + "/state/pages-secret-names.json")
            let council = Domain.CouncilID(UUID())
            let names = try StatusPages.readOrMakeNames(for: [council], in: file)
            let name = try #require(names[council])
            #expect(name.count == 32 && name.allSatisfy(\.isHexDigit))
            #expect(try StatusPages.readOrMakeNames(for: [council], in: file) == names, "kept, not made again")
            let other = Domain.CouncilID(UUID())
            #expect(try StatusPages.readOrMakeNames(for: [other], in: file)[other] != name)
            let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions]
            #expect((mode as? NSNumber)?.intValue == 0o600)
        }
    }
}
