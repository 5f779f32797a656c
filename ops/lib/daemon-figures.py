#!/usr/bin/env python3
"""The daemon's own figures for `ops/bench --daemon`: start-to-READY, stop time and idle memory.

Each is printed next to a reference measured in the same run on the same machine and database:
the same binary's process start alone (`--version`), a libpq client's connect-and-query (`psql`),
and the resident memory of the PostgreSQL server's main process.
"""
import argparse
import os
import signal
import socket
import statistics
import subprocess
import tempfile
import time


def median_seconds(command, rounds=5):
    samples = []
    for _ in range(rounds):
        start = time.monotonic()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        samples.append(time.monotonic() - start)
    return statistics.median(samples)


def rss_kib(pid, field="VmRSS"):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(f"no {field} for pid {pid}")


class Daemon:
    """tredjekraftd with a NOTIFY_SOCKET of our own, so READY=1 and STOPPING=1 can be timed."""

    def __init__(self, binary, config, directory):
        self.notify_path = os.path.join(directory, f"notify-{time.monotonic_ns()}.sock")
        self.notify = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.notify.bind(self.notify_path)
        env = {k: v for k, v in os.environ.items() if not k.startswith("TREDJEKRAFT_")}
        env["NOTIFY_SOCKET"] = self.notify_path
        self.log = open(os.path.join(directory, "daemon.log"), "ab")
        self.started = time.monotonic()
        self.process = subprocess.Popen([binary, "--config", config], env=env, stdout=self.log, stderr=self.log)

    def wait_for(self, word, timeout=120):
        self.notify.settimeout(timeout)
        while True:
            message = self.notify.recv(4096).decode()
            if word in message.split("\n"):
                return time.monotonic()

    def stop(self):
        sent = time.monotonic()
        self.process.send_signal(signal.SIGTERM)
        status = self.process.wait(timeout=60)
        self.notify.close()
        os.unlink(self.notify_path)
        return time.monotonic() - sent, status


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--daemon", required=True)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--url", required=True)
    parser.add_argument("--postmaster-pid", required=True, help="the cluster's postmaster.pid file")
    parser.add_argument("--idle-seconds", type=float, default=10)
    args = parser.parse_args()

    directory = tempfile.mkdtemp(prefix="tk-figures-")
    os.chmod(directory, 0o755)
    socket_path = os.path.join(directory, "admin.sock")
    config = os.path.join(directory, "tredjekraft.yaml")
    with open(config, "w") as file:
        file.write(
            f'database:\n  url: "{args.url}"\n  schema: figures\nstate_directory: {directory}/state\n'
            f'admin:\n  socket_path: {socket_path}\n  socket_mode: "0600"\nlog:\n  level: notice\n')

    process_start = median_seconds([args.daemon, "--version"])
    libpq_query = median_seconds(["psql", args.url, "-Atqc", "SELECT 1"])

    rows = []
    daemon = Daemon(args.daemon, config, directory)
    ready = daemon.wait_for("READY=1") - daemon.started
    rows.append(("start to READY=1, new schema (migrations)", f"{ready * 1000:.0f} ms",
                 f"{process_start * 1000:.0f} ms", "tredjekraftd --version (process start alone)"))
    start = time.monotonic()
    subprocess.run([args.cli, "--socket", socket_path, "demo", "load"], check=True, stdout=subprocess.DEVNULL)
    demo = time.monotonic() - start
    rows.append(("demo load (217 commands, read-your-writes each)", f"{demo * 1000:.0f} ms",
                 f"{libpq_query * 217 * 1000:.0f} ms", "217 × psql connect + SELECT 1"))
    time.sleep(args.idle_seconds)
    idle = rss_kib(daemon.process.pid)
    peak = rss_kib(daemon.process.pid, "VmHWM")
    with open(args.postmaster_pid) as file:
        postmaster = int(file.readline())
    reference_rss = rss_kib(postmaster)
    rows.append((f"idle RSS after {args.idle_seconds:.0f} s (demo loaded)", f"{idle / 1024:.1f} MiB",
                 f"{reference_rss / 1024:.1f} MiB", "PostgreSQL's postmaster process"))
    rows.append(("peak RSS so far", f"{peak / 1024:.1f} MiB", "", ""))
    stop, status = daemon.stop()
    rows.append((f"SIGTERM to exit (status {status})", f"{stop * 1000:.0f} ms",
                 f"{libpq_query * 1000:.0f} ms", "psql connect + SELECT 1"))

    daemon = Daemon(args.daemon, config, directory)
    ready = daemon.wait_for("READY=1") - daemon.started
    rows.append(("start to READY=1, existing schema, read models current", f"{ready * 1000:.0f} ms",
                 f"{process_start * 1000:.0f} ms", "tredjekraftd --version (process start alone)"))
    time.sleep(args.idle_seconds)
    idle = rss_kib(daemon.process.pid)
    rows.append((f"idle RSS after {args.idle_seconds:.0f} s (restarted)", f"{idle / 1024:.1f} MiB",
                 f"{reference_rss / 1024:.1f} MiB", "PostgreSQL's postmaster process"))
    daemon.stop()
    subprocess.run(["psql", args.url, "-qc", "DROP SCHEMA figures CASCADE"], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    width = max(len(row[0]) for row in rows)
    print(f"{'daemon figure':<{width}}  {'value':>10}  {'reference':>10}  reference is")
    for name, value, reference, what in rows:
        print(f"{name:<{width}}  {value:>10}  {reference:>10}  {what}")


if __name__ == "__main__":
    main()
