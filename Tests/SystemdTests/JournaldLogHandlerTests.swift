import Logging
import Synchronization
import Testing

@testable import Systemd

/// Collects the lines a handler writes.
final class LineCollector: Sendable {
    private let storage = Mutex<[String]>([])
    var lines: [String] { storage.withLock { $0 } }
    var output: JournaldLogHandler.Output {
        JournaldLogHandler.Output { line in self.storage.withLock { $0.append(line) } }
    }
}

@Suite("JournaldLogHandler")
struct JournaldLogHandlerTests {
    func makeLogger(_ collector: LineCollector) -> Logger {
        Logger(label: "tredjekraftd") { label in
            JournaldLogHandler(label: label, logLevel: .trace, output: collector.output)
        }
    }

    @Test func prioritiesFollowSdDaemon() {
        let collector = LineCollector()
        let logger = makeLogger(collector)
        logger.trace("t")
        logger.debug("d")
        logger.info("i")
        logger.notice("n")
        logger.warning("w")
        logger.error("e")
        logger.critical("c")
        #expect(
            collector.lines == [
                "<7>tredjekraftd: t", "<7>tredjekraftd: d", "<6>tredjekraftd: i", "<5>tredjekraftd: n",
                "<4>tredjekraftd: w", "<3>tredjekraftd: e", "<2>tredjekraftd: c",
            ])
    }

    @Test func newlinesAreEscapedSoOneEventIsOneLine() {
        let collector = LineCollector()
        let logger = makeLogger(collector)
        logger.error("first line\nsecond line\r\nthird\tend", metadata: ["detail": "a\nb"])
        #expect(collector.lines == [#"<3>tredjekraftd: first line\nsecond line\r\nthird\tend detail=a\nb"#])
        #expect(!collector.lines[0].contains("\n"))
    }

    @Test func metadataIsKeyValueSortedAndQuotedWhenNeeded() {
        let collector = LineCollector()
        var logger = makeLogger(collector)
        logger[metadataKey: "component"] = "admin"
        logger.info("Varlink server listening", metadata: ["socket": "/run/x.sock", "note": "två ord", "empty": ""])
        #expect(
            collector.lines == [
                #"<6>tredjekraftd: Varlink server listening component=admin empty="" note="två ord" socket=/run/x.sock"#
            ])
    }

    @Test func standardErrorOutputWritesWithoutCrashing() {
        JournaldLogHandler.Output.standardError.write("<7>journald-handler-test: written to stderr")
    }
}
