import Foundation
import PostgresTestSupport
import Testing

@testable import Postgres

@Suite struct TypeRoundTripTests {
    let pool: PostgresPool

    init() throws { pool = try TestDatabase.pool(maximumConnections: 2) }

    private func roundTrip<Value: PostgresEncodable & PostgresDecodable>(_ value: Value) async throws -> Value {
        let rows = try await pool.query("SELECT \(value) AS value")
        return try rows[0].decode("value", as: Value.self)
    }

    @Test(arguments: ["", "brukarråd", "Åsa ÄÖ åäö", "Förslag 🧭👩🏽‍🦯", "line\nbreak\ttab", "'; DROP TABLE x; --"])
    func text(_ value: String) async throws {
        #expect(try await roundTrip(value) == value)
    }

    @Test func oneMegabyteOfText() async throws {
        let value = String(repeating: "återkoppling ", count: 80_000)
        #expect(value.utf8.count > 1_000_000)
        #expect(try await roundTrip(value) == value)
    }

    @Test func nulByteInTextIsAClearError() async throws {
        let error = await #expect(throws: PostgresError.self) {
            try await pool.query("SELECT \("a\u{0}b") AS value")
        }
        guard case .invalidParameter(let index, let reason)? = error else {
            Issue.record("expected invalidParameter, got \(String(describing: error))")
            return
        }
        #expect(index == 1)
        #expect(reason.contains("NUL"))
    }

    /// More parameters than PostgreSQL takes is a clear error before anything is sent, alone or
    /// pipelined, and the session goes on.
    @Test func tooManyParametersIsAClearError() async throws {
        var bindings = PostgresBindings()
        for n in 0...65_535 { bindings.append(Int32(truncatingIfNeeded: n)) }
        let query = PostgresQuery(unsafeSQL: "SELECT 1 AS n", bindings: bindings)
        let error = await #expect(throws: PostgresError.self) { try await pool.query(query) }
        guard case .invalidParameter(_, let reason)? = error else {
            Issue.record("expected invalidParameter, got \(String(describing: error))")
            return
        }
        #expect(reason.contains("at most 65535 parameters"))
        try await pool.withConnection { connection in
            await #expect(throws: PostgresError.self) { try await connection.pipelined(["SELECT 1 AS n", query]) }
            let rows = try await connection.query("SELECT 2 AS n")
            #expect(try rows[0].decode("n", as: Int.self) == 2)
        }
    }

    @Test(arguments: [0, 1, -1, Int.max, Int.min, 42])
    func integers(_ value: Int) async throws {
        #expect(try await roundTrip(value) == value)
        #expect(try await roundTrip(Int32(truncatingIfNeeded: value)) == Int32(truncatingIfNeeded: value))
        #expect(try await roundTrip(Int16(truncatingIfNeeded: value)) == Int16(truncatingIfNeeded: value))
    }

    @Test func smallIntegerColumnsWidenAndOverflowIsReported() async throws {
        let rows = try await pool.query("SELECT 7::int2 AS small, 70000::int4 AS wide")
        #expect(try rows[0].decode("small", as: Int.self) == 7)
        #expect(throws: PostgresError.self) { try rows[0].decode("wide", as: Int16.self) }
    }

    @Test(arguments: [true, false])
    func booleans(_ value: Bool) async throws {
        #expect(try await roundTrip(value) == value)
    }

    @Test(arguments: [0.0, -1.5, 3.141592653589793, 1e300, -0.000001])
    func doubles(_ value: Double) async throws {
        #expect(try await roundTrip(value) == value)
    }

    @Test func doubleSpecialValues() async throws {
        #expect(try await roundTrip(Double.infinity) == .infinity)
        #expect(try await roundTrip(Double.nan).isNaN)
    }

    @Test func timestamps() async throws {
        for seconds: Double in [0.0, 1_772_582_400.123456, -1_261_440_000, 946_684_800] {
            let date = Date(timeIntervalSince1970: seconds)
            let back = try await roundTrip(date)
            #expect(abs(back.timeIntervalSince1970 - seconds) < 0.000_001)
        }
    }

    @Test func timestamptzFromTheServerIsTheSameInstantInAnyZone() async throws {
        try await pool.withConnection { connection in
            try await connection.execute("SET TIME ZONE 'Europe/Stockholm'")
            let rows = try await connection.query(
                "SELECT '2026-03-04 10:15:00+01'::timestamptz AS at, '2026-03-04'::date AS day")
            let at = try rows[0].decode("at", as: Date.self)
            #expect(at == Date(timeIntervalSince1970: 1_772_615_700))
            #expect(try rows[0].decode("day", as: PostgresDate.self) == PostgresDate(year: 2026, month: 3, day: 4))
            try await connection.execute("RESET TIME ZONE")
        }
    }

    @Test func dates() async throws {
        let samples = [
            PostgresDate(year: 2000, month: 1, day: 1)!, PostgresDate(year: 2024, month: 2, day: 29)!,
            PostgresDate(year: 1899, month: 12, day: 31)!, PostgresDate(year: 2099, month: 7, day: 15)!,
        ]
        for date in samples {
            #expect(try await roundTrip(date) == date)
        }
        let text = try await pool.query("SELECT \(samples[1])::text AS value")
        #expect(try text[0].decode("value", as: String.self) == "2024-02-29")
        #expect(PostgresDate(year: 2026, month: 2, day: 29) == nil)
    }

    @Test func uuids() async throws {
        let id = UUID()
        #expect(try await roundTrip(id) == id)
        let rows = try await pool.query("SELECT \(id)::text AS value")
        #expect(try rows[0].decode("value", as: String.self) == id.uuidString.lowercased())
    }

    @Test func byteaIncludingNulBytes() async throws {
        let bytes = Data([0, 1, 2, 255, 0, 128])
        #expect(try await roundTrip(bytes) == bytes)
        #expect(try await roundTrip(Data()) == Data())
    }

    struct Proposal: Codable, Equatable {
        var title: String
        var votes: Int
        var areas: [String]
    }

    @Test func jsonbCodable() async throws {
        let value = Proposal(title: "Tid att lyssna ✔", votes: 3, areas: ["bemötande", "information"])
        let back = try await roundTrip(try PostgresJSONB(encoding: value))
        #expect(try back.decode(Proposal.self) == value)
    }

    @Test func oneMegabyteJSONB() async throws {
        let value = Proposal(title: String(repeating: "ö", count: 600_000), votes: 1, areas: [])
        let back = try await roundTrip(try PostgresJSONB(encoding: value))
        #expect(try back.decode(Proposal.self) == value)
    }

    @Test func textArrays() async throws {
        let value = ["brukarråd Lund", "", "dialogmöte"]
        #expect(try await roundTrip(value) == value)
        #expect(try await roundTrip([String]()) == [])
    }

    @Test func nullsDecodeAsOptionalAndFailAsRequired() async throws {
        let missing: String? = nil
        let rows = try await pool.query("SELECT \(missing) AS title, \(Int?.none) AS votes")
        #expect(try rows[0].decode("title", as: String?.self) == nil)
        #expect(try rows[0].decode("votes", as: Int?.self) == nil)
        let error = #expect(throws: PostgresError.self) { try rows[0].decode("title", as: String.self) }
        #expect(error?.description == "column \"title\" is NULL, but a value is required")
        let present = try await roundTrip(Optional("x"))
        #expect(present == "x")
    }

    @Test func wrongTypeNamesTheColumn() async throws {
        let rows = try await pool.query("SELECT 12 AS votes")
        let error = #expect(throws: PostgresError.self) { try rows[0].decode("votes", as: UUID.self) }
        #expect(error?.description.contains("\"votes\"") == true)
        #expect(throws: PostgresError.self) { try rows[0].decode("nonexistent", as: Int.self) }
    }

    @Test func serverErrorsCarrySQLState() async throws {
        let table = TestDatabase.uniqueName("unique")
        try await pool.withConnection { connection in
            try await connection.execute("CREATE TEMP TABLE \(identifier: table) (id int PRIMARY KEY)")
            try await connection.execute("INSERT INTO \(identifier: table) VALUES (\(1))")
            let error = await #expect(throws: PostgresError.self) {
                try await connection.execute("INSERT INTO \(identifier: table) VALUES (\(1))")
            }
            #expect(error?.sqlState == .uniqueViolation)
            let syntax = await #expect(throws: PostgresError.self) { try await connection.execute("SELEC 1") }
            #expect(syntax?.sqlState == .syntaxError)
            // The session is still usable after statement errors.
            let rows = try await connection.query("SELECT count(*) AS n FROM \(identifier: table)")
            #expect(try rows[0].decode("n", as: Int.self) == 1)
        }
    }

    @Test func valuesCannotChangeTheStatement() async throws {
        let hostile = "x'); DROP TABLE pg_class; --"
        let rows = try await pool.query("SELECT \(hostile) = \(hostile) AS same")
        #expect(try rows[0].decode("same", as: Bool.self))
    }

    @Test func libpqRunsOnTheConnectionThread() async throws {
        let connection = try await TestDatabase.connect()
        #expect(try await connection.runsOnOwnThread())
    }
}

@Suite struct ArrayRoundTripTests {
    @Test func arraysOfEveryElementKind() async throws {
        let pool = try TestDatabase.pool(maximumConnections: 1)
        let rows = try await pool.query(
            """
            SELECT \([1, 2, 3]) AS numbers, \([Int32(7)]) AS small, \(["a", "", "å"]) AS words,
                   \([UUID(uuidString: "6F9619FF-8B86-D011-B42D-00CF4FC964FF")!]) AS ids,
                   \([try PostgresJSONB(encoding: ["k": "v"])]) AS documents,
                   \(["x", nil] as [String?]) AS gaps, \([String]()) AS empty
            """)
        let row = rows[0]
        #expect(try row.decode("numbers", as: [Int].self) == [1, 2, 3])
        #expect(try row.decode("small", as: [Int32].self) == [7])
        #expect(try row.decode("words", as: [String].self) == ["a", "", "å"])
        #expect(try row.decode("ids", as: [UUID].self).count == 1)
        #expect(try row.decode("documents", as: [PostgresJSONB].self)[0].decode([String: String].self) == ["k": "v"])
        #expect(try row.decode("gaps", as: [String?].self) == ["x", nil])
        #expect(try row.decode("empty", as: [String].self) == [])
        #expect(throws: PostgresError.self) { try row.decode("gaps", as: [String].self) }
        await pool.close()
    }
}
