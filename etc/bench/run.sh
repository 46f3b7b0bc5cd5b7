#!/usr/bin/env bash
# The performance benchmark (issue 7). Builds Release, makes (or reuses) the dataset on a
# PostgreSQL cluster of its own, runs the app in server mode as a separate process beside the
# raw-SQL baseline server, measures with wrk (and pgbench for the vote) at several connection
# counts, and writes docs/benchmarks.md.
#
#   etc/bench/run.sh                         full scale (1.2 M ideas, 12 M votes, 3 M comments)
#   BENCH_SCALE=0.05 etc/bench/run.sh        a quick run on 5% of the data
#   BENCH_DIR=/var/tmp/codesign-bench etc/bench/run.sh
#                                            keep the cluster (and the dataset) there between runs
#   BENCH_DURATION=8 BENCH_CONNECTIONS="8 32 64" BENCH_ONLY="list vote" etc/bench/run.sh
#   BENCH_OUTPUT=docs/benchmarks.md          where the table goes
#   etc/bench/run.sh generate                only make the dataset and report the load time
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
source etc/lib/servers.sh

SCALE=${BENCH_SCALE:-1}
DURATION=${BENCH_DURATION:-8}
CONNECTIONS=${BENCH_CONNECTIONS:-8 32 64}
ONLY=${BENCH_ONLY:-list html pages dashboard export vote}
OUTPUT=${BENCH_OUTPUT:-docs/benchmarks.md}
MODE=${1:-run}
DIR=${BENCH_DIR:-}
KEEP=${DIR:+1}
DB=codesign_bench_$(echo "$SCALE" | tr -c '0-9\n' '_')
APP_PID= RAW_PID=

log() { printf '[%(%H:%M:%S)T] %s\n' -1 "$*" >&2; }

stop_process() {  # SIGTERM, then SIGKILL after 20 s; before PostgreSQL stops (a node waits for it on shutdown)
    local pid=$1 i
    [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null || return 0
    kill "$pid" 2>/dev/null || true
    for ((i = 0; i < 40; i++)); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
    kill -KILL "$pid" 2>/dev/null || true
}

cleanup() {
    stop_process "$APP_PID"
    stop_process "$RAW_PID"
    if [[ -n $DIR ]]; then
        stop_servers "$DIR"
        [[ -z $KEEP ]] && rm -rf "$DIR"
    fi
}
trap cleanup EXIT

# --- tools and cluster -------------------------------------------------------------------
ensure_packages
if ! command -v wrk >/dev/null; then
    log "installing wrk"
    apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends wrk >/dev/null
fi
PGBENCH=$PG_BIN/pgbench

if [[ -n $DIR && -f $DIR/pgdata/PG_VERSION ]]; then
    PGPORT=$(free_port)
    sed -i "s/^port = .*/port = $PGPORT/" "$DIR/pgdata/postgresql.conf"
    _as_pg "$PG_BIN/pg_ctl" -D "$DIR/pgdata" -l "$DIR/postgres.log" -w -t 120 start >/dev/null
else
    DIR=${DIR:-$(mktemp -d /tmp/codesign-bench.XXXXXX)}
    mkdir -p "$DIR"
    chmod 755 "$DIR"
    start_postgres "$DIR"
    # A server-sized configuration for a 24 GB machine (the test cluster's defaults are tiny).
    cat >>"$DIR/pgdata/postgresql.conf" <<CONF
shared_buffers = 4GB
effective_cache_size = 12GB
work_mem = 32MB
maintenance_work_mem = 1GB
max_wal_size = 16GB
checkpoint_timeout = 30min
random_page_cost = 1.1
jit = off
CONF
    _as_pg "$PG_BIN/pg_ctl" -D "$DIR/pgdata" -l "$DIR/postgres.log" -w -t 120 restart >/dev/null
fi
export PGHOST=127.0.0.1 PGPORT PGUSER=postgres
CS="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Password=postgres;Database=$DB"
log "PostgreSQL on port $PGPORT, data in $DIR"

# --- build -------------------------------------------------------------------------------
log "building Release"
dotnet build -c Release src/CoDesign.Web -nologo -v quiet -clp:ErrorsOnly >/dev/null
dotnet build -c Release etc/bench/LoadBench -nologo -v quiet -clp:ErrorsOnly >/dev/null
APP_DLL=$ROOT/src/CoDesign.Web/bin/Release/net10.0/CoDesign.Web.dll
BENCH_DLL=$ROOT/etc/bench/LoadBench/bin/Release/net10.0/LoadBench.dll

app_env() {
    env ASPNETCORE_ENVIRONMENT=Production Database__Provider=PostgreSql "ConnectionStrings__Default=$CS" \
        Mail__PickupDirectory="$DIR/mail" Logging__LogLevel__Default=Warning "$@"
}

# --- dataset -----------------------------------------------------------------------------
if [[ $(psql -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = '$DB'") != 1 ]] ||
   [[ $(psql -d "$DB" -Atc "SELECT to_regclass('bench_done') IS NOT NULL") != t ]]; then
    log "making the dataset at scale $SCALE in database $DB"
    psql -d postgres -qc "DROP DATABASE IF EXISTS \"$DB\" WITH (FORCE)" -c "CREATE DATABASE \"$DB\""
    (cd "$(dirname "$APP_DLL")" && app_env dotnet "$APP_DLL" migrate >"$DIR/migrate.log" 2>&1) || { tail -n 30 "$DIR/migrate.log"; exit 1; }
    dotnet "$BENCH_DLL" generate --postgres "$CS" --scale "$SCALE" | tee "$DIR/generate.log"
    psql -d "$DB" -qc "CREATE TABLE bench_done AS SELECT now() AS at"
fi
# A kept dataset gets the migrations added since it was made, as an upgrade would.
(cd "$(dirname "$APP_DLL")" && app_env dotnet "$APP_DLL" migrate >"$DIR/migrate.log" 2>&1) || { tail -n 30 "$DIR/migrate.log"; exit 1; }
psql -d "$DB" -Atc "SELECT 'dataset: ' || (SELECT count(*) FROM \"Ideas\") || ' ideas, ' || (SELECT count(*) FROM \"Votes\") || ' votes, ' || (SELECT count(*) FROM \"Comments\") || ' comments, ' || (SELECT count(*) FROM \"AspNetUsers\") || ' people, ' || pg_size_pretty(pg_database_size('$DB'))" | tee "$DIR/dataset.txt"
[[ $MODE == generate ]] && exit 0

# --- servers -----------------------------------------------------------------------------
APP_PORT=$(free_port)
RAW_PORT=$(free_port)
(cd "$(dirname "$APP_DLL")" && exec env ASPNETCORE_URLS="http://127.0.0.1:$APP_PORT" ASPNETCORE_ENVIRONMENT=Production \
    Database__Provider=PostgreSql "ConnectionStrings__Default=$CS;Maximum Pool Size=100" \
    Mail__PickupDirectory="$DIR/mail" Logging__LogLevel__Default=Warning \
    Logging__LogLevel__CoDesign.Web.Coordination.CoordinationWarmUpService=Information \
    RateLimits__SignInPermits=100000 RateLimits__ParticipationPermits=10000000 Coordination__CacheDuration=00:30:00 \
    dotnet "$APP_DLL" >"$DIR/app.log" 2>&1) &
APP_PID=$!
dotnet "$BENCH_DLL" raw --postgres "$CS;Maximum Pool Size=100" --urls "http://127.0.0.1:$RAW_PORT" >"$DIR/raw.log" 2>&1 &
RAW_PID=$!
APP=http://127.0.0.1:$APP_PORT
RAW=http://127.0.0.1:$RAW_PORT
for _ in $(seq 1 120); do
    curl -sf "$APP/health/ready" >/dev/null && curl -sf "$RAW/raw/helsinki" >/dev/null && break
    sleep 1
done
curl -sf --retry 5 --retry-all-errors --retry-delay 2 "$APP/health/ready" >/dev/null || { log "the app did not become ready"; tail -n 40 "$DIR/app.log"; exit 1; }
# The .NET host is a child of the subshell; find the process that listens.
APP_NODE=$APP_PID
log "app on $APP (pid $APP_NODE), raw baseline on $RAW"

# A node computes the coordination dashboard in advance when it starts (and again every few
# minutes): wait for the first round, so it is not measured as part of the first figures.
WARMUP_NOTE="not seen within 10 minutes"
for _ in $(seq 1 600); do
    line=$(grep -o 'computed in advance in [0-9]* ms' "$DIR/app.log" | head -1 || true)
    [[ -n $line ]] && { WARMUP_NOTE=${line#computed in advance in }; break; }
    grep -q 'in advance failed' "$DIR/app.log" && { WARMUP_NOTE="failed (see app.log)"; break; }
    sleep 1
done
log "dashboard computed in advance: $WARMUP_NOTE"
export BENCH_WARMUP_NOTE=$WARMUP_NOTE

# --- what to ask for ----------------------------------------------------------------------
W=$DIR/work
mkdir -p "$W"
CITY=helsinki
CITY_ID=$(psql -d "$DB" -Atc "SELECT \"Id\" FROM \"Cities\" WHERE \"Slug\" = '$CITY'")
PUBLIC="('Published','UnderReview','Accepted','InProgress','Implemented','NotPursued')"
cursor() {  # cursor SORT-EXPRESSION OFFSET -> the app's keyset cursor after that many rows
    local row
    row=$(psql -d "$DB" -Atc "SELECT $1, \"Id\" FROM \"Ideas\" WHERE \"TenantId\" = '$CITY_ID' AND \"Status\" IN $PUBLIC AND NOT \"ProvisionallyHidden\" ORDER BY $1 DESC, \"Id\" DESC OFFSET $2 LIMIT 1")
    printf '%s' "$row" | base64 -w0 | tr '+/' '-_' | tr -d '='
}
TICKS="(floor(extract(epoch FROM \"%s\") * 1000000)::bigint * 10 + 621355968000000000)"
DEEP=$(psql -d "$DB" -Atc "SELECT LEAST(2000, count(*) / 2) FROM \"Ideas\" WHERE \"TenantId\" = '$CITY_ID'")
TOP_CURSOR=$(cursor '"VoteCount"' "$DEEP")
NEWEST_CURSOR=$(cursor "$(printf "$TICKS" PublishedAt)" "$DEEP")
SEARCH=$(python3 -c 'import urllib.parse; print(urllib.parse.quote("pyöräteiden"))')
# Idea pages people open: a sample weighted towards popular ideas (the top 2,000 by votes).
psql -d "$DB" -Atc "SELECT '/$CITY/ideas/' || \"Id\" FROM (SELECT \"Id\" FROM \"Ideas\" WHERE \"TenantId\" = '$CITY_ID' AND \"Status\" = 'Published' ORDER BY \"VoteCount\" DESC LIMIT 2000) t ORDER BY md5(\"Id\"::text) LIMIT 200" >"$W/idea-pages.txt"
sed "s|^/$CITY/ideas/|/raw/$CITY/ideas/|" "$W/idea-pages.txt" >"$W/idea-raw.txt"

declare -a RESULTS=()
RESULT_FILE=$W/results.jsonl
: >"$RESULT_FILE"

reset_rss() { echo 5 >"/proc/$APP_NODE/clear_refs" 2>/dev/null || true; }
peak_rss() { awk '/VmHWM/ { printf "%d", $2 / 1024 }' "/proc/$APP_NODE/status"; }

settle() {  # until PostgreSQL runs nothing (a slow query outlives the wrk run that sent it), at most 2 minutes
    local i
    for ((i = 0; i < 240; i++)); do
        [[ $(psql -d "$DB" -Atc "SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND pid <> pg_backend_pid() AND backend_type = 'client backend'") == 0 ]] && return 0
        sleep 0.5
    done
}

run_wrk() {  # run_wrk CONNECTIONS URL [SCRIPT] -> the RESULT json
    local c=$1 url=$2 script=${3:-etc/bench/wrk/report.lua} threads=2
    ((c < 2)) && threads=1
    settle
    wrk -t"$threads" -c"$c" -d"${DURATION}s" --timeout 30s -s "$script" "$url" | sed -n 's/^RESULT //p'
}

record() {  # record GROUP NAME CONNECTIONS APP-JSON BASELINE-NAME BASELINE-JSON RSS
    printf '{"group": "%s", "name": "%s", "connections": %s, "app": %s, "baseline_name": "%s", "baseline": %s, "rss_mb": %s}\n' \
        "$1" "$2" "$3" "$4" "$5" "${6:-null}" "$7" >>"$RESULT_FILE"
    log "$2 @$3: app $4 | $5 ${6:-}"
}

measure() {  # measure GROUP NAME APP-URL BASELINE-NAME BASELINE-URL [APP-PATHS BASELINE-PATHS]
    local group=$1 name=$2 app_url=$3 base_name=$4 base_url=$5 app_paths=${6:-} base_paths=${7:-} c a b
    WRK_PATHS=$app_paths wrk -t2 -c8 -d2s --timeout 30s -s etc/bench/wrk/report.lua "$app_url" >/dev/null   # warm-up
    for c in $CONNECTIONS; do
        reset_rss
        a=$(WRK_PATHS=$app_paths run_wrk "$c" "$app_url")
        local rss
        rss=$(peak_rss)
        b=null
        [[ -n $base_url ]] && b=$(WRK_PATHS=$base_paths run_wrk "$c" "$base_url")
        record "$group" "$name" "$c" "$a" "$base_name" "$b" "$rss"
    done
}

want() { [[ " $ONLY " == *" $1 "* ]]; }

# --- idea list: API and HTML, every sort, first and deep page, search ---------------------
API="$APP/api/v1/cities/$CITY/ideas"
BASE="$RAW/raw/$CITY/ideas"
if want list; then
    for sort in trending top newest mostDiscussed random; do
        measure list "list API, $sort, first page" "$API?sort=$sort" "raw SQL, same rows" "$BASE?sort=$sort"
    done
    measure list "list API, top, deep page (row $DEEP)" "$API?sort=top&cursor=$TOP_CURSOR" "raw SQL, same rows" "$BASE?sort=top&cursor=$TOP_CURSOR"
    measure list "list API, newest, deep page (row $DEEP)" "$API?sort=newest&cursor=$NEWEST_CURSOR" "raw SQL, same rows" "$BASE?sort=newest&cursor=$NEWEST_CURSOR"
    measure list "list API, search 'pyöräteiden'" "$API?search=$SEARCH" "raw SQL, same rows" "$BASE?search=$SEARCH"
    measure list "list API, search for a word no idea has" "$API?search=xylofoni" "raw SQL, same rows" "$BASE?search=xylofoni"
fi
if want html; then
    for sort in trending top newest mostDiscussed random; do
        measure html "list page (HTML), $sort" "$APP/$CITY/ideas?sort=$sort" "raw SQL, same rows (JSON)" "$BASE?sort=$sort"
    done
    measure html "list page (HTML), top, deep page" "$APP/$CITY/ideas?sort=top&cursor=$TOP_CURSOR" "raw SQL, same rows (JSON)" "$BASE?sort=top&cursor=$TOP_CURSOR"
    measure html "list page (HTML), search" "$APP/$CITY/ideas?q=$SEARCH" "raw SQL, same rows (JSON)" "$BASE?search=$SEARCH"
fi
if want pages; then
    # Popular pages are viewed again and again: each is opened once before measuring, as on a node
    # that has been serving (its "also proposed in" is then kept per idea for a few minutes).
    # The cold first view of each is timed separately below.
    t0=$(date +%s.%N)
    xargs -P 2 -I{} curl -s -o /dev/null "$APP{}" <"$W/idea-pages.txt"
    t1=$(date +%s.%N)
    xargs -P 2 -I{} curl -s -o /dev/null "$RAW{}" <"$W/idea-raw.txt"
    t2=$(date +%s.%N)
    n=$(wc -l <"$W/idea-pages.txt")
    export BENCH_COLD_IDEA_NOTE=$(python3 -c "print(f'{($t1 - $t0) / $n * 2 * 1000:.0f} ms per page for the app, {($t2 - $t1) / $n * 2 * 1000:.0f} ms for the raw baseline (two at a time, first view of each of the $n pages)')")
    log "first views: $BENCH_COLD_IDEA_NOTE"
    measure pages "idea page (200 popular ideas)" "$APP" "raw SQL: idea + latest 30 threads (JSON)" "$RAW" "$W/idea-pages.txt" "$W/idea-raw.txt"
    measure pages "city home" "$APP/$CITY" "raw SQL: top 5, newest 5, categories" "$RAW/raw/$CITY"
fi

# --- coordination dashboard (signed-in coordinator) -------------------------------------------
if want dashboard; then
    curl -s -c "$W/coordinator.cookies" -b "$W/coordinator.cookies" "$APP/account/login" -o "$W/login.html"
    TOKEN=$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' "$W/login.html" | head -1 | sed 's/.*value="//; s/"$//')
    curl -s -c "$W/coordinator.cookies" -b "$W/coordinator.cookies" -o /dev/null \
        --data-urlencode "Input.Email=bench-coordinator@bench.codesign.fi" --data-urlencode "Input.Password=Bench-password-2026" \
        --data-urlencode "__RequestVerificationToken=$TOKEN" "$APP/account/login"
    COOKIE=$(awk 'NF == 7 && ($1 !~ /^#/ || $1 ~ /^#HttpOnly_/) { printf "%s=%s; ", $6, $7 }' "$W/coordinator.cookies")
    cat >"$W/dashboard.lua" <<LUA
wrk.headers["Cookie"] = "$COOKIE"
dofile("etc/bench/wrk/report.lua")
LUA
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "$APP/coordination")
    log "coordination dashboard answers $status to the coordinator"
    for c in $CONNECTIONS; do
        [[ $c -gt 8 ]] && continue   # seconds per request: more connections only queue
        reset_rss
        a=$(run_wrk "$c" "$APP/coordination" "$W/dashboard.lua")
        rss=$(peak_rss)
        b=$(run_wrk "$c" "$RAW/raw/dashboard")
        record dashboard "coordination dashboard (HTML)" "$c" "$a" "raw SQL: one GROUP BY theme, city" "$b" "$rss"
    done
fi

# --- open data: every public idea, streamed ---------------------------------------------------
if want export; then
    settle
    reset_rss
    read -r t_app bytes_app < <(curl -s -o "$W/export.csv" -w '%{time_total} %{size_download}\n' "$APP/api/v1/opendata/ideas.csv")
    rss=$(peak_rss)
    rows_app=$(($(wc -l <"$W/export.csv") - 1))
    settle
    read -r t_raw bytes_raw < <(curl -s -o "$W/export-raw.csv" -w '%{time_total} %{size_download}\n' "$RAW/raw/export.csv")
    rows_raw=$(($(wc -l <"$W/export-raw.csv") - 1))
    printf '{"group": "export", "name": "open data CSV, all cities", "connections": 1, "app": {"seconds": %s, "bytes": %s, "rows": %s}, "baseline_name": "raw SQL CSV, same ideas", "baseline": {"seconds": %s, "bytes": %s, "rows": %s}, "rss_mb": %s}\n' \
        "$t_app" "$bytes_app" "$rows_app" "$t_raw" "$bytes_raw" "$rows_raw" "$rss" >>"$RESULT_FILE"
    log "export: app $t_app s ($rows_app lines), raw $t_raw s; peak RSS $rss MB"
    rm -f "$W/export.csv" "$W/export-raw.csv"
fi

# --- vote and withdraw: HTTP API beside pgbench with the same transaction ---------------------
if want vote; then
    psql -d "$DB" -q <<SQL
DROP TABLE IF EXISTS bench_ideas, bench_voters;
CREATE TABLE bench_ideas AS SELECT row_number() OVER (ORDER BY "Id") AS n, "Id" AS id, "TenantId" AS tenant FROM (
    SELECT "Id", "TenantId" FROM "Ideas" WHERE "TenantId" = '$CITY_ID' AND "Status" = 'Published' ORDER BY "VoteCount" DESC LIMIT 100) t;
CREATE TABLE bench_voters AS SELECT row_number() OVER (ORDER BY "Email") AS n, "Id" AS id FROM "AspNetUsers" WHERE "Email" ~ '^participant[0-9]+@' AND "PasswordHash" IS NOT NULL ORDER BY "Email" LIMIT 200;
CREATE UNIQUE INDEX ON bench_ideas (n); CREATE UNIQUE INDEX ON bench_voters (n);
ANALYZE bench_ideas; ANALYZE bench_voters;
SQL
    psql -d "$DB" -Atc "SELECT id FROM bench_ideas ORDER BY n" >"$W/ideas.txt"
    psql -d "$DB" -Atc "SELECT u.\"Email\" FROM bench_voters v JOIN \"AspNetUsers\" u ON u.\"Id\" = v.id ORDER BY v.n" >"$W/voters.txt"
    log "signing in $(wc -l <"$W/voters.txt") bench participants"
    xargs -P 2 -I{} curl -s -H 'Content-Type: application/json' -d '{"email":"{}","password":"Bench-password-2026"}' "$APP/api/v1/auth/login" <"$W/voters.txt" |
        grep -o '"accessToken":"[^"]*"' | sed 's/"accessToken":"//; s/"$//' >"$W/tokens.txt"
    log "$(wc -l <"$W/tokens.txt") tokens"
    for c in $CONNECTIONS; do
        reset_rss
        a=$(WRK_TOKENS=$W/tokens.txt WRK_IDEAS=$W/ideas.txt WRK_CITY=$CITY run_wrk "$c" "$APP" etc/bench/wrk/vote.lua)
        rss=$(peak_rss)
        rm -f "$W"/pgbench_log.*
        settle
        out=$(cd "$W" && $PGBENCH -n -d "$DB" -c "$c" -j 2 -T "$DURATION" -l -D nvoters=200 -D nideas=100 \
            -f "$ROOT/etc/bench/pgbench-vote.sql@1" -f "$ROOT/etc/bench/pgbench-withdraw.sql@1" 2>&1)
        tps=$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' <<<"$out" | head -1)
        failed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' <<<"$out")
        b=$(cat "$W"/pgbench_log.* | awk '{ print $3 }' | sort -n | awk -v tps="$tps" -v failed="${failed:-0}" '
            { v[NR] = $1 } END { printf "{\"requests\": %d, \"rps\": %.1f, \"p50\": %.2f, \"p95\": %.2f, \"p99\": %.2f, \"errors\": %d}", NR, tps, v[int(NR*0.50)]/1000, v[int(NR*0.95)]/1000, v[int(NR*0.99)]/1000, failed }')
        record vote "vote + withdraw (HTTP API, bearer)" "$c" "$a" "pgbench: insert on conflict + counter, same ideas and people" "$b" "$rss"
    done
    psql -d "$DB" -Atc "SELECT 'counters consistent: ' || bool_and(\"VoteCount\" = (SELECT count(*) FROM \"Votes\" v WHERE v.\"IdeaId\" = i.\"Id\")) FROM \"Ideas\" i WHERE \"Id\" IN (SELECT id FROM bench_ideas)" | tee -a "$DIR/dataset.txt"
fi

# --- the report ---------------------------------------------------------------------------------
APP_RSS_FINAL=$(peak_rss)
/usr/bin/python3 etc/bench/report.py "$RESULT_FILE" "$OUTPUT" "$SCALE" "$DURATION" "$DIR/dataset.txt" "$DIR/generate.log"
log "wrote $OUTPUT"
