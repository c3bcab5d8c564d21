"""Quotation spans over the normalised copy.

Straight double quotes are paired using their context (an opening quote
follows white space or an opening bracket, a closing one precedes white
space or punctuation); curly quotes keep the direction of the original.
A quote left open at the end of a paragraph continues when the next
paragraph opens with a quote mark (the multi-paragraph convention); such
spans share a quote id.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class QuoteSpan:
    start: int   # offset of the opening mark
    end: int     # offset just after the closing mark (or the paragraph end)
    qid: int     # shared by the parts of one multi-paragraph quote
    closed: bool


def _direction(text: str, i: int, known: dict[int, bool]) -> bool | None:
    """True opening, False closing, None unknown."""
    if i in known:
        return known[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if (before.isspace() or before in "([{—–-/") and not after.isspace():
        return True
    if not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-'"):
        return False
    return None


def find_spans(text: str, units, known: dict[int, bool]) -> list[QuoteSpan]:
    """Quote spans inside the given units (objects with .start/.end), in order."""
    spans: list[QuoteSpan] = []
    qid = 0
    carry = None  # qid of a quote left open at the end of the previous unit
    for u in units:
        open_at = None
        cur_qid = None
        seg = text[u.start:u.end]
        first_mark = True
        idx = seg.find('"')
        while idx != -1:
            i = u.start + idx
            d = _direction(text, i, known)
            if open_at is None:
                if d is not False:
                    open_at = i
                    if first_mark and carry is not None and not seg[:idx].strip():
                        cur_qid = carry
                    else:
                        qid += 1
                        cur_qid = qid
            else:
                if d is True and i > open_at + 1:
                    # A new opening while one is open: close the old one here.
                    spans.append(QuoteSpan(open_at, i, cur_qid, False))
                    qid += 1
                    open_at, cur_qid = i, qid
                else:
                    spans.append(QuoteSpan(open_at, i + 1, cur_qid, True))
                    open_at = None
            first_mark = False
            idx = seg.find('"', idx + 1)
        carry = None
        if open_at is not None:
            spans.append(QuoteSpan(open_at, u.end, cur_qid, False))
            carry = cur_qid
    return spans
