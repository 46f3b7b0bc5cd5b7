#!/usr/bin/env bash
# The test servers (PostgreSQL + SMTP) for running `dotnet test` by hand.
#
#   source etc/local-servers.sh        start (or reuse) them and export the CODESIGN_* variables
#   eval "$(etc/local-servers.sh)"     the same, from any shell
#   etc/local-servers.sh stop          stop them and remove their folder
#
# They live in /tmp/codesign-local-servers until stopped.

_codesign_local_servers() {
    local here dir=/tmp/codesign-local-servers
    here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
    # shellcheck source=etc/lib/servers.sh
    source "$here/lib/servers.sh" || return 1

    if [[ ${1:-start} == stop ]]; then
        stop_servers "$dir"
        rm -rf "$dir"
        echo "# test servers stopped" >&2
        return 0
    fi
    [[ ${1:-start} == start ]] || { echo "usage: $0 [start|stop]" >&2; return 2; }

    if [[ -f $dir/env ]] && [[ -f $dir/pgdata/postmaster.pid ]] &&
       start-stop-daemon --status --pidfile "$dir/smtp.pid" 2>/dev/null; then
        cat "$dir/env"        # already running: reuse
        return 0
    fi
    stop_servers "$dir"; rm -rf "$dir"
    ensure_packages || return 1
    mkdir -p "$dir" && chmod 755 "$dir"
    if ! { start_postgres "$dir" && start_smtp "$dir"; }; then
        stop_servers "$dir"; return 1
    fi
    print_test_env >"$dir/env"
    cat "$dir/env"
    echo "# postgres 127.0.0.1:$PGPORT, smtp 127.0.0.1:$SMTP_PORT; stop with: etc/local-servers.sh stop" >&2
}

if [[ ${BASH_SOURCE[0]} != "$0" ]]; then
    # sourced: export into the caller's shell
    if [[ ${1:-start} == stop ]]; then
        _codesign_local_servers stop
    else
        eval "$(_codesign_local_servers "$@")"
    fi
    unset -f _codesign_local_servers
else
    set -uo pipefail
    _codesign_local_servers "$@"
fi
