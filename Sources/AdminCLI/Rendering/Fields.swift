/// Labelled lines ("Status:  Under beredning") with the values aligned, for one thing shown in full.
///
/// Labels are padded by `Character` count; a value of several lines keeps its later lines under the first.
struct Fields: Sendable {
    private(set) var entries: [(label: String, value: String)] = []

    /// Adds a line; a missing value leaves the line out, so empty facts do not clutter the view.
    mutating func add(_ label: String, _ value: String?) {
        guard let value, !value.isEmpty else { return }
        entries.append((label, value))
    }

    func render() -> String {
        let width = entries.reduce(0) { max($0, $1.label.count + 1) }
        let indent = String(repeating: " ", count: width + 2)
        return entries.map { entry in
            let label = entry.label + ":" + String(repeating: " ", count: width - entry.label.count - 1)
            let value = entry.value.split(separator: "\n", omittingEmptySubsequences: false)
                .joined(separator: "\n" + indent)
            return label + "  " + value
        }.joined(separator: "\n")
    }
}
