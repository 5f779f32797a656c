import NIOPosix

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension VarlinkServer {
    /// Gives the bound socket the configured mode and group: they decide who may connect.
    func applySocketPermissions() async throws(VarlinkServerError) {
        let path = configuration.socketPath
        let mode = configuration.socketMode
        let groupName = configuration.socketGroup
        let result: Result<Void, VarlinkServerError>
        do {
            result = try await threadPool.runIfActive { () -> Result<Void, VarlinkServerError> in
                if chmod(path, mode) != 0 {
                    return .failure(
                        .cannotSetPermissions(path: path, reason: "chmod: \(String(cString: strerror(errno)))"))
                }
                if let groupName {
                    guard let gid = Self.groupID(named: groupName) else {
                        return .failure(.cannotSetPermissions(path: path, reason: "no group named \(groupName)"))
                    }
                    // Already the group (the daemon's own, or a set-group-ID directory's): no chown, which
                    // a hardened unit may not allow at all.
                    var status = stat()
                    if stat(path, &status) == 0, status.st_gid == gid { return .success(()) }
                    if chown(path, uid_t.max, gid) != 0 {
                        return .failure(
                            .cannotSetPermissions(
                                path: path,
                                reason: "chown to group \(groupName): \(String(cString: strerror(errno))) (under "
                                    + "systemd, a group other than the daemon's own needs the drop-in socket-group.conf)"
                            ))
                    }
                }
                return .success(())
            }
        } catch {
            result = .failure(.cannotSetPermissions(path: path, reason: "\(error)"))
        }
        try result.get()
    }

    private static func groupID(named name: String) -> gid_t? {
        var grp = group()
        var result: UnsafeMutablePointer<group>? = nil
        var size = 4096
        while true {
            let (status, gid): (Int32, gid_t?) = withUnsafeTemporaryAllocation(of: CChar.self, capacity: size) {
                buffer in
                let status = getgrnam_r(name, &grp, buffer.baseAddress!, size, &result)
                return (status, status == 0 && result != nil ? grp.gr_gid : nil)
            }
            if status == ERANGE && size < 1 << 20 {
                size *= 2
                continue
            }
            return gid
        }
    }
}
