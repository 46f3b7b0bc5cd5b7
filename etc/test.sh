#!/usr/bin/env bash
# Builds CoDesign.sln and runs every test project against throw-away PostgreSQL
# and SMTP servers. The last line is "tests: N passed, N failed[, N skipped]".
#
#   etc/test.sh                                  everything
#   etc/test.sh 'FullyQualifiedName~Tenancy'     only tests matching a dotnet test --filter
#                                                (several arguments are OR-ed together)
#   CODESIGN_TEST_PROJECTS='CoDesign.Domain.Tests Web.Tests' etc/test.sh
#                                                only those projects ("CoDesign." may be left off)
#   CODESIGN_TEST_RESULTS=DIR                    keep the .trx files in DIR (default: temp, removed)
#   CODESIGN_TEST_HANG_TIMEOUT=10m               a single test running longer aborts its project
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
# shellcheck source=etc/lib/servers.sh
source etc/lib/servers.sh

START=$SECONDS
WORK=
BUILT=

cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    stop_servers "$WORK"
    # Don't leave MSBuild / compiler servers running after the run.
    [[ -n $BUILT ]] && dotnet build-server shutdown >/dev/null 2>&1 || true
    [[ -n $WORK ]] && rm -rf "$WORK"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export MSBUILDDISABLENODEREUSE=1

# --- which projects --------------------------------------------------------
projects=()
for p in test/*/*.Tests.csproj; do
    [[ -f $p ]] && projects+=("$p")
done
if [[ -n ${CODESIGN_TEST_PROJECTS:-} ]]; then
    wanted=()
    for w in $CODESIGN_TEST_PROJECTS; do
        w=${w%.csproj}
        hit=
        for p in "${projects[@]}"; do
            n=$(basename "$p" .csproj)
            if [[ $n == "$w" || $n == "CoDesign.$w" ]]; then wanted+=("$p"); hit=1; fi
        done
        [[ -n $hit ]] || { echo "CODESIGN_TEST_PROJECTS: no test project named '$w'" >&2; exit 2; }
    done
    projects=("${wanted[@]}")
fi
if ((${#projects[@]} == 0)); then
    echo "no test projects found under test/" >&2
    exit 1
fi
filter=
if (($# > 0)); then
    filter=$(IFS='|'; echo "$*")
fi

# --- machine and servers ---------------------------------------------------
ensure_packages
WORK=$(mktemp -d /tmp/codesign-test.XXXXXX)
chmod 755 "$WORK"
start_postgres "$WORK"
start_smtp "$WORK"
eval "$(print_test_env)"
echo "servers: postgres 127.0.0.1:$PGPORT, smtp 127.0.0.1:$SMTP_PORT (maildir $MAILDIR)"

RESULTS=${CODESIGN_TEST_RESULTS:-$WORK/results}
mkdir -p "$RESULTS"
RESULTS=$(cd "$RESULTS" && pwd)

# --- build -----------------------------------------------------------------
echo "building CoDesign.sln (Release)..."
BUILT=1
if ! dotnet build CoDesign.sln -c Release -nologo -clp:NoSummary >"$WORK/build.log" 2>&1; then
    echo "BUILD FAILED:"
    errors=$(grep -E ': error [A-Z]+[0-9]*:' "$WORK/build.log" | sed -E -e 's/ \[[^]]*\.csproj\]$//' -e "s|^$ROOT/||" | sort -u || true)
    if [[ -n $errors ]]; then
        printf '%s\n' "$errors" | head -n 100
        echo "($(printf '%s\n' "$errors" | wc -l) distinct errors)"
    else
        tail -n 40 "$WORK/build.log"
    fi
    printf 'elapsed: %dm%02ds\n' $(((SECONDS - START) / 60)) $(((SECONDS - START) % 60))
    echo "tests: 0 passed, 1 failed"
    exit 1
fi
echo "build ok ($((SECONDS - START))s)"

# --- test, one project after another (each parallelises internally) --------
declare -A exit_codes=()
for p in "${projects[@]}"; do
    name=$(basename "$p" .csproj)
    echo
    echo "=== $name ==="
    rm -f "$RESULTS/$name.trx"
    args=(test "$p" -c Release --no-build --nologo
          --logger "trx;LogFileName=$name.trx" --results-directory "$RESULTS"
          --blame-hang-timeout "${CODESIGN_TEST_HANG_TIMEOUT:-10m}" --blame-hang-dump-type none)
    [[ -n $filter ]] && args+=(--filter "$filter")
    rc=0
    dotnet "${args[@]}" </dev/null || rc=$?
    exit_codes[$name]=$rc
done

# --- summary ---------------------------------------------------------------
echo
summary_args=()
for p in "${projects[@]}"; do
    name=$(basename "$p" .csproj)
    summary_args+=("$name" "${exit_codes[$name]}" "$RESULTS/$name.trx")
done
rc=0
"$SYS_PYTHON" - "$((SECONDS - START))" "${summary_args[@]}" <<'PY' || rc=$?
import sys, os
import xml.etree.ElementTree as ET

elapsed, rest = int(sys.argv[1]), sys.argv[2:]
NS = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"
passed = failed = skipped = 0
problems = []

def counters(path):
    root = ET.parse(path).getroot()
    c = root.find(f"{NS}ResultSummary/{NS}Counters")
    if c is None:
        raise ValueError("no ResultSummary/Counters")
    n = lambda k: int(c.get(k, "0") or 0)
    results = list(root.iter(f"{NS}UnitTestResult"))
    failed_names = [r.get("testName") for r in results
                    if r.get("outcome") in ("Failed", "Error", "Timeout", "Aborted")]
    # xunit's skipped tests are results with outcome NotExecuted; the Counters
    # leave them out of 'notExecuted' (they only show as total - executed).
    not_run = sum(1 for r in results if r.get("outcome") == "NotExecuted")
    return (n("passed"),
            n("failed") + n("error") + n("timeout") + n("aborted"),
            max(n("notExecuted"), n("total") - n("executed"), not_run),
            failed_names)

for i in range(0, len(rest), 3):
    name, code, trx = rest[i], int(rest[i + 1]), rest[i + 2]
    if not os.path.isfile(trx):
        problems.append(f"{name}: no test results (dotnet test exit code {code}; crashed?) - counted as 1 failure")
        failed += 1
        continue
    try:
        p, f, s, names = counters(trx)
    except Exception as e:  # noqa: BLE001
        problems.append(f"{name}: unreadable {os.path.basename(trx)} ({e}) - counted as 1 failure")
        failed += 1
        continue
    if code != 0 and f == 0:
        problems.append(f"{name}: dotnet test exit code {code} with no failed test recorded "
                        f"(test host crashed or run aborted) - counted as 1 failure")
        f = 1
    print(f"{name}: {p} passed, {f} failed" + (f", {s} skipped" if s else ""))
    for t in names[:50]:
        print(f"    FAILED {t}")
    if len(names) > 50:
        print(f"    ... and {len(names) - 50} more")
    passed, failed, skipped = passed + p, failed + f, skipped + s

for msg in problems:
    print("ERROR " + msg)
if passed + failed == 0:
    print("ERROR no test ran at all")
print(f"elapsed: {elapsed // 60}m{elapsed % 60:02d}s")
print(f"tests: {passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else ""))
sys.exit(0 if failed == 0 and passed > 0 else 1)
PY
exit "$rc"
