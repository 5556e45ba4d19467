#!/usr/bin/env python3
"""Writes a LifeOS export (ndjson) of H habits, each with D days of history up to
yesterday (about 80% done, 5% skipped), and F finished fasts. Deterministic."""
import json, random, sys
from datetime import date, datetime, timedelta, timezone

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

def ulid(ms: int, rnd: int) -> str:
    v = (ms << 80) | rnd
    return "".join(CROCKFORD[(v >> (5 * i)) & 31] for i in reversed(range(26)))

def stamp(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"

def main() -> None:
    habits, days, fasts, path = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    rng = random.Random(7)
    today = date.today()
    start = today - timedelta(days=days)
    base = datetime(start.year, start.month, start.day, 8, tzinfo=timezone.utc)
    schedules = ["daily", "3/week", "mon,wed,fri", "5/week", "tue,thu,sat"]
    out = []
    for h in range(habits):
        t = base + timedelta(milliseconds=h)
        hid = ulid(int(t.timestamp() * 1000), rng.getrandbits(80))
        out.append({"entity": "habit", "id": hid, "created_at": stamp(t), "updated_at": stamp(t),
                    "deleted_at": None, "version": 1, "name": f"habit {h}", "description": "",
                    "schedule": schedules[h % len(schedules)], "target": None, "unit": "",
                    "archived": False})
        for d in range(days):
            r = rng.random()
            if r > 0.85:
                continue
            day = start + timedelta(days=d)
            ct = datetime(day.year, day.month, day.day, 20, tzinfo=timezone.utc) + timedelta(milliseconds=h)
            out.append({"entity": "habit_checkin", "id": ulid(int(ct.timestamp() * 1000), rng.getrandbits(80)),
                        "created_at": stamp(ct), "updated_at": stamp(ct), "deleted_at": None, "version": 1,
                        "habit_id": hid, "date": day.isoformat(),
                        "status": "skipped" if r > 0.80 else "done", "value": None, "note": ""})
    for f in range(fasts):
        s = base + timedelta(days=f % max(days, 1), hours=12)
        e = s + timedelta(hours=rng.randint(12, 20), minutes=rng.randint(0, 59))
        out.append({"entity": "fast", "id": ulid(int(s.timestamp() * 1000), rng.getrandbits(80)),
                    "created_at": stamp(s), "updated_at": stamp(e), "deleted_at": None, "version": 2,
                    "started_at": stamp(s), "ended_at": stamp(e), "target_minutes": 960, "note": ""})
    with open(path, "w") as o:
        for row in out:
            o.write(json.dumps(row, separators=(",", ":")) + "\n")

if __name__ == "__main__":
    main()
