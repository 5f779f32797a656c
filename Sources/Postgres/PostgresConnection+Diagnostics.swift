import CLibPQ
import Foundation

extension PostgresConnection {
    static func serverError(from result: OpaquePointer, handle: OpaquePointer) -> ServerError {
        func field(_ code: Int32) -> String? {
            guard let value = PQresultErrorField(result, code) else { return nil }
            return String(cString: value)
        }
        let message =
            field(Int32(UInt8(ascii: "M"))) ?? trimmed(PQresultErrorMessage(result))
            ?? trimmed(PQerrorMessage(handle)) ?? "unknown error"
        return ServerError(
            sqlState: SQLState(rawValue: field(Int32(UInt8(ascii: "C"))) ?? "XX000"),
            severity: field(Int32(UInt8(ascii: "V"))) ?? "ERROR",
            message: message,
            detail: field(Int32(UInt8(ascii: "D"))),
            hint: field(Int32(UInt8(ascii: "H"))),
            schema: field(Int32(UInt8(ascii: "s"))),
            table: field(Int32(UInt8(ascii: "t"))),
            column: field(Int32(UInt8(ascii: "c"))),
            constraint: field(Int32(UInt8(ascii: "n"))))
    }

    static func trimmed(_ text: UnsafePointer<CChar>?) -> String? {
        guard let text else { return nil }
        let value = String(cString: text).trimmingCharacters(in: .whitespacesAndNewlines)
        return value.isEmpty ? nil : value
    }

    static func describeTarget(_ connection: OpaquePointer) -> String {
        func value(_ text: UnsafeMutablePointer<CChar>?) -> String {
            text.map { String(cString: $0) } ?? ""
        }
        let host = value(PQhost(connection))
        let port = value(PQport(connection))
        let database = value(PQdb(connection))
        let user = value(PQuser(connection))
        let place = host.hasPrefix("/") ? "socket \(host)/.s.PGSQL.\(port)" : "\(host):\(port)"
        return "\(place) database \"\(database)\" as \"\(user)\""
    }

    static func hint(for reason: String) -> String? {
        let text = reason.lowercased()
        if text.contains("password authentication failed") {
            return "check the password in the connection string, PGPASSWORD or ~/.pgpass"
        }
        if text.contains("no password supplied") {
            return "the server asks for a password: add it to ~/.pgpass or the connection string"
        }
        if text.contains("no such file or directory") {
            return "is PostgreSQL running, and does host= name the directory that holds its socket?"
        }
        if text.contains("connection refused") {
            return "is PostgreSQL running and listening on that host and port?"
        }
        if text.contains("database") && text.contains("does not exist") {
            return "create the database, or correct dbname= in the connection string"
        }
        if text.contains("role") && text.contains("does not exist") {
            return "create the role, or correct user= in the connection string"
        }
        if text.contains("pg_hba.conf") {
            return "the server's pg_hba.conf does not allow this user, database or address"
        }
        if text.contains("invalid connection option") || text.contains("missing \"=\"")
            || text.contains("invalid uri") || text.contains("invalid percent-encoded")
            || text.contains("unterminated quoted string") || text.contains("invalid integer value")
        {
            return "the connection string is malformed; see libpq's \"Connection Strings\" documentation"
        }
        if text.contains("could not translate host name") {
            return "the host name does not resolve; check host= and DNS"
        }
        if text.contains("timeout expired") {
            return "the server did not answer in time; check the network and connect_timeout"
        }
        return nil
    }
}
