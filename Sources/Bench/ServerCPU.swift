import Foundation
import Postgres

/// CPU time spent by the PostgreSQL server (every child of its postmaster), read from `/proc`.
///
/// On a machine of two shared cores, eight writers are often CPU-bound rather than fsync-bound; the
/// server's CPU per event tells which side does more work for the same row. Works only when the
/// server runs on this machine; otherwise the figure is left out.
struct ServerCPU: Sendable {
    let postmaster: Int32
    private static let ticksPerSecond = Double(sysconf(Int32(_SC_CLK_TCK)))

    /// Finds the postmaster as the parent of one of the pool's backends.
    init?(pool: PostgresPool) async {
        guard let rows = try? await pool.query("SELECT pg_backend_pid()"),
            let backend = try? rows[0].decode(0, as: Int32.self),
            let stat = Self.stat(of: backend)
        else { return nil }
        postmaster = stat.parent
    }

    /// Seconds of CPU (user and system) used so far by the server's processes that are still running.
    func seconds() -> Double {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return 0 }
        var ticks = 0
        for entry in entries {
            guard let pid = Int32(entry), let stat = Self.stat(of: pid), stat.parent == postmaster else { continue }
            ticks += stat.ticks
        }
        return Double(ticks) / Self.ticksPerSecond
    }

    /// The parent and the user+system ticks from `/proc/<pid>/stat`.
    private static func stat(of pid: Int32) -> (parent: Int32, ticks: Int)? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = text.lastIndex(of: ")")
        else { return nil }
        // After "pid (comm)": state, ppid, …; utime and stime are fields 14 and 15 (1-based).
        let fields = text[text.index(after: close)...].split(separator: " ")
        guard fields.count > 13, let parent = Int32(fields[1]), let user = Int(fields[11]), let system = Int(fields[12])
        else { return nil }
        return (parent, user + system)
    }
}
