/// A peer sent a frame larger than the configured maximum.
package struct VarlinkFrameTooLargeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The limit that was exceeded, in bytes.
    package let maximumFrameSize: Int

    package var description: String {
        "Varlink message exceeds the maximum frame size of \(maximumFrameSize) bytes"
    }
}
