import NIOCore

/// Splits a byte stream into Varlink frames: each message is one JSON object followed by a NUL byte.
///
/// NIO ships no NUL-delimited decoder (`LineBasedFrameDecoder` splits on `\n` only). A maximum frame
/// size bounds the memory one connection can make the server buffer: a frame over the limit fails
/// with ``VarlinkFrameTooLargeError`` and the connection is answered with an error and closed.
/// Bytes left without a terminating NUL at end of input are dropped (the peer went away mid-frame).
package struct VarlinkFrameDecoder: ByteToMessageDecoder, Sendable {
    package typealias InboundOut = ByteBuffer

    /// The default limit: 1 MiB, far above any admin call.
    package static let defaultMaximumFrameSize = 1 << 20

    /// The largest accepted frame, excluding its NUL terminator.
    package let maximumFrameSize: Int
    private var scanned = 0

    package init(maximumFrameSize: Int = VarlinkFrameDecoder.defaultMaximumFrameSize) {
        precondition(maximumFrameSize > 0, "maximumFrameSize must be positive")
        self.maximumFrameSize = maximumFrameSize
    }

    package mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        let view = buffer.readableBytesView
        let start = view.startIndex + scanned
        guard let nul = view[start...].firstIndex(of: 0) else {
            scanned = view.count
            if view.count > maximumFrameSize {
                throw VarlinkFrameTooLargeError(maximumFrameSize: maximumFrameSize)
            }
            return .needMoreData
        }
        let length = nul - view.startIndex
        scanned = 0
        if length > maximumFrameSize {
            throw VarlinkFrameTooLargeError(maximumFrameSize: maximumFrameSize)
        }
        let frame = buffer.readSlice(length: length)!
        buffer.moveReaderIndex(forwardBy: 1)  // the NUL
        context.fireChannelRead(Self.wrapInboundOut(frame))
        return .continue
    }

    package mutating func decodeLast(
        context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool
    ) throws -> DecodingState {
        while try decode(context: context, buffer: &buffer) == .continue {}
        // Whatever remains has no NUL: an incomplete frame from a peer that went away. Drop it.
        buffer.moveReaderIndex(to: buffer.writerIndex)
        scanned = 0
        return .needMoreData
    }
}
