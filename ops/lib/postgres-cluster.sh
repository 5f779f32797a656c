# Shared by ops/test and ops/bench: a throwaway PostgreSQL cluster in a temporary directory.
#
# Source it, then call `cluster_start [extra postgres -c settings...]`; it exports TK_CLUSTER_URL and
# registers cleanup on exit. postgres refuses to run as root, so under root the cluster belongs to an
# unprivileged user. It listens only on a Unix socket inside its directory, unless TK_CLUSTER_TCP_PORT
# is set: then also on 127.0.0.1 at that port (every role trusted from there, as on the socket), and
# TK_CLUSTER_TCP_URL is exported beside TK_CLUSTER_URL (for a client that cannot reach the socket,
# such as a daemon in a container sharing the host's network).

cluster_pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] || { echo "ops: no PostgreSQL server binaries under /usr/lib/postgresql" >&2; return 1; }
  echo "$dir"
}

cluster_as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u "$TK_CLUSTER_OWNER" -- "$@"
  else
    "$@"
  fi
}

cluster_stop() {
  [ -n "${TK_CLUSTER_DIR:-}" ] || return 0
  if [ -f "$TK_CLUSTER_DIR/data/postmaster.pid" ]; then
    cluster_as_owner "$TK_PG_BIN/pg_ctl" -D "$TK_CLUSTER_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$TK_CLUSTER_DIR"
  TK_CLUSTER_DIR=
}

cluster_start() {
  TK_PG_BIN=$(cluster_pg_bin) || return 1
  TK_CLUSTER_OWNER=$(id -un)
  if [ "$(id -u)" = 0 ]; then
    if id postgres >/dev/null 2>&1; then TK_CLUSTER_OWNER=postgres; else TK_CLUSTER_OWNER=nobody; fi
  fi
  TK_CLUSTER_DIR=$(mktemp -d "${TMPDIR:-/tmp}/tredjekraft-pg.XXXXXX")
  chmod 755 "$TK_CLUSTER_DIR"
  mkdir -p "$TK_CLUSTER_DIR/data" "$TK_CLUSTER_DIR/socket" "$TK_CLUSTER_DIR/log"
  [ "$(id -u)" = 0 ] && chown -R "$TK_CLUSTER_OWNER" "$TK_CLUSTER_DIR/data" "$TK_CLUSTER_DIR/socket" "$TK_CLUSTER_DIR/log"
  trap cluster_stop EXIT
  trap 'cluster_stop; exit 130' INT
  trap 'cluster_stop; exit 143' TERM

  cluster_as_owner "$TK_PG_BIN/initdb" -D "$TK_CLUSTER_DIR/data" -U postgres --auth=trust \
    --encoding=UTF8 --locale=C.UTF-8 >"$TK_CLUSTER_DIR/initdb.log" 2>&1 \
    || { cat "$TK_CLUSTER_DIR/initdb.log" >&2; return 1; }
  # One role must prove that a wrong password is reported well; everyone else is trusted.
  cat >"$TK_CLUSTER_DIR/data/pg_hba.conf" <<'HBA'
local all tk_password_probe scram-sha-256
local all all trust
HBA
  local listen=
  if [ -n "${TK_CLUSTER_TCP_PORT:-}" ]; then
    listen=127.0.0.1
    echo "host all all 127.0.0.1/32 trust" >>"$TK_CLUSTER_DIR/data/pg_hba.conf"
  fi
  # Swift Testing starts the suite's tests at once, each with a pool or a daemon of its own, and since
  # each schema migrates and loads under its own lock none waits for another's: 300 sessions ran out
  # ("too many clients"). The suite peaks well below 1000.
  local settings=(-c "listen_addresses=$listen" -c "unix_socket_directories=$TK_CLUSTER_DIR/socket"
    -c max_connections=1000 -c shared_buffers=256MB)
  [ -z "$listen" ] || settings+=(-c "port=$TK_CLUSTER_TCP_PORT")
  local extra
  for extra in "$@"; do settings+=(-c "$extra"); done
  cluster_as_owner "$TK_PG_BIN/pg_ctl" -D "$TK_CLUSTER_DIR/data" -l "$TK_CLUSTER_DIR/log/server.log" -w \
    -o "${settings[*]}" start >/dev/null \
    || { cat "$TK_CLUSTER_DIR/log/server.log" >&2; return 1; }
  TK_CLUSTER_URL="postgresql:///postgres?host=$TK_CLUSTER_DIR/socket&user=postgres"
  export TK_CLUSTER_URL
  if [ -n "$listen" ]; then
    # The port names the Unix socket's file too.
    TK_CLUSTER_URL="$TK_CLUSTER_URL&port=$TK_CLUSTER_TCP_PORT"
    TK_CLUSTER_TCP_URL="postgresql://postgres@127.0.0.1:$TK_CLUSTER_TCP_PORT/postgres"
    export TK_CLUSTER_TCP_URL
  fi
}
