/// The mail bench could not run: the sink did not start, msmtp refused a message, or messages went missing.
struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
