"""Reads an iCalendar file with the Python `icalendar` parser (as calendar
programs and servers built on it do) and prints one line per occurrence:
UID, SUMMARY, start (ISO 8601 with its UTC offset, or a date), all-day.
Weekly events are expanded with dateutil's rrule, as a calendar would.
Used by tests/testsuite/calendar.rs; fails loudly on anything it cannot read.
"""
import sys
from datetime import datetime

import icalendar
from dateutil.rrule import rrulestr

with open(sys.argv[1], "rb") as f:
    cal = icalendar.Calendar.from_ical(f.read())

errors = getattr(cal, "errors", [])
for component in cal.walk():
    if getattr(component, "errors", []):
        errors.extend(component.errors)
if errors:
    sys.exit(f"parse errors: {errors}")

print("CALNAME", cal.get("X-WR-CALNAME"))
for event in cal.walk("VEVENT"):
    start = event.decoded("DTSTART")
    all_day = not hasattr(start, "hour")
    occurrences = [start]
    if "RRULE" in event:
        rule = event["RRULE"].to_ical().decode()
        if all_day:
            first = datetime(start.year, start.month, start.day)
            occurrences = [d.date() for d in rrulestr(rule, dtstart=first)]
        else:
            occurrences = list(rrulestr(rule, dtstart=start))
    for when in occurrences:
        print("EVENT", event["UID"], "|", event["SUMMARY"], "|", when.isoformat(), "|", all_day)
