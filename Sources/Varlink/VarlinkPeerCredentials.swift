import CPeerCredentials
import NIOCore
import NIOPosix

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Who is at the other end of a connection, as the kernel saw it at connect time (SO_PEERCRED).
///
/// The socket's file mode decides who may connect; these credentials decide what a caller may do.
/// They cannot be forged by the client, unlike anything it sends in a message.
package struct VarlinkPeerCredentials: Sendable, Hashable, CustomStringConvertible {
    /// The connecting process's id at connect time (informational; pids are reused).
    package var pid: Int32
    /// The effective user id of the connecting process.
    package var uid: UInt32
    /// The effective group id of the connecting process.
    package var gid: UInt32
    /// The user name for `uid`, if the user database knows it.
    package var userName: String?
    /// The names of the user's groups (primary and supplementary, from the user database), sorted.
    package var groupNames: [String]

    package init(pid: Int32, uid: UInt32, gid: UInt32, userName: String?, groupNames: [String]) {
        self.pid = pid
        self.uid = uid
        self.gid = gid
        self.userName = userName
        self.groupNames = groupNames
    }

    package var description: String {
        "pid=\(pid) uid=\(uid)(\(userName ?? "?")) gid=\(gid) groups=\(groupNames.joined(separator: ","))"
    }

    /// Reads the credentials of the peer of a connected Unix socket file descriptor.
    ///
    /// Resolves names through the user database, which may block (NSS, LDAP): do not call it
    /// on the cooperative thread pool; ``resolve(uid:gid:pid:)`` via a thread pool is what the server uses.
    package static func read(fileDescriptor: CInt) throws(VarlinkPeerCredentialsError) -> VarlinkPeerCredentials {
        var raw = cpc_peer_credentials()
        let result = cpc_get_peer_credentials(fileDescriptor, &raw)
        guard result == 0 else { throw VarlinkPeerCredentialsError(errno: result) }
        return resolve(uid: raw.uid, gid: raw.gid, pid: raw.pid)
    }

    /// Reads the peer credentials of a NIO socket channel.
    ///
    /// NIO exposes no file descriptor, but runs getsockopt for us through `SocketOptionProvider`;
    /// `cpc_peer_credentials` is layout-checked against `struct ucred` in C. The name lookups run on
    /// NIO's blocking thread pool so they never stall the cooperative pool.
    static func read(channel: any Channel, threadPool: NIOThreadPool = .singleton) async throws
        -> VarlinkPeerCredentials
    {
        guard let provider = channel as? any SocketOptionProvider else {
            throw VarlinkPeerCredentialsError(errno: ENOTSUP)
        }
        let raw: cpc_peer_credentials = try await provider.unsafeGetSocketOption(
            level: SocketOptionLevel(SOL_SOCKET), name: SocketOptionName(cpc_so_peercred())
        ).get()
        let (pid, uid, gid) = (raw.pid, raw.uid, raw.gid)
        return try await threadPool.runIfActive {
            VarlinkPeerCredentials.resolve(uid: uid, gid: gid, pid: pid)
        }
    }

    /// Looks up the user and group names for numeric credentials. Blocking (user database).
    package static func resolve(uid: uid_t, gid: gid_t, pid: pid_t) -> VarlinkPeerCredentials {
        let user = lookUpUser(uid)
        var groups: [String] = []
        if let user {
            groups = lookUpGroupNames(user: user, primaryGroup: gid)
        } else if let name = lookUpGroupName(gid) {
            groups = [name]
        }
        return VarlinkPeerCredentials(pid: pid, uid: uid, gid: gid, userName: user, groupNames: groups)
    }

    private static func lookUpUser(_ uid: uid_t) -> String? {
        var pwd = passwd()
        var result: UnsafeMutablePointer<passwd>? = nil
        var bufferSize = 4096
        while true {
            let (status, name): (Int32, String?) = withUnsafeTemporaryAllocation(of: CChar.self, capacity: bufferSize) {
                buffer in
                let status = getpwuid_r(uid, &pwd, buffer.baseAddress!, bufferSize, &result)
                guard status == 0, result != nil, let name = pwd.pw_name else { return (status, nil) }
                return (status, String(cString: name))
            }
            if status == ERANGE && bufferSize < 1 << 20 {
                bufferSize *= 2
                continue
            }
            return name
        }
    }

    private static func lookUpGroupName(_ gid: gid_t) -> String? {
        var grp = group()
        var result: UnsafeMutablePointer<group>? = nil
        var bufferSize = 4096
        while true {
            let (status, name): (Int32, String?) = withUnsafeTemporaryAllocation(of: CChar.self, capacity: bufferSize) {
                buffer in
                let status = getgrgid_r(gid, &grp, buffer.baseAddress!, bufferSize, &result)
                guard status == 0, result != nil, let name = grp.gr_name else { return (status, nil) }
                return (status, String(cString: name))
            }
            if status == ERANGE && bufferSize < 1 << 20 {
                bufferSize *= 2
                continue
            }
            return name
        }
    }

    private static func lookUpGroupNames(user: String, primaryGroup: gid_t) -> [String] {
        var count: Int32 = 64
        var gids = [gid_t](repeating: 0, count: Int(count))
        while getgrouplist(user, primaryGroup, &gids, &count) == -1 {
            // `count` now holds the number needed.
            gids = [gid_t](repeating: 0, count: Int(count) + 16)
            count = Int32(gids.count)
        }
        let names = Set(gids.prefix(Int(count)).compactMap(lookUpGroupName))
        return names.sorted()
    }
}
