import Foundation

/// Prints the figures as an aligned table, one figure per line, with ratio and target.
enum ResultTable {
    static func render(_ figures: [Figure], peakResidentBytes: Int?, notes: [String]) -> String {
        let nameWidth = max(34, figures.map(\.name.count).max() ?? 0)
        let referenceWidth = max(24, figures.map(\.reference.count).max() ?? 0)
        var lines: [String] = []
        lines.append(
            pad("figure", nameWidth) + "  " + pad("tredjekraft", 12, left: true) + "     "
                + pad("reference", referenceWidth) + "  " + pad("", 12) + "     "
                + "ratio   target        server CPU µs/event (store / ref)")
        for figure in figures {
            let verdict = figure.met ? "met" : "MISSED"
            let target = figure.absoluteTarget.map { grouped($0) + "/s" } ?? String(format: "%.1f×", figure.target)
            lines.append(
                pad(figure.name, nameWidth) + "  " + pad(grouped(figure.value), 12, left: true) + " /s  "
                    + pad(figure.reference, referenceWidth) + "  " + pad(grouped(figure.referenceValue), 12, left: true)
                    + " /s  " + String(format: "%.2f×", figure.ratio) + "   ≥ "
                    + target + " " + pad(verdict, 6) + "  " + cpu(figure))
        }
        if let peakResidentBytes {
            lines.append(
                pad("peak RSS of the bench (VmHWM)", nameWidth) + "  "
                    + pad(String(format: "%.1f", Double(peakResidentBytes) / 1_048_576), 12, left: true) + " MiB")
        }
        lines += notes
        return lines.joined(separator: "\n")
    }

    private static func cpu(_ figure: Figure) -> String {
        guard let store = figure.cpuPerItem, let reference = figure.referenceCPUPerItem else { return "" }
        return String(format: "%.0f / %.0f", store * 1e6, reference * 1e6)
    }

    /// Thousands separated by commas, no decimals: rates are not that precise.
    static func grouped(_ value: Double) -> String {
        let digits = String(Int(value.rounded()))
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return result
    }

    private static func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return left ? padding + text : text + padding
    }
}
