#!/usr/bin/env python3
"""Acceptance, as a new user would try it through the built jar: the "Done when" of issues 15 (digest
subscriptions) and 16 (Microsoft Teams). Not run by CI.

    python3 bench/accept.py JAR

The app runs as a process (`java -jar JAR`, HTTP mode, a fresh H2 data dir under bench/out/accept-data) against the
local stand-ins of bench/standins.py: wolkvox (chat_14 records over four routing points, whose names it also serves
as the directory), the Slack Web API, and a Teams Workflows webhook served over https with a self-signed certificate
made here (openssl) and handed to the JVM as its trust store (-Djavax.net.ssl.trustStore): the app posts only to https
webhook URLs and has no switch for plain http. Every Slack request is signed as Slack signs it.

1. Issue 15. wolkvox is connected through the App Home modal; a daily subscription at another time is added through
   the subscription modal ("the existing daily one"); then a weekly subscription for routing point 11 in C0VENTAS and
   a daily one for the whole workspace in C0SOPORTE to Slack and Teams, both due the same minute, about a minute
   ahead, on today's weekday in the report timezone. Checked: exactly one chat.postMessage per due subscription in
   its channel and none more a minute later; the weekly one's header covers last week (Monday to Sunday of the week
   before today's) and names the routing point; its clicks, chats, without agent, top ads and top agents equal a
   count by hand of the very records the stand-in serves for those days and that routing point.
2. Issue 16. Teams is connected in the App Home (webhook URL + Outgoing Webhook security token; the test card must
   be accepted), the Teams stand-in answers 429 to the digest's first post: exactly one card is accepted, with
   yesterday's totals counted by hand, and one message reaches the Slack channel. Then a signed `@clicks yesterday`
   to POST /teams/messages gets a card with the right totals, top ads and agents within 5 s; unsigned and wrongly
   signed ones get 401.

Prints a verdict per check with its figures and writes bench/out/accept.json. Loopback only; every wait is bounded
(about 4 minutes in all). At the end the app is stopped and started again on the same database: nothing may be
posted again in the 20 s after (exactly once across a restart).
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
from standins import SlackStandIn, TeamsStandIn, WolkvoxStandIn  # noqa: E402
import slack_bench  # noqa: E402
from slack_bench import App, USER, ZONE, connect_wolkvox, interaction_base  # noqa: E402

ROUTING_POINTS = {"11": "WhatsApp Ventas", "12": "WhatsApp Soporte", "13": "WhatsApp Cobranza", "14": "Instagram DM"}
SLICE_RP = "11"
PER_DAY = int(os.environ.get("ACCEPT_PER_DAY", "400"))
CH_DAILY, CH_WEEKLY, CH_BOTH = "C0DAILY", "C0VENTAS", "C0SOPORTE"
TEAMS_TOKEN = base64.b64encode(hashlib.sha256(b"accept-outgoing-webhook").digest()).decode()
WEBHOOK_PATH = "/workflows/7c1a/triggers/manual/paths/invoke?api-version=2016-06-01&sig=acceptSecretSig0123"
# 429s Teams answers first: 1 or 2 are waited out within the run (Retry-After 2 s); 3 or more make the digest retry
# its Teams post later (a one-shot trigger 2 minutes on: raise ACCEPT_DUE_WAIT to 240).
TEAMS_429 = int(os.environ.get("ACCEPT_TEAMS_429", "1"))
RESTART_WAIT = int(os.environ.get("ACCEPT_RESTART_WAIT", "20"))  # seconds watched after the restart
PUBLIC_URL = "https://clicks.example.com"
DUE_WAIT = int(os.environ.get("ACCEPT_DUE_WAIT", "150"))  # seconds after the due minute to wait for the posts
QUIET_WAIT = int(os.environ.get("ACCEPT_QUIET_WAIT", "60"))  # seconds after that in which nothing more may come
WEEKDAYS = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]

checks = []


def check(name, ok, figures):
    checks.append({"check": name, "ok": bool(ok), "figures": figures})
    print("  %-4s %s: %s" % ("PASS" if ok else "FAIL", name, figures), flush=True)
    return ok


def tls_files():
    """A self-signed certificate for 127.0.0.1 and a PKCS12 trust store holding it (regenerated each run)."""
    cert, key, store = (os.path.join(OUT, n) for n in ("accept-teams-cert.pem", "accept-teams-key.pem",
                                                       "accept-truststore.p12"))
    for f in (cert, key, store):
        if os.path.exists(f):
            os.remove(f)
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                    "-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True)
    subprocess.run(["keytool", "-importcert", "-noprompt", "-alias", "teams-standin", "-file", cert, "-keystore",
                    store, "-storetype", "PKCS12", "-storepass", "changeit"], check=True, capture_output=True)
    return cert, key, store


# ---- Slack payloads -------------------------------------------------------------------------------------------

def button(app, action_id, block_id="home_actions"):
    p = interaction_base("block_actions")
    p.update(container={"type": "view", "view_id": "V0HOME"},
             view={"id": "V0HOME", "type": "home", "team_id": SlackStandIn.TEAM},
             actions=[{"type": "button", "action_id": action_id, "block_id": block_id, "action_ts": "1.1"}])
    return app.interaction(p)


def submit(app, callback_id, metadata, values):
    p = interaction_base("view_submission")
    p["view"] = {"id": "V0MODAL", "team_id": SlackStandIn.TEAM, "type": "modal", "callback_id": callback_id,
                 "private_metadata": metadata, "hash": "1.abc", "state": {"values": values}}
    t, ack, status, body = app.interaction(p)
    if status != 200 or "errors" in body:
        raise SystemExit("the %s submission was refused (HTTP %d): %s" % (callback_id, status, body[:400]))
    return t, ack


def option(value):
    return {"text": {"type": "plain_text", "text": value}, "value": value}


def chosen(kind, value):
    return {"type": kind, "selected_option": option(value)}


def add_subscription(app, channel, cadence, at, days=WEEKDAYS, weekday="MONDAY", slice_="ALL",
                     destinations=None):
    """"Add subscription" on the Home tab, then the subscription modal's submission (DigestPayloads' shape)."""
    button(app, "digest_add")
    v = {
        "digest_channel": {"digest_channel": {"type": "conversations_select", "selected_conversation": channel}},
        "digest_cadence": {"digest_cadence": chosen("radio_buttons", cadence)},
        "digest_days": {"digest_days": {"type": "checkboxes", "selected_options": [option(d) for d in days]}},
        "digest_weekday": {"digest_weekday": chosen("static_select", weekday)},
        "digest_day_of_month": {"digest_day_of_month": chosen("static_select", "1")},
        "digest_time": {"digest_time": {"type": "timepicker", "selected_time": at}},
        "digest_slice": {"digest_slice": chosen("static_select", slice_)},
        "digest_empty": {"digest_empty": chosen("radio_buttons", "POST_NOTE")},
        "digest_state": {"digest_state": chosen("radio_buttons", "on")},
    }
    if destinations:
        v["digest_destinations"] = {"digest_destinations": chosen("radio_buttons", destinations)}
    return submit(app, "digest_subscription", "0|" + ZONE, v)


def connect_teams(app, webhook):
    button(app, "teams_edit")
    v = {"teams_webhook": {"teams_webhook": {"type": "plain_text_input", "value": webhook}},
         "teams_token": {"teams_token": {"type": "plain_text_input", "value": TEAMS_TOKEN}},
         "teams_language": {"teams_language": {"type": "static_select", "selected_option": {"value": "en"}}}}
    return submit(app, "teams_settings", "", v)


# ---- counts by hand -------------------------------------------------------------------------------------------

def hand_count(wolkvox, first, last, rp=None):
    """Clicks, chats, without agent, ads and agents of the stand-in's records of first..last (one routing point)."""
    recs = []
    day = first
    while day <= last:
        recs.extend(json.loads(j) for _, j in wolkvox.day_records(day))
        day += datetime.timedelta(days=1)
    if rp:
        recs = [r for r in recs if r["rp_id"] == rp]
    return {"clicks": len(recs), "chats": len({r["chat_id"] for r in recs}),
            "without_agent": sum(1 for r in recs if not r["agent_id"]),
            "ads": collections.Counter(r["source_id"] for r in recs),
            "agents": collections.Counter(r["agent_id"] for r in recs if r["agent_id"]),
            "routing_points": collections.Counter(r["rp_id"] for r in recs)}


def num(text):
    return int(text.replace(",", ""))


def ranking_ok(shown, counter):
    """Each ranked id's count equals the hand count, and the counts shown are the largest ones, in order."""
    if not shown:
        return False
    top = sorted(counter.values(), reverse=True)[:len(shown)]
    return all(counter.get(i) == n for i, n in shown) and [n for _, n in shown] == top


# ---- reading what the app posted ------------------------------------------------------------------------------

def slack_message(params):
    """Header, fallback figures and rankings of a chat.postMessage's Block Kit message."""
    blocks = params.get("blocks") or []
    if isinstance(blocks, str):
        blocks = json.loads(blocks)
    header = next((b["text"]["text"] for b in blocks if b.get("type") == "header"), "")
    m = re.search(r": ([\d,]+) clicks?, ([\d,]+) chats?, ([\d,]+) without an agent", params.get("text", ""))
    out = {"header": header, "text": params.get("text", "")}
    if m:
        out.update(clicks=num(m.group(1)), chats=num(m.group(2)), without_agent=num(m.group(3)))
    for b in blocks:
        text = (b.get("text") or {}).get("text", "") if b.get("type") == "section" else ""
        if text.startswith("*Top ads"):
            out["ads"] = [(re.search(r"(\d{15,})", l).group(1), num(re.search(r"— \*([\d,]+) clicks?\*", l).group(1)))
                          for l in text.split("\n")[1:] if re.match(r"\d+\. ", l)]
        elif text.startswith("*Top agents*"):
            out["agents"] = [(re.search(r"\*([^*]+)\*", l.split(". ", 1)[1]).group(1),
                              num(re.search(r"— ([\d,]+) clicks?", l).group(1)))
                             for l in text.split("\n")[1:] if re.match(r"\d+\. ", l)]
    return out


def card_figures(card):
    """Title, facts and the rankings (first column's id, second column's count) of one of our Adaptive Cards."""
    out = {"title": "", "facts": {}, "rankings": {}}
    heading = None
    for b in card.get("body", []):
        if b.get("type") == "TextBlock":
            if not out["title"]:
                out["title"] = b.get("text", "")
            elif b.get("weight") == "Bolder":
                heading = b.get("text", "")
        elif b.get("type") == "FactSet":
            for f in b.get("facts", []):
                out["facts"][f["title"]] = f["value"]
        elif b.get("type") == "ColumnSet" and heading:
            cells = [" ".join(i.get("text", "") for i in c.get("items", [])) for c in b.get("columns", [])]
            if len(cells) >= 2 and re.match(r"^[\d,]+$", cells[1]):
                m = re.search(r"\((\d+)\)\s*$", cells[0]) or re.search(r"\[?([0-9]{3,})", cells[0])
                out["rankings"].setdefault(heading, []).append((m.group(1) if m else cells[0], num(cells[1])))
    return out


def fact(figs, name):
    v = figs["facts"].get(name)
    m = re.match(r"([\d,]+)", v or "")
    return num(m.group(1)) if m else None


def check_card(label, card, hand):
    figs = card_figures(card)
    got = {k: fact(figs, n) for k, n in (("clicks", "Clicks"), ("chats", "Chats"), ("without_agent", "Without agent"))}
    ok = got == {k: hand[k] for k in got}
    check(label + ": totals = count by hand", ok, "card %s, by hand clicks %d, chats %d, without agent %d" % (
        got, hand["clicks"], hand["chats"], hand["without_agent"]))
    ads = next((v for k, v in figs["rankings"].items() if "ad" in k.lower()), [])
    agents = next((v for k, v in figs["rankings"].items() if "agent" in k.lower()), [])
    check(label + ": top ads = count by hand", ranking_ok(ads, hand["ads"]),
          "card %s; by hand %s" % (ads, hand["ads"].most_common(len(ads) or 3)))
    check(label + ": top agents = count by hand", ranking_ok(agents, hand["agents"]),
          "card %s; by hand %s" % (agents, hand["agents"].most_common(len(agents) or 3)))
    return figs


def teams_post(app, body, auth):
    headers = {"Content-Type": "application/json"}
    if auth:
        headers["Authorization"] = auth
    req = urllib.request.Request(app.base + "/teams/messages", data=body, method="POST", headers=headers)
    t = time.monotonic()
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            status, text = r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        status, text = e.code, e.read().decode()
    return status, text, time.monotonic() - t


def activity(text):
    return json.dumps({
        "type": "message", "id": "1764400000000", "timestamp": "2026-11-29T15:00:00.000Z",
        "serviceUrl": "https://smba.trafficmanager.net/amer/", "channelId": "msteams",
        "from": {"id": "29:1AcceptUser", "name": "Ana Ventas", "aadObjectId": "00000000-0000-0000-0000-000000000001"},
        "conversation": {"isGroup": True, "id": "19:accept@thread.tacv2;messageid=1764400000000",
                         "name": None, "conversationType": "channel"},
        "recipient": None, "textFormat": "plain", "attachmentLayout": None,
        "attachments": [{"contentType": "text/html", "content": "<div><at>clicks</at> yesterday</div>"}],
        "entities": [{"type": "clientInfo", "locale": "en-US", "country": "US", "platform": "Web"}],
        "channelData": {"teamsChannelId": "19:accept@thread.tacv2", "teamsTeamId": "19:acceptteam@thread.tacv2",
                        "channel": {"id": "19:accept@thread.tacv2"}, "team": {"id": "19:acceptteam@thread.tacv2"},
                        "tenant": {"id": "00000000-0000-0000-0000-0000000000aa"}},
        "locale": "en-US", "text": text}).encode()


def sign(key_b64, body):
    return "HMAC " + base64.b64encode(hmac.new(base64.b64decode(key_b64), body, hashlib.sha256).digest()).decode()


# ---- the run --------------------------------------------------------------------------------------------------

def posts(slack, channel, after):
    with slack.cond:
        return [(t, p) for t, m, p in slack.calls if m == "chat.postMessage" and p.get("channel") == channel
                and t >= after]


def main():
    jar = sys.argv[1]
    os.makedirs(OUT, exist_ok=True)
    data_dir = os.path.join(OUT, "accept-data")
    shutil.rmtree(data_dir, ignore_errors=True)
    os.makedirs(data_dir)
    zone = ZoneInfo(ZONE)
    cert, key, store = tls_files()
    slack = SlackStandIn()
    wolkvox = WolkvoxStandIn(latency=0.2, per_day=PER_DAY, routing_points=ROUTING_POINTS)
    teams = TeamsStandIn(cert, key, retry_after=2)
    os.environ["PUBLIC_URL"] = PUBLIC_URL  # only shown in the Home tab, as the Outgoing Webhook's callback URL
    java_opts = ("-Djavax.net.ssl.trustStore=" + store, "-Djavax.net.ssl.trustStorePassword=changeit",
                 "-Djavax.net.ssl.trustStoreType=PKCS12")
    app = App(jar, slack, wolkvox, data_dir, os.path.join(OUT, "accept-app.log"), java_opts=java_opts)
    res = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "zone": ZONE, "records_a_day": PER_DAY,
           "teams_429_first": TEAMS_429,
           "routing_points": ROUTING_POINTS}
    try:
        run(app, slack, wolkvox, teams, zone, res)
        res["stop_s"], res["exit_code"] = app.stop()
        app = None
        # Exactly once across a restart: the same data dir, nothing posted again.
        t = time.monotonic()
        app = App(jar, slack, wolkvox, data_dir, os.path.join(OUT, "accept-app-restart.log"), java_opts=java_opts)
        app.wait_health()
        time.sleep(RESTART_WAIT)
        with slack.cond:
            again = [p.get("channel") for tt, m, p in slack.calls if m == "chat.postMessage" and tt >= t]
        cards = [r["status"] for r in teams.requests if r["t"] >= t]
        check("after a restart on the same database (%d s watched), nothing is posted again" % RESTART_WAIT,
              not again and not cards, "chat.postMessage %s, Teams requests %s" % (again, cards))
    finally:
        if app is not None:
            stopped = app.stop()
            if "stop_s" in res:
                res["restart_stop_s"] = stopped[0]
            else:
                res["stop_s"], res["exit_code"] = stopped
        res["wolkvox_requests"] = [{"date_ini": a, "date_end": b, "records": n} for _, a, b, n in wolkvox.requests]
        res["slack_methods"] = dict(collections.Counter(slack.methods()))
        res["teams_requests"] = [{k: r[k] for k in ("path", "status", "why", "bytes")} for r in teams.requests]
        res["checks"] = checks
        res["passed"] = bool(checks) and all(c["ok"] for c in checks)
        with open(os.path.join(OUT, "accept.json"), "w") as f:
            json.dump(res, f, indent=1, default=str)
    print("\n  %d of %d checks passed; wolkvox requests %d; Slack calls %s; Teams requests %s" % (
        sum(c["ok"] for c in checks), len(checks), len(res["wolkvox_requests"]),
        ", ".join("%s %d" % kv for kv in sorted(res["slack_methods"].items())),
        [r["status"] for r in res["teams_requests"]]))
    print("  verdict: %s (bench/out/accept.json)" % ("ACCEPTED" if res["passed"] else "NOT ACCEPTED"))
    sys.exit(0 if res["passed"] else 1)


def run(app, slack, wolkvox, teams, zone, res):
    res["startup_s"] = round(app.wait_health(), 3)
    print("  app up after %.1f s (HTTP mode, fresh H2 under bench/out/accept-data)" % res["startup_s"], flush=True)
    app.event({"type": "app_home_opened", "user": USER, "channel": "D0HOME", "tab": "home", "event_ts": "1.000100"})
    slack_bench.LATENCY = wolkvox.latency
    res["connect"] = connect_wolkvox(app, slack, wolkvox)
    print("  wolkvox connected (server %s)" % slack_bench.SERVER_ID, flush=True)

    # Issue 16 §1: Teams connected in the App Home; saving sends a test card.
    t_teams = time.monotonic()
    webhook = teams.url(WEBHOOK_PATH)
    connect_teams(app, webhook)
    got_test = teams.wait(lambda rs: len(rs) >= 1, 30)
    home = slack.wait_call("views.publish", lambda p: "accepted" in json.dumps(p).lower(), 20, after=t_teams)
    check("Teams connected: test card accepted by the stand-in, the Home tab says accepted",
          got_test and teams.requests[0]["status"] == 202 and home is not None,
          "stand-in answers %s; Home tab %s" % ([r["status"] for r in teams.requests],
                                                "says accepted" if home else "does not say accepted"))
    home_text = json.dumps(home[1]) if home else ""
    check("the Teams section shows the callback URL PUBLIC_URL/teams/messages",
          PUBLIC_URL + "/teams/messages" in home_text, "found" if PUBLIC_URL + "/teams/messages" in home_text
          else "not found in the Home tab")
    check("the Home tab never shows the webhook's secret", "acceptSecretSig0123" not in home_text
          and "acceptSecretSig0123" not in open(app.log.name).read(),
          "sig= absent from the Home tab and the app's log")
    test_cards = len(teams.requests)

    # Issue 15: the existing daily subscription, at another time.
    now = datetime.datetime.now(zone)
    other = (now + datetime.timedelta(hours=5)).strftime("%H:%M")
    add_subscription(app, CH_DAILY, "DAILY", other)
    print("  daily subscription added in %s at %s (%s)" % (CH_DAILY, other, ZONE), flush=True)

    # Two subscriptions due the same minute, at least 45 s ahead.
    now = datetime.datetime.now(zone)
    due = (now + datetime.timedelta(seconds=45 + 59)).replace(second=0, microsecond=0)
    if due.date() != now.date():
        raise SystemExit("too close to midnight in %s: run again after 00:03" % ZONE)
    today = now.date()
    weekday = WEEKDAYS[today.weekday()]
    teams.fail_next = [429] * TEAMS_429  # the digest's first post(s) to Teams get 429
    add_subscription(app, CH_WEEKLY, "WEEKLY", due.strftime("%H:%M"), weekday=weekday,
                     slice_="ROUTING_POINT:" + SLICE_RP, destinations="SLACK")
    add_subscription(app, CH_BOTH, "DAILY", due.strftime("%H:%M"), destinations="BOTH")
    added = time.monotonic()
    due_mono = added + (due - datetime.datetime.now(zone)).total_seconds()
    res["due"] = due.isoformat()
    print("  weekly (%s, routing point %s, %s) in %s and daily to Slack and Teams in %s, both due %s; waiting" % (
        weekday.title(), SLICE_RP, ROUTING_POINTS[SLICE_RP], CH_WEEKLY, CH_BOTH, due.strftime("%H:%M")), flush=True)

    def all_in(_=None):
        return (posts(slack, CH_WEEKLY, added) and posts(slack, CH_BOTH, added)
                and any(r["status"] == 202 for r in teams.requests[test_cards:]))
    deadline = due_mono + DUE_WAIT
    with slack.cond:
        while not all_in() and time.monotonic() < deadline:
            slack.cond.wait(1)
    teams.wait(lambda rs: any(r["status"] == 202 for r in rs[test_cards:]), max(0, deadline - time.monotonic()))
    settled = time.monotonic()
    print("  waiting %d s more: nothing else may arrive" % QUIET_WAIT, flush=True)
    time.sleep(QUIET_WAIT)

    weekly, both, daily = posts(slack, CH_WEEKLY, added), posts(slack, CH_BOTH, added), posts(slack, CH_DAILY, 0)
    after = [r for r in teams.requests[test_cards:]]
    res["posted_after_due_s"] = {"weekly": round(weekly[0][0] - due_mono, 2) if weekly else None,
                                 "both_slack": round(both[0][0] - due_mono, 2) if both else None}
    check("15: exactly one message for the weekly subscription in its channel (none more %d s later)" % QUIET_WAIT,
          len(weekly) == 1, "%d chat.postMessage in %s, first %s s after the due minute" % (
              len(weekly), CH_WEEKLY, res["posted_after_due_s"]["weekly"]))
    check("15: exactly one message for the second subscription due the same minute, in its own channel",
          len(both) == 1, "%d chat.postMessage in %s, first %s s after the due minute" % (
              len(both), CH_BOTH, res["posted_after_due_s"]["both_slack"]))
    check("15: nothing from the daily subscription due at another time", not daily,
          "%d chat.postMessage in %s" % (len(daily), CH_DAILY))

    # The weekly message: last week (Monday..Sunday of the week before today's), routing point 11.
    monday = today - datetime.timedelta(days=today.weekday() + 7)
    sunday = monday + datetime.timedelta(days=6)
    hand_week = hand_count(wolkvox, monday, sunday, SLICE_RP)
    res["hand_last_week_rp"] = {k: (v.most_common(5) if isinstance(v, collections.Counter) else v)
                                for k, v in hand_week.items()}
    if weekly:
        msg = slack_message(weekly[0][1])
        res["weekly_message"] = {k: v for k, v in msg.items()}
        want = "Weekly · %s → %s" % (monday, sunday)
        check("15: the weekly header covers last week and names the routing point",
              want in msg["header"] and (ROUTING_POINTS[SLICE_RP] in msg["header"] or SLICE_RP in msg["header"]),
              "header %r; expected %r and %r" % (msg["header"], want, ROUTING_POINTS[SLICE_RP]))
        got = {k: msg.get(k) for k in ("clicks", "chats", "without_agent")}
        check("15: the weekly totals = count by hand of last week's records of routing point %s" % SLICE_RP,
              got == {k: hand_week[k] for k in got},
              "message %s; by hand %d clicks, %d chats, %d without agent (of %d records that week, all routing "
              "points)" % (got, hand_week["clicks"], hand_week["chats"], hand_week["without_agent"],
                           hand_count(wolkvox, monday, sunday)["clicks"]))
        check("15: the weekly top ads = count by hand", ranking_ok(msg.get("ads"), hand_week["ads"]),
              "message %s; by hand %s" % (msg.get("ads"), hand_week["ads"].most_common(5)))
        check("15: the weekly top agents = count by hand", ranking_ok(msg.get("agents"), hand_week["agents"]),
              "message %s; by hand %s" % (msg.get("agents"), hand_week["agents"].most_common(5)))

    # Issue 16: the daily to both destinations; Teams said 429 first.
    yesterday = today - datetime.timedelta(days=1)
    hand_y = hand_count(wolkvox, yesterday, yesterday)
    res["hand_yesterday"] = {k: (v.most_common(5) if isinstance(v, collections.Counter) else v)
                             for k, v in hand_y.items()}
    accepted = [r for r in after if r["status"] == 202]
    check("16: Teams answered 429 first (%d time%s); exactly one card accepted" % (TEAMS_429, "s" * (TEAMS_429 > 1)),
          len(accepted) == 1 and [r["status"] for r in after[:TEAMS_429]] == [429] * TEAMS_429, "Teams stand-in after the test card: %s" % (
              ["%d%s" % (r["status"], "" if r["status"] in (202, 429) else " " + str(r["why"])) for r in after]))
    if both:
        msg = slack_message(both[0][1])
        got = {k: msg.get(k) for k in ("clicks", "chats", "without_agent")}
        check("16: the Slack message of the same digest has yesterday's totals", got == {
            k: hand_y[k] for k in got}, "header %r, %s; by hand %d clicks" % (msg["header"], got, hand_y["clicks"]))
    if accepted:
        card = accepted[0]["card"]
        figs = check_card("16: the Teams card of the digest", card, hand_y)
        res["digest_card"] = {"title": figs["title"], "facts": figs["facts"], "bytes": accepted[0]["bytes"]}
        print("       card %r, %d bytes" % (figs["title"], accepted[0]["bytes"]))

    # Issue 16 §3: @clicks yesterday from Teams, once yesterday is stored (the digest stored it).
    body = activity("<at>clicks</at> yesterday")
    status, text, took = teams_post(app, body, sign(TEAMS_TOKEN, body))
    res["teams_command"] = {"status": status, "s": round(took, 3), "bytes": len(text)}
    card = None
    try:
        reply = json.loads(text)
        card = reply["attachments"][0]["content"]
    except (ValueError, KeyError, IndexError, TypeError):
        pass
    check("16: signed @clicks yesterday answered with a card within 5 s", status == 200 and card and took < 5,
          "HTTP %d after %.0f ms, %s" % (status, took * 1000, "a card" if card else "no card: " + text[:200]))
    if card:
        why, _ = TeamsStandIn.check(json.dumps(reply).encode())
        check("16: the answer is a Workflows-style envelope with a card <= 1.4 and <= 28 KB", why is None,
              why or "version %s, %d bytes" % (card.get("version"), len(text)))
        figs = check_card("16: @clicks yesterday", card, hand_y)
        res["teams_command"]["title"] = figs["title"]
        res["teams_command"]["facts"] = figs["facts"]
    wrong = base64.b64encode(hashlib.sha256(b"someone else").digest()).decode()
    s1, t1, d1 = teams_post(app, body, None)
    s2, t2, d2 = teams_post(app, body, sign(wrong, body))
    s3, t3, d3 = teams_post(app, body, "HMAC " + base64.b64encode(b"x" * 32).decode())
    check("16: unsigned / wrongly signed / forged HMAC get 401", (s1, s2, s3) == (401, 401, 401),
          "HTTP %d, %d, %d (%.0f, %.0f, %.0f ms)" % (s1, s2, s3, d1 * 1000, d2 * 1000, d3 * 1000))
    res["unsigned"] = {"statuses": [s1, s2, s3], "texts": [t1[:80], t2[:80], t3[:80]]}


if __name__ == "__main__":
    main()
