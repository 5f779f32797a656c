/// What `RebuildProjection` answers: the read model as it stands afterwards (stopped again when the
/// event still cannot be applied).
package struct RebuildProjectionReply: Codable, Sendable, Equatable {
    package var projection: StatusReply.Projection

    package init(projection: StatusReply.Projection) {
        self.projection = projection
    }
}
