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
PIPE_CHUNK = 256           # sentences per nlp.pipe call between deadline checks


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
    for i, s in enumerate(sents):
        if i % 500 == 499:
            deadline.check()
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


_PERSON_HEADS = {"spokesman", "spokeswoman", "spokesperson", "official", "minister", "president",
                 "lawyer", "director", "chief", "leader", "commander", "ambassador", "researcher",
                 "professor", "analyst", "expert", "witness", "attorney", "governor", "mayor", "secretary",
                 "coach", "manager", "judge", "doctor", "physician", "chairman", "executive", "head"}
_TITLE_RX = re.compile(r"^(?:mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady)\.?\s+", re.I)


class _Resolver:
    """Resolves pronouns and definite descriptions to sources named earlier."""

    def __init__(self):
        self.history: list[dict] = []        # resolved sources, in order
        self.persons: list[str] = []         # PERSON names met, in order
        self.orgs: list[tuple[str, str]] = []  # (name, label) of ORG/GPE/NORP met
        self.gender: dict[str, str] = {}     # person name -> "f" / "m"

    def note_entities(self, sent: Sent, sources: list[dict]):
        names = []
        for e in sent.doc.ents:
            name = sent.span(e.start, e.end - 1)
            if e.label_ == "PERSON" and len(name.split()) >= 2:
                self.persons.append(name)
                names.append(name)
            elif e.label_ in ("ORG", "GPE", "NORP", "FAC"):
                self.orgs.append((re.sub(r"^the\s+", "", name, flags=re.I), e.label_))
        people = {s["name"] for s in sources if s["kind"] in ("person", "anonymous")} | set(names)
        if len(people) == 1:
            words = [t.lower_ for i, t in enumerate(sent.doc) if not sent.in_quote[i]]
            f = any(w in ("she", "her", "hers", "herself") for w in words) or \
                re.search(r"\b(?:Ms|Mrs|Miss)\b", sent.text)
            m = any(w in ("he", "his", "him", "himself") for w in words) or re.search(r"\bMr\b", sent.text)
            if f and not m:
                self.gender[people.pop()] = "f"
            elif m and not f:
                self.gender[people.pop()] = "m"

    def _person(self, pronoun: str):
        want = "f" if pronoun in ("she", "her") else "m"
        cands = [h for h in reversed(self.history) if h["kind"] == "person" or (
            h["kind"] == "anonymous" and h.get("_head") in lx.ANONYMOUS_HEADS and not h["name"].lower().endswith("s"))]
        for h in cands:
            if self.gender.get(h["name"]) == want:
                return h
        for h in cands:
            if self.gender.get(h["name"]) is None:
                return h
        return None

    def resolve(self, src: RawSource) -> RawSource | None:
        if src.ref == "pronoun":
            if src.head in lx.PERSON_PRONOUNS:
                prev = self._person(src.head)
                if prev:
                    return self._from(prev, src)
                want = "f" if src.head in ("she", "her") else "m"
                for p in reversed(self.persons):
                    if self.gender.get(p, want) == want:
                        return self._named(src, p, "person")
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
            words = [w for w in re.findall(r"[\w'-]+", src.name.lower()) if w not in ("the", "this", "that", "its", "their")]
            words = [w[:-2] if w.endswith("'s") else w for w in words]
            for h in reversed(self.history):
                name_w = re.findall(r"[\w-]+", h["name"].lower())
                desc_w = re.findall(r"[\w-]+", (h.get("descriptor") or "").lower())
                pool = set(name_w) | set(desc_w)
                headed = head in name_w or (desc_w and desc_w[-1] == head)
                if words and headed and all(w in pool for w in words):
                    return self._from(h, src)
            if src.extra.get("doc"):
                # "according to the statement": whoever issued the last statement.
                prev = next((h for h in reversed(self.history) if h["kind"] != "person" and
                             head in (h.get("cue") or "")), None) or next(
                    (h for h in reversed(self.history) if h["kind"] in ("government", "organization")), None)
                if prev:
                    return self._from(prev, src)
            for name, label in reversed(self.orgs):
                if head in name.lower().split():
                    kind = src.kind if src.kind not in (None, "person") else "organization"
                    return self._named(src, name, kind)
            if len(words) <= 1:
                if head in lx.OUTLET_NOUNS - {"agency"}:
                    target = ("outlet",)
                elif head in _PERSON_HEADS:
                    target = ("person",)
                else:
                    target = ("organization", "government", "outlet")
                prev = next((h for h in reversed(self.history) if h["kind"] in target), None)
                if prev:
                    return self._from(prev, src)
            src.name = re.sub(r"^(?:the|this|that)\s+", "", src.name, flags=re.I)
            src.ref = "unresolved"
            return src
        return src

    def _from(self, prev: dict, src: RawSource) -> RawSource:
        r = RawSource(prev["name"], prev["kind"], src.descriptor, src.cue, src.via, src.quote,
                      ref="name", head=src.head, via_ref=src.via_ref)
        r.extra["from"] = prev
        return r

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


def _aliases(text: str, persons: list[str], orgs: list[tuple[str, str]] = ()) -> dict[str, str]:
    """Short forms -> fullest names: "WHO" -> "World Health Organization"
    (from "Full Name (ACR)" or matching initials), "Pryce" -> "Graham Pryce"."""
    out: dict[str, str] = {}
    for m in re.finditer(r"((?:[A-Z][\w'’.&-]*|of|for|and|on|the|du|de|des|la|le)"
                         r"(?:\s+(?:[A-Z][\w'’.&-]*|of|for|and|on|the|du|de|des|la|le)){1,8})\s+\(([A-Z][A-Za-z&.]{1,9})\)",
                         text):
        full, acr = m.group(1), m.group(2)
        words = full.split()
        while words and not words[0][0].isupper():
            words = words[1:]
        caps = [w for w in words if w[0].isupper()]
        initials = "".join(w[0] for w in caps).upper()
        key = acr.replace(".", "").upper()
        # Keep the tail of the phrase whose initials spell the acronym.
        for k in range(len(caps)):
            if "".join(w[0] for w in caps[k:]).upper() == key:
                start = words.index(caps[k])
                out[acr] = " ".join(words[start:])
                break
        else:
            if key and initials.endswith(key[:2]):
                out[acr] = " ".join(words)
    for p in persons:
        last = p.split()[-1]
        out.setdefault(last, p)
    for name, label in orgs:
        caps = [w for w in name.split() if w[:1].isupper()]
        # Three letters at least: two-letter acronyms ("IS", "AP") are too ambiguous.
        if label == "ORG" and len(caps) >= 3:
            acr = "".join(w[0] for w in caps)
            if re.search(rf"\b{re.escape(acr)}\b", text):
                out.setdefault(acr, name)
    return out


def _canonical(name: str, kind: str, aliases: dict[str, str]) -> str:
    bare = _TITLE_RX.sub("", name) if kind == "person" else name
    if bare in aliases:
        return aliases[bare]
    if re.sub(r"^the\s+", "", bare, flags=re.I) in aliases:
        return aliases[re.sub(r"^the\s+", "", bare, flags=re.I)]
    return bare


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
        out, out_raw = [], []
        for r in raw:
            r2 = resolver.resolve(r)
            if r2 is None:
                continue
            if r2.via and r2.via_ref == "definite":
                r2.via = resolver.resolve_via(r2.via)
            d = _source_dict(r2)
            if any(o["name"].lower() == d["name"].lower() for o in out):
                continue
            out.append(d)
            out_raw.append(r2)
        for d, r in zip(out, out_raw):
            d["_head"] = r.head
            d["_ref"] = r.ref
            prev = r.extra.get("from")
            # "He said ..." right after his quote on Telegram keeps the channel.
            if prev is not None and not d["via"] and prev.get("via") and prev.get("_sent") == len(per_sent_sources) - 1 \
                    and r.head in lx.PERSON_PRONOUNS | lx.GROUP_PRONOUNS:
                d["via"] = prev["via"]
            if not d["via"] and re.search(r"\b(?:post|posts|message|tweet|video)\b", d["cue"] or ""):
                same = next((h for h in reversed(resolver.history) if h.get("via")
                             and h["name"].split()[-1] == d["name"].split()[-1]
                             and h["via"].lower() in lx.PLATFORMS), None)
                if same:
                    d["via"] = same["via"]
            d["_sent"] = len(per_sent_sources)
            resolver.add(d)
        resolver.note_entities(sent, out)
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

    # Fullest names, and descriptions resolved by a later mention
    # ("a war monitor said" ... "the Syrian Observatory, a war monitor").
    aliases = _aliases(norm.text, resolver.persons, resolver.orgs)
    all_src = [d for lst in per_sent_sources for d in lst]
    for d in all_src:
        d["name"] = _canonical(d["name"], d["kind"], aliases)
    for d in all_src:
        if d.get("_ref") != "unresolved" and not (d["kind"] != "anonymous" and d["name"][:1].islower()
                                                   and d.get("_ref") == "name" and False):
            continue
        words = [w for w in re.findall(r"[\w-]+", d["name"].lower()) if w not in ("a", "an", "the")]
        for o in all_src:
            if o is d or not o.get("descriptor") or o["name"] == d["name"]:
                continue
            pool = re.findall(r"[\w-]+", o["descriptor"].lower())
            if words and all(w in pool for w in words) and pool[-1] == words[-1]:
                d["descriptor"] = d["descriptor"] or d["name"]
                d["name"], d["kind"] = o["name"], o["kind"]
                break
    for k, lst in enumerate(per_sent_sources):
        uniq = []
        for d in lst:
            for key in [x for x in d if x.startswith("_")]:
                del d[key]
            if not any(u["name"].lower() == d["name"].lower() for u in uniq):
                uniq.append(d)
        per_sent_sources[k] = uniq

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
