import Logging

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A swift-log handler writing one line per event to stderr, prefixed with the sd-daemon(3) priority
/// (`<3>` error … `<7>` debug), so journald records each line with the right priority and
/// `journalctl -p warning` works. Newlines are escaped so one event never becomes two journal entries;
/// metadata follows the message as `key=value`.
///
/// ```swift
/// LoggingSystem.bootstrap { label in JournaldLogHandler(label: label) }
/// ```
package struct JournaldLogHandler: LogHandler {
    /// Where formatted lines go: stderr by default, a closure in tests.
    package struct Output: Sendable {
        let write: @Sendable (String) -> Void

        /// Any sink, e.g. one that collects lines in a test.
        package init(_ write: @escaping @Sendable (String) -> Void) {
            self.write = write
        }

        /// Standard error via write(2): unbuffered, one call per line, no Swift 6 `stderr` global.
        package static let standardError = Output { line in
            var bytes = Array(line.utf8)
            bytes.append(UInt8(ascii: "\n"))
            bytes.withUnsafeBytes { raw in
                var offset = 0
                while offset < raw.count {
                    let written = systemWrite(2, raw.baseAddress! + offset, raw.count - offset)
                    if written < 0 {
                        if errno == EINTR || errno == EAGAIN { continue }
                        return
                    }
                    offset += written
                }
            }
        }
    }

    package let label: String
    package var logLevel: Logger.Level
    package var metadata: Logger.Metadata
    package var metadataProvider: Logger.MetadataProvider?
    private let output: Output

    package init(
        label: String, logLevel: Logger.Level = .info, metadataProvider: Logger.MetadataProvider? = nil,
        output: Output = .standardError
    ) {
        self.label = label
        self.logLevel = logLevel
        self.metadata = [:]
        self.metadataProvider = metadataProvider
        self.output = output
    }

    package subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    /// The sd-daemon(3) priority for a swift-log level (trace and debug both map to debug, 7).
    package static func priority(of level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: 7
        case .info: 6
        case .notice: 5
        case .warning: 4
        case .error: 3
        case .critical: 2
        }
    }

    package func log(event: LogEvent) {
        output.write(format(event))
    }

    /// Formats an event as the line written: `<P>label: message key=value …`.
    package func format(_ event: LogEvent) -> String {
        var merged = metadata
        if let provided = metadataProvider?.get() { merged.merge(provided) { _, new in new } }
        if let own = event.metadata { merged.merge(own) { _, new in new } }
        if let error = event.error { merged["error"] = "\(error)" }
        var line = "<\(Self.priority(of: event.level))>\(Self.escape(label)): \(Self.escape(event.message.description))"
        for key in merged.keys.sorted() {
            line += " \(Self.escape(key))=\(Self.render(merged[key]!))"
        }
        return line
    }

    static func render(_ value: Logger.MetadataValue) -> String {
        let text: String
        switch value {
        case .string(let string): text = string
        case .stringConvertible(let convertible): text = convertible.description
        case .array, .dictionary: text = value.description
        }
        let escaped = escape(text)
        if escaped.isEmpty || escaped.contains(where: { $0 == " " || $0 == "\"" || $0 == "=" }) {
            return "\"" + escaped.replacingOccurrences("\"", with: "\\\"") + "\""
        }
        return escaped
    }

    /// Escapes line breaks and other control characters so an event stays on one line.
    static func escape(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                result += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Musl)
private let systemWrite = Musl.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif

extension String {
    fileprivate func replacingOccurrences(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }

    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
