/// One event a command appended.
package struct AppendedEvent: Codable, Sendable, Equatable {
    package var type: String
    package var stream: String

    package init(type: String, stream: String) {
        self.type = type
        self.stream = stream
    }
}
