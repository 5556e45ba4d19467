#!/usr/bin/env python3
"""Writes N identical tasks in two forms: a LifeOS export (ndjson) and a Taskwarrior
import file (one JSON object per line). Deterministic for a given N."""
import json, random, sys, uuid
from datetime import datetime, timedelta, timezone

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

def ulid(ms: int, rnd: int) -> str:
    v = (ms << 80) | rnd
    return "".join(CROCKFORD[(v >> (5 * i)) & 31] for i in reversed(range(26)))

def main() -> None:
    n, lifeos_path, tw_path = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    rng = random.Random(42)
    base = datetime(2026, 1, 1, tzinfo=timezone.utc)
    words = "buy call write read fix plan book pay clean email review ship".split()
    tags = ["errands", "work", "home", "health", "money"]
    with open(lifeos_path, "w") as lo, open(tw_path, "w") as tw:
        for i in range(n):
            t = base + timedelta(milliseconds=i * 997)
            stamp = t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"
            title = f"{rng.choice(words)} {rng.choice(words)} #{i}"
            tag = rng.choice(tags)
            due = (t + timedelta(days=rng.randint(0, 60))).strftime("%Y-%m-%d")
            pri = rng.choice(["none", "low", "medium", "high"])
            row = {"entity": "task", "id": ulid(int(t.timestamp() * 1000), rng.getrandbits(80)),
                   "created_at": stamp, "updated_at": stamp, "deleted_at": None, "version": 1,
                   "title": title, "notes": "", "status": "todo", "priority": pri, "due": due,
                   "completed_at": None, "tags": [tag], "person_id": None, "place_id": None}
            lo.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")
            twrow = {"uuid": str(uuid.UUID(int=rng.getrandbits(128))), "description": title,
                     "status": "pending", "entry": t.strftime("%Y%m%dT%H%M%SZ"),
                     "due": due.replace("-", "") + "T000000Z", "tags": [tag]}
            if pri != "none":
                twrow["priority"] = {"low": "L", "medium": "M", "high": "H"}[pri]
            tw.write(json.dumps(twrow) + "\n")

if __name__ == "__main__":
    main()
