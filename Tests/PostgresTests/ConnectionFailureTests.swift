import Foundation
import Postgres
import PostgresTestSupport
import Testing

@Suite struct ConnectionFailureTests {
    private func connectionError(_ conninfo: String) async -> PostgresError? {
        await #expect(throws: PostgresError.self) {
            _ = try await PostgresConnection.connect(conninfo)
        }
    }

    @Test func malformedConnectionStringSaysSo() async {
        let error = await connectionError("host=/tmp port")
        guard case .connectionFailed(_, let reason, let hint)? = error else {
            Issue.record("expected connectionFailed, got \(String(describing: error))")
            return
        }
        #expect(reason.contains("missing \"=\""))
        #expect(hint?.contains("malformed") == true)
    }

    @Test func unknownOptionIsNamed() async {
        let error = await connectionError("host=/tmp colour=blue")
        #expect(error?.description.contains("colour") == true)
    }

    @Test func malformedURIIsReported() async {
        let error = await connectionError("postgresql://[::1")
        #expect(error?.description.contains("could not connect to PostgreSQL") == true)
    }

    @Test func missingSocketDirectoryHints() async {
        let error = await connectionError("host=/nonexistent/tredjekraft dbname=x connect_timeout=2")
        #expect(error?.description.contains("/nonexistent/tredjekraft") == true)
        #expect(error?.description.contains("is PostgreSQL running") == true)
    }

    @Test func unknownDatabaseHints() async throws {
        let base = try TestDatabase.conninfo()
        let error = await connectionError(base.replacingOccurrences(of: "/postgres?", with: "/finns_inte?"))
        #expect(error?.description.contains("finns_inte") == true)
        #expect(error?.description.contains("create the database") == true)
    }

    @Test func wrongPasswordSaysWhatToCheck() async throws {
        let admin = try await TestDatabase.connect()
        try await admin.query(
            """
            DO $$ BEGIN
              CREATE ROLE tk_password_probe LOGIN PASSWORD 'rätt lösenord';
            EXCEPTION WHEN duplicate_object THEN NULL; END $$
            """)
        let base = try TestDatabase.conninfo()
        let url = base.replacingOccurrences(of: "user=postgres", with: "user=tk_password_probe&password=fel")
        let error = await connectionError(url)
        guard case .connectionFailed(let target, let reason, let hint)? = error else {
            Issue.record("expected connectionFailed, got \(String(describing: error))")
            return
        }
        #expect(reason.contains("password authentication failed for user \"tk_password_probe\""))
        #expect(hint == "check the password in the connection string, PGPASSWORD or ~/.pgpass")
        #expect(target.contains("tk_password_probe"))
        #expect(!target.contains("fel"))
    }

    @Test func withoutTheTestDatabaseTestsFailInsteadOfSkipping() {
        #expect(throws: TestDatabase.Unavailable.self) {
            try TestDatabase.conninfo(environment: ["CI": "true"])
        }
        do {
            _ = try TestDatabase.conninfo(environment: ["CI": "true"])
        } catch {
            #expect("\(error)".contains("ops/test"))
            #expect("\(error)".contains("CI=true"))
        }
    }
}
