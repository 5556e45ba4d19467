"""Reads an iCalendar file with Python's `icalendar` (an outside parser) and prints its
items as JSON; exits 1 on any parse error or a missing required property (RFC 5545:
VERSION and PRODID on the calendar; UID and DTSTAMP on every item; DTSTART on an event).
Used by cli/tests/it/import_from.rs."""
import json
import sys

import icalendar

cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
problems = []
for prop in ("VERSION", "PRODID"):
    if prop not in cal:
        problems.append(f"the calendar has no {prop}")
items = []
for c in cal.walk():
    problems.extend(f"{c.name}: {e}" for e in getattr(c, "errors", []))
    if c.name not in ("VTODO", "VEVENT"):
        continue
    required = ["UID", "DTSTAMP"] + (["DTSTART"] if c.name == "VEVENT" else [])
    problems.extend(f"{c.name} {c.get('UID')}: no {p}" for p in required if p not in c)

    def when(key):
        v = c.get(key)
        return None if v is None else v.dt.isoformat()

    cats = []
    for v in c.get("CATEGORIES", []) if isinstance(c.get("CATEGORIES"), list) else [c.get("CATEGORIES")]:
        if v is not None:
            cats.extend(str(x) for x in v.cats)
    items.append({
        "kind": c.name,
        "uid": str(c.get("UID")),
        "summary": str(c.get("SUMMARY")),
        "status": None if c.get("STATUS") is None else str(c.get("STATUS")),
        "priority": None if c.get("PRIORITY") is None else int(c.get("PRIORITY")),
        "due": when("DUE"),
        "start": when("DTSTART"),
        "end": when("DTEND"),
        "categories": cats,
        "description": None if c.get("DESCRIPTION") is None else str(c.get("DESCRIPTION")),
    })
if problems:
    print("\n".join(problems), file=sys.stderr)
    sys.exit(1)
json.dump(items, sys.stdout)
