/// The daemon could not be run for the bench.
struct BenchDaemonError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
