import AdminProtocol
import Domain
import Foundation
import Tabular
import Testing
import Varlink

@testable import AdminCLI

/// `import actions` in the CLI: pages that fit a frame, and what the dry run and the apply print.
@Suite struct ImportRenderingTests {
    static func row(_ number: Int, action: String = "Åtgärd.") -> ActionPlanSheet.Row {
        .init(
            line: number + 1, externalId: "H-\(number)", area: "information", action: action, owner: "Enhetschef",
            followedUpBy: "Brukarrådet", dueDate: "2099-01-31")
    }

    @Test func pagesHoldAtMost200RowsAndFitAFrame() throws {
        let pages = ActionPlanPages.pages((1...10_000).map { Self.row($0) })
        #expect(pages.count == 50 && pages.allSatisfy { $0.count == 200 })
        #expect(pages.flatMap { $0 }.map(\.line) == Array(2...10_001))
        // Long texts: fewer rows a page; a cell longer than any the plan takes is cut, still refused.
        let long = ActionPlanPages.pages(
            (1...50).map { Self.row($0, action: String(repeating: "å", count: 8_000)) }
                + [Self.row(51, action: String(repeating: "ö", count: 70_000))])
        #expect(long.count > 1)
        for page in long {
            let parameters = ImportActionsParameters(certificationId: "6a7b8c9d", rows: page, apply: true)
            let size = try JSONEncoder().encode(VarlinkValue(encoding: parameters)).count
            #expect(size < 64 * 1024 - 512, "a page of \(size) bytes")
        }
        #expect(long.last?.last?.action.count == 10_001)
    }

    @Test func theDryRunShowsWhatHappensAndTheSummarySaysWhatIsNext() {
        let report = ImportRendering.Report(
            certificationId: "6a7b8c9d",
            applied: false,
            rows: [
                .init(line: 2, externalId: "H-1", outcome: .added, actionItemId: "a"),
                .init(line: 3, externalId: "H-2", outcome: .unchanged, actionItemId: "b"),
                .init(
                    line: 4, externalId: "H-3", outcome: .changed, reason: "Åtgärden finns redan.", actionItemId: "c"),
            ],
            removed: [
                ActionPlanItem(
                    actionItemId: "0123456789abcdef", area: .treatment, action: "Gammal åtgärd.", owner: "Enhetschef",
                    dueDate: .init(year: 2099, month: 1, day: 31)!, followedUpBy: "Brukarrådet")
            ], skipInvalid: false)
        let text = ImportRendering.render(report, asked: false)
        #expect(text.contains("läggs till") && text.contains("ändrad, förs inte in"))
        #expect(!text.contains("H-2"), "an unchanged row is only counted")
        #expect(text.contains("Finns i handlingsplanen men inte i filen (tas inte bort):"))
        #expect(text.contains("01234567") && text.contains("Bemötande"))
        #expect(
            text.hasSuffix(
                "Provkörning: 1 läggs till, 1 oförändrad, 1 ändrad (förs inte in), 0 felaktiga, "
                    + "1 bara i planen (tas inte bort). Kör igen med --apply för att föra in."))
        var again = report
        again.applied = true
        again.rows = [.init(line: 2, externalId: "H-1", outcome: .unchanged)]
        again.removed = []
        #expect(
            ImportRendering.render(again, asked: true)
                == "Inget nytt att föra in: 0 lades till, 1 oförändrad, 0 ändrade (förs inte in), 0 felaktiga.")
    }
}
