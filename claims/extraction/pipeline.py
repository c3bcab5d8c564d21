"""The extraction pipeline: layout -> sentences -> parse -> attribution -> flags."""
from __future__ import annotations

import bisect
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass, field

from . import flags, language, layout, lexicon as lx, quotes, segment
from .attribution import RawSource, Sent, sentence_sources
from .errors import ExtractionError, ExtractionTimeout
from .nlp import get_nlp, parse_input
from .normalize import Normalized

MAX_CHARS = 5_000_000      # refuse larger inputs outright
PIPE_CHUNK = 48            # sentences per nlp.pipe call between deadline checks


@dataclass
class _SentRec:
    start: int               # in the normalised copy
    end: int
    para: int
    unit: int
    standfirst: bool
    quote_ids: set = field(default_factory=set)
    quoted_frac: float = 0.0
    starts_quoted: bool = False


@dataclass
class _Prepared:
    norm: Normalized
    lang: str
    warnings: list
    meta: dict
    sents: list
    inputs: list             # (Doc, offsets) for the parser
    dateline_outlet: str | None


class _Deadline:
    def __init__(self, budget: float | None):
        self.start = time.monotonic()
        self.at = None if budget is None else self.start + budget
        self.tokens = 0
        self.parse_time = 0.0

    def check(self, upcoming_tokens: int = 0):
        if self.at is None:
            return
        now = time.monotonic()
        expected = 0.0
        if upcoming_tokens and self.tokens:
            expected = upcoming_tokens * self.parse_time / self.tokens
        if now + expected > self.at:
            raise ExtractionTimeout(
                f"extraction did not finish within its time budget of {self.at - self.start:.1f} s "
                f"({self.tokens} tokens parsed)")


def _prepare(text: str, nlp, deadline: _Deadline) -> _Prepared:
    if not isinstance(text, str):
        raise ExtractionError(f"extract() needs a str, not {type(text).__name__}")
    if len(text) > MAX_CHARS:
        raise ExtractionError(f"text too long: {len(text)} characters (limit {MAX_CHARS})")
    norm = Normalized(text)
    lang = language.detect(norm.text)
    warnings: list[str] = []
    lay = layout.analyse(norm.text)
    deadline.check()
    if lang != "en":
        warnings.append(f"extraction is English-only; language {lang}")
        return _Prepared(norm, lang, warnings, lay.metadata, [], [], lay.dateline_outlet)
    sents: list[_SentRec] = []
    for ui, u in enumerate(lay.units):
        for a, b in segment.split(norm.text, u.start, u.end):
            sents.append(_SentRec(a, b, u.para, ui, u.standfirst))
    deadline.check()
    # Quotations and the share of each sentence inside them.
    spans = quotes.find_spans(norm.text, lay.units, norm.quote_dir)
    starts = [s.start for s in spans]
    for s in sents:
        k = max(0, bisect.bisect_right(starts, s.start) - 1)
        inside = 0
        while k < len(spans) and spans[k].start < s.end:
            q = spans[k]
            lo, hi = max(q.start, s.start), min(q.end, s.end)
            if hi > lo:
                inside += hi - lo
                s.quote_ids.add(q.qid)
                if lo <= s.start < hi or (lo == s.start):
                    s.starts_quoted = True
            k += 1
        s.quoted_frac = inside / max(1, s.end - s.start)
    s_spans = spans
    inputs = []
    for s in sents:
        doc, offs = parse_input(nlp, norm.text[s.start:s.end])
        inputs.append((doc, offs))
    deadline.check()
    prep = _Prepared(norm, lang, warnings, lay.metadata, sents, inputs, lay.dateline_outlet)
    prep.spans = s_spans  # type: ignore[attr-defined]
    return prep


def _parse(nlp, docs: list, deadline: _Deadline) -> list:
    out = []
    for i in range(0, len(docs), PIPE_CHUNK):
        chunk = docs[i:i + PIPE_CHUNK]
        n = sum(len(d) for d in chunk)
        deadline.check(n)
        t0 = time.monotonic()
        out.extend(nlp.pipe(chunk, batch_size=PIPE_CHUNK))
        deadline.parse_time += time.monotonic() - t0
        deadline.tokens += n
    deadline.check()
    return out


def _in_quote_flags(sent: Sent, spans, base: int):
    starts = [s.start for s in spans]
    k = max(0, bisect.bisect_right(starts, base) - 1)
    rel = []
    end = base + len(sent.text)
    while k < len(spans) and spans[k].start < end:
        rel.append((spans[k].start - base, spans[k].end - base))
        k += 1
    if not rel:
        return
    for i, (a, _b) in enumerate(sent.offsets):
        sent.in_quote[i] = any(lo <= a < hi for lo, hi in rel)


class _Resolver:
    """Resolves pronouns and definite descriptions to sources named earlier."""

    def __init__(self):
        self.history: list[dict] = []        # resolved sources, in order
        self.persons: list[str] = []         # PERSON names met, in order
        self.orgs: list[tuple[str, str]] = []  # (name, label) of ORG/GPE/NORP met

    def note_entities(self, sent: Sent):
        for e in sent.doc.ents:
            name = sent.span(e.start, e.end - 1)
            if e.label_ == "PERSON" and len(name.split()) >= 2:
                self.persons.append(name)
            elif e.label_ in ("ORG", "GPE", "NORP", "FAC"):
                self.orgs.append((re.sub(r"^the\s+", "", name, flags=re.I), e.label_))

    def resolve(self, src: RawSource) -> RawSource | None:
        if src.ref == "pronoun":
            if src.head in lx.PERSON_PRONOUNS:
                prev = next((h for h in reversed(self.history) if h["kind"] == "person"), None)
                if prev:
                    return self._from(prev, src)
                if self.persons:
                    return self._named(src, self.persons[-1], "person")
                return None
            if src.head == "we":
                return None
            prev = next((h for h in reversed(self.history)
                         if h["kind"] in ("organization", "government", "outlet")), None)
            if prev:
                return self._from(prev, src)
            return None
        if src.ref == "definite":
            head = src.head
            words = src.name.lower().split()
            key = " ".join(w for w in words if w not in ("the", "this", "that"))
            for h in reversed(self.history):
                if head in h["name"].lower().split() or (h.get("descriptor") and head in h["descriptor"].lower().split()) \
                        or key and key in h["name"].lower():
                    return self._from(h, src)
            for name, label in reversed(self.orgs):
                if head in name.lower().split():
                    kind = src.kind if src.kind not in (None, "person") else "organization"
                    return self._named(src, name, kind)
            target = None
            if head in lx.OUTLET_NOUNS:
                target = ("outlet",)
            elif head in lx.GOVERNMENT_WORDS:
                target = ("government",)
            elif head in ("spokesman", "spokeswoman", "spokesperson", "official", "minister", "president",
                          "lawyer", "director", "chief", "leader", "commander", "ambassador", "researcher",
                          "professor", "analyst", "expert", "witness", "attorney"):
                target = ("person",)
            elif head in ("group", "organisation", "organization", "company", "firm", "movement", "party",
                          "observatory", "monitor", "watchdog", "charity", "militia", "coalition", "alliance"):
                target = ("organization", "government")
            if target:
                prev = next((h for h in reversed(self.history) if h["kind"] in target), None)
                if prev:
                    return self._from(prev, src)
            src.name = re.sub(r"^(?:the|this|that)\s+", "", src.name, flags=re.I)
            return src
        return src

    def _from(self, prev: dict, src: RawSource) -> RawSource:
        return RawSource(prev["name"], prev["kind"], src.descriptor, src.cue, src.via, src.quote,
                         ref="name", head=src.head, via_ref=src.via_ref)

    def _named(self, src: RawSource, name: str, kind: str) -> RawSource:
        return RawSource(name, kind, src.descriptor, src.cue, src.via, src.quote, ref="name",
                         head=src.head, via_ref=src.via_ref)

    def resolve_via(self, via: str) -> str:
        head = via.lower().split()[-1]
        for h in reversed(self.history):
            if h["kind"] == "outlet" and (head in h["name"].lower() or head in (h.get("descriptor") or "").lower()
                                          or head in lx.OUTLET_NOUNS):
                return h["name"]
        return re.sub(r"^(?:the|this|that)\s+", "", via, flags=re.I)

    def add(self, d: dict):
        self.history.append(d)


def _source_dict(s: RawSource) -> dict:
    return {"name": s.name, "kind": s.kind or "organization", "descriptor": s.descriptor or None,
            "cue": s.cue, "via": s.via, "quote": s.quote or "indirect"}


_ANAPHORIC_UNVERIFIABLE = re.compile(
    r"^(?:but\s+|however,?\s+)?(?:this|that|it|these|those|neither|none|the\s+(?:claims?|report|reports|video|"
    r"footage|figures?|toll|numbers?|accounts?|images?|photos?|allegations?|information|statements?|details?|"
    r"assertions?|death toll|casualty figures|tally|content))\b", re.I)


def _finish(prep: _Prepared, docs: list) -> dict:
    norm = prep.norm
    meta = dict(prep.meta)
    result = {"metadata": meta, "language": prep.lang, "warnings": list(prep.warnings), "claims": []}
    if prep.lang != "en":
        return result
    spans = getattr(prep, "spans", [])
    resolver = _Resolver()
    claims = []
    per_sent_sources: list[list[dict]] = []
    sent_objs: list[Sent] = []
    for rec, doc, (_, offs) in zip(prep.sents, docs, prep.inputs):
        text = norm.text[rec.start:rec.end]
        sent = Sent(doc, offs, text, rec.start)
        _in_quote_flags(sent, spans, rec.start)
        sent_objs.append(sent)
        raw, _info = sentence_sources(sent)
        out = []
        for r in raw:
            r2 = resolver.resolve(r)
            if r2 is None:
                continue
            if r2.via and r2.via_ref == "definite":
                r2.via = resolver.resolve_via(r2.via)
            d = _source_dict(r2)
            out.append(d)
        for d in out:
            resolver.add(d)
        resolver.note_entities(sent)
        per_sent_sources.append(out)

    # Split and multi-sentence quotes: a quoted sentence without its own
    # attribution takes the speaker of the same quotation, or of the quote
    # just before it ('"A," she said. "B."').
    for k, rec in enumerate(prep.sents):
        if per_sent_sources[k] or not rec.quote_ids or rec.quoted_frac < 0.6:
            continue
        donor = None
        for j, other in enumerate(prep.sents):
            if j != k and other.quote_ids & rec.quote_ids and per_sent_sources[j] and \
                    abs(j - k) <= 6 and any(s["quote"] == "direct" for s in per_sent_sources[j]):
                donor = j if donor is None or abs(j - k) < abs(donor - k) else donor
        if donor is None and k > 0 and rec.starts_quoted:
            j = k - 1
            if per_sent_sources[j] and prep.sents[j].para >= rec.para - 1 and \
                    any(s["quote"] in ("direct",) for s in per_sent_sources[j]) and prep.sents[j].quote_ids:
                donor = j
        if donor is not None:
            per_sent_sources[k] = [dict(s, quote="direct", cue=s["cue"]) for s in per_sent_sources[donor]
                                   if s["quote"] == "direct"]

    outlet_by = None
    for k, (rec, sent) in enumerate(zip(prep.sents, sent_objs)):
        o_start, o_end = norm.span(rec.start, rec.end)
        original = norm.original[o_start:o_end]
        hed = flags.hedges(sent.text)
        unv, by, _phrase = flags.unverifiable(sent.text)
        if by and outlet_by is None and not re.match(r"(?i)^(we|us|our)\b", by):
            outlet_by = by
        srcs = per_sent_sources[k]
        claim = {
            "text": original,
            "start": o_start,
            "end": o_end,
            "text_clean": re.sub(r"\s+", " ", sent.text).strip(),
            "checkworthiness": flags.checkworthiness(sent.doc, sent.text, len(srcs), hed),
            "sources": srcs,
            "hedges": hed,
            "unverifiable": unv,
            "unverifiable_by": by,
        }
        if rec.standfirst:
            claim["standfirst"] = True
        if unv and claims and _ANAPHORIC_UNVERIFIABLE.match(sent.text) and \
                len(sent.text.split()) <= 14 and prep.sents[k - 1].para >= rec.para - 1:
            prev = claims[-1]
            prev["unverifiable"] = True
            prev["unverifiable_by"] = prev["unverifiable_by"] or by
        claims.append(claim)
    meta["outlet"] = outlet_by or prep.dateline_outlet or meta.get("outlet")
    result["claims"] = claims
    return result


def _run(texts: list[str], time_budget: float | None) -> list[dict]:
    deadline = _Deadline(time_budget)
    nlp = get_nlp()
    preps = [_prepare(t, nlp, deadline) for t in texts]
    docs_all = [doc for p in preps for doc, _ in p.inputs]
    parsed = _parse(nlp, docs_all, deadline)
    out, k = [], 0
    for p in preps:
        n = len(p.inputs)
        out.append(_finish(p, parsed[k:k + n]))
        k += n
        deadline.check()
    return out


def extract(text: str, *, time_budget: float | None = 30.0) -> dict:
    """Claims, sources, hedges, flags and metadata of one article (see the
    "Extraction output" contract). Raises ExtractionTimeout past the budget."""
    return _run([text], time_budget)[0]


def extract_many(texts: Iterable[str], *, time_budget: float | None = 30.0) -> list[dict]:
    """`extract` over many texts, parsed together in batches. The budget is
    per text: the whole call gets `time_budget * len(texts)` seconds."""
    texts = list(texts)
    if not texts:
        return []
    budget = None if time_budget is None else time_budget * len(texts)
    return _run(texts, budget)
