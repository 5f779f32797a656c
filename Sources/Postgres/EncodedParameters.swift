import CLibPQ
import Foundation

/// A statement's parameters in libpq's binary form: types, and the values in one buffer.
struct EncodedParameters {
    var types: [Oid] = []
    var lengths: [Int32] = []
    var offsets: [Int?] = []
    var blob: [UInt8] = []

    var count: Int32 { Int32(types.count) }

    /// PostgreSQL's own limits: 65,535 parameters in a statement, 1 GB in a field. Checked here so that
    /// the counts libpq takes as 32-bit integers always fit.
    static let maximumParameters = 65_535
    static let maximumValueBytes = 1 << 30

    init(_ query: PostgresQuery) throws(PostgresError) {
        if query.sql.utf8.contains(0) {
            throw .invalidParameter(index: 0, reason: "the SQL text contains a NUL byte")
        }
        guard query.bindings.count <= Self.maximumParameters else {
            throw .invalidParameter(
                index: Self.maximumParameters + 1,
                reason: "a statement takes at most \(Self.maximumParameters) parameters, not \(query.bindings.count)")
        }
        types.reserveCapacity(query.bindings.count)
        for value in query.bindings.values {
            switch value {
            case .failed(let error):
                throw error
            case .encoded(let type, let bytes):
                types.append(type.rawValue)
                if let bytes {
                    guard bytes.count < Self.maximumValueBytes else {
                        throw .invalidParameter(
                            index: types.count,
                            reason: "a value of \(bytes.count) bytes is larger than PostgreSQL's limit of 1 GB")
                    }
                    offsets.append(blob.count)
                    lengths.append(Int32(bytes.count))
                    blob += bytes
                } else {
                    offsets.append(nil)
                    lengths.append(0)
                }
            }
        }
        blob.append(0)  // never empty, so `baseAddress` below is never nil
    }

    /// Calls `body` with pointers to the values (binary format, one per parameter).
    func withPointers<Value>(
        _ body: ([UnsafePointer<CChar>?], [Int32], [Int32]) -> Value
    ) -> Value {
        let formats = [Int32](repeating: 1, count: types.count)
        return blob.withUnsafeBufferPointer { buffer in
            let base = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
            return body(offsets.map { offset in offset.map { base + $0 } }, lengths, formats)
        }
    }
}
