/// One header field of a received message or part: its name as written, its value unfolded (line
/// breaks that continued it removed) but not yet decoded.
package struct InboundHeaderField: Sendable, Equatable {
    package let name: String
    package let value: String

    package init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
