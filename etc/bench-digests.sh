#!/usr/bin/env bash
# Composes and delivers 100,000 digests through the application code (DigestHandler + outbox
# delivery over MailKit, one connection per batch) into an in-process SMTP sink, beside a plain
# MailKit send loop of the same messages (one connection per worker) measured in the same run;
# reports messages per second and peak memory.
#
#   etc/bench-digests.sh                 100,000 digests, 4 delivery workers
#   etc/bench-digests.sh 20000 8         count and workers
#
# Uses $CODESIGN_TEST_POSTGRES when set (e.g. after `source etc/local-servers.sh`), otherwise starts
# a throw-away PostgreSQL cluster. Writes the table to docs/bench-digests.md.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
source etc/lib/servers.sh
COUNT=${1:-100000}
WORKERS=${2:-4}
WORK=
cleanup() { [[ -n $WORK ]] && { stop_servers "$WORK"; rm -rf "$WORK"; }; }
trap cleanup EXIT
if [[ -z ${CODESIGN_TEST_POSTGRES:-} ]]; then
    ensure_packages
    WORK=$(mktemp -d /tmp/codesign-bench.XXXXXX)
    start_postgres "$WORK"
    CODESIGN_TEST_POSTGRES="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Password=postgres;Database=postgres"
fi
dotnet build -c Release etc/bench/DigestBench -v quiet -nologo >/dev/null
dotnet etc/bench/DigestBench/bin/Release/net10.0/DigestBench.dll \
    --postgres "$CODESIGN_TEST_POSTGRES" --count "$COUNT" --workers "$WORKERS" --markdown docs/bench-digests.md \
    2> >(grep -v -e '__EFMigrationsHistory' -e 'Failed executing DbCommand' -e '^      ' -e '^fail:' >&2)
