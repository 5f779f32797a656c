import AdminProtocol
import Demo
import Domain
import EventStore
import Foundation
import Tabular
import Testing
import Varlink

@testable import AdminServer

/// `ImportActions` and `ListActionPlanItems` over the real socket and store: a handlingsplan imported
/// page by page, imported again without a new event, changed and removed rows reported and left
/// alone, every bad row with its line and reason, a big file, a Windows-1252 file, unit scope.
@Suite struct ImportMethodsTests {
    /// A unit and a certification started today, whose plan is not adopted (the demo's is).
    static func certification(_ admin: AdminHarness, unit name: String = "Vuxenstöd Eslöv") async throws
        -> (unit: String, certification: String)
    {
        let unit = try #require(try await admin.command(.registerUnit, RegisterUnitParameters(name: name)).unitId)
        let started = try await admin.command(
            .startCertification, StartCertificationParameters(unitId: unit, startedOn: admin.context.today))
        return (unit, try #require(started.certificationId))
    }

    static func csv(_ lines: [String]) -> [UInt8] {
        Array((([ActionPlanSheet.headerLine] + lines).joined(separator: "\n") + "\n").utf8)
    }

    /// A row of the file for `id`, due `days` from today.
    static func line(_ id: String, action: String = "Ta fram informationsblad på lätt svenska.", days: Int = 60)
        -> String
    {
        "\(id);information;\(action);Enhetschef;Brukarrådet;\(CalendarDate(Date(), timeZone: .current).adding(days: days))"
    }

    /// Every page of the file's rows sent, as the CLI does: 200 rows a call.
    static func send(
        _ admin: AdminHarness, _ certification: String, _ rows: [ActionPlanSheet.Row], apply: Bool,
        skipInvalid: Bool = false
    ) async throws -> [ImportActionOutcome] {
        var outcomes: [ImportActionOutcome] = []
        var start = 0
        while start < rows.count {
            let page = rows[start..<min(start + 200, rows.count)].map {
                ImportActionRow(
                    line: $0.line, externalId: $0.externalId, area: $0.area, action: $0.action, owner: $0.owner,
                    followedUpBy: $0.followedUpBy, dueDate: $0.dueDate)
            }
            let reply: ImportActionsReply = try await admin.call(
                .importActions,
                ImportActionsParameters(
                    certificationId: certification, rows: page, apply: apply, skipInvalid: skipInvalid ? true : nil))
            #expect(reply.rows.count == page.count)
            outcomes += reply.rows
            start += 200
        }
        return outcomes
    }

    static func sheet(_ bytes: [UInt8]) throws -> ActionPlanSheet {
        do { return try ActionPlanSheet.read(bytes) } catch { throw error }
    }

    static func items(_ admin: AdminHarness, _ certification: String) async throws -> [ActionPlanItem] {
        var items: [ActionPlanItem] = []
        while true {
            let reply: ListActionPlanItemsReply = try await admin.call(
                .listActionPlanItems, ListActionPlanItemsParameters(certificationId: certification, offset: items.count)
            )
            items += reply.items
            if reply.items.isEmpty || items.count >= reply.total { return items }
        }
    }

    @Test func importingTheSameFileAgainWritesNothing() async throws {
        try await AdminHarness.with { admin in
            let (_, certification) = try await Self.certification(admin)
            let rows = try Self.sheet(Self.csv((1...5).map { Self.line("H-\($0)") })).rows
            let dry = try await Self.send(admin, certification, rows, apply: false)
            #expect(dry.map(\.outcome) == Array(repeating: .added, count: 5))
            #expect(dry.map(\.line) == [2, 3, 4, 5, 6])
            #expect(try await Self.items(admin, certification).isEmpty, "a dry run wrote")
            let applied = try await Self.send(admin, certification, rows, apply: true)
            #expect(applied.map(\.outcome) == Array(repeating: .added, count: 5))
            let items = try await Self.items(admin, certification)
            #expect(items.map(\.actionItemId) == applied.compactMap(\.actionItemId))
            #expect(items.allSatisfy { $0.area == .information && $0.owner == "Enhetschef" })
            // The same file again, dry run and apply: unchanged, and not one event more.
            let head = try await admin.context.store.headPosition()
            let again = try await Self.send(admin, certification, rows, apply: false)
            #expect(again.map(\.outcome) == Array(repeating: .unchanged, count: 5))
            let reapplied = try await Self.send(admin, certification, rows, apply: true)
            #expect(reapplied.map(\.outcome) == Array(repeating: .unchanged, count: 5))
            let after = try await admin.context.store.headPosition()
            #expect(after == head)
            #expect(try await Self.items(admin, certification).count == 5)
        }
    }

    @Test func aChangedRowIsReportedAndNotAppliedARemovedRowIsReportedAndKept() async throws {
        try await AdminHarness.with { admin in
            let (_, certification) = try await Self.certification(admin)
            _ = try await Self.send(
                admin, certification, try Self.sheet(Self.csv(["H-1", "H-2", "H-3"].map { Self.line($0) })).rows,
                apply: true)
            // H-2 has another text and date; H-3 is gone from the file; H-4 is new.
            let second = try Self.sheet(
                Self.csv([Self.line("H-1"), Self.line("H-2", action: "Något annat.", days: 90), Self.line("H-4")])
            ).rows
            let outcomes = try await Self.send(admin, certification, second, apply: true)
            #expect(outcomes.map(\.outcome) == [.unchanged, .changed, .added])
            let changed = try #require(outcomes[1].reason)
            #expect(changed.contains("åtgärd") && changed.contains("klart senast") && changed.contains("förs inte in"))
            let items = try await Self.items(admin, certification)
            #expect(items.count == 4, "H-3 was deleted or H-4 not added")
            let h2 = try #require(items.first { $0.actionItemId == outcomes[1].actionItemId })
            #expect(h2.action == "Ta fram informationsblad på lätt svenska.", "the change was applied")
            // What no row names: H-3, reported by the list the CLI compares with.
            let named = Set(outcomes.compactMap(\.actionItemId))
            let removed = items.filter { !named.contains($0.actionItemId) }
            #expect(removed.count == 1)
            let h3 = ActionPlanImport.itemID(certification: CertificationID(certification)!, externalId: "H-3")
            #expect(removed.first?.actionItemId == h3.description)
        }
    }

    /// Twenty kinds of bad row, each with its line and a Swedish reason; nothing applied without
    /// skipInvalid, and with it only the valid rows.
    @Test func everyBadRowHasItsLineAndReason() async throws {
        try await AdminHarness.with { admin in
            let (_, certification) = try await Self.certification(admin)
            let today = admin.context.today
            let due = today.adding(days: 30)
            func row(
                _ id: String, area: String = "bemotande", action: String = "Utbilda personalen i bemötande.",
                owner: String = "Enhetschef", by: String = "Brukarrådet", due date: String? = nil
            ) -> String {
                [id, area, action, owner, by, date ?? due.description].map {
                    "\"" + $0.replacing("\"", with: "\"\"") + "\""
                }.joined(separator: ";")
            }
            let long = String(repeating: "lång ", count: 2_100)
            let cases: [(String, String)] = [
                (row("OK-1"), ""),
                (row(""), "Externt id saknas"),
                (row(String(repeating: "x", count: 201)), "Externt id är för lång"),
                (row("E-3", area: "kvällsöppet"), "Kvalitetsområdet \"kvällsöppet\" finns inte"),
                (row("E-4", area: ""), "Kvalitetsområde saknas"),
                (row("E-5", due: "30/9 2027"), "inget datum"),
                (row("E-6", due: "2027-02-30"), "inget datum"),
                (row("E-7", due: ""), "Klart senast saknas"),
                (row("E-8", due: today.adding(days: -1).description), "före certifieringens start"),
                (row("E-9", action: "  "), "Åtgärden saknas"),
                (row("E-10", action: long), "Åtgärden är för lång"),
                (row("E-11", action: "Ring Kim på 070-123 45 67."), "telefonnummer"),
                (row("E-12", action: "Stöd till 19811218-9876 inför mötet."), "personnummer"),
                (row("E-13", action: "Skriv till kim@example.se."), "e-postadress"),
                (row("E-14", owner: ""), "Ansvarig för åtgärden saknas"),
                (row("E-15", owner: String(repeating: "A", count: 201)), "Ansvarig för åtgärden är för lång"),
                (row("E-16", owner: "Enhets\nchef"), "radbrytningar"),
                (row("E-17", by: ""), "Vem som följer upp åtgärden saknas"),
                (row("E-18", by: "kim@example.se"), "e-postadress"),
                (row("E-19", action: "Klocka \u{07} ringer"), "styrtecken"),
                (row("OK-1"), "finns redan på rad"),
                ("E-21;bemotande", "fält men ska ha minst"),
            ]
            let sheet = try Self.sheet(Self.csv(cases.map(\.0)))
            let outcomes = try await Self.send(admin, certification, sheet.rows, apply: false)
            var reasons: [Int: String] = [:]
            for problem in sheet.problems { reasons[problem.line] = problem.reason }
            for outcome in outcomes where outcome.outcome == .invalid { reasons[outcome.line] = outcome.reason }
            // Each case is one record; its line is found from the record's start (E-16 spans two lines).
            var line = 2
            for (text, expected) in cases {
                if expected.isEmpty {
                    #expect(reasons[line] == nil, "line \(line): \(reasons[line] ?? "")")
                } else {
                    let reason = reasons[line] ?? "(no reason)"
                    #expect(reason.contains(expected), "line \(line): \(reason)")
                }
                line += 1 + text.count { $0 == "\n" }
            }
            #expect(reasons.count == cases.count - 1)
            // Applied without skipInvalid: nothing; with it, the one valid row.
            let refused = try await Self.send(admin, certification, sheet.rows, apply: true)
            #expect(refused.count { $0.outcome == .added } == 1)
            #expect(try await Self.items(admin, certification).isEmpty, "a page with invalid rows was applied")
            let skipped = try await Self.send(admin, certification, sheet.rows, apply: true, skipInvalid: true)
            #expect(skipped.count { $0.outcome == .added } == 1)
            let items = try await Self.items(admin, certification)
            #expect(items.count == 1)
        }
    }

    @Test func aPlanAlreadyAdoptedRefusesEveryNewRowWithTheDomainsReason() async throws {
        try await AdminHarness.with { admin in
            _ = try await admin.call(.loadDemo, as: LoadDemoReply.self)
            let rows = try Self.sheet(Self.csv([Self.line("H-1")])).rows
            let outcomes = try await Self.send(
                admin, DemoScenario.irisCertification.description, rows, apply: true, skipInvalid: true)
            #expect(outcomes.first?.outcome == .invalid)
            #expect(outcomes.first?.reason?.contains("Det går inte att lägga till en åtgärd") == true)
        }
    }

    /// Many pages (ten of at most 200 rows). The 10,000-row file is timed in `ops/bench --commands`: in a
    /// test it took minutes of the two cores a whole suite shares, pushing others past their limits.
    @Test func twoThousandRowsImportInPages() async throws {
        try await AdminHarness.with { admin in
            let (_, certification) = try await Self.certification(admin)
            let rows = try Self.sheet(
                Self.csv((1...2_000).map { Self.line("R-\($0)", action: "Åtgärd nummer \($0).") })
            )
            .rows
            #expect(rows.count == 2_000)
            let applied = try await Self.send(admin, certification, rows, apply: true)
            #expect(applied.allSatisfy { $0.outcome == .added })
            #expect(try await Self.items(admin, certification).count == 2_000)
            let head = try await admin.context.store.headPosition()
            let again = try await Self.send(admin, certification, rows, apply: true)
            #expect(again.allSatisfy { $0.outcome == .unchanged })
            #expect(try await admin.context.store.headPosition() == head)
        }
    }

    @Test func aWindows1252FileIsDecodedWithItsLetters() async throws {
        try await AdminHarness.with { admin in
            let (_, certification) = try await Self.certification(admin)
            let text =
                "Externt id;Kvalitetsområde;Åtgärd;Ansvarig;Följs upp av;Klart senast\r\n"
                + "W-1;Bemötande;Öppna kvällsträffar för närstående på Åsgården.;Enhetschef;Brukarrådet;"
                + "\(admin.context.today.adding(days: 10))\r\n"
            let bytes = try #require(TextFileDecoding.windows1252(text))
            #expect(bytes.contains(0xC5) && bytes.contains(0xF6), "not Windows-1252")
            let sheet = try Self.sheet(bytes)
            #expect(sheet.encoding == .windows1252)
            _ = try await Self.send(admin, certification, sheet.rows, apply: true)
            let item = try #require(try await Self.items(admin, certification).first)
            #expect(item.action == "Öppna kvällsträffar för närstående på Åsgården.")
            #expect(item.area == .treatment)
        }
    }

    @Test func aCoordinatorOfAnotherUnitIsRefused() async throws {
        try await AdminHarness.with { admin in
            let (_, certification) = try await Self.certification(admin)
            _ = try await admin.command(.registerUnit, RegisterUnitParameters(name: "Vuxenstöd Lund"))
            let anna = AdminCaller(
                userName: "anna", uid: 1000, groupNames: [], role: .coordinator, globalRole: nil,
                unitRoles: ["Vuxenstöd Lund": .coordinator])
            let parameters = ImportActionsParameters(
                certificationId: certification,
                rows: [
                    ImportActionRow(
                        line: 2, externalId: "H-1", area: "information", action: "Text.", owner: "Enhetschef",
                        followedUpBy: "Brukarrådet", dueDate: admin.context.today.description)
                ], apply: true)
            let methods = ImportMethods(context: admin.context)
            await #expect(throws: AdminError.self) { _ = try await methods.importActions(parameters, caller: anna) }
            #expect(try await Self.items(admin, certification).isEmpty)
            // Eslöv's coordinator may.
            let eva = AdminCaller(
                userName: "eva", uid: 1001, groupNames: [], role: .coordinator, globalRole: nil,
                unitRoles: ["Vuxenstöd Eslöv": .coordinator])
            let reply = try await methods.importActions(parameters, caller: eva)
            #expect(reply.applied && reply.rows.first?.outcome == .added)
        }
    }
}
