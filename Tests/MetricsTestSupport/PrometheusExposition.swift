/// Prometheus's text exposition format (version 0.0.4), read strictly: what the tests hold
/// `tredjekraft metrics` to, so node_exporter's textfile collector would accept it.
///
/// Every line is a `# HELP name text`, a `# TYPE name type` (once per name, before its samples), another
/// comment, or a sample `name{label="value",…} value`; names, label names and escapes as the format
/// says. A histogram's samples are `name_bucket` (with `le`), `name_sum` and `name_count`.
package struct PrometheusExposition: Sendable {
    package struct Sample: Sendable, Equatable {
        package var name: String
        package var labels: [String: String]
        package var value: Double
    }

    package struct Family: Sendable, Equatable {
        package var help: String?
        package var type: String?
        package var samples: [Sample] = []
    }

    package struct Malformed: Error, CustomStringConvertible {
        package var line: String
        package var reason: String
        package var description: String { "\(reason): \(line)" }
    }

    /// The families by name (the name of their HELP and TYPE lines).
    package private(set) var families: [String: Family] = [:]

    package init(parsing text: String) throws(Malformed) {
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.isEmpty { continue }
            if line.hasPrefix("#") {
                try comment(line)
            } else {
                try sample(line)
            }
        }
    }

    /// The value of the sample `name` whose labels are exactly `labels`.
    package func value(_ name: String, _ labels: [String: String] = [:]) -> Double? {
        families.values.lazy.flatMap(\.samples).first { $0.name == name && $0.labels == labels }?.value
    }

    /// The samples of one family.
    package func samples(of family: String) -> [Sample] { families[family]?.samples ?? [] }

    private mutating func comment(_ line: String) throws(Malformed) {
        let words = line.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
        guard words.count >= 3, words[0] == "#", words[1] == "HELP" || words[1] == "TYPE" else { return }
        let name = words[2]
        guard Self.isMetricName(name) else { throw Malformed(line: line, reason: "bad metric name") }
        let rest = words.count > 3 ? words[3] : ""
        var family = families[name] ?? Family()
        if words[1] == "HELP" {
            guard family.help == nil else { throw Malformed(line: line, reason: "a second HELP") }
            family.help = rest
        } else {
            guard family.type == nil else { throw Malformed(line: line, reason: "a second TYPE") }
            guard family.samples.isEmpty else { throw Malformed(line: line, reason: "TYPE after samples") }
            guard ["counter", "gauge", "histogram", "summary", "untyped"].contains(rest) else {
                throw Malformed(line: line, reason: "unknown type")
            }
            family.type = rest
        }
        families[name] = family
    }

    private mutating func sample(_ line: String) throws(Malformed) {
        var rest = Substring(line)
        let name = String(rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == ":" })
        guard Self.isMetricName(name) else { throw Malformed(line: line, reason: "bad metric name") }
        rest = rest.dropFirst(name.count)
        var labels: [String: String] = [:]
        if rest.first == "{" {
            rest = rest.dropFirst()
            while rest.first != "}" {
                let label = String(rest.prefix { $0 != "=" })
                guard Self.isLabelName(label), labels[label] == nil else {
                    throw Malformed(line: line, reason: "bad or repeated label name")
                }
                rest = rest.dropFirst(label.count)
                guard rest.hasPrefix("=\"") else { throw Malformed(line: line, reason: "label without a quoted value") }
                rest = rest.dropFirst(2)
                var value = ""
                while true {
                    guard let character = rest.first else { throw Malformed(line: line, reason: "unterminated value") }
                    rest = rest.dropFirst()
                    if character == "\"" { break }
                    if character == "\\" {
                        switch rest.first {
                        case "\\": value.append("\\")
                        case "\"": value.append("\"")
                        case "n": value.append("\n")
                        default: throw Malformed(line: line, reason: "bad escape")
                        }
                        rest = rest.dropFirst()
                    } else {
                        value.append(character)
                    }
                }
                labels[label] = value
                if rest.first == "," { rest = rest.dropFirst() }
            }
            rest = rest.dropFirst()
        }
        guard rest.first == " " else { throw Malformed(line: line, reason: "no space before the value") }
        let fields = rest.dropFirst().split(separator: " ")
        guard fields.count == 1 || fields.count == 2, let value = Self.number(String(fields[0])) else {
            throw Malformed(line: line, reason: "bad value")
        }
        if fields.count == 2, Int64(fields[1]) == nil { throw Malformed(line: line, reason: "bad timestamp") }
        let family = try familyName(of: name, labels: labels, line: line)
        families[family, default: Family()].samples.append(Sample(name: name, labels: labels, value: value))
    }

    /// The family a sample belongs to: its own name, or for a histogram's parts the histogram's.
    private func familyName(of name: String, labels: [String: String], line: String) throws(Malformed) -> String {
        for suffix in ["_bucket", "_sum", "_count"] where name.hasSuffix(suffix) {
            let base = String(name.dropLast(suffix.count))
            if families[base]?.type == "histogram" {
                if suffix == "_bucket", labels["le"] == nil { throw Malformed(line: line, reason: "bucket without le") }
                return base
            }
        }
        guard families[name]?.type != "histogram" else {
            throw Malformed(line: line, reason: "a histogram's sample without _bucket, _sum or _count")
        }
        return name
    }

    package static func number(_ text: String) -> Double? {
        switch text {
        case "+Inf": .infinity
        case "-Inf": -.infinity
        case "NaN": .nan
        default: Double(text)
        }
    }

    static func isMetricName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.isASCIILetterOrUnderscore || first == ":" else {
            return false
        }
        return name.unicodeScalars.allSatisfy { $0.isASCIILetterOrUnderscore || $0 == ":" || $0.isASCIIDigit }
    }

    static func isLabelName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.isASCIILetterOrUnderscore else { return false }
        return name.unicodeScalars.allSatisfy { $0.isASCIILetterOrUnderscore || $0.isASCIIDigit }
    }
}

extension Unicode.Scalar {
    fileprivate var isASCIILetterOrUnderscore: Bool {
        ("a"..."z").contains(self) || ("A"..."Z").contains(self) || self == "_"
    }

    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
