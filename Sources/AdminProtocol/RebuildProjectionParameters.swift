/// `RebuildProjection`: which read model to build again from the start of the log.
package struct RebuildProjectionParameters: Codable, Sendable, Equatable {
    package var name: String

    package init(name: String) {
        self.name = name
    }
}
