# shellcheck shell=bash
# Throw-away PostgreSQL + SMTP servers for the tests. Sourced by etc/test.sh and
# etc/local-servers.sh; defines functions only and never calls `exit`, so it is
# safe to source from an interactive shell.
#
#   ensure_packages            apt-get install whatever is missing (root only)
#   start_postgres DIR         cluster in DIR/pgdata on a free 127.0.0.1 port -> PGPORT
#   start_smtp DIR             aiosmtpd writing to the Maildir DIR/maildir    -> SMTP_PORT, MAILDIR
#   stop_servers DIR           stop both (whatever of them is running in DIR)
#   print_test_env             the export lines the tests read

PG_BIN=/usr/lib/postgresql/15/bin
SYS_PYTHON=/usr/bin/python3   # Debian's python: the one python3-aiosmtpd installs into
CHROMIUM=/usr/bin/chromium

_srv_log() { printf '%s\n' "$*" >&2; }

ensure_packages() {
    local missing=()
    [[ -x $PG_BIN/initdb && -x $PG_BIN/pg_ctl && -x /usr/bin/pg_isready ]] || missing+=(postgresql)
    [[ -x $CHROMIUM ]] || missing+=(chromium)
    { [[ -x $SYS_PYTHON ]] && $SYS_PYTHON -c 'import aiosmtpd' 2>/dev/null; } || missing+=(python3-aiosmtpd)
    [[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]] || missing+=(fonts-dejavu-core)
    ((${#missing[@]} == 0)) && return 0

    if [[ $EUID -ne 0 ]]; then
        _srv_log "missing packages: ${missing[*]} (run as root, or: sudo apt-get install ${missing[*]})"
        return 1
    fi
    _srv_log "installing: ${missing[*]}"
    local aptlog rc=0 made_policy=
    aptlog=$(mktemp /tmp/codesign-apt.XXXXXX.log)
    # Keep package scripts from starting services (postgresql would start its own
    # 'main' cluster); Docker-style images already ship this file.
    if [[ ! -e /usr/sbin/policy-rc.d ]]; then
        printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && made_policy=1
    fi
    {
        apt-get update -q &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
    } >"$aptlog" 2>&1 || rc=$?
    [[ -n $made_policy ]] && rm -f /usr/sbin/policy-rc.d
    if ((rc != 0)); then
        _srv_log "apt-get failed (exit $rc); last lines of $aptlog:"
        tail -n 40 "$aptlog" >&2
        return 1
    fi
    rm -f "$aptlog"
}

# A free TCP port on 127.0.0.1 (the kernel picks it; tiny race, good enough).
free_port() {
    $SYS_PYTHON -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

_as_pg() {  # initdb/postgres refuse to run as root
    if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {
    local dir=$1 i
    [[ $EUID -eq 0 ]] && chown postgres: "$dir"
    PGPORT=$(free_port) || return 1
    if ! _as_pg "$PG_BIN/initdb" -D "$dir/pgdata" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
            >"$dir/initdb.log" 2>&1; then
        _srv_log "initdb failed:"; tail -n 20 "$dir/initdb.log" >&2; return 1
    fi
    cat >>"$dir/pgdata/postgresql.conf" <<EOF
# added by etc/lib/servers.sh: throw-away test cluster
port = $PGPORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
max_connections = 300
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
    if ! _as_pg "$PG_BIN/pg_ctl" -D "$dir/pgdata" -l "$dir/postgres.log" -w -t 60 start >/dev/null 2>&1; then
        _srv_log "PostgreSQL did not start:"; tail -n 20 "$dir/postgres.log" >&2; return 1
    fi
    for ((i = 0; i < 100; i++)); do
        /usr/bin/pg_isready -q -h 127.0.0.1 -p "$PGPORT" && return 0
        sleep 0.2
    done
    _srv_log "PostgreSQL not ready on port $PGPORT:"; tail -n 20 "$dir/postgres.log" >&2
    return 1
}

start_smtp() {
    local dir=$1 i
    MAILDIR=$dir/maildir
    mkdir -p "$MAILDIR"/{new,cur,tmp}
    SMTP_PORT=$(free_port) || return 1
    # start-stop-daemon detaches it (own session, no terminal, no inherited
    # stdout) and records its pid, so it behaves alike from a script or a shell.
    if ! start-stop-daemon --start --quiet --background --make-pidfile --pidfile "$dir/smtp.pid" \
            --output "$dir/smtp.log" --exec "$SYS_PYTHON" -- \
            -m aiosmtpd -n -l "127.0.0.1:$SMTP_PORT" -c aiosmtpd.handlers.Mailbox "$MAILDIR"; then
        _srv_log "SMTP server did not start"; return 1
    fi
    for ((i = 0; i < 100; i++)); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$SMTP_PORT") 2>/dev/null; then return 0; fi
        kill -0 "$(cat "$dir/smtp.pid" 2>/dev/null)" 2>/dev/null || break
        sleep 0.1
    done
    _srv_log "SMTP server not listening on port $SMTP_PORT:"; tail -n 20 "$dir/smtp.log" >&2
    return 1
}

stop_servers() {
    local dir=$1 pid
    [[ -n $dir && -d $dir ]] || return 0
    if [[ -f $dir/smtp.pid ]]; then
        start-stop-daemon --stop --quiet --oknodo --pidfile "$dir/smtp.pid" --retry TERM/5/KILL/2 || true
        rm -f "$dir/smtp.pid"
    fi
    if [[ -f $dir/pgdata/postmaster.pid ]]; then
        _as_pg "$PG_BIN/pg_ctl" -D "$dir/pgdata" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
        # pg_ctl failed or timed out: make sure the postmaster is gone anyway.
        if [[ -f $dir/pgdata/postmaster.pid ]]; then
            pid=$(head -n 1 "$dir/pgdata/postmaster.pid")
            [[ $pid =~ ^[0-9]+$ ]] && kill -KILL "$pid" 2>/dev/null || true
        fi
    fi
    return 0
}

print_test_env() {
    cat <<EOF
export CODESIGN_TEST_POSTGRES='Host=127.0.0.1;Port=$PGPORT;Username=postgres;Password=postgres;Database=postgres;Include Error Detail=true'
export CODESIGN_TEST_SMTP_HOST=127.0.0.1
export CODESIGN_TEST_SMTP_PORT=$SMTP_PORT
export CODESIGN_TEST_MAILDIR='$MAILDIR'
export CODESIGN_CHROMIUM=$CHROMIUM
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
EOF
}
