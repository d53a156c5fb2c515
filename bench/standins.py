"""Local stand-ins for the benchmark of the Slack app: wolkvox's chat_14 (slow on purpose, counting requests) and
the Slack Web API with response_url receivers (recording what arrives and when). Loopback only."""
import datetime
import itertools
import json
import random
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def _serve(handler_cls, owner):
    server = _Server(("127.0.0.1", 0), handler_cls)
    server.owner = owner
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


class WolkvoxStandIn:
    """chat_14 on /api/v2/reports_manager.php: answers after `latency` seconds with `per_day` deterministic records
    for every day of the window (dates in the window's wall-clock time), and counts the requests.

    `routing_points` ({rp_id: name}, optional): spreads the records over those routing points (weights 4:3:2:1…,
    by the dict's order) instead of rp_id "5", and serves their names as information.php?api=routing_points (the
    other directory lists answer empty). Without it the records and answers are as before."""

    def __init__(self, latency=2.0, per_day=1500, token="bench-wolkvox-token-0042", routing_points=None):
        self.latency, self.per_day, self.token = latency, per_day, token
        self.routing_points = dict(routing_points or {})
        n = len(self.routing_points)
        self.rp_w = list(itertools.accumulate(n - k for k in range(n)))
        self.directory_requests = []  # (arrival monotonic, api)
        self.requests = []  # (arrival monotonic, date_ini, date_end, records)
        self.lock = threading.Lock()
        self.in_flight = 0
        self.max_in_flight = 0
        rnd = random.Random(6)
        self.ads = [str(120210000000000000 + rnd.randrange(10 ** 13)) for _ in range(60)]
        self.ad_w = list(itertools.accumulate(1.0 / k ** 1.1 for k in range(1, 61)))
        self.agents = [str(1000 + rnd.randrange(9000)) for _ in range(25)]
        self.agent_w = list(itertools.accumulate(1.0 / k for k in range(1, 26)))
        self.cache = {}
        self.server = _serve(_WolkvoxHandler, self)

    @property
    def base_url(self):
        return "http://127.0.0.1:%d" % self.server.server_address[1]

    def count(self):
        with self.lock:
            return len(self.requests)

    def day_records(self, day):
        """The records of one day as (date text, JSON text), built once (call warm() before measuring)."""
        if day in self.cache:
            return self.cache[day]
        rnd = random.Random(day.toordinal())
        out = []
        for i in range(self.per_day):
            t = datetime.datetime.combine(day, datetime.time()) + datetime.timedelta(
                seconds=int(86400 * (i + rnd.random()) / self.per_day))
            agent = "" if rnd.random() < 0.07 else rnd.choices(self.agents, cum_weights=self.agent_w)[0]
            sid = rnd.choices(self.ads, cum_weights=self.ad_w)[0]
            rp = rnd.choices(list(self.routing_points), cum_weights=self.rp_w)[0] if self.routing_points else "5"
            date = t.strftime("%Y-%m-%d %H:%M:%S")
            out.append((date, json.dumps({
                "source_url": "https://fb.me/" + sid[-8:], "source_type": "ad", "source_id": sid,
                "chat_id": "%d%05d" % (day.toordinal(), i), "rp_id": rp, "agent_id": agent,
                "media_type": "image", "media_url": "https://scontent.fbcdn.net/v/t45/%s_n.jpg" % sid[-6:],
                "date": date, "cod_act": rnd.choice(["VENTA", "INFORMACION", "", "TIMEOUTCHAT", "COTIZACION"])},
                separators=(",", ":"))))
        self.cache[day] = out
        return out

    def warm(self, first_day, last_day):
        day = first_day
        while day <= last_day:
            self.day_records(day)
            day += datetime.timedelta(days=1)

    def answer(self, date_ini, date_end):
        """The JSON records of the window, joined: dates compared as text ("yyyy-MM-dd HH:mm:ss" sorts)."""
        start = datetime.datetime.strptime(date_ini, "%Y%m%d%H%M%S")
        end = datetime.datetime.strptime(date_end, "%Y%m%d%H%M%S")
        lo, hi = start.strftime("%Y-%m-%d %H:%M:%S"), end.strftime("%Y-%m-%d %H:%M:%S")
        records = []
        day = start.date()
        while day <= end.date():
            records.extend(j for d, j in self.day_records(day) if lo <= d <= hi)
            day += datetime.timedelta(days=1)
        return records


class _WolkvoxHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        ws = self.server.owner
        arrived = time.monotonic()
        url = urllib.parse.urlsplit(self.path)
        q = dict(urllib.parse.parse_qsl(url.query))
        with ws.lock:
            ws.in_flight += 1
            ws.max_in_flight = max(ws.max_in_flight, ws.in_flight)
        try:
            if self.headers.get("wolkvox-token") != ws.token:
                status, body = 401, {"code": "401", "error": "PLEASE VALIDATE TOKEN", "msg": None, "data": None}
            elif ws.routing_points and url.path == "/api/v2/information.php":
                with ws.lock:
                    ws.directory_requests.append((arrived, q.get("api")))
                if q.get("api") == "routing_points":
                    rows = [{"rp_id": k, "rp_name": v} for k, v in ws.routing_points.items()]
                    status, body = 200, {"code": "200", "error": None, "msg": "%d records" % len(rows), "data": rows}
                else:
                    status, body = 404, {"code": "404", "error": "Validate dates entered", "msg": None, "data": None}
            elif url.path != "/api/v2/reports_manager.php" or q.get("api") != "chat_14":
                status, body = 404, {"code": "404", "error": "not found", "msg": None, "data": None}
            else:
                records = ws.answer(q["date_ini"], q["date_end"])
                with ws.lock:
                    ws.requests.append((arrived, q["date_ini"], q["date_end"], len(records)))
                if records:
                    status = 200
                    body = ('{"code":"200","error":null,"msg":"%d records were found","data":[%s]}'
                            % (len(records), ",".join(records)))
                else:
                    status, body = 404, {"code": "404", "error": "Validate dates entered", "msg": None, "data": None}
            # The answer leaves `latency` seconds after the request arrived, however long building it took.
            time.sleep(max(0.0, arrived + ws.latency - time.monotonic()))
            self._send(status, body)
        finally:
            with ws.lock:
                ws.in_flight -= 1

    def _send(self, status, obj):
        body = (obj if isinstance(obj, str) else json.dumps(obj)).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class SlackStandIn:
    """The Slack Web API under /api/ (auth.test answers for team T0BENCH; users.info says every user is an admin;
    every other method answers {"ok": true}) and response_url receivers under /respond/<id>. Records every call
    with its arrival time (time.monotonic())."""

    TEAM = "T0BENCH"

    def __init__(self):
        self.calls = []  # (monotonic, method, params)
        self.responses = {}  # id -> [(monotonic, body)]
        self.cond = threading.Condition()
        self.server = _serve(_SlackHandler, self)

    @property
    def api_url(self):
        return "http://127.0.0.1:%d/api/" % self.server.server_address[1]

    def response_url(self, rid):
        return "http://127.0.0.1:%d/respond/%s" % (self.server.server_address[1], rid)

    def wait_response(self, rid, predicate, timeout):
        """The first post to response_url `rid` for which predicate(body) holds: (monotonic, body) or None."""
        deadline = time.monotonic() + timeout
        with self.cond:
            while True:
                for t, body in self.responses.get(rid, []):
                    if predicate(body):
                        return t, body
                left = deadline - time.monotonic()
                if left <= 0:
                    return None
                self.cond.wait(left)

    def wait_call(self, method, predicate, timeout, after=0.0):
        deadline = time.monotonic() + timeout
        with self.cond:
            while True:
                for t, m, params in self.calls:
                    if m == method and t >= after and predicate(params):
                        return t, params
                left = deadline - time.monotonic()
                if left <= 0:
                    return None
                self.cond.wait(left)

    def methods(self):
        with self.cond:
            return [m for _, m, _ in self.calls]


class _SlackHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_POST(self):
        st = self.server.owner
        t = time.monotonic()
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
        if self.path.startswith("/respond/"):
            with st.cond:
                st.responses.setdefault(self.path[len("/respond/"):], []).append((t, body))
                st.cond.notify_all()
            return self._send({"ok": True})
        method = self.path.rsplit("/", 1)[-1].split("?")[0]
        if self.headers.get("Content-Type", "").startswith("application/json"):
            params = json.loads(body or "{}")
        else:
            params = dict(urllib.parse.parse_qsl(body))
        with st.cond:
            st.calls.append((t, method, params))
            st.cond.notify_all()
        if method == "auth.test":
            return self._send({"ok": True, "url": "https://bench.slack.com/", "team": "Bench", "user": "clicks",
                               "team_id": SlackStandIn.TEAM, "user_id": "U0BOT", "bot_id": "B0BOT",
                               "is_enterprise_install": False})
        if method == "users.info":
            uid = params.get("user", "U0ADMIN")
            return self._send({"ok": True, "user": {"id": uid, "name": uid.lower(), "is_admin": True,
                                                    "is_owner": True, "locale": "en-US", "tz": "America/Bogota"}})
        if method == "chat.postMessage":
            return self._send({"ok": True, "channel": params.get("channel", "C0BENCH"), "ts": "%.6f" % time.time()})
        if method == "conversations.info":
            return self._send({"ok": True, "channel": {"id": params.get("channel", "C0BENCH"), "name": "clicks",
                                                       "is_archived": False, "is_member": True}})
        self._send({"ok": True})

    do_GET = do_POST

    def _send(self, obj):
        data = json.dumps(obj).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class TeamsStandIn:
    """A Microsoft Teams Workflows webhook: accepts only the documented envelope (type "message", attachments[0] of
    contentType application/vnd.microsoft.card.adaptive whose content is an AdaptiveCard of version <= 1.4, the body
    at most 28,672 bytes) with 202 and an empty body; anything else gets 400. `fail_next` (a list of statuses, e.g.
    [429]) is answered first, one per request, with Retry-After `retry_after`. Serves https when given a certificate
    and key (PEM files): the app posts only to https webhook URLs. Records every request."""

    MAX_BYTES = 28 * 1024
    CARD = "application/vnd.microsoft.card.adaptive"

    def __init__(self, certfile=None, keyfile=None, retry_after=2):
        self.requests = []  # dicts: t (monotonic), path, status, why, bytes, card (the AdaptiveCard when accepted)
        self.fail_next = []
        self.retry_after = retry_after
        self.cond = threading.Condition()
        self.server = _Server(("127.0.0.1", 0), _TeamsHandler)
        self.server.owner = self
        self.scheme = "http"
        if certfile:
            import ssl
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.load_cert_chain(certfile, keyfile)
            self.server.socket = ctx.wrap_socket(self.server.socket, server_side=True)
            self.scheme = "https"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def url(self, path):
        return "%s://127.0.0.1:%d%s" % (self.scheme, self.server.server_address[1], path)

    @staticmethod
    def check(raw):
        """Why the body is not a Workflows envelope with a 1.4 Adaptive Card; (None, card) when it is one."""
        if len(raw) > TeamsStandIn.MAX_BYTES:
            return "body of %d bytes > %d" % (len(raw), TeamsStandIn.MAX_BYTES), None
        try:
            env = json.loads(raw)
        except ValueError:
            return "not JSON", None
        if not isinstance(env, dict) or env.get("type") != "message":
            return "type is not 'message'", None
        atts = env.get("attachments")
        if not isinstance(atts, list) or not atts or not isinstance(atts[0], dict):
            return "no attachments", None
        if atts[0].get("contentType") != TeamsStandIn.CARD:
            return "contentType %r" % atts[0].get("contentType"), None
        card = atts[0].get("content")
        if not isinstance(card, dict) or card.get("type") != "AdaptiveCard":
            return "Property 'type' must be 'AdaptiveCard'", None
        try:
            version = tuple(int(x) for x in str(card.get("version")).split("."))
        except ValueError:
            return "version %r" % card.get("version"), None
        if version > (1, 4):
            return "version %s > 1.4" % card.get("version"), None
        if not isinstance(card.get("body"), list):
            return "no body", None
        return None, card

    def accepted(self):
        with self.cond:
            return [r for r in self.requests if r["status"] == 202]

    def wait(self, predicate, timeout):
        """Waits until predicate(list of requests) holds; returns whether it did."""
        deadline = time.monotonic() + timeout
        with self.cond:
            while not predicate(list(self.requests)):
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self.cond.wait(left)
            return True


class _TeamsHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_POST(self):
        ts = self.server.owner
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        rec = {"t": time.monotonic(), "path": self.path, "bytes": len(raw), "card": None, "why": None}
        with ts.cond:
            fail = ts.fail_next.pop(0) if ts.fail_next else None
        if fail:
            rec["status"], rec["why"] = fail, "switched to %d" % fail
        elif self.headers.get("Content-Type", "").split(";")[0].strip() != "application/json":
            rec["status"], rec["why"] = 400, "Content-Type %r" % self.headers.get("Content-Type")
        else:
            why, card = TeamsStandIn.check(raw)
            rec["status"], rec["why"], rec["card"] = (400, why, None) if why else (202, None, card)
        with ts.cond:
            ts.requests.append(rec)
            ts.cond.notify_all()
        body = b"" if rec["status"] == 202 else json.dumps({"error": rec["why"]}).encode()
        self.send_response(rec["status"])
        if rec["status"] == 429:
            self.send_header("Retry-After", str(ts.retry_after))
        self.send_header("Content-Length", str(len(body)))
        if body:
            self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)
