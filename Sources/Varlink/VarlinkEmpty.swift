/// The empty parameters object `{}`, for methods that take or return nothing.
package struct VarlinkEmpty: Codable, Sendable, Hashable {
    package init() {}
}
