import Demo
import Domain
import Foundation
import TestSupport
import Testing
import Varlink

/// The councils' status pages as a real daemon writes them from the demo: opened in headless Chromium
/// (Selenium) and audited with axe-core at WCAG 2.1 A/AA, parsed strictly as HTML5, photographed at 1280
/// and 320 px; then written again after a decision and after an erasure.
@Suite(.serialized) struct StatusPagesTests {
    static let admin = "io.tredjekraft.admin."
    static let erasedWords = "Relationen är viktig"

    /// `Python/pages_check.py` beside this file.
    static var checkScript: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Python/pages_check.py").path
    }

    static func read(_ path: String) -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }

    @Test(.timeLimit(.minutes(20))) func theDemosPagesPassABrowserAuditAndFollowADecisionAndAnErasure() async throws {
        let base = "https://intranat.example.se/brukarrad"
        try await withAdminDaemon(AdminDaemonOptions(extraConfiguration: ["pages:", "  base_url: \(base)"])) {
            daemon in
            let pages = daemon.setup.directory + "/state/pages"
            let lund = pages + "/rad/\(DemoScenario.lundCouncil).html"
            try await daemon.loadDemo()
            try await eventually("Lund's page tells the demo") { Self.read(lund).contains(Self.erasedWords) }
            #expect(Self.read(pages + "/index.html").contains("href=\"rad/\(DemoScenario.lundCouncil).html\""))

            // The PNGs and PDFs stay in the test's directory (removed afterwards), unless
            // TREDJEKRAFT_TEST_PAGES_SCREENSHOTS names a folder to keep them in for a look.
            let keep = ProcessInfo.processInfo.environment["TREDJEKRAFT_TEST_PAGES_SCREENSHOTS"] ?? ""
            try await Self.audit(pages, screenshots: keep.isEmpty ? daemon.setup.directory + "/screenshots" : keep)

            // With pages.base_url set, Lund's digest names its page.
            let previous = Calendar(identifier: .gregorian).date(byAdding: .month, value: -1, to: Date()) ?? Date()
            let month = String(
                ISO8601DateFormatter.string(from: previous, timeZone: .current, formatOptions: [.withFullDate]).prefix(
                    7))
            let preview = try await daemon.call(
                Self.admin + "PreviewDigest",
                ["councilId": .string(DemoScenario.lundCouncil.description), "month": .string(month)])
            let text = preview["digest"]?.objectValue?["text"]?.stringValue ?? ""
            #expect(text.contains("er sida: \(base)/rad/\(DemoScenario.lundCouncil).html"), "\(preview)")

            // A decision: the page tells it, with its motivation, in the digest's words.
            let motivation = "Den som vill byta handläggare får göra det, utan att behöva förklara varför."
            let decided = try await daemon.call(
                Self.admin + "Decide",
                [
                    "issueId": .string(DemoScenario.lundIssueRelationen.description), "outcome": "accepted",
                    "motivation": .string(motivation), "decidedBy": "Ledningsgruppen vuxenstöd",
                ])
            #expect(decided["duplicate"] == false)
            try await eventually("Lund's page tells the decision") { Self.read(lund).contains(motivation) }
            let afterDecision = Self.read(lund)
            #expect(afterDecision.contains("<p>Svaret är ja.</p>"))
            #expect(afterDecision.contains("av Ledningsgruppen vuxenstöd."))

            // An erasure: the runner rebuilds the read models, the page follows.
            let erased = try await daemon.call(
                Self.admin + "Redact",
                [
                    "kind": "proposal", "id": .string(DemoScenario.lundProposalRelationen.description),
                    "field": "text", "reason": "Prov av gallring.",
                ])
            #expect((erased["rewrittenEvents"]?.intValue ?? 0) >= 1, "\(erased)")
            try await eventually("Lund's page no longer shows the erased text") {
                let page = Self.read(lund)
                return !page.isEmpty && !page.contains(Self.erasedWords) && page.contains("[borttaget ")
            }
            #expect(Self.read(lund).contains(motivation), "the rest of the page is still there")
            for file in try FileManager.default.subpathsOfDirectory(atPath: pages) {
                #expect(!file.hasSuffix(".tmp"), "a temporary file was left behind: \(file)")
            }
        }
    }

    /// Runs `pages_check.py` over `pages` and checks its report: zero axe violations at both widths, no
    /// strict-parse error, Swedish, one h1 and no skipped heading level, no script, nothing wider than
    /// 320 px, and the PNGs written.
    static func audit(_ pages: String, screenshots: String) async throws {
        let output = try await PythonVarlink.run([checkScript, pages, screenshots])
        guard output.status == 0 else {
            // A missing browser or library fails the test: it never skips.
            throw TestFailure("pages_check.py could not audit the pages: \(output)")
        }
        let report = try JSONDecoder().decode(VarlinkValue.self, from: Data(output.stdout.utf8))
        let checked = report.objectValue?["pages"]?.arrayValue ?? []
        let paths = checked.compactMap { $0.objectValue?["path"]?.stringValue }
        let passes = checked.compactMap { $0.objectValue?["axe"]?.objectValue?["passes"]?.intValue }
        print(
            "status pages audited in Chromium with axe-core (wcag2a, wcag2aa, wcag21a, wcag21aa): \(paths), rules passed per page: \(passes)"
        )
        #expect(paths.contains("index.html") && paths.contains("tillganglighet.html"))
        #expect(paths.contains("rad/\(DemoScenario.lundCouncil).html"), "\(paths)")
        for value in checked {
            let page = value.objectValue ?? [:]
            let path = page["path"]?.stringValue ?? "?"
            #expect(page["parseErrors"]?.arrayValue?.isEmpty == true, "\(path): \(page["parseErrors"] ?? .null)")
            #expect(page["lang"]?.stringValue == "sv", "\(path)")
            #expect(page["scripts"]?.intValue == 0, "\(path)")
            for width in ["axe", "axe320"] {
                let axe = page[width]?.objectValue ?? [:]
                #expect(axe["error"] == nil, "\(path) \(width): \(axe)")
                #expect(axe["violations"]?.arrayValue?.isEmpty == true, "\(path) \(width): \(axe)")
            }
            let levels = (page["headings"]?.arrayValue ?? []).compactMap { $0.stringValue?.dropFirst() }.compactMap {
                Int($0)
            }
            #expect(levels.first == 1 && levels.filter { $0 == 1 }.count == 1, "\(path): \(levels)")
            for (previous, next) in zip(levels, levels.dropFirst()) { #expect(next <= previous + 1, "\(path)") }
            let scrollWidth = page["scrollWidth320"]?.intValue ?? .max
            #expect(scrollWidth <= 320, "\(path) scrolls sideways at 320 px: \(scrollWidth)")
            let stem = String(path.dropLast(5)).replacingOccurrences(of: "/", with: "_")
            for shot in ["\(stem)-1280.png", "\(stem)-320.png", "\(stem).pdf"] {
                #expect(FileManager.default.fileExists(atPath: screenshots + "/" + shot), "\(shot)")
            }
        }
    }
}
