/// A 64-bit transaction id (`xid8`) as a parameter, e.g. a position in a log ordered by transaction.
package struct PostgresXID8: PostgresEncodable, Hashable {
    package var value: UInt64
    package init(_ value: UInt64) { self.value = value }
    package static var postgresType: PostgresType { .xid8 }
    package func encode() -> [UInt8]? { value.bigEndianBytes }
}
