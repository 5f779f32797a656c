/// Puts swift-prometheus's output in a stable order.
///
/// The registry emits its families in dictionary order, which changes from scrape to scrape and run to
/// run; sorted, two scrapes (or a scrape and a test's expectation) compare line by line. A family is its
/// `# HELP` and `# TYPE` lines and the samples after them; a histogram's samples keep their order (the
/// buckets ascend), other families' samples are sorted by their labels.
enum PrometheusText {
    static func sorted(_ text: String) -> String {
        var families: [(name: String, header: [Substring], samples: [Substring], histogram: Bool)] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("# ") {
                let words = line.split(separator: " ", maxSplits: 3)
                let name = words.count > 2 ? String(words[2]) : ""
                if families.last?.name != name || !(families.last?.samples.isEmpty ?? false) {
                    families.append((name, [], [], false))
                }
                families[families.count - 1].header.append(line)
                if words.count > 3, words[1] == "TYPE", words[3] == "histogram" {
                    families[families.count - 1].histogram = true
                }
            } else if families.isEmpty {
                families.append(("", [], [line], false))
            } else {
                families[families.count - 1].samples.append(line)
            }
        }
        return families.sorted { $0.name < $1.name }.map { family in
            let samples = family.histogram ? family.samples : family.samples.sorted()
            return (family.header + samples).map { $0 + "\n" }.joined()
        }.joined()
    }
}
