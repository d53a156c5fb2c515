#!/usr/bin/env python3
"""Where the time of `report --from-file` goes: a JFR recording (profile settings, one sample every 10 ms of a
running Java thread), summarised as the top frames.

    python3 bench/profile.py JAR FILE [TOP]

Prints three rankings of the jdk.ExecutionSample events: the top frame (self time), the first frame of our own
code (app.clicks.*) on each stack (where our code spends or calls), and every method on the stack counted once
per sample (inclusive). Keeps the recording at bench/out/report.jfr for `jfr print` or JDK Mission Control.
"""
import collections
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "out")


def frame_name(f):
    m = f["method"]
    return "%s.%s" % (m["type"]["name"].replace("/", "."), m["name"])


def main():
    jar, path = sys.argv[1], sys.argv[2]
    top = int(sys.argv[3]) if len(sys.argv) > 3 else 15
    jfr = os.path.join(OUT, "report.jfr")
    subprocess.run(["java", "-XX:StartFlightRecording=filename=%s,settings=profile" % jfr,
                    "-Xlog:jfr+startup=error", "-jar", jar, "report", "--from-file", path],
                   check=True, stdout=subprocess.DEVNULL)
    dump = subprocess.run(["jfr", "print", "--json", "--stack-depth", "64", "--events", "jdk.ExecutionSample", jfr],
                          check=True, capture_output=True, text=True).stdout
    events = json.loads(dump)["recording"]["events"]
    self_time, ours, inclusive = collections.Counter(), collections.Counter(), collections.Counter()
    for e in events:
        frames = e["values"]["stackTrace"]["frames"]
        if not frames:
            continue
        self_time[frame_name(frames[0])] += 1
        names = [frame_name(f) for f in frames]
        first_ours = next((n for n in names if n.startswith("app.clicks.")), "(no app.clicks frame)")
        ours[first_ours] += 1
        for n in set(names):
            inclusive[n] += 1
    total = len(events)
    print("%d execution samples of %s on %s" % (total, os.path.basename(jar), os.path.basename(path)))
    for title, counter in (("Top frames (self time)", self_time),
                           ("Innermost app.clicks frame on the stack", ours),
                           ("Inclusive (method anywhere on the stack)", inclusive)):
        print("\n" + title + ":")
        for name, n in counter.most_common(top):
            print("  %5.1f%%  %s" % (100.0 * n / total, name))


if __name__ == "__main__":
    main()
