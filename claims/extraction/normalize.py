"""A normalised working copy of the text with a map back to the original.

Every replacement is one character for one character (no-break spaces become
spaces, curly quotes straight quotes, carriage returns newlines), and a few
invisible characters are dropped (zero-width spaces, soft hyphens, BOM,
bidirectional marks); lone surrogates become U+FFFD. Offsets into the copy are mapped back with `to_orig`.
"""
from __future__ import annotations

import re

_REPLACE = {
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u2002": " ",
    "\u2003": " ", "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2008": " ", "\u205f": " ",
    "\u3000": " ", "\t": " ", "\x0b": "\n", "\x0c": "\n", "\r": "\n", "\u2028": "\n", "\u2029": "\n",
    "\x85": "\n",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2033": '"', "\uff02": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'",
    "\u2010": "-", "\u2011": "-",
}
_DROP = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u200f",
         "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"}
_TABLE = {ord(k): v for k, v in _REPLACE.items()}
_TABLE.update({ord(k): None for k in _DROP})
# Lone surrogates (possible in a Python str, not encodable in UTF-8) would
# break the tokenizer: the copy carries U+FFFD in their place.
_TABLE.update({c: "\ufffd" for c in range(0xD800, 0xE000)})

# Opening/closing direction of curly quotes, kept because the straight copy
# loses it: position in the copy -> True (opening) / False (closing).
_OPENERS = {"\u201c", "\u2018", "\u201e", "\u00ab"}
_CLOSERS = {"\u201d", "\u00bb"}


class Normalized:
    """The working copy (`text`) of `original`, with offsets mapped back."""

    __slots__ = ("original", "text", "_map", "quote_dir")

    def __init__(self, original: str):
        self.original = original
        if any(c in original for c in _DROP):
            kept = [i for i, c in enumerate(original) if c not in _DROP]
            self._map = kept
        else:
            self._map = None
        # "\r\n" is one line break: keep the length, make the "\r" a space.
        self.text = original.replace("\r\n", " \n").translate(_TABLE)
        self.quote_dir: dict[int, bool] = {}
        if any(c in original for c in _OPENERS | _CLOSERS):
            j = -1
            for i, c in enumerate(original):
                if c in _DROP:
                    continue
                j += 1
                if c in _OPENERS:
                    self.quote_dir[j] = True
                elif c in _CLOSERS:
                    self.quote_dir[j] = False

        if '"' not in self.text and "'" in self.text:
            # A paper that quotes with single marks ('It's a blow,' the manager said): its quotation marks are
            # read as double ones, its apostrophes left alone.
            text = list(self.text)
            for i, opening in _single_quote_marks(self.text):
                text[i] = '"'
                self.quote_dir[i] = opening
            self.text = "".join(text)

    def with_single_marks(self, part: str) -> str:
        """`part` of the copy with the single quotation marks the copy read as double ones put back (for a
        headline: "'Parents are hiding sick children' - ...")."""
        at = self.text.find(part)
        if at < 0 or '"' not in part or '"' in self.original:
            return part
        return "".join("'" if c == '"' and self.original[self.to_orig(at + k)] != '"' else c
                       for k, c in enumerate(part))

    def to_orig(self, i: int) -> int:
        """Original offset of the character at `i` in the copy."""
        if self._map is None:
            return i
        if i >= len(self._map):
            return len(self.original)
        return self._map[i]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of the copy's [start, end)."""
        if self._map is None:
            return start, end
        if end <= start:
            s = self.to_orig(start)
            return s, s
        return self._map[start], self._map[end - 1] + 1


_OPENING_SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))'(?=[^\W\d_]|\d(?!\ds\b))", re.M)
_CLOSING_SINGLE = re.compile(r"(?<=[^\W_]|[.,!?;:…])'(?=[\s,.;:!?)\]—–-]|$)", re.M)


def _single_quote_marks(text: str) -> list[tuple[int, bool]]:
    """(position, opening?) of the single marks that open and close quotations, paragraph by paragraph. A
    quotation closes at the first mark after punctuation ('..., simple as that,' he said), or, when there is
    none, at a mark after a word that is not a plural's possessive (called it 'a disgrace' in); a quotation
    open at the end of a paragraph continues into the next one, which opens with a mark again."""
    marks: list[tuple[int, bool]] = []
    for para in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
        lo, hi = para.span()
        openers = [m.start() for m in _OPENING_SINGLE.finditer(text, lo, hi)]
        closers = [m.start() for m in _CLOSING_SINGLE.finditer(text, lo, hi)]
        at = lo
        for o in openers:
            if o < at:
                continue
            after = [c for c in closers if c > o + 1]
            close = next((c for c in after if text[c - 1] in ".,!?;:…"), None)
            word_close = next((c for c in after if text[c - 1] not in ".,!?;:…" and not (
                text[c - 1] == "s" and re.match(r"'\s+[a-z]", text[c:c + 3]))), None)
            if close is None or word_close is not None and word_close < close and re.match(
                    r"'[,.;:!?)]", text[word_close:word_close + 2]):
                close = word_close if close is None else min(close, word_close)
            marks.append((o, True))
            if close is None:
                break  # (open to the end of the paragraph)
            marks.append((close, False))
            at = close + 1
    return marks
