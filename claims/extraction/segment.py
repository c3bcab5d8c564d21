"""Rule-based sentence splitting that is robust to quotes, abbreviations and
hard line breaks, and linear in the length of the text (no backtracking on
runs of dots or brackets)."""
from __future__ import annotations

import re

from .lexicon import ABBREVIATIONS, AMBIGUOUS_ABBREVIATIONS

# A run of terminal punctuation, closing quotes/brackets, then white space.
# Atomic and anchored at the start of a run, so runs of dots stay linear.
_BOUNDARY = re.compile(r"""(?<![.!?…"')\]])(?>[.!?…"')\]]+)(?=\s)""")
_TERMINALS = re.compile(r"[.!?…]")
_WORD_BEFORE = re.compile(r"([\w.'-]{1,20})$")
_START_OK = re.compile(r"""["'(\[]*[A-Z0-9\u00c0-\u00de]""")
_NUMBER_ABBREVIATIONS = {"no", "nos", "vol", "pp", "fig", "op", "cap", "art"}
# Words that open a sentence and never follow an initial as a surname would.
_NEXT_WORD = re.compile(r"[A-Za-z']+")
_SENTENCE_OPENERS = {
    "the", "a", "an", "it", "it's", "he", "she", "we", "they", "i", "this", "that", "these",
    "those", "there", "but", "and", "so", "yet", "its", "his", "her", "their", "our", "in",
    "on", "at", "for", "when", "after", "if", "as", "some", "many", "most",
}
_CLOSING_QUOTES = "\"'\u201d\u2019"
# A speaker's name and a speech verb closing a quotation: 'Lind said.', 'Anna Berg asked,'
_NAMED_TAG = re.compile(r"(?:[A-Z][\w'\u2019-]+\s+){0,3}[A-Z][\w'\u2019-]+\s+(?:said|says|asked|asks|added|adds|told|"
                        r"tells|wrote|writes|insisted|insists|replied|replies|shouted|laughed|explained|argued|"
                        r"warned|recalled|declared|wondered|exclaimed|joked)\b(?![ \t]+(?:that|on|in)\b)")
_MAX_SENT = 3000  # longer runs are cut at the next space (pathological input)


def split(text: str, start: int, end: int, check=None) -> list[tuple[int, int]]:
    """Sentence spans in text[start:end], stripped of surrounding white space.
    `check`, when given, is called now and then (a deadline check)."""
    spans = []
    s = start
    for k, m in enumerate(_BOUNDARY.finditer(text, start, end)):
        if check is not None and k % 1000 == 999:
            check()
        e = m.end()
        nxt = _next_nonspace(text, e, end)
        if nxt is None:
            break
        if not _START_OK.match(text, nxt, min(nxt + 4, end)):
            continue
        punct = m.group(0)
        terms = "".join(_TERMINALS.findall(punct))
        if not terms:
            continue
        if terms == "." and not _ends_sentence(text, s, m.start(), nxt, end):
            continue
        if terms[-1] in "?!" and punct[-1] in _CLOSING_QUOTES and _NAMED_TAG.match(text, nxt, min(nxt + 80, end)):
            continue  # '"Where is the money coming from?" Lind said.': the tag belongs to the quotation
        if terms.startswith("…") or terms.startswith(".."):
            # An ellipsis ends a sentence only before a capitalised word.
            if not text[nxt:nxt + 1].isupper():
                continue
        spans.append((s, e))
        s = nxt
    spans.append((s, end))
    out = []
    for a, b in spans:
        a, b = _strip(text, a, b)
        while b - a > _MAX_SENT:
            cut = text.rfind(" ", a, a + _MAX_SENT)
            cut = cut if cut > a else a + _MAX_SENT
            out.append(_strip(text, a, cut))
            a = _strip(text, cut, b)[0]
        if b > a:
            out.append((a, b))
    return [sp for sp in out if sp[1] > sp[0]]


def _next_nonspace(text: str, i: int, end: int) -> int | None:
    while i < end and text[i].isspace():
        i += 1
    return i if i < end else None


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


_TIME_FOLLOWERS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                   "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
                   "december", "eastern", "pacific", "central", "mountain", "local", "today", "tomorrow", "yesterday",
                   "tonight", "on"}


def _ends_sentence(text: str, sent_start: int, dot: int, nxt: int, end: int) -> bool:
    """Whether the single period at `dot` ends the sentence."""
    m = _WORD_BEFORE.search(text, max(sent_start, dot - 20), dot)
    if not m:
        return True
    word = m.group(1).lstrip("'-(\"")
    low = word.lower()
    if low in ("a.m", "p.m"):
        # "didn't sound until after 4 a.m. County Judge-Executive Lynn Cawood told ...": a capital that is no day,
        # month or time zone opens the next sentence ("at 4 a.m. Tuesday", "9 a.m. ET" go on)
        nw = _NEXT_WORD.match(text, nxt, min(nxt + 14, end))
        return bool(nw and nw.group(0)[:1].isupper() and not nw.group(0).isupper()
                    and nw.group(0).lower() not in _TIME_FOLLOWERS
                    and not re.match(r"[ \t]+time\b", text[nw.end():nw.end() + 6]))  # ("2 a.m. Singapore time")
    if low in _NUMBER_ABBREVIATIONS:
        return not text[nxt:nxt + 1].isdigit()  # "No. 5" but "said no. Then"
    if low in AMBIGUOUS_ABBREVIATIONS and not word[:1].isupper() and low != "al":
        return True  # "he fell ill. Then", "after mass. The"
    if low in ABBREVIATIONS:
        # "Mr. Smith" never ends; "in the U.S. The ..." is rare enough to accept.
        return False
    if len(word) == 1 and word.isalpha() and word.isupper():
        # An initial ("J. Smith", "written by J. Smith") unless a sentence opener follows,
        # which no surname is ("posted on X. The police ...", "took vitamin C. It ...").
        if text[nxt:nxt + 1] in ('"', "\u201c"):
            return True  # ('he wrote on X. "I have nothing to hide ..."': no surname opens with a quotation mark)
        nw = _NEXT_WORD.match(text, nxt, min(nxt + 12, end))
        return bool(nw and nw.group(0).lower() in _SENTENCE_OPENERS)
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):
        return False  # "U.S", "a.m"
    return True
