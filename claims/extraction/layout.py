"""Page layout: title, standfirst, date, byline, captions, credits, datelines.

Works on lines of the normalised copy. Returns the metadata and the text
units (runs of lines that belong together) that may hold claims; all offsets
are offsets into the normalised copy.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import lexicon
from .dates import MONTHS, date_line, parse_date

_TERMINAL = re.compile(r"""[.!?]["')\]]*$|[.!?]\s*["']$|:$""")
_READING_TIME = re.compile(
    r"^(?:(?:reading\s+time|read\s+time)\s*:?\s*)?(?:about\s+|approx\.?\s+)?\d{1,3}\s*-?\s*"
    r"(?:min|mins|minute|minutes|m)\.?(?:\s+(?:read|reading|to\s+read|listen))?$", re.I)
_BYLINE = re.compile(
    r"^(?:(?:words|written|story|reporting|text|report)\s+)?by\s*:?\s+(?P<who>[A-Z\u00c0-\u024f][^.!?]{1,120})$",
    re.I)
_AUTHOR = re.compile(r"^(?:author|authors|writer|reporter)s?\s*:\s*(?P<who>.{2,100})$", re.I)
_CAPTION_BRACKET = re.compile(r"^(?P<cap>.*?)\s*\[(?P<credit>[^\[\]]{1,80})\]\s*$")
_CAPTION_PHOTO = re.compile(
    r"^(?P<cap>.+?)\s*[(\[]?\s*(?:photo|photograph|image|picture|pic|credit|footage|video)\s*"
    r"(?::|by|credit:?)\s*(?P<credit>[^()\[\]]{1,80}?)\s*[)\]]?\s*$", re.I)
_CAPTION_SENTENCE_PHOTO = re.compile(
    r"^(?P<cap>.+?[.!?])\s+(?:photo|photograph|picture|image|pic)\s*[:|/]\s*(?P<credit>[^.!?:]{1,80}?)\s*$", re.I)
# "Delegates arrive for the talks in Doha on Tuesday. (Karim Haddad/The Daily Ledger)"
_CAPTION_SLASH_CREDIT = re.compile(r"^(?P<cap>.+?[.!?])\s*\((?P<credit>[A-Z][^()/:]{2,40}(?:/|:\s)[^()]{2,50})\)\s*$")
_CAPTION_AGENCY = re.compile(
    r"^(?P<cap>.+?)\s*[(\[](?P<credit>[^()\[\]]{0,40}(?:getty|afp|reuters|\bap\b|epa|anadolu|"
    r"shutterstock|alamy|pa media|pa wire|ap photo|via|file photo|photo|image|twitter|social media|supplied|handout|"
    r"courtesy)"
    r"[^()\[\]]{0,40})[)\]]\s*$", re.I)
_CREDIT = [re.compile(p, re.I) for p in lexicon.CREDIT_PATTERNS]
_PROMPT = [re.compile(p, re.I) for p in lexicon.PROMPT_PATTERNS]
_WIRE_SIGNOFF = re.compile(r"^[-–—(]*\s*(?:[A-Z][\w.&'-]*\s*){1,4}[)]?\s*$")

_MONTH_RX = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
_PLACE_CAPS = r"[A-Z][A-Z'.\-]+(?:[ /][A-Z][A-Z'.\-]+){0,3}"
_PLACE_TITLE = r"[A-Z][a-z'\-]+(?: [A-Z][a-z'\-]+){0,2}"
_COUNTRY = r"(?:,\s*[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"
_DATEPART = rf"(?:,?\s*(?:{_MONTH_RX})\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?)"
_DASH = r"\s*[-–—]+\s+"
# Lines longer than this are never titles' repeats, dates, bylines, captions,
# credits or prompts (and the patterns for those need not scan them).
_MAX_META_LINE = 600


def _agency(n: int) -> str:
    return rf"(?:\s*\((?P<agency{n}>[A-Za-z][A-Za-z .&/-]{{1,38}})\))"


DATELINE = re.compile(
    rf"(?:(?:{_PLACE_CAPS}){_COUNTRY}{_DATEPART}?{_agency(1)}?{_DASH}"
    rf"|(?:{_PLACE_TITLE}){_COUNTRY}{_DATEPART}?{_agency(2)}{_DASH}"
    rf"|(?:{_PLACE_TITLE}){_COUNTRY}{_DATEPART}{_DASH}"
    rf"|(?:{_PLACE_CAPS}){_COUNTRY}{_DATEPART}?\s*:\s+(?=[A-Z\"])"
    rf"|{_agency(3)}{_DASH})")


@dataclass
class Unit:
    """A run of text that may hold claims: [start, end) in the normalised copy."""
    start: int
    end: int
    para: int
    standfirst: bool = False


@dataclass
class Layout:
    metadata: dict
    units: list[Unit] = field(default_factory=list)
    dateline_outlet: str | None = None


def _norm_key(s: str) -> str:
    return re.sub(r"\W+", " ", s).strip().lower()


def _words(s: str) -> int:
    return len(s.split())


def _is_prompt(s: str) -> bool:
    return any(p.search(s) for p in _PROMPT)


_LIVE_SIGNPOST = [re.compile(p, re.I) for p in lexicon.LIVE_SIGNPOST_PATTERNS]


_FOOTER_SENTENCE = [re.compile(p, re.I) for p in lexicon.FOOTER_SENTENCE_PATTERNS]


def is_signpost_sentence(s: str) -> bool:
    """A live blog's sign-off or signpost sentence ("Here is a summary of what we know:"), or a footer or credit
    sentence inside a paragraph ("Contact our investigations team in confidence at ..."), also after a transcript's
    speaker label ("MAYA OKONKWO (HOST): From the Port Allard Tribune, this is The Tribune Daily.")."""
    label = SPEAKER_LABEL.match(s)
    return _signpost_or_footer(s) or label is not None and _signpost_or_footer(s[label.end():])


def _signpost_or_footer(s: str) -> bool:
    return len(s) < 200 and any(p.search(s) for p in _LIVE_SIGNPOST) or len(s) < 300 and any(
        p.search(s.strip()) for p in _FOOTER_SENTENCE) or len(s) < 200 and _is_credit(s.strip())


# A transcript's speaker label opening a paragraph: "Marsh: Nothing has changed.", "Q: Will he start?", a podcast's
# "MAYA OKONKWO (HOST): ..." and a recording played on air, "[CLIP] ANDREW STRAND: ..." (group 2 is the speaker).
SPEAKER_LABEL = re.compile(r"[ \t]*(?P<clip>\[(?-i:[A-Z][A-Z ]{1,20})\][ \t]*)?"
                           r"((?-i:[A-Z][\w'’-]*)(?:[ \t]+(?-i:[A-Z][\w'’-]+)){0,2}"
                           r"|(?-i:[A-Z][A-Z'’.-]+)(?:[ \t]+(?-i:[A-Z][A-Z'’.-]+)){1,3})"
                           r"(?:[ \t]*\((?P<role>[A-Za-z -]{2,20})\))?[ \t]*:[ \t]+(?=\S)")


def _is_credit(s: str) -> bool:
    return any(p.search(s) for p in _CREDIT)


def _caption(s: str):
    """(caption, credit) when the line is an image caption with a credit."""
    if _TERMINAL.search(s) and not s.endswith(("]", ")")):
        return None
    for rx in (_CAPTION_BRACKET, _CAPTION_AGENCY):
        m = rx.match(s)
        if m and _words(m.group("credit")) <= 8:
            cap = m.group("cap").strip().rstrip(" .,;:-|–—")
            if rx is _CAPTION_BRACKET and _words(cap) < 3:
                continue
            return cap, m.group("credit").strip()
    m = _CAPTION_SENTENCE_PHOTO.match(s) or _CAPTION_SLASH_CREDIT.match(s)
    if m and _words(m.group("credit")) <= 8 and _words(m.group("cap")) <= 40:
        # "A health worker gives a vaccine to a child. Photograph: Daniel Beloumou/AFP"
        return m.group("cap").strip(), m.group("credit").strip()
    m = _CAPTION_PHOTO.match(s)
    if m and _words(m.group("credit")) <= 8 and not _TERMINAL.search(m.group("cap")):
        return m.group("cap").strip().rstrip(" .,;:-|–—"), m.group("credit").strip()
    return None


def _byline(s: str) -> str | None:
    m = _BYLINE.match(s) or _AUTHOR.match(s)
    if not m or _words(s) > 16 or _TERMINAL.search(s):
        return None
    who = m.group("who").strip()
    caps = [w for w in re.findall(r"[\w'’-]+", who) if w[0].isupper()]
    words = re.findall(r"[\w'’-]+", who)
    if words and len(caps) / len(words) >= 0.5:
        return who
    return None


def analyse(text: str) -> Layout:
    """Split the normalised copy into metadata and text units."""
    lines = []  # (start, end) of stripped, non-empty lines; None for blank lines
    pos = 0
    for raw in text.split("\n"):
        s = len(raw) - len(raw.lstrip())
        e = len(raw.rstrip())
        lines.append((pos + s, pos + e) if e > s else None)
        pos += len(raw) + 1

    meta = {"title": None, "standfirst": None, "published": None, "byline": None,
            "outlet": None, "reading_time": None, "image_captions": [], "credits": []}
    kinds: list[str | None] = [None] * len(lines)   # None = text
    nonblank = [i for i, ln in enumerate(lines) if ln]
    if not nonblank:
        return Layout(meta)

    first = nonblank[0]
    t = text[lines[first][0]:lines[first][1]]
    if _page_furniture(t):
        # "THE RIBBLE VALLEY HERALD / News | Sport | Jobs / Sport › Football / LIVE / <headline>": the headline is
        # the first line under the masthead, menus, breadcrumb and kicker that reads as one
        for i in nonblank[1:10]:
            c = text[lines[i][0]:lines[i][1]]
            if _page_furniture(c):
                continue
            if 4 <= _words(c) <= 40 and len(c) <= 300 and not c.endswith(".") and date_line(c) is None \
                    and _byline(c) is None and not _is_credit(c):
                first, t = i, c
            break
    if _words(t) <= 40 and len(t) <= 300 and not (_words(t) > 25 and t.endswith(".")):
        meta["title"] = t
        kinds[first] = "title"
    head = [i for i in nonblank[1:12] if _words(text[lines[i][0]:lines[i][1]]) >= 4]
    seen_keys: dict[str, int] = {}
    for i in head:
        t = text[lines[i][0]:lines[i][1]]
        if _TERMINAL.search(t) or _words(t) > 40:
            continue
        key = _norm_key(t)
        if key in seen_keys and meta["title"] and key != _norm_key(meta["title"]) and (
                meta["title"].isupper() or _words(meta["title"]) <= 3):
            # "ASIA NEWS NETWORK" above a headline printed twice: the masthead is no title, the repeated line is
            kinds[first] = None
            meta["title"] = t
            break
        seen_keys[key] = i
    else:
        nxt = nonblank[1] if len(nonblank) > 1 else None
        t = text[lines[nxt][0]:lines[nxt][1]] if nxt is not None else ""
        # ("OVER & OUT: THE COLOMBO CHRONICLE CRICKET PODCAST" above the episode's title: the show's name)
        shows = meta["title"] and re.search(r"\b(?:PODCAST|RADIO|TELEVISION|TV|SHOW|PROGRAMME)\b", meta["title"])
        if meta["title"] and meta["title"].isupper() and (_words(meta["title"]) <= 4 or shows) \
                and 4 <= _words(t) <= 40 \
                and not _TERMINAL.search(t) and not t.isupper() and date_line(t) is None and _byline(t) is None:
            # "HEALTH" above the headline: a section kicker, not the title
            kinds[first] = None
            meta["title"] = t
            kinds[nxt] = "title"
    if meta["title"] and kinds[first] == "title" and _section_label(meta["title"]):
        # "Business", "Khaleej Times", "KWNE 4 News", "Science | Space" above the headline: an outlet's name or a
        # section, not the title (the headline is the next line that reads as one)
        for i in [k for k in nonblank if k > first][:8]:
            c = text[lines[i][0]:lines[i][1]]
            if _words(c) <= 2 or _section_label(c) and (_words(c) <= 3 or re.search(r"\s[|›>/•]\s", c)) \
                    or _page_furniture(c) \
                    or date_line(c) is not None or _byline(c) is not None or _is_credit(c) or _READING_TIME.match(c) \
                    or re.search(r"\S {2,}\S.* {2,}\S", c):  # (a menu: "Menu   Home   Politics   Business")
                continue
            below = text[lines[i + 1][0]:lines[i + 1][1]] if i + 1 < len(lines) and lines[i + 1] else ""
            if not _NEWSLETTER_BLURB.search(c) and 4 <= _words(c) <= 40 and len(c) <= 300 \
                    and not re.search(r"""[.!][\"'”’)\]]*$""", c) and _caption(c) is None \
                    and not (below[:1].islower() and _byline(below) is None) \
                    and not c.isupper():
                label = re.split(r"\s[|›>/•]\s", meta["title"])[0].strip()
                if label.lower() in lexicon.OUTLETS or 2 <= _words(label) <= 4 and label.split()[-1].lower() in (
                        _SITE_WORDS - {"live", "report", "review", "today"}) and label.split()[0][:1].isupper():
                    # ("Mzansi Football Times" above the headline; "NORTH COAST RADIO" as "North Coast Radio")
                    meta["outlet"] = meta["outlet"] or (label.title() if label.isupper() and len(label) > 4 else label)
                kinds[first], kinds[i], first = None, "title", i
                meta["title"] = c
            break
    if meta["title"] and kinds[first] == "title":
        meta["title"] = _without_site_name(meta["title"], [text[lines[i][0]:lines[i][1]] for i in nonblank[1:12]])
    title_key = _norm_key(meta["title"]) if meta["title"] else None

    last_text = [i for i in nonblank if kinds[i] is None]
    for i in nonblank:
        if kinds[i]:
            continue
        if lines[i][1] - lines[i][0] > _MAX_META_LINE:
            continue  # page furniture is short; a long line is body text
        s = text[lines[i][0]:lines[i][1]]
        key = _norm_key(s)
        if title_key and key == title_key:
            kinds[i] = "title"
        elif _READING_TIME.match(s):
            kinds[i] = "reading_time"
            meta["reading_time"] = meta["reading_time"] or s
        elif (iso := date_line(s)) is not None:
            kinds[i] = "date"
            meta["published"] = meta["published"] or iso
        elif (who := _byline(s)) is not None:
            kinds[i] = "byline"
            meta["byline"] = meta["byline"] or who
            iso = None
        elif _is_credit(s):
            kinds[i] = "credit"
            meta["credits"].append(s)
        elif _is_prompt(s) or _after_related_label(text, lines, i) and not _TERMINAL.search(s) and _words(s) <= 20:
            kinds[i] = "prompt"  # (also the headline under "Related Article": a link to another story)
        elif (cap := _caption(s)) is not None:
            kinds[i] = "caption"
            above = lines[i - 1] if i > 0 else None
            if above and kinds[i - 1] is None and not _TERMINAL.search(text[above[0]:above[1]]) and (
                    i < 2 or lines[i - 2] is None) and (both := _caption(f"{text[above[0]:above[1]]} {s}")):
                # a caption broken over two lines, its credit on the second ("Survivors are helped ashore at
                # Tripoli port on / Thursday morning. (Omar Kaddour/The Levant Ledger)")
                kinds[i - 1] = "caption"
                cap = both
            meta["image_captions"].append({"caption": cap[0], "credit": cap[1]})

    if meta["published"] is None:
        # ("Source: Intermedia Wire | 28.11.2026, 09:15 | Views: 1284": the date in a line of page furniture)
        meta["published"] = next((iso for i in nonblank[:12] if kinds[i] in ("prompt", "credit")
                                  and "|" in text[lines[i][0]:lines[i][1]]
                                  and (iso := parse_date(text[lines[i][0]:lines[i][1]])[0]) is not None), None)

    # Lone short lines at the very end without punctuation: a sign-off or the
    # name of the outlet the piece came from ("Syria Direct", "- AFP").
    for i in reversed(nonblank):
        if kinds[i] in ("credit", "prompt", "caption"):
            continue
        s = text[lines[i][0]:lines[i][1]]
        if kinds[i] is None and _words(s) <= 6 and not _TERMINAL.search(s) and _WIRE_SIGNOFF.match(s) \
                and not s.endswith(","):
            kinds[i] = "credit"
            meta["credits"].append(s.strip("-–—() "))
            continue
        break
    meta["credits"].sort(key=lambda c: text.find(c))

    # Units: runs of text lines; a line break ends a unit unless the sentence
    # plainly goes on (hard-wrapped text).
    units: list[Unit] = []
    para = 0
    cur = None
    prev_i = None
    listing = False  # under "Summary" / "Key points": one item per line, however long
    for i, ln in enumerate(lines):
        if ln is None or kinds[i] is not None:
            if cur:
                units.append(cur)
                cur = None
                para += 1
            prev_i = None
            listing = listing and ln is not None
            continue
        s = text[ln[0]:ln[1]]
        if _LIST_LABEL.match(s):
            listing = True
        if cur is not None and prev_i is not None:
            prev = text[lines[prev_i][0]:lines[prev_i][1]]
            if not listing and _soft_break(prev, s):
                cur.end = ln[1]
                prev_i = i
                continue
            units.append(cur)
            para += 1
        bullet = _BULLET.match(s)
        cur = Unit(ln[0] + (bullet.end() if bullet else 0), ln[1], para)
        prev_i = i
    if cur:
        units.append(cur)

    # Headings: short units without final punctuation are not claims.
    units = [u for u in units if not _heading(text[u.start:u.end])]
    # The author's biography under the piece ("Sarah Whitmore is a senior lecturer at ...").
    if meta["byline"]:
        # ("By Sophie Trant, Local Democracy Reporter" ... "Sophie Trant is a Local Democracy Reporter, funded by ...")
        bio = re.compile(rf"{re.escape(meta['byline'].split(',')[0].strip())}\s+(?:is|was)\s+(?:a|an|the)\s", re.I)
        units = [u for u in units if not (bio.match(text, u.start, u.end) and _words(text[u.start:u.end]) <= 40)]

    # Standfirst: the first text unit of the header, i.e. before the last
    # header line (date, reading time, byline, caption) near the top.
    header_kinds = ("reading_time", "date", "byline", "caption")
    top = [i for i in nonblank[:15] if kinds[i] in header_kinds]
    if top and units:
        header_end = lines[top[-1]][1]
        first_unit = units[0]
        before = [u for u in units if u.end <= header_end]
        if before and before[0] is first_unit and _words(text[first_unit.start:first_unit.end]) >= 6:
            first_unit.standfirst = True
            meta["standfirst"] = re.sub(r"\s+", " ", text[first_unit.start:first_unit.end])

    # Datelines at the start of the first body units are stripped.
    outlet = None
    body = [u for u in units if not u.standfirst][:3]
    for u in body:
        m = DATELINE.match(text, u.start, u.end)
        if m and m.end() < u.end:
            agency = next((v for k, v in m.groupdict().items() if k.startswith("agency") and v), None)
            if agency:
                outlet = agency.strip()
            u.start = m.end()
            break
    return Layout(meta, units, outlet)


_FURNITURE_WORDS = {"live", "breaking", "exclusive", "summary", "analysis", "opinion", "watch", "updated",
                    "advertisement"}
_LIST_LABEL = re.compile(r"^(?:summary|key\s+points|highlights|in\s+brief|at\s+a\s+glance|what\s+we\s+know|"
                         r"key\s+facts|the\s+big\s+picture)\s*:?$", re.I)
_RELATED_LABEL = re.compile(r"^(?:related(?:\s+(?:articles?|stories|story|content|coverage|reading|links?))?|"
                            r"read\s+more|more\s+on\s+this(?:\s+story)?|also\s+read|recommended(?:\s+reading)?|"
                            r"see\s+also|you\s+may\s+also\s+like|most\s+(?:read|popular|viewed|shared|watched)|"
                            r"trending(?:\s+now)?|popular(?:\s+now)?|top\s+stories|editor['’]?s\s+picks|"
                            r"more\s+(?:stories|from\s+[\w ]{2,30}))\s*:?$", re.I)


# "The weekly energy explainer from Halden Media": a newsletter describing itself under its name
_NEWSLETTER_BLURB = re.compile(r"(?i)\bnewsletter\b"
                               r"|^(?:the|your|a)\s+(?:[\w-]+\s+)?(?:weekly|daily|monthly|fortnightly)\b")
# The site's name after a headline copied from the page's title bar: "... | AP News", "... - Punch Newspapers"
_SITE_SUFFIX = re.compile(r"^(?P<head>.{20,}?)\s+(?P<sep>[|\-–—])\s+(?P<site>[^|\-–—]{2,40})$")
_SITE_WORDS = {"news", "newspapers", "newspaper", "times", "post", "herald", "standard", "online", "daily", "tribune",
               "journal", "mail", "guardian", "express", "telegraph", "record", "gazette", "courier", "observer",
               "review", "africa", "asia", "today", "live", "network", "media", "tv", "radio", "wire", "report"}


def _section_label(s: str) -> bool:
    """A line of at most four words with no sentence end ("Business", "Khaleej Times", "Politics live"), or a
    row of such labels ("Science | Space", "OKANAGAN NEWS 4 | Local")."""
    if _TERMINAL.search(s) or s.endswith("?"):
        return False
    parts = [p.strip() for p in re.split(r"\s[|›>/•]\s", s)]
    return all(p and _words(p) <= 4 for p in parts) and _words(s) <= 8


def _without_site_name(title: str, below: list[str]) -> str:
    """The headline without the site name the page's title bar adds to it: "... | Stuff", "... - The Standard"
    (also when the headline is printed again below)."""
    m = _SITE_SUFFIX.match(title)
    if m is None or _words(m.group("site")) > 5 or _words(m.group("head")) < 4 \
            or re.search(r"\s[|›>/•]\s", m.group("head")):
        return title
    head, site = m.group("head").strip(), m.group("site").strip()
    repeated = any(_norm_key(b) == _norm_key(head) for b in below)
    site_words = set(re.findall(r"[a-z]+", site.lower()))
    if repeated or m.group("sep") == "|" and site[:1].isupper() or site[:1].isupper() and (
            site.lower() in lexicon.OUTLETS or site_words & _SITE_WORDS or re.search(r"\.\w{2,3}$", site)):
        return head
    return title


def _page_furniture(s: str) -> bool:
    """A masthead in capitals, a menu, a breadcrumb or a one-word kicker above the headline."""
    letters = [c for c in s if c.isalpha()]
    caps = bool(letters) and all(c.isupper() for c in letters)
    return caps and _words(s) <= 6 or _is_prompt(s) or _words(s) <= 2 and s.strip(" :").lower() in _FURNITURE_WORDS


def _after_related_label(text: str, lines: list, i: int) -> bool:
    """Whether the line is one of the headlines listed under "Related stories" (the label just above it, or above
    the other unpunctuated headlines of the same list)."""
    top = i - 1
    if top >= 0 and lines[top] is None:
        top -= 1  # (one blank line between the label and the list)
    for j in range(top, max(-1, top - 6), -1):
        if lines[j] is None:
            return False
        s = text[lines[j][0]:lines[j][1]]
        if _RELATED_LABEL.match(s):
            return True
        if _TERMINAL.search(s) or _words(s) > 20:
            return False
    return False


# A list item's marker: "- Police fire water cannon", "• Interior ministry says ..." (a dash and a space before a
# capital; a hard-wrapped dash inside a sentence is followed by a lower-case word)
_BULLET = re.compile(r"[-–—•*▪●]\s+(?=[A-Z0-9\"“‘'])")


def _soft_break(prev: str, nxt: str) -> bool:
    """True when the line break between `prev` and `nxt` is inside a sentence."""
    if _TERMINAL.search(prev) or _BULLET.match(nxt):
        return False  # (a list item starts its own unit: "Key events / - Police fire water cannon ...")
    first = nxt[:1]
    if first.islower() or first.isdigit() or first in ",;:)]-–—":
        return True
    if _words(prev) < 6:
        return False
    if prev.endswith((",", ";", "-", "–", "—", "(")) or re.search(
            r"\b(?:the|a|an|of|in|on|at|to|for|and|or|but|by|with|from|as|that|which|who|is|are|was|were)$",
            prev, re.I):
        return True
    return len(prev) >= 30


# Question subheads of explainers ("What is Lyme disease?", "How can I protect myself?").
_QUESTION_HEAD = re.compile(
    r"^(?:what|why|how|who|when|where|which|is|are|can|could|does|do|did|should|will|would)\b[^.!?\"“”]{0,80}\?$",
    re.I)


def _heading(s: str) -> bool:
    if len(s) > _MAX_META_LINE:
        return False
    s = s.strip()
    if _QUESTION_HEAD.match(s) and _words(s) <= 10:
        return True
    if _TERMINAL.search(s):
        return False
    if _words(s) < 6:
        return True
    # A list of names without a verb or full stop: a live blog's byline
    # ("Ann Lee (now) and Bo Kim (earlier)"), a cast or panel list.
    ws = re.findall(r"[\w'’-]+", re.sub(r"\([^()]{0,40}\)", " ", s))
    return 0 < len(ws) <= 12 and all(w[0].isupper() or w in _NAME_JOINERS for w in ws)


_NAME_JOINERS = {"and", "&", "de", "van", "von", "der", "da", "del", "al", "bin", "la", "le"}
