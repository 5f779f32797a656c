import NIOCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension VarlinkServer {
    /// What `org.varlink.service.GetInfo` reports.
    package struct ServiceInfo: Sendable, Hashable {
        package var vendor: String
        package var product: String
        package var version: String
        package var url: String

        package init(vendor: String, product: String, version: String, url: String) {
            self.vendor = vendor
            self.product = product
            self.version = version
            self.url = url
        }
    }

    /// Where and how to listen.
    package struct Configuration: Sendable {
        /// The socket path; an existing socket file there is replaced.
        package var socketPath: String
        /// File mode applied to the socket after bind: it decides who may connect.
        package var socketMode: mode_t
        /// Group given to the socket file after bind (by name), e.g. the coordinators' group.
        package var socketGroup: String?
        /// The largest accepted message in bytes; larger ones are answered with an error and the connection closed.
        package var maximumFrameSize: Int
        /// Close a connection that sent nothing for this long while no call was running; `nil` keeps it open.
        package var idleTimeout: TimeAmount?
        /// The error name replied when a handler throws an error that is neither a ``VarlinkError``
        /// nor ``VarlinkErrorConvertible``; use one declared in your own interface.
        package var internalErrorName: String
        /// What GetInfo reports.
        package var info: ServiceInfo

        package init(
            socketPath: String,
            socketMode: mode_t = 0o660,
            socketGroup: String? = nil,
            maximumFrameSize: Int = VarlinkFrameDecoder.defaultMaximumFrameSize,
            idleTimeout: TimeAmount? = nil,
            internalErrorName: String = "org.varlink.server.InternalError",
            info: ServiceInfo
        ) {
            self.socketPath = socketPath
            self.socketMode = socketMode
            self.socketGroup = socketGroup
            self.maximumFrameSize = maximumFrameSize
            self.idleTimeout = idleTimeout
            self.internalErrorName = internalErrorName
            self.info = info
        }
    }
}
