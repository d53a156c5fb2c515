#!/usr/bin/env python3
"""The burst of issue 12: many people type /clicks at once (a Monday-morning meeting).

    python3 bench/burst_bench.py JAR

The bot is started from the jar as the Procfile starts it on a 512 MB dyno (java -Xmx300m -jar), on a fresh H2
data dir, against the local stand-ins of slack_bench.py (wolkvox answering after BENCH_WOLKVOX_LATENCY, 0.5 s by
default, 2,000 records a day). After connecting wolkvox, 150 /clicks from 25 users over 20 different closed
periods are sent at once (150 threads released together). Measured: the ack of each (HTTP round trip), how many
were answered with a summary and how many told "busy", the time from the burst until the last answer, the wolkvox
requests made against the distinct windows the 20 periods need (their days, current and previous, cut in runs of
at most 31 days), the most wolkvox requests in flight at once, and the peak RSS of the JVM (VmHWM). Progress posts
(a fetch still running 10 s after the ack) are counted apart; the answer is the last post. Loopback only; every
wait is bounded. Writes bench/out/burst.json.

The 150 signed requests are sent by bench/java/BurstClient (150 Java threads, each its own connection), so that the
sender's own overhead is not counted as the bot's ack; BENCH_SENDER=python sends them from 150 Python threads as
before (they share one interpreter lock, which adds up to ~100 ms to the slowest acks on 2 cores).
"""
import datetime
import json
import os
import shutil
import base64
import hashlib
import hmac
import statistics
import subprocess
import sys
import urllib.parse
import threading
import time
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "out")
sys.path.insert(0, HERE)
from standins import SlackStandIn, WolkvoxStandIn  # noqa: E402
import slack_bench  # noqa: E402
from slack_bench import App, ZONE, connect_wolkvox, is_summary  # noqa: E402

SENDER = os.environ.get("BENCH_SENDER", "java")
LATENCY = float(os.environ.get("BENCH_WOLKVOX_LATENCY", "0.5"))
COMMANDS, USERS = 150, 25
ANSWER_TIMEOUT = 600
# 20 closed periods: (days long, days before yesterday that they end).
SHAPES = [(1, 0), (2, 1), (3, 2), (5, 3), (7, 4), (7, 0), (10, 1), (14, 2), (14, 3), (14, 4),
          (20, 0), (21, 1), (28, 2), (30, 3), (30, 4), (3, 0), (5, 1), (7, 2), (10, 3), (1, 4)]


def periods(yesterday):
    """The 20 periods as /clicks words, and every day they need (each period and the same span before it)."""
    words, days = [], set()
    for length, back in SHAPES:
        last = yesterday - datetime.timedelta(days=back)
        first = last - datetime.timedelta(days=length - 1)
        words.append("%s..%s" % (first, last))
        for i in range(2 * length):
            days.add(first - datetime.timedelta(days=length) + datetime.timedelta(days=i))
    return words, days


def windows_needed(days):
    """Contiguous runs of days cut into windows of at most 31 days: the fewest wolkvox requests that could do."""
    n, run, prev = 0, 0, None
    for d in sorted(days):
        if prev is not None and d == prev + datetime.timedelta(days=1) and run < 31:
            run += 1
        else:
            n, run = n + 1, 1
        prev = d
    return n


def is_progress(body):
    try:
        return json.loads(body).get("text", "").startswith("Fetching") and not is_summary(body)
    except ValueError:
        return False


def rss_peak_mb(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return None


def python_burst(app, slack, words):
    """The burst from 150 Python threads: (the moment they were released, the acks as App.post gives them)."""
    acks = [None] * COMMANDS
    gate = threading.Barrier(COMMANDS + 1)

    def send(i):
        gate.wait()
        acks[i] = app.slash(words[i % len(words)], slack.response_url("b%d" % i), user="U%04d" % (i % USERS))

    threads = [threading.Thread(target=send, args=(i,)) for i in range(COMMANDS)]
    for t in threads:
        t.start()
    gate.wait()
    t0 = time.monotonic()
    for t in threads:
        t.join(60)
    return t0, acks


def java_burst(app, slack, words):
    """The burst from bench/java/BurstClient: the requests signed here, sent there at once."""
    classes = os.path.join(OUT, "classes")
    subprocess.run(["javac", "-d", classes, os.path.join(HERE, "java", "BurstClient.java")], check=True)
    lines = []
    for i in range(COMMANDS):
        user = "U%04d" % (i % USERS)
        form = {"token": "legacy", "team_id": SlackStandIn.TEAM, "team_domain": "bench", "channel_id": slack_bench.CHANNEL,
                "channel_name": "clicks", "user_id": user, "user_name": user.lower(), "command": "/clicks",
                "text": words[i % len(words)], "api_app_id": "A0APP", "response_url": slack.response_url("b%d" % i),
                "trigger_id": "1111.2222.%d" % i, "locale": "en-US"}
        body = urllib.parse.urlencode(form)
        ts = str(int(time.time()))
        sig = "v0=" + hmac.new(slack_bench.SECRET.encode(), ("v0:%s:%s" % (ts, body)).encode(),
                               hashlib.sha256).hexdigest()
        lines.append("\t".join((app.base + "/slack/events", ts, sig, body)))
    req, out = os.path.join(OUT, "burst-requests.tsv"), os.path.join(OUT, "burst-acks.tsv")
    with open(req, "w") as f:
        f.write("\n".join(lines) + "\n")
    t0 = time.monotonic()  # the JVM's start (~0.1 s) comes first: the last answer is, if anything, overstated
    # The sender warms its own HTTP code on the Slack stand-in first (not on the bot), then sends the burst.
    subprocess.run(["java", "-cp", classes, "BurstClient", req, out, slack.api_url + "auth.test"], check=True,
                   timeout=120)
    acks = [None] * COMMANDS
    with open(out) as f:
        for line in f:
            i, ms, status, b64 = line.rstrip("\n").split("\t")
            acks[int(i)] = (t0, float(ms) / 1000, int(status), base64.b64decode(b64).decode("utf-8", "replace"))
    return t0, acks


def main():
    jar = sys.argv[1]
    data_dir = os.path.join(OUT, "burst-data")
    shutil.rmtree(data_dir, ignore_errors=True)
    os.makedirs(data_dir)
    today = datetime.datetime.now(ZoneInfo(ZONE)).date()
    words, days = periods(today - datetime.timedelta(days=1))
    slack = SlackStandIn()
    wolkvox = WolkvoxStandIn(latency=LATENCY, per_day=2000)
    slack_bench.LATENCY = LATENCY
    wolkvox.warm(min(days), today)
    app = App(jar, slack, wolkvox, data_dir, os.path.join(OUT, "burst-app.log"), java_opts=("-Xmx300m",))
    res = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "wolkvox_latency_s": LATENCY,
           "commands": COMMANDS, "users": USERS, "periods": len(words)}
    try:
        res["startup_s"] = round(app.wait_health(), 3)
        connect_wolkvox(app, slack, wolkvox)
        before = wolkvox.count()
        if SENDER == "java":
            t0, acks = java_burst(app, slack, words)
        else:
            t0, acks = python_burst(app, slack, words)
        res["sender"] = SENDER
        busy = [i for i, a in enumerate(acks) if a and ("many requests" in a[3] or "cannot take" in a[3])]
        summaries, progress_posts, last, unanswered = 0, 0, t0, 0
        for i in range(COMMANDS):
            if i in busy:
                continue
            got = slack.wait_response("b%d" % i, lambda b: not is_progress(b), max(1, t0 + ANSWER_TIMEOUT - time.monotonic()))
            if got is None:
                unanswered += 1
                continue
            last = max(last, got[0])
            summaries += is_summary(got[1])
            with slack.cond:
                progress_posts += sum(1 for _, b in slack.responses.get("b%d" % i, []) if is_progress(b))
        res["rss_peak_mb"] = round(rss_peak_mb(app.proc.pid), 1)
        ack_ms = sorted(a[1] * 1000 for a in acks if a)
        res.update(ack_p50_ms=round(statistics.median(ack_ms), 1), ack_max_ms=round(max(ack_ms), 1),
                   http_ok=sum(1 for a in acks if a and a[2] == 200), busy=len(busy), summaries=summaries,
                   unanswered=unanswered, progress_posts=progress_posts,
                   last_answer_s=round(last - t0, 2), wolkvox_requests=wolkvox.count() - before,
                   distinct_days=len(days), windows_needed=windows_needed(days),
                   wolkvox_max_in_flight=wolkvox.max_in_flight)
        if busy:
            res["busy_text"] = json.loads(acks[busy[0]][3]).get("text")
    finally:
        res["stop_s"], res["exit_code"] = app.stop()
        with open(os.path.join(OUT, "burst.json"), "w") as f:
            json.dump(res, f, indent=1)
    print("  %d /clicks from %d users over %d periods at once (wolkvox latency %.1f s, java -Xmx300m)" % (
        COMMANDS, USERS, len(words), LATENCY))
    for k in ("ack_p50_ms", "ack_max_ms", "summaries", "busy", "unanswered", "progress_posts", "last_answer_s",
              "wolkvox_requests", "distinct_days", "windows_needed", "wolkvox_max_in_flight", "rss_peak_mb"):
        print("  %-22s %s" % (k, res.get(k)))
    if res.get("busy_text"):
        print("  busy says: %s" % res["busy_text"])
    ok = (res.get("summaries") == COMMANDS and res.get("busy") == 0 and res.get("ack_max_ms", 1e9) < 300
          and res.get("wolkvox_max_in_flight", 9) <= 2)
    print("  verdict: %s (150 summaries, 0 busy, every ack < 300 ms, <= 2 wolkvox requests in flight)" % (
        "met" if ok else "MISSED"))


if __name__ == "__main__":
    main()
