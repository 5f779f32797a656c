import AdminProtocol
import Domain

/// What `tredjekraft import actions` prints: each row that does something (a row left as it is is only
/// counted), the plan's items the file does not name, and one summary line.
enum ImportRendering {
    /// The whole import, as `--json` prints it too.
    struct Report: Encodable, Equatable {
        var certificationId: String
        var applied: Bool
        var rows: [ImportActionOutcome]
        /// The plan's items no row names: reported, never deleted.
        var removed: [ActionPlanItem]
        var skipInvalid: Bool
    }

    static func render(_ report: Report, asked apply: Bool) -> String {
        var parts: [String] = []
        let shown = report.rows.filter { $0.outcome != .unchanged }
        if !shown.isEmpty {
            parts.append(
                Table(
                    [
                        .init("Rad", alignment: .right), .init("Externt id", maxWidth: 20), .init("Vad händer"),
                        .init("Skäl", maxWidth: 70, overflow: .wrap),
                    ],
                    rows: shown.map {
                        [
                            "\($0.line)", $0.externalId.isEmpty ? "–" : $0.externalId,
                            what($0.outcome, applied: report.applied), $0.reason ?? "",
                        ]
                    }
                ).render())
        }
        if !report.removed.isEmpty {
            parts.append(
                "Finns i handlingsplanen men inte i filen (tas inte bort):\n"
                    + Table(
                        [.init("Åtgärd"), .init("Kvalitetsområde"), .init("Text", maxWidth: 60)],
                        rows: report.removed.map { [String($0.actionItemId.prefix(8)), $0.area.label, $0.action] }
                    ).render())
        }
        parts.append(summary(report, asked: apply))
        return parts.joined(separator: "\n\n")
    }

    static func what(_ kind: ImportActionOutcome.Kind, applied: Bool) -> String {
        switch kind {
        case .added: applied ? "lades till" : "läggs till"
        case .unchanged: "oförändrad"
        case .changed: "ändrad, förs inte in"
        case .invalid: applied ? "felaktig, hoppades över" : "felaktig"
        }
    }

    static func summary(_ report: Report, asked apply: Bool) -> String {
        func count(_ kind: ImportActionOutcome.Kind) -> Int { report.rows.count { $0.outcome == kind } }
        let added = count(.added)
        let unchanged = count(.unchanged)
        let changed = count(.changed)
        let invalid = count(.invalid)
        var facts = [
            report.applied ? "\(added) lades till" : "\(added) läggs till",
            "\(unchanged) \(unchanged == 1 ? "oförändrad" : "oförändrade")",
            "\(changed) \(changed == 1 ? "ändrad" : "ändrade") (förs inte in)",
            "\(invalid) \(invalid == 1 ? "felaktig" : "felaktiga")",
        ]
        if !report.removed.isEmpty {
            facts.append("\(report.removed.count) bara i planen (tas inte bort)")
        }
        let counted = facts.joined(separator: ", ") + "."
        if report.applied {
            return added == 0 ? "Inget nytt att föra in: \(counted)" : "Importen är gjord: \(counted)"
        }
        if apply { return "Inget fördes in: \(counted)" }
        let next = added > 0 && (invalid == 0 || report.skipInvalid) ? " Kör igen med --apply för att föra in." : ""
        return "Provkörning: \(counted)\(next)"
    }
}
