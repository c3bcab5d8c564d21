"""Date lines ("27 October, 2015", "Published: Oct. 27, 2015 5:30 pm") -> YYYY-MM-DD."""
from __future__ import annotations

import re
from datetime import date

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MON = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_PATTERNS = [
    re.compile(r"\b(?P<year>(?:19|20)\d{2})[-/.](?P<mnum>\d{1,2})[-/.](?P<day>\d{1,2})\b"),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MON},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_MON}\s+{_DAY},?\s+{_YEAR}\b", re.I),
    re.compile(r"\b(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>(?:19|20)\d{2})\b"),
]
_WEEKDAYS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
# What may surround a date on a date line.
_FILLER = re.compile(
    r"(?:\b(?:published|updated|last|first|posted|modified|date|dated|on|at|time|am|pm|a\.m\.|p\.m\.|"
    r"gmt|utc|bst|cet|cest|est|edt|pst|pdt|et|pt|ast|eet|eest|msk|ist|jst|local|hours?|hrs|"
    + _WEEKDAYS + r")\b|[\d:.,|/\-–—()+]|\s)+", re.I)


def parse_date(s: str) -> tuple[str | None, tuple[int, int] | None]:
    """First full date in `s` as YYYY-MM-DD, and its span."""
    best = None
    for pat in _PATTERNS:
        m = pat.search(s)
        if m and (best is None or m.start() < best[0].start()):
            best = (m, pat)
    if best is None:
        return None, None
    m = best[0]
    gd = m.groupdict()
    try:
        year = int(gd["year"])
        if gd.get("mon"):
            month, day = MONTHS[gd["mon"].lower()], int(gd["day"])
        elif gd.get("mnum"):
            month, day = int(gd["mnum"]), int(gd["day"])
        else:
            a, b = int(gd["a"]), int(gd["b"])
            # Day first unless that is impossible (the common form outside the US).
            day, month = (a, b) if b <= 12 else (b, a)
        return date(year, month, day).isoformat(), m.span()
    except (ValueError, KeyError):
        return None, None


def date_line(line: str) -> str | None:
    """YYYY-MM-DD when the whole line is a date (with filler words), else None."""
    if len(line) > 90:
        return None
    iso, span = parse_date(line)
    if not iso:
        return None
    rest = line[: span[0]] + " " + line[span[1]:]
    rest = _FILLER.sub(" ", rest).strip()
    # A place name or an author may share the line ("Beirut, 27 October 2015").
    if len(rest.split()) <= 3 and not re.search(r"[.!?]$", rest):
        return iso
    return None
