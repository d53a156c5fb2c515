#!/usr/bin/env python3
"""Runs a command N times and prints one JSON line: median/min/max wall seconds and the peak RSS of the process.

    python3 bench/measure.py --name NAME --runs 5 [--warmup 1] [--timeout 300] -- CMD ARGS...

Wall time is end to end (fork to exit, JVM start included). Peak RSS is the child's ru_maxrss from wait4, the
figure /usr/bin/time -v prints as "Maximum resident set size". Its standard output goes to /dev/null; a run
that fails or exceeds the timeout is reported (ok=false) with its exit status and the end of its stderr.
"""
import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import time


def run_once(cmd, timeout):
    """One run: (wall seconds or None, peak RSS KB, error or None, CPU seconds user+system)."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = t0 + timeout
    err = b""
    # stderr is small (a one-line message at most); read it after exit to keep the timing clean.
    while True:
        pid, status, ru = os.wait4(p.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            p.send_signal(signal.SIGKILL)
            pid, status, ru = os.wait4(p.pid, 0)
            return None, ru.ru_maxrss, "timeout after %ss" % timeout, 0.0
        time.sleep(0.002)
    wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    err = p.stderr.read()
    p.stderr.close()
    if p.returncode != 0:
        return None, ru.ru_maxrss, "exit %d: %s" % (p.returncode, err.decode(errors="replace")[-400:]), 0.0
    return wall, ru.ru_maxrss, None, ru.ru_utime + ru.ru_stime


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--name", required=True)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--warmup", type=int, default=0)
    ap.add_argument("--timeout", type=float, default=300)
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    cmd = a.cmd[1:] if a.cmd and a.cmd[0] == "--" else a.cmd
    for _ in range(a.warmup):
        run_once(cmd, a.timeout)
    walls, rss = [], []
    for _ in range(a.runs):
        wall, maxrss, error, _ = run_once(cmd, a.timeout)
        rss.append(maxrss)
        if error:
            print(json.dumps({"name": a.name, "ok": False, "error": error, "peak_rss_mb": round(max(rss) / 1024, 1)}))
            return 1
        walls.append(wall)
    print(json.dumps({"name": a.name, "ok": True, "runs": a.runs,
                      "median_s": round(statistics.median(walls), 3), "min_s": round(min(walls), 3),
                      "max_s": round(max(walls), 3), "peak_rss_mb": round(max(rss) / 1024, 1)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
