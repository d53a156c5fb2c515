#!/usr/bin/env python3
"""Writes a wolkvox chat_14 ("WhatsApp Click Detail") answer for the benchmarks: deterministic, Zipf-skewed.

    python3 bench/gen_chat14.py --records 60000 --days 7 OUT.json
    python3 bench/gen_chat14.py --bytes 256000000 --days 31 OUT.json

The body looks like what wolkvox's PHP sends: compact JSON, "code" as a string, slashes escaped as \\/ and
non-ASCII text as \\uXXXX (json_encode defaults), records in date order. A few ads and agents carry most
clicks (Zipf, s=1.1 over 400 ads and 1.0 over 120 agents); about 7 % of the chats have no agent, 3 % of the
chat ids repeat, and cod_act includes the untagged values ("", TIMEOUTCHAT, TIMEOUTACW). The same arguments
always give the same bytes (fixed seed).
"""
import argparse
import datetime
import itertools
import os
import random
import sys
import tempfile

SEED = 20261124


def zipf_cum_weights(n, s):
    return list(itertools.accumulate(1.0 / (k ** s) for k in range(1, n + 1)))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    size = ap.add_mutually_exclusive_group(required=True)
    size.add_argument("--records", type=int, help="exact number of records")
    size.add_argument("--bytes", type=int, help="as many records as fit in this many bytes")
    ap.add_argument("--days", type=int, default=31, help="days covered, ending 2026-10-31 (default 31)")
    ap.add_argument("--seed", type=int, default=SEED)
    a = ap.parse_args()

    rnd = random.Random(a.seed)
    n_ads, n_agents = 400, 120
    ads = []
    for i in range(n_ads):
        source_id = str(120210000000000000 + rnd.randrange(10 ** 13))
        kind = "ad" if rnd.random() < 0.8 else "post"
        media = "video" if rnd.random() < 0.35 else "image"
        slug = "".join(rnd.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(10))
        if kind == "ad":
            url = "https:\\/\\/fb.me\\/" + slug
        else:
            url = "https:\\/\\/www.facebook.com\\/permalink.php?story_fbid=" + source_id[-10:] + "&id=10006" + slug[:4]
        ext = "mp4" if media == "video" else "jpg"
        media_url = "https:\\/\\/scontent.fbcdn.net\\/v\\/t45\\/%d_n.%s" % (rnd.randrange(10 ** 9, 10 ** 10), ext)
        # The fields that only depend on the ad, before and after chat_id/rp_id/agent_id (wolkvox's order).
        ads.append(('{"source_url":"%s","source_type":"%s","source_id":"%s",' % (url, kind, source_id),
                    '"media_type":"%s","media_url":"%s",' % (media, media_url)))
    agents = [str(1000 + rnd.randrange(9000)) for _ in range(n_agents)]
    rps = ["3", "5", "7", "12", "20"]
    rp_w = list(itertools.accumulate([50, 25, 12, 8, 5]))
    outcomes = ["VENTA", "INFORMACION", "COTIZACION", "Atenci\\u00f3n al cliente", "NO INTERESADO", "SEGUIMIENTO",
                "", "TIMEOUTCHAT", "TIMEOUTACW", "Direcci\\u00f3n enviada"]
    out_w = list(itertools.accumulate([18, 22, 12, 9, 8, 7, 10, 8, 3, 3]))
    ad_w = zipf_cum_weights(n_ads, 1.1)
    agent_w = zipf_cum_weights(n_agents, 1.0)

    end = datetime.datetime(2026, 11, 1)
    start = end - datetime.timedelta(days=a.days)
    span = int((end - start).total_seconds())

    if a.records is not None:
        n_target = a.records
    else:
        n_target = None
    # Records are written in date order: draw the count first (or an upper bound by the byte budget).
    est = n_target if n_target is not None else a.bytes // 292  # about the mean record size: the dates then span the whole period
    # Busier in the day than at night (GMT-5 office hours), by rejection.
    hour_w = [2, 1, 1, 1, 1, 2, 4, 6, 8, 10, 10, 10, 9, 9, 10, 10, 9, 8, 7, 6, 5, 4, 3, 2]
    offsets = []
    while len(offsets) < est:
        off = rnd.randrange(span)
        if rnd.random() * 10 < hour_w[(off // 3600) % 24]:
            offsets.append(off)
    offsets.sort()

    out_dir = os.path.dirname(os.path.abspath(a.out))
    os.makedirs(out_dir, exist_ok=True)
    budget = None if a.bytes is None else a.bytes - 80  # room for the header and the closing brackets
    written = 0
    count = 0
    chat_base = 4_000_000 + rnd.randrange(1_000_000)
    recent_chats = []
    with tempfile.NamedTemporaryFile("w", dir=out_dir, delete=False, encoding="ascii", newline="") as body:
        tmp = body.name
        for off in offsets:
            ad = rnd.choices(ads, cum_weights=ad_w)[0]
            if rnd.random() < 0.03 and recent_chats:
                chat = rnd.choice(recent_chats)
            else:
                chat = str(chat_base + count)
                recent_chats.append(chat)
                if len(recent_chats) > 50:
                    recent_chats.pop(0)
            agent = "" if rnd.random() < 0.07 else rnd.choices(agents, cum_weights=agent_w)[0]
            rp = rnd.choices(rps, cum_weights=rp_w)[0]
            outcome = "" if agent == "" and rnd.random() < 0.5 else rnd.choices(outcomes, cum_weights=out_w)[0]
            when = (start + datetime.timedelta(seconds=off)).strftime("%Y-%m-%d %H:%M:%S")
            rec = ('%s"chat_id":"%s","rp_id":"%s","agent_id":"%s",%s"date":"%s","cod_act":"%s"}'
                   % (ad[0], chat, rp, agent, ad[1], when, outcome))
            piece = rec if count == 0 else "," + rec
            if budget is not None and written + len(piece) > budget:
                break
            body.write(piece)
            written += len(piece)
            count += 1
            if n_target is not None and count >= n_target:
                break
    try:
        if n_target is not None and count < n_target:
            sys.exit("internal error: drew too few dates")
        if budget is not None and written < budget * 0.98:
            sys.exit("internal error: byte budget not reached; lower the record size estimate")
        with open(a.out, "w", encoding="ascii", newline="") as f, open(tmp, encoding="ascii") as b:
            f.write('{"code":"200","error":null,"msg":"%d records were found","data":[' % count)
            while True:
                chunk = b.read(1 << 20)
                if not chunk:
                    break
                f.write(chunk)
            f.write("]}")
    finally:
        os.unlink(tmp)
    print("%s: %d records, %d bytes" % (a.out, count, os.path.getsize(a.out)))


if __name__ == "__main__":
    main()
