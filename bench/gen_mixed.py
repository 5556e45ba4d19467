#!/usr/bin/env python3
"""Writes N mixed rows (notes with bodies, tasks with notes, people with emails) as a
LifeOS export (ndjson), for bench/search.sh. Deterministic for a given N. The word
"zephyr" is in exactly 1 row in 1,000 (a rare word); "garden" in about 1 in 10."""
import json, random, sys
from datetime import datetime, timedelta, timezone

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
WORDS = ("buy call write read fix plan book pay clean email review ship water roses "
         "letter kitchen budget train doctor school river window coffee market paint "
         "bicycle holiday report invoice meeting garden").split()

def ulid(ms: int, rnd: int) -> str:
    v = (ms << 80) | rnd
    return "".join(CROCKFORD[(v >> (5 * i)) & 31] for i in reversed(range(26)))

def text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))

def main() -> None:
    n, path = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(7)
    base = datetime(2026, 1, 1, tzinfo=timezone.utc)
    with open(path, "w") as out:
        for i in range(n):
            t = base + timedelta(milliseconds=i * 997)
            stamp = t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"
            kernel = {"id": ulid(int(t.timestamp() * 1000), rng.getrandbits(80)),
                      "created_at": stamp, "updated_at": stamp, "deleted_at": None, "version": 1}
            rare = " zephyr" if i % 1000 == 0 else ""
            kind = i % 3
            if kind == 0:
                row = {"entity": "note", **kernel, "title": text(rng, 4) + rare,
                       "body": text(rng, 40), "tags": [rng.choice(["home", "work"])], "pinned": False}
            elif kind == 1:
                row = {"entity": "task", **kernel, "title": f"{text(rng, 3)} #{i}{rare}",
                       "notes": text(rng, 12), "status": "todo", "priority": "none", "due": None,
                       "completed_at": None, "tags": [], "person_id": None, "place_id": None}
            else:
                row = {"entity": "person", **kernel, "name": f"Person {i}{rare}",
                       "emails": [f"p{i}@example.org"], "phones": [], "birthday": None,
                       "notes": text(rng, 8), "tags": [], "last_contacted_at": None}
            out.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")

if __name__ == "__main__":
    main()
