#!/usr/bin/env python3
"""What a person would write instead of the bot: clicks by source_id and by agent_id of a chat_14 answer."""
import collections
import json
import sys

with open(sys.argv[1], encoding="utf-8") as f:
    data = json.load(f)["data"] or []
by_source = collections.Counter(r.get("source_id", "") for r in data)
by_agent = collections.Counter(r.get("agent_id", "") for r in data)
print(json.dumps({"records": len(data), "by_source": dict(by_source.most_common()),
                  "by_agent": dict(by_agent.most_common())}))
