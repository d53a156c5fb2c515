#!/usr/bin/env python3
"""Section 3 of the benchmark: the Slack app as a process, against local stand-ins for wolkvox (answers after 2 s,
counts requests) and the Slack Web API (records response_url posts and chat.postMessage).

    python3 bench/slack_bench.py JAR

Steps: start the app on a fresh H2 data dir and time it until GET /health answers 200; connect wolkvox through the
App Home modal as Slack would send it (signed); `/clicks yesterday` five times in a row; `/clicks last 30 days`
twice; then the digest of yesterday, scheduled a few seconds ahead (Quartz) and by "send now". For each command: the ack time (HTTP round trip of the signed
POST /slack/events) and the time until the answer reaches the response_url; the wolkvox requests of each step.
Everything on 127.0.0.1, each wait bounded. Writes bench/out/slack.json.
"""
import base64
import collections
import datetime
import hashlib
import hmac
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "out")
sys.path.insert(0, HERE)
from standins import SlackStandIn, WolkvoxStandIn  # noqa: E402

SECRET = "bench-signing-secret-0123456789abcdef"
BOT_TOKEN = "xoxb-000000000000-000000000000-fakebenchtokenfakebench"
SERVER_ID = "0042"
ZONE = "America/Bogota"
USER = "U0ADMIN"
CHANNEL = "C0BENCH"
LATENCY = float(os.environ.get("BENCH_WOLKVOX_LATENCY", "2.0"))
ANSWER_TIMEOUT = 60
DIGEST_AHEAD = int(os.environ.get("BENCH_DIGEST_AHEAD", "8"))  # seconds between saving the digest and its run


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class App:
    def __init__(self, jar, slack, wolkvox, data_dir, log_path, java_opts=()):
        self.port = free_port()
        self.base = "http://127.0.0.1:%d" % self.port
        env = dict(os.environ)
        for k in list(env):
            if k.startswith(("SLACK_", "WOLKVOX_", "DATABASE_URL", "DIGEST_")):
                del env[k]
        env.update(PORT=str(self.port), SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET=SECRET,
                   SLACK_API_URL=slack.api_url, WOLKVOX_BASE_URL=wolkvox.base_url, DATA_DIR=data_dir,
                   SETTINGS_ENCRYPTION_KEY=base64.b64encode(hashlib.sha256(b"bench").digest()).decode(),
                   ADMIN_USER_IDS=USER, REPORT_TIMEZONE=ZONE)
        self.log = open(log_path, "w")
        self.t0 = time.monotonic()
        self.proc = subprocess.Popen(["java", *java_opts, "-jar", jar], env=env, stdout=self.log, stderr=subprocess.STDOUT)

    def wait_health(self, timeout=60):
        deadline = self.t0 + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit("the app exited with %s during start-up; see bench/out/slack-app.log"
                                 % self.proc.returncode)
            try:
                with urllib.request.urlopen(self.base + "/health", timeout=1) as r:
                    if r.status == 200:
                        return time.monotonic() - self.t0
            except (urllib.error.URLError, ConnectionError, socket.timeout):
                pass
            time.sleep(0.02)
        raise SystemExit("/health did not answer 200 within %d s" % timeout)

    def post(self, body, content_type):
        ts = str(int(time.time()))
        sig = "v0=" + hmac.new(SECRET.encode(), ("v0:%s:%s" % (ts, body)).encode(), hashlib.sha256).hexdigest()
        req = urllib.request.Request(self.base + "/slack/events", data=body.encode(), method="POST", headers={
            "Content-Type": content_type, "X-Slack-Request-Timestamp": ts, "X-Slack-Signature": sig})
        t = time.monotonic()
        try:
            with urllib.request.urlopen(req, timeout=10) as r:
                status, text = r.status, r.read().decode()
        except urllib.error.HTTPError as e:
            status, text = e.code, e.read().decode()
        return t, time.monotonic() - t, status, text

    def slash(self, text, response_url, user=USER):
        form = {"token": "legacy", "team_id": SlackStandIn.TEAM, "team_domain": "bench", "channel_id": CHANNEL,
                "channel_name": "clicks", "user_id": user, "user_name": user.lower(), "command": "/clicks",
                "text": text, "api_app_id": "A0APP", "response_url": response_url,
                "trigger_id": "1111.2222.%d" % time.monotonic_ns(), "locale": "en-US"}
        return self.post(urllib.parse.urlencode(form), "application/x-www-form-urlencoded")

    def interaction(self, payload):
        return self.post(urllib.parse.urlencode({"payload": json.dumps(payload)}),
                         "application/x-www-form-urlencoded")

    def event(self, event):
        body = {"token": "legacy", "team_id": SlackStandIn.TEAM, "api_app_id": "A0APP", "event": event,
                "type": "event_callback", "event_id": "Ev%d" % time.monotonic_ns(), "event_time": int(time.time())}
        return self.post(json.dumps(body), "application/json")

    def stop(self):
        t = time.monotonic()
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.log.close()
        return time.monotonic() - t, self.proc.returncode


def interaction_base(kind):
    return {"type": kind, "team": {"id": SlackStandIn.TEAM, "domain": "bench"},
            "user": {"id": USER, "username": "admin", "team_id": SlackStandIn.TEAM}, "api_app_id": "A0APP",
            "token": "legacy", "trigger_id": "1111.2222.%d" % time.monotonic_ns()}


def connect_wolkvox(app, slack, wolkvox):
    """The admin's connect modal submission, as Slack sends it; then waits for the connection test to finish."""
    values = {
        "server_id": {"server_id": {"type": "plain_text_input", "value": SERVER_ID}},
        "token": {"token": {"type": "plain_text_input", "value": wolkvox.token}},
        "zone": {"zone": {"type": "static_select", "selected_option": {"value": ZONE}}},
        "language": {"language": {"type": "static_select", "selected_option": {"value": "en"}}},
    }
    p = interaction_base("view_submission")
    p["view"] = {"id": "V0MODAL", "team_id": SlackStandIn.TEAM, "type": "modal", "callback_id": "wolkvox_connect",
                 "private_metadata": "", "hash": "1.abc", "state": {"values": values}}
    t, ack, status, body = app.interaction(p)
    if status != 200:
        raise SystemExit("the connect submission got HTTP %d: %s" % (status, body[:300]))
    # The connection test runs in the background (one small wolkvox request) and then updates the view.
    got = slack.wait_call("views.update", lambda params: True, LATENCY + 30, after=t)
    if got is None:
        raise SystemExit("the connection test did not update the modal within %d s" % (LATENCY + 30))
    return {"ack_s": round(ack, 3), "test_done_s": round(got[0] - t, 3)}


def is_summary(body):
    """True when a response_url post carries a summary (Block Kit with a header), not an error or help text."""
    try:
        msg = json.loads(body)
    except ValueError:
        return False
    return any(b.get("type") == "header" for b in msg.get("blocks") or [])


def run_command(app, slack, wolkvox, text, rid):
    before = wolkvox.count()
    t, ack, status, body = app.slash(text, slack.response_url(rid))
    # The ack is the HTTP answer itself; the first post to the response_url is the answer.
    got = slack.wait_response(rid, lambda b: True, ANSWER_TIMEOUT)
    r = {"text": text, "http": status, "ack_s": round(ack, 3),
         "answer_s": round(got[0] - t, 3) if got else None,
         "summary": bool(got and is_summary(got[1])),
         "wolkvox_requests": wolkvox.count() - before,
         "ack_text": json.loads(body).get("text") if body.startswith("{") else body[:200]}
    if got and not r["summary"]:
        r["answer_text"] = got[1][:500]
        print("  (the answer is not a summary: %s)" % got[1][:300])
    print("  /clicks %-14s ack %6.0f ms   answer %s   wolkvox requests +%d" % (
        text, ack * 1000, "%6.0f ms" % (r["answer_s"] * 1000) if got else "NONE within %d s" % ANSWER_TIMEOUT,
        r["wolkvox_requests"]), flush=True)
    return r


def save_digest(app, slack, at):
    """The admin's subscription modal submission: a daily digest in C0BENCH, every day at `at` (HH:mm:ss, report
    timezone; the form takes seconds), the whole workspace, on. Returns the ack time and the subscription's id (read
    from the Home tab the app republishes)."""
    def chosen(kind, value):
        return {"type": kind, "selected_option": {"text": {"type": "plain_text", "text": value}, "value": value}}
    days = [{"text": {"type": "plain_text", "text": d}, "value": d}
            for d in ("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")]
    values = {
        "digest_channel": {"digest_channel": {"type": "conversations_select", "selected_conversation": CHANNEL}},
        "digest_cadence": {"digest_cadence": chosen("radio_buttons", "DAILY")},
        "digest_days": {"digest_days": {"type": "checkboxes", "selected_options": days}},
        "digest_time": {"digest_time": {"type": "timepicker", "selected_time": at}},
        "digest_slice": {"digest_slice": chosen("static_select", "ALL")},
        "digest_empty": {"digest_empty": chosen("radio_buttons", "POST_NOTE")},
        "digest_state": {"digest_state": chosen("radio_buttons", "on")},
    }
    p = interaction_base("view_submission")
    p["view"] = {"id": "V0DIGEST", "team_id": SlackStandIn.TEAM, "type": "modal", "callback_id": "digest_subscription",
                 "private_metadata": "0|" + ZONE, "hash": "1.def", "state": {"values": values}}
    t, ack, status, body = app.interaction(p)
    if status != 200 or "errors" in body:
        raise SystemExit("the digest submission was refused (HTTP %d): %s" % (status, body[:300]))
    home = slack.wait_call("views.publish", lambda params: "digest_sub_" in json.dumps(params), 10, after=t)
    if home is None:
        raise SystemExit("the Home tab was not republished with the new subscription")
    return ack, int(re.search(r"digest_sub_(\d+)", json.dumps(home[1])).group(1))


def digest_post(slack, after, timeout):
    return slack.wait_call("chat.postMessage", lambda params: params.get("channel") == CHANNEL, timeout, after=after)


def digests(app, slack, wolkvox):
    """A digest scheduled a few seconds ahead (Quartz fires it), then "send now"; both cover yesterday."""
    r = {}
    before = wolkvox.count()
    now = datetime.datetime.now(ZoneInfo(ZONE))
    t0 = time.monotonic()
    fire = (now + datetime.timedelta(seconds=DIGEST_AHEAD)).replace(microsecond=0)
    due = t0 + (fire - now).total_seconds()
    ack, sub_id = save_digest(app, slack, fire.strftime("%H:%M:%S"))
    r["save_ack_s"] = round(ack, 3)
    got = digest_post(slack, t0, DIGEST_AHEAD + ANSWER_TIMEOUT)
    r["scheduled_posted_after_fire_s"] = round(got[0] - due, 3) if got else None
    r["scheduled_wolkvox_requests"] = wolkvox.count() - before
    print("  digest scheduled %d s ahead: saved (ack %.0f ms), posted %s, wolkvox requests +%d" % (
        DIGEST_AHEAD, r["save_ack_s"] * 1000,
        "%.2f s after its fire time" % r["scheduled_posted_after_fire_s"] if got else "NOT within %d s" % (
            DIGEST_AHEAD + ANSWER_TIMEOUT), r["scheduled_wolkvox_requests"]), flush=True)
    before = wolkvox.count()
    p = interaction_base("block_actions")
    p.update(container={"type": "view", "view_id": "V0HOME"},
             view={"id": "V0HOME", "type": "home", "team_id": SlackStandIn.TEAM},
             actions=[{"type": "overflow", "action_id": "digest_menu", "block_id": "digest_sub_%d" % sub_id,
                       "selected_option": {"text": {"type": "plain_text", "text": "Send now"},
                                           "value": "SEND_NOW:%d" % sub_id}, "action_ts": "1.1"}])
    t, ack, status, body = app.interaction(p)
    got = digest_post(slack, t, ANSWER_TIMEOUT)
    r.update(send_now_ack_s=round(ack, 3), send_now_posted_s=round(got[0] - t, 3) if got else None,
             send_now_wolkvox_requests=wolkvox.count() - before)
    print("  digest send now: ack %.0f ms, posted %s, wolkvox requests +%d" % (
        ack * 1000, "after %.0f ms" % (r["send_now_posted_s"] * 1000) if got else "NOT within %d s" % ANSWER_TIMEOUT,
        r["send_now_wolkvox_requests"]), flush=True)
    r["wolkvox_requests"] = r["scheduled_wolkvox_requests"] + r["send_now_wolkvox_requests"]
    r["posted"] = r["scheduled_posted_after_fire_s"] is not None and r["send_now_posted_s"] is not None
    return r


def main():
    jar = sys.argv[1]
    data_dir = os.path.join(OUT, "slack-data")
    shutil.rmtree(data_dir, ignore_errors=True)
    os.makedirs(data_dir)
    today = datetime.datetime.now(ZoneInfo(ZONE)).date()
    slack = SlackStandIn()
    wolkvox = WolkvoxStandIn(latency=LATENCY)
    wolkvox.warm(today - datetime.timedelta(days=62), today)
    app = App(jar, slack, wolkvox, data_dir, os.path.join(OUT, "slack-app.log"))
    res = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "wolkvox_latency_s": LATENCY}
    try:
        res["startup_s"] = round(app.wait_health(), 3)
        print("  start-up until /health answers 200: %.2f s" % res["startup_s"], flush=True)
        # The first request the fresh JVM handles pays for cold code: /clicks help needs no wolkvox.
        t, ack, status, body = app.slash("help", slack.response_url("first"))
        res["first_ack_s"] = round(ack, 3)
        print("  first request after start (/clicks help): ack %.0f ms (HTTP %d)" % (ack * 1000, status), flush=True)
        res["connect"] = connect_wolkvox(app, slack, wolkvox)
        res["connect"]["wolkvox_requests"] = wolkvox.count()
        print("  connect: ack %.0f ms; connection test done after %.1f s (%d wolkvox request)" % (
            res["connect"]["ack_s"] * 1000, res["connect"]["test_done_s"], wolkvox.count()), flush=True)
        res["yesterday"] = [run_command(app, slack, wolkvox, "yesterday", "y%d" % i) for i in range(5)]
        res["last30"] = [run_command(app, slack, wolkvox, "last 30 days", "m%d" % i) for i in range(2)]
        res["digest"] = digests(app, slack, wolkvox)
    finally:
        res["stop_s"], res["exit_code"] = app.stop()
        res["wolkvox_log"] = [{"date_ini": a, "date_end": b, "records": n} for _, a, b, n in wolkvox.requests]
        res["wolkvox_max_in_flight"] = wolkvox.max_in_flight
        res["slack_methods"] = dict(collections.Counter(slack.methods()))
        with open(os.path.join(OUT, "slack.json"), "w") as f:
            json.dump(res, f, indent=1)
    report(res)


def report(res):
    y, m = res.get("yesterday", []), res.get("last30", [])
    acks = [r["ack_s"] for r in y + m]
    print("\n  wolkvox requests (date_ini..date_end, records):")
    for w in res["wolkvox_log"]:
        print("    %s..%s  %d" % (w["date_ini"], w["date_end"], w["records"]))
    print("  Slack Web API calls: %s" % ", ".join("%s %d" % kv for kv in sorted(res["slack_methods"].items())))
    print("  most wolkvox requests in flight at once: %d; app stopped %.1f s after SIGTERM (exit %s)" % (
        res["wolkvox_max_in_flight"], res["stop_s"], res["exit_code"]))

    def verdict(ok):
        return "met" if ok else "MISSED"
    rows = []
    if acks:
        rows.append(("every ack < 300 ms", "max %.0f ms" % (max(acks) * 1000), verdict(max(acks) < 0.3)))
    if y and y[0]["answer_s"]:
        cold = y[0]["answer_s"]
        rows.append(("cold answer < wolkvox latency + 1 s (%.1f s)" % (LATENCY + 1), "%.2f s" % cold,
                     verdict(cold < LATENCY + 1)))
    warm = [r["answer_s"] for r in y[1:] if r["answer_s"]]
    if warm:
        rows.append(("warm answer < 500 ms", "max %.0f ms" % (max(warm) * 1000), verdict(max(warm) < 0.5)))
    if y:
        n = sum(r["wolkvox_requests"] for r in y)
        rows.append(("1 wolkvox request for 5 x yesterday", str(n), verdict(n == 1)))
    if m:
        n = sum(r["wolkvox_requests"] for r in m)
        rows.append(("<= 2 more for 2 x last 30 days", str(n), verdict(n <= 2)))
        if m[0]["answer_s"]:
            rows.append(("(cold 30 days answer)", "%.2f s" % m[0]["answer_s"], ""))
        if len(m) > 1 and m[1]["answer_s"]:
            rows.append(("warm 30 days answer < 500 ms", "%.0f ms" % (m[1]["answer_s"] * 1000),
                         verdict(m[1]["answer_s"] < 0.5)))
    if "digest" in res:
        rows.append(("0 more for the digest of yesterday", str(res["digest"]["wolkvox_requests"]),
                     verdict(res["digest"]["wolkvox_requests"] == 0 and res["digest"]["posted"])))
    if "first_ack_s" in res:
        rows.append(("(first request after start, ack)", "%.0f ms" % (res["first_ack_s"] * 1000),
                     verdict(res["first_ack_s"] < 0.3)))
    if "startup_s" in res:
        rows.append(("/health within 5 s of start", "%.2f s" % res["startup_s"], verdict(res["startup_s"] < 5)))
    print("\n  %-46s %-14s %s" % ("target", "measured", "verdict"))
    for r in rows:
        print("  %-46s %-14s %s" % r)


if __name__ == "__main__":
    main()
