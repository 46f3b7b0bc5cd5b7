"""Writes docs/benchmarks.md from the JSON lines etc/bench/run.sh collected."""
import json, os, platform, subprocess, sys, datetime

results_file, output, scale, duration, dataset_file, generate_log = sys.argv[1:7]
rows = [json.loads(l) for l in open(results_file) if l.strip()]

def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout.strip()
    except Exception:
        return ""

cpu = sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2").strip()
mem = sh("free -g | awk '/Mem:/ {print $2}'")
pg = sh("/usr/lib/postgresql/15/bin/postgres --version")
dotnet = sh("dotnet --version")
wrk = sh("wrk -v 2>&1 | head -1")
dataset = open(dataset_file).read().strip().removeprefix("dataset: ").replace("\n", "; ") if os.path.exists(dataset_file) else ""
load = open(generate_log).read().strip() if os.path.exists(generate_log) else "(dataset reused from an earlier run)"

def ms(r):
    return f"{r['p50']:.1f} / {r['p95']:.1f} / {r['p99']:.1f}"

out = []
out.append("# Benchmarks\n")
out.append(f"`etc/bench/run.sh` on {datetime.date.today()}: scale {scale}, {duration} s per figure, "
           f"app and baseline measured one after the other in the same run.\n")
out.append("## Machine\n")
out.append(f"- {os.cpu_count()} cores ({cpu}), {mem} GB memory, {platform.system()} {platform.release()}")
out.append(f"- {pg}, own cluster started by the script (shared_buffers 4 GB, fsync and synchronous_commit off as in the test cluster: "
           f"the figures measure CPU paths, not the disk); .NET SDK {dotnet}; {wrk}")
if os.environ.get("BENCH_SHARED"):
    out.append("- load generator, app, baseline server and PostgreSQL share the same 2 cores; other engineers' builds and tests "
               "ran on the machine at the same time, so absolute figures can be low by tens of percent (ratios less so, "
               "as app and baseline are measured back to back)")
else:
    out.append(f"- load generator, app, baseline server and PostgreSQL share the same {os.cpu_count()} cores; nothing else ran "
               "on the machine during the run")
cold = os.environ.get("BENCH_COLD_IDEA_NOTE")
if cold:
    out.append(f"- idea pages opened once before they are measured; those first views took {cold}")
warmup = os.environ.get("BENCH_WARMUP_NOTE")
if warmup:
    out.append(f"- the app's first computation of the coordination dashboard (in advance, as the node started; awaited before measuring): {warmup}")
out.append(f"- dataset: {dataset}\n")
out.append("## Load time of the dataset\n")
out.append("```\n" + load + "\n```\n")

groups = [("list", "Idea list API (JSON) beside the raw-SQL endpoint"),
          ("html", "Idea list page (HTML) beside the raw-SQL endpoint"),
          ("pages", "Idea page and city home"),
          ("dashboard", "Coordination dashboard"),
          ("vote", "Vote and withdraw")]
for key, title in groups:
    g = [r for r in rows if r["group"] == key]
    if not g:
        continue
    out.append(f"## {title}\n")
    out.append("| what | conn. | app req/s | app p50 / p95 / p99 ms | errors | baseline | baseline req/s | baseline p50 / p95 / p99 ms | ratio | app peak RSS MB |")
    out.append("| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |")
    for r in g:
        a, b = r["app"], r["baseline"]
        ratio = f"{a['rps'] / b['rps']:.0%}" if b and b.get("rps") else "–"
        out.append(f"| {r['name']} | {r['connections']} | {a['rps']:,.0f} | {ms(a)} | {a['errors']} | {r['baseline_name']} | "
                   f"{b['rps']:,.0f} | {ms(b)} | {ratio} | {r['rss_mb']} |" if b else
                   f"| {r['name']} | {r['connections']} | {a['rps']:,.0f} | {ms(a)} | {a['errors']} | – | – | – | – | {r['rss_mb']} |")
    out.append("")

ex = [r for r in rows if r["group"] == "export"]
if ex:
    out.append("## Open data export\n")
    out.append("| what | seconds | rows | MB | baseline | seconds | rows | ratio (time) | app peak RSS MB |")
    out.append("| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |")
    for r in ex:
        a, b = r["app"], r["baseline"]
        out.append(f"| {r['name']} | {a['seconds']:.1f} | {a['rows']:,} | {a['bytes']/1e6:,.0f} | {r['baseline_name']} | {b['seconds']:.1f} | {b['rows']:,} | "
                   f"{b['seconds']/a['seconds']:.0%} | {r['rss_mb']} |")
    out.append("")

notes = os.path.join(os.path.dirname(output), "benchmarks-notes.md")
if os.path.exists(notes):
    out.append(open(notes).read())
open(output, "w").write("\n".join(out) + "\n")
print("\n".join(out))
