#!/usr/bin/env python3
"""Section 1 of the benchmark: `report --from-file` against jq, a Python script and the read floor.

    python3 bench/bulk.py JAR FILE [FILE...]      (bench/run calls it; see bench/README.md)

Prints one table per file and writes bench/out/bulk.json. BENCH_RUNS (default 5) sets the runs of the fast
commands (the median is reported), BENCH_SLOW_RUNS (default 3) those of Python on the large file and of jq on
the small one, BENCH_JQ_LARGE_RUNS (default 1) those of jq on the large file (about a minute each here).
"""
import json
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "out")
sys.path.insert(0, HERE)
from measure import run_once  # noqa: E402

RUNS = int(os.environ.get("BENCH_RUNS", "5"))
SLOW_RUNS = int(os.environ.get("BENCH_SLOW_RUNS", "3"))
JQ_LARGE_RUNS = int(os.environ.get("BENCH_JQ_LARGE_RUNS", "1"))


def summarize(name, cmd, walls, rss, cpus, loads, error):
    r = {"name": name, "cmd": " ".join(cmd), "runs": len(walls), "ok": error is None,
         "peak_rss_mb": round(max(rss) / 1024, 1) if rss else None}
    if walls:
        r.update(median_s=round(statistics.median(walls), 3), min_s=round(min(walls), 3), max_s=round(max(walls), 3),
                 cpu_s=round(statistics.median(cpus), 3), load=round(statistics.mean(loads), 2))
    if error:
        r["error"] = error.splitlines()[0] if error else error
    print("  %-34s %s" % (name, "median %.3f s (min %.3f, max %.3f, %d runs), CPU %.2f s, peak RSS %.0f MB, "
                                "load %.1f" % (r["median_s"], r["min_s"], r["max_s"], r["runs"], r["cpu_s"],
                                               r["peak_rss_mb"], r["load"])
                                if r["ok"] else "FAILED: " + r["error"]), flush=True)
    return r


def measure(name, cmd, runs, warmup=0, timeout=600):
    return interleaved([(name, cmd, runs)], warmup, timeout)[name]


def interleaved(specs, warmup=1, timeout=600):
    """Runs several commands in rounds (A B C, A B C, …) so that they share whatever else the machine does;
    specs = [(name, cmd, runs)]: a command takes part in its first `runs` rounds. Returns name -> figures."""
    for _ in range(warmup):
        for name, cmd, runs in specs:
            if runs > 1:
                run_once(cmd, timeout)
    state = {name: ([], [], [], [], None) for name, _, _ in specs}
    for i in range(max(runs for _, _, runs in specs)):
        for name, cmd, runs in specs:
            walls, rss, cpus, loads, error = state[name]
            if i >= runs or error:
                continue
            loads.append(os.getloadavg()[0])
            wall, maxrss, error, cpu = run_once(cmd, timeout)
            rss.append(maxrss)
            if error:
                state[name] = (walls, rss, cpus, loads, error)
                continue
            walls.append(wall)
            cpus.append(cpu)
    return {name: summarize(name, cmd, *state[name]) for name, cmd, _ in specs}


def records_in(path):
    with open(path, "rb") as f:
        head = f.read(200).decode("ascii", "replace")
    return int(head.split('"msg":"', 1)[1].split(" ", 1)[0])


def cross_check(jar, path):
    """The bot's --json summary against the Python Counter on the same file: totals, top 5 ads and agents."""
    ours = json.loads(subprocess.run(["java", "-jar", jar, "report", "--from-file", path, "--json", "--top", "5"],
                                     check=True, capture_output=True, text=True).stdout)
    py = json.loads(subprocess.run([sys.executable, os.path.join(HERE, "count_py.py"), path],
                                   check=True, capture_output=True, text=True).stdout)
    problems = []
    if ours["clicks"]["current"] != py["records"]:
        problems.append("clicks %s != %s" % (ours["clicks"]["current"], py["records"]))
    top_ads = sorted(py["by_source"].items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    if [(a["sourceId"], a["clicks"]) for a in ours["topAds"]] != top_ads:
        problems.append("top ads differ: %s vs %s" % (ours["topAds"], top_ads))
    agents = {k: v for k, v in py["by_agent"].items() if k}
    top_agents = sorted(agents.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    if [(a["id"], a["clicks"]) for a in ours["topAgents"]] != top_agents:
        problems.append("top agents differ: %s vs %s" % (ours["topAgents"], top_agents))
    if ours["withoutAgent"]["current"] != py["by_agent"].get("", 0):
        problems.append("without agent %s != %s" % (ours["withoutAgent"]["current"], py["by_agent"].get("", 0)))
    return problems


def main():
    jar, files = sys.argv[1], sys.argv[2:]
    classes = os.path.join(OUT, "classes")
    empty = os.path.join(OUT, "empty.json")
    with open(empty, "w") as f:
        f.write('{"code":"200","error":null,"msg":"0 records were found","data":[]}')
    results = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "nproc": os.cpu_count(), "files": []}
    print("JVM start, nothing read (ReadFloor on an empty answer):")
    results["jvm_start"] = measure("jvm start", ["java", "-cp", classes, "ReadFloor", empty], RUNS, warmup=1)
    for path in files:
        n = records_in(path)
        size = os.path.getsize(path)
        large = size > 100_000_000
        print("\n%s: %d records, %.1f MB" % (os.path.basename(path), n, size / 1e6))
        problems = cross_check(jar, path)
        print("  same totals and top 5 as Python's Counter: %s" % ("yes" if not problems else "NO: " + "; ".join(problems)))
        jar_cmd = ["-jar", jar, "report", "--from-file", path]
        r = {"file": os.path.basename(path), "records": n, "bytes": size, "cross_check": problems or "ok"}
        print("  (each command in turn, round after round, so that they share the machine's load)")
        m = interleaved([
            ("report --from-file", ["java"] + jar_cmd, RUNS),
            ("report --from-file, -Xmx128m", ["java", "-Xmx128m"] + jar_cmd, RUNS),
            ("floor: cat > /dev/null (warm)", ["cat", path], RUNS),
            ("floor: Java reads every byte", ["java", "-cp", classes, "ReadFloor", path], RUNS),
            ("python3 json + Counter", [sys.executable, os.path.join(HERE, "count_py.py"), path],
             SLOW_RUNS if large else RUNS),
            ("jq (group_by)", ["jq", "-c", "-f", os.path.join(HERE, "count.jq"), path],
             JQ_LARGE_RUNS if large else SLOW_RUNS),
        ])
        r.update(ours=m["report --from-file"], ours_128m=m["report --from-file, -Xmx128m"],
                 cat=m["floor: cat > /dev/null (warm)"], java_read=m["floor: Java reads every byte"],
                 python=m["python3 json + Counter"], jq=m["jq (group_by)"])
        r["ours_32m"] = measure("report --from-file, -Xmx32m", ["java", "-Xmx32m"] + jar_cmd, 1)
        results["files"].append(r)
    with open(os.path.join(OUT, "bulk.json"), "w") as f:
        json.dump(results, f, indent=1)
    print_table(results)


def print_table(results):
    jvm = results["jvm_start"].get("median_s", 0)
    print("\nSide by side (median wall time end to end; ratio = their time / ours; in brackets the same with CPU"
          " time, user + system, which a busy machine disturbs less):")
    print("%-18s %8s %9s %8s %8s %8s %16s %8s %16s" % (
        "file", "ours s", "rec/s", "RSS MB", "128m RSS", "python s", "python/ours", "jq s", "jq/ours"))
    for r in results["files"]:
        o = r["ours"].get("median_s")
        if not o:
            continue
        oc = r["ours"]["cpu_s"]

        def ratio(x):
            if not x.get("median_s"):
                return "-"
            return "%.1fx (%.1fx)" % (x["median_s"] / o, x["cpu_s"] / oc)
        print("%-18s %8.3f %9.0f %8.0f %8.0f %8s %16s %8s %16s" % (
            r["file"], o, r["records"] / o, r["ours"]["peak_rss_mb"], r["ours_128m"]["peak_rss_mb"],
            r["python"].get("median_s"), ratio(r["python"]), r["jq"].get("median_s"), ratio(r["jq"])))
    print("\nBest runs (the least disturbed by the rest of the machine):")
    for r in results["files"]:
        o = r["ours"].get("min_s")
        if not o:
            continue
        py, jq = r["python"].get("min_s"), r["jq"].get("min_s")
        print("  %-18s ours %.3f s (%.0f records/s), -Xmx128m %.3f s; python %s s = %s; jq %s s = %s" % (
            r["file"], o, r["records"] / o, r["ours_128m"].get("min_s", 0), py,
            "%.1fx" % (py / o) if py else "-", jq, "%.1fx" % (jq / o) if jq else "-"))
    print("\nHow far from the floor (JVM start %.3f s):" % jvm)
    for r in results["files"]:
        o = r["ours"].get("median_s")
        if not o:
            continue
        jr = r["java_read"].get("median_s")
        print("  %-18s ours %.3f s = %.1fx the Java read floor (%.3f s), %.0fx cat (%.3f s); without JVM start"
              " %.0f MB/s" % (r["file"], o, o / jr, jr, o / max(r["cat"].get("median_s"), 1e-3),
                              r["cat"].get("median_s"), r["bytes"] / 1e6 / max(o - jvm, 1e-3)))


if __name__ == "__main__":
    main()
