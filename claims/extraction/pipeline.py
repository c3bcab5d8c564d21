"""The extraction pipeline: layout -> sentences -> parse -> attribution -> flags."""
from __future__ import annotations

import bisect
import re
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from . import first_names, flags, language, layout, lexicon as lx, quotes, segment
from .dates import MONTHS
from .attribution import (_FIGURE_HEADS, _JOURNAL, _ROLE_NOUNS, _TOLD_BODIES, PROGRAMME_NOUNS, _journal_name,
                          _known_first_name, RawSource, Sent, _fold, sentence_sources)
from .errors import ExtractionError, ExtractionTimeout
from .nlp import get_nlp, parse_input
from .normalize import Normalized

MAX_CHARS = 5_000_000      # refuse larger inputs outright
PIPE_CHUNK = 256           # sentences per nlp.pipe call between deadline checks
CHUNK_SECONDS = 0.5        # ... and about this much parsing per call (a busy machine may take twice that)
FIRST_CHUNK_TOKENS = 300   # the first call measures the parser's speed
MIN_CHUNK_TOKENS = 3000    # later calls parse at least this much (batching pays; each chunk is predicted before it starts)
CHARS_PER_TOKEN = 8        # a low guess at the tokens still to parse (English runs nearer 5), so that a text
                           # whose parse alone cannot fit the budget fails before the work, not after it


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
    qa: tuple | None = None  # the question-and-answer layout (_qa_layout), if the article is one
    labels: dict = field(default_factory=dict)  # {paragraph: speaker label} of a transcript's answers
    asked: dict = field(default_factory=dict)   # {paragraph: speaker label} of its questions


class _Rate:
    """Parser speed measured so far (shared by the texts of one call)."""

    def __init__(self):
        self.tokens = 0
        self.parse_time = 0.0

    def expected(self, tokens: int) -> float:
        return tokens * self.parse_time / self.tokens if tokens and self.tokens else 0.0


class _Deadline:
    """The time budget of one text. Time is charged while the text's own work
    runs (`with deadline:`), plus its share of parse batches shared with other
    texts, so every text of `extract_many` gets the whole budget for itself."""

    def __init__(self, budget: float | None, rate: _Rate | None = None, label: str = ""):
        self.budget = budget
        self.rate = rate or _Rate()
        self.spent = 0.0
        self.tokens = 0
        self.label = label
        self._t0: float | None = None

    def __enter__(self):
        self._t0 = time.monotonic()
        return self

    def __exit__(self, *exc):
        if self._t0 is not None:
            self.spent += time.monotonic() - self._t0
        self._t0 = None
        return False

    def elapsed(self) -> float:
        return self.spent + (time.monotonic() - self._t0 if self._t0 is not None else 0.0)

    def charge(self, seconds: float):
        self.spent += seconds

    def check(self, upcoming_tokens: int = 0):
        if self.budget is None:
            return
        if self.elapsed() + self.rate.expected(upcoming_tokens) > self.budget:
            raise ExtractionTimeout(
                f"extraction{self.label} did not finish within its time budget of {self.budget:.1f} s "
                f"({self.tokens} tokens parsed)")


_WORD_RX = re.compile(r"[^\W\d_]{2,}")
MIN_WORDS = 2     # a claim has at least two words of two letters or more ...
MIN_LETTERS = 5   # ... and five letters: "He died." yes; "A.", "...", "--- 12 ---" no


def _wordy(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] has enough words to be a sentence at all."""
    n = letters = 0
    for m in _WORD_RX.finditer(text, a, b):
        n += 1
        letters += m.end() - m.start()
        if n >= MIN_WORDS and letters >= MIN_LETTERS:
            return True
    return False


def _prepare(text: str, nlp, deadline: _Deadline) -> _Prepared:
    if not isinstance(text, str):
        raise ExtractionError(f"extract() needs a str, not {type(text).__name__}")
    if len(text) > MAX_CHARS:
        raise ExtractionError(f"text too long: {len(text)} characters (limit {MAX_CHARS})")
    norm = Normalized(text)
    lang = language.detect(norm.text)
    warnings: list[str] = []
    lay = layout.analyse(norm.text)
    for key in ("title", "standfirst"):
        if lay.metadata.get(key):
            lay.metadata[key] = norm.with_single_marks(lay.metadata[key])
    deadline.check()
    if lang != "en":
        warnings.append(f"extraction is English-only; language {lang}")
        return _Prepared(norm, lang, warnings, lay.metadata, [], [], lay.dateline_outlet)
    sents: list[_SentRec] = []
    for ui, u in enumerate(lay.units):
        for a, b in segment.split(norm.text, u.start, u.end, deadline.check):
            if not _wordy(norm.text, a, b) or layout.is_signpost_sentence(norm.text[a:b]):
                continue
            sents.append(_SentRec(a, b, u.para, ui, u.standfirst))
    deadline.check()
    qa = _qa_layout(norm.text)
    labels, asked = _speaker_labels(norm.text, sents, qa[2] if qa else None)
    for rec in sents:
        tag = _SPEAKER_LABEL.match(norm.text, rec.start, rec.end) if rec.para in labels or rec.para in asked else None
        if tag is not None and tag.group(2) == (labels.get(rec.para) or asked.get(rec.para)):
            rec.start = tag.end()  # ("MARSH: Nothing has changed." is parsed, and asserts, "Nothing has changed.")
    sents = [rec for rec in sents if _wordy(norm.text, rec.start, rec.end)]  # (not "Silva: No.")
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
    deadline.check(sum(s.end - s.start for s in sents) // CHARS_PER_TOKEN)
    inputs = []
    for i, s in enumerate(sents):
        if i % 200 == 199:
            deadline.check()
        doc, offs = parse_input(nlp, norm.text[s.start:s.end])
        inputs.append((doc, offs))
    deadline.check()
    prep = _Prepared(norm, lang, warnings, lay.metadata, sents, inputs, lay.dateline_outlet, qa, labels, asked)
    prep.spans = s_spans  # type: ignore[attr-defined]
    return prep


def _parse(nlp, jobs: list, rate: _Rate) -> list:
    """Parse the sentences of several texts together, in chunks; `jobs` is a
    list of (deadline, docs). Each chunk's time is shared among its texts by
    their tokens, and each text's deadline is checked before and after."""
    flat = [(k, d) for k, (_dl, docs) in enumerate(jobs) for d in docs]
    out = []
    i = 0
    while i < len(flat):
        # Chunks of at most PIPE_CHUNK sentences and about CHUNK_SECONDS of
        # parsing at the speed measured so far (a small first chunk measures it),
        # so that deadlines are checked often enough even on a busy machine.
        max_tokens = FIRST_CHUNK_TOKENS if not rate.tokens else max(
            MIN_CHUNK_TOKENS, int(CHUNK_SECONDS * rate.tokens / max(rate.parse_time, 1e-9)))
        j, n_tok = i, 0
        while j < len(flat) and j - i < PIPE_CHUNK and (j == i or n_tok + len(flat[j][1]) <= max_tokens):
            n_tok += len(flat[j][1])
            j += 1
        chunk = flat[i:j]
        i = j
        per: dict[int, int] = {}
        for k, d in chunk:
            per[k] = per.get(k, 0) + len(d)
        for k, n in per.items():
            jobs[k][0].check(n)
        n_all = sum(per.values())
        t0 = time.monotonic()
        out.extend(nlp.pipe([d for _k, d in chunk], batch_size=PIPE_CHUNK))
        dt = time.monotonic() - t0
        rate.parse_time += dt
        rate.tokens += n_all
        for k, n in per.items():
            dl = jobs[k][0]
            dl.charge(dt * n / max(1, n_all))
            dl.tokens += n
            dl.check()
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
# Generic nouns for organisations: "the agency said" may point at any
# organisation named just before, whatever its name.
_GENERIC_ORG_NOUNS = {"agency", "group", "organisation", "organization", "company", "firm", "movement",
                      "militia", "monitor", "observatory", "watchdog", "charity", "body", "party",
                      "alliance", "coalition", "bank", "club", "union", "network", "ngo", "institute",
                      "regulator", "operator", "manufacturer", "retailer", "airline", "carrier",
                      "insurer", "lender", "developer", "maker", "giant", "broadcaster", "publisher",
                      "chipmaker", "automaker",
                      "museum", "university", "hospital", "school", "council", "authority", "force",
                      "ministry", "department", "office", "service", "federation", "association",
                      "foundation", "campaign", "nonprofit", "non-profit", "startup", "conglomerate",
                      "grocer", "supermarket", "chain", "utility", "brewer", "miner", "carmaker", "drugmaker"}
# A business described by what it does and where ("the Dublin-based company", "the Italian packaged-food maker",
# "the auto parts maker"): at least one word before the noun, so not the bare "the company".
_COMPANY_DESCRIPTION = re.compile(r"(?i)^(?:the\s+)?(?:[\w.-]+\s+){1,3}?(?:company|firm|maker|manufacturer|operator|"
                                  r"retailer|lender|insurer|carrier|airline|startup|shipbuilder|miner|producer|"
                                  r"carmaker|automaker|drugmaker|chipmaker|conglomerate|giant|supplier|developer)$")
# Words in a body's name that make it no company (a regulator, court, party, charity, ...)
_NOT_COMPANY_WORDS = {"board", "authority", "commission", "agency", "ministry", "council", "court", "union",
                      "association", "federation", "police", "party", "department", "office", "organization",
                      "organisation", "institute", "university", "foundation", "charity", "borders", "coalition",
                      "front", "movement", "forces", "army", "league", "observatory", "watch", "regulator",
                      "government", "parliament", "senate", "tribunal", "committee", "nations", "fund", "network",
                      "alliance", "society", "federal", "state", "national", "inspectorate", "secretariat"}
# Nouns a reporter uses for the one body a story is about ("the regulator", "the company", "the union"), when
# it never described the body with them (see _Resolver._salient_body).
_SALIENT_HEADS = (_GENERIC_ORG_NOUNS - {"group", "museum", "university", "hospital", "school", "council", "force",
                                       "ministry", "office", "service", "broadcaster", "publisher",
                                       "network", "campaign", "movement", "militia", "bank", "club", "party"})
# "The Denver-based airline", "the London-listed miner", "the Paris-headquartered group".
_BASED_BODY = re.compile(r"(?i)^(?:the\s+)?(?!an?\s)(?:[\w.]+\s+){0,2}?[\w.]+-(?:based|headquartered|listed|registered)"
                         r"\s+(?:[\w-]+\s+){0,2}?([\w-]+)$")
# Heads of a body's own unit or service ("its civil protection directorate", "its press office").
_BODY_HEADS = _GENERIC_ORG_NOUNS - {"group", "party", "club", "school", "university", "hospital", "museum"} | {
    "directorate", "inspectorate", "secretariat", "bureau", "commission", "embassy", "consulate", "police",
    "army", "navy", "military", "administration", "division", "unit", "branch", "subsidiary", "board"}
_GENDERED = re.compile(r"\b(?:she|her|hers|herself|he|his|him|himself)\b", re.I)
_MILITARY_WORDS = {"military", "army", "forces", "armed forces"}
_MILITARY_RX = re.compile(r"(?i)\b(?:defen[cs]e|army|armed forces|military|general staff|pentagon|idf)\b")
# Plural heads that point back at several organisations named together ("the companies").
_GROUP_PLURALS = {"companies", "firms", "groups", "banks", "organisations", "organizations", "governments",
                  "countries", "sides", "nations", "agencies", "ministries", "clubs", "airlines", "lenders",
                  "carriers", "parties", "unions", "charities", "universities", "states"}
_TITLE_RX = re.compile(r"^(?:mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady)\.?\s+", re.I)


# Epithets reporters use for a person already named: age, nationality, a sports position.
_EPITHET_WORDS = {"veteran", "midfielder", "striker", "forward", "defender", "goalkeeper", "winger", "keeper",
                  "teenager", "youngster"}
_EPITHET = re.compile(r"^(?:[Tt]he\s+)?(?:\d+-year-old|(?P<demonym>[A-Z][a-z]+)|" + "|".join(sorted(_EPITHET_WORDS))
                      + r")$")


_TITLED_DOC = re.compile(r"\b((?:[A-Z][\w'’-]+\s+){1,5})(Report|Survey|Index|Outlook|Review|Assessment|Audit)\b")
_GENERIC_DOC_WORDS = {"the", "a", "an", "this", "its", "their", "annual", "latest", "new", "report", "survey", "index",
                      "outlook", "review", "assessment", "audit", "yearly", "quarterly", "global"}


# "the journal", "the journal's editors", "the magazine's editorial board": the publication speaking.
_PUBLICATION_REF = re.compile(r"^(?:the|its)\s+(?:journal|magazine)(?:['’]s\s+(?:editors?|editor-in-chief|"
                              r"editorial(?:\s+(?:board|team|writers))?))?$", re.I)
# Public services a lede describes before naming them (often in the local language).
_SERVICE_DESCRIPTION = re.compile(
    r"^(?:the\s+)?(?:coastguard|coast guard|fire service|fire brigade|fire department|civil protection(?: agency| "
    r"department| service)?|civil defen[cs]e(?: agency| service)?|rescue service|border guard|border police|"
    r"weather service|meteorological (?:service|office|institute|agency))$", re.I)
# "his campaign", "her office": a body that belongs to the person the pronoun points at.
_POSSESSED_BODY = re.compile(r"^(his|her)\s+(campaign|office|camp|team|family|foundation|administration|government|"
                             r"ministry|party|charity|company|firm|management|label)$", re.I)
# The body a team is "led by": "the University of Leeds", "Imperial College London", "scientists at ..."
_LEAD_BODY = r"(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:(?:of|for|and|the|de)\s+)*[A-Z][\w'’.&-]*)*"
# A company's registered name: "Hartwell Land Ltd", "Acme Holdings", "Bayer AG".
_COMPANY_NAME = re.compile(r"\b((?:[A-Z][\w&'’-]*\s+){1,4}(?:Ltd|Limited|Inc|plc|PLC|LLC|Holdings|Corp|Corporation|AG|"
                           r"GmbH|SA|NV|BV|Pty|Co)\b\.?)")
# "two leading candidates", "both finalists", "the three men": people counted before they are named.
_COUNTED_PEOPLE = re.compile(r"(?i)\b(two|both|three)\s+(?:[\w-]+\s+){0,3}(?:candidates|leaders|men|women|finalists|"
                             r"contenders|rivals|suspects|defendants|players|brothers|sisters|ministers|presidents)$")
_COURT_HEADS = ("jury", "jurors", "court", "trial", "hearing", "inquest")
_BODY_DESCRIPTION = re.compile(
    r"^(?:a report by |a study by |an audit by )?(?:the|a|an)\s+"
    r"(?:(?:country|state|nation|region|city|government)'s\s+)"
    r"(?:[a-z-]+\s+){0,2}(?:regulator|watchdog|agency|authority|inspectorate|ombudsman|body|monitor)$", re.I)
_INSTITUTION = re.compile(r"\b(?:Authority|Agency|Commission|Inspectorate|Ombudsman|Office|Regulator|Board|Council|"
                          r"Service|Directorate|Administration|Institute|Department|Ministry)\b")


def _bound_elsewhere(doc, t) -> bool:
    """A plain pronoun whose head governs a person named in the sentence is not that person:
    "Hamish Gunn described her as ...", "Her former colleague Hamish Gunn", "He said Smith ...";
    nor is the possessor of the sentence's subject ("Her lawyer said"). (A reflexive, or "Smith said
    her team ...", may be.)"""
    if t.lower_ not in ("she", "her", "hers", "he", "his", "him"):
        return False
    if t.dep_ == "poss" and t.head.dep_ in ("nsubj", "nsubjpass") and t.head.head.dep_ == "ROOT":
        return True  # "Her former deputy said ...", "His lawyer told the court ...": someone else's
    own = {k.i for k in t.subtree}
    # (a possessive may be bound in its own clause, "Smith spent his savings"; a plain pronoun may
    # not: its domain is its clause, "Gunn, who served with her, ...", "He said Smith ...")
    dom = t.head
    if t.dep_ != "poss":
        while dom.pos_ not in ("VERB", "AUX") and dom.head.i != dom.i:
            dom = dom.head
        if dom.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in dom.children):
            rel = {k.i for k in dom.subtree}
            if any(k.ent_type_ == "PERSON" and k.i not in rel for k in dom.head.subtree):
                return True
    return any(k.ent_type_ == "PERSON" and k.i not in own for k in dom.subtree)


def _plural_common(h: dict) -> bool:
    """'aid groups', 'rights organisations': several bodies, not 'it' or 'the agency'."""
    words = h["name"].split()
    return bool(words) and words[-1].endswith("s") and words[-1].islower() and not any(w[:1].isupper() for w in words)


# Words of company names the small model sometimes reads as a person's ("Kelvin Pharma").
_COMPANY_WORDS = {"pharma", "labs", "holdings", "inc", "ltd", "plc", "group", "energy", "airlines", "airways",
                  "motors", "systems", "technologies", "partners", "capital", "bank", "company", "corporation",
                  "foods", "mining", "oil", "telecom", "insurance"}
_RESEARCH_HEADS = {"researchers", "scientists", "authors", "team", "academics", "investigators"}
_LED_BY = re.compile(r"\b(?:study|research|team|paper|trial|analysis|review|report)\b[^.;]{0,40}?\bled by "
                     r"(?:(?:Dr|Prof|Professor)\.?\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})")


# "the company" / "the club" name a body of that type: a name headed by another type of body
# ("national disaster agency", "Premier League", "Baba Yara Sports Stadium") is not the one meant.
_TYPED_HEADS = {"company": {"company", "firm", "group", "maker", "giant", "operator", "manufacturer", "retailer",
                            "developer", "airline", "carrier", "insurer", "lender", "bank", "conglomerate",
                            "chipmaker", "carmaker", "automaker", "drugmaker", "miner"},
                "firm": {"company", "firm", "group", "partners"},
                "club": {"club", "united", "city", "fc", "rovers", "athletic", "stars", "town"}}
_OTHER_BODY_HEADS = (_GENERIC_ORG_NOUNS | {"league", "stadium", "arena", "commission", "court", "police",
                                           "government", "committee", "tribunal", "ground", "park"})


# "the ministry", "the observatory": heads that name one kind of body only. A body whose name has none of
# these words is not the one meant, however recently it spoke ("Rebels said ... The ministry said" is some
# ministry, left as written, not the rebels). Broad heads ("the agency", "the group") may point at any body.
_SPECIFIC_HEADS = {"ministry": {"ministry", "department", "ministries", "office"},
                   "department": {"department", "ministry", "dept", "office"},
                   "observatory": {"observatory"},
                   "museum": {"museum", "gallery", "collection"},
                   "university": {"university", "college", "institute"},
                   "hospital": {"hospital", "clinic", "infirmary", "centre", "center"},
                   "school": {"school", "academy", "college"},
                   "council": {"council"},
                   "federation": {"federation", "association", "union", "confederation"},
                   "union": {"union", "unions", "association", "federation", "confederation", "syndicate", "guild",
                             "congress", "alliance"},
                   "association": {"association", "federation", "union", "society"},
                   "institute": {"institute", "institution", "university"},
                   "airline": {"airline", "airlines", "air", "airways"},
                   "bank": {"bank", "banks", "reserve", "banco", "banque", "bundesbank", "fed", "bancorp"},
                   "exchange": {"exchange", "bourse", "nasdaq", "nyse"},
                   "board": {"board"},
                   "broadcaster": {"broadcaster", "broadcasting", "tv", "television", "radio", "bbc", "cbc", "abc",
                                   "nhk", "rai", "zdf", "ard", "cnn"}}


# Heads for bodies outside the state, and the last words of state bodies they never point at ("Rebels ... The
# ministry said ... The militia said" is the rebels, or someone new, not the ministry).
_NON_STATE_HEADS = {"militia", "movement", "rebels", "faction", "charity", "insurgents", "militants"}
_STATE_BODY_TAILS = {"ministry", "department", "government", "police", "army", "court", "military"}


def _other_body_type(name: str, head: str) -> bool:
    words = re.findall(r"[\w'’-]+", name.lower())
    if head in _NON_STATE_HEADS and words and words[-1] in _STATE_BODY_TAILS:
        return True
    specific = _SPECIFIC_HEADS.get(head)
    if specific is not None and words and not (set(words) & specific):
        return True
    fits = _TYPED_HEADS.get(head)
    if fits is None:
        return False
    # (also a word inside the name: "the Los Aromos Workers' Union No. 1" is no company)
    return bool(words) and (words[-1] in _OTHER_BODY_HEADS - fits or head == "company" and bool(
        set(words) & ({"union", "ministry", "police", "council", "court", "party", "commission"} - fits)))


_GENDERED_NOUNS = {**dict.fromkeys(("man", "boy", "father", "son", "husband", "brother", "grandfather", "widower",
                                     "spokesman", "policeman", "businessman", "chairman", "uncle", "nephew"), "m"),
                   **dict.fromkeys(("woman", "girl", "mother", "daughter", "wife", "sister", "grandmother", "widow",
                                    "spokeswoman", "policewoman", "businesswoman", "chairwoman", "aunt", "niece"), "f")}

_GIVEN_NAMES = first_names.FEMALE_FIRST_NAMES | first_names.MALE_FIRST_NAMES

# One of a crowd of speakers ("one resident", "another witness"): nouns for people met where news happens.
_CROWD_MEMBER_NOUNS = {"resident", "villager", "witness", "survivor", "worker", "farmer", "student", "parent",
                       "passenger", "nurse", "doctor", "teacher", "trader", "shopkeeper", "fisherman", "protester",
                       "refugee", "mourner", "relative", "neighbour", "neighbor", "driver", "miner", "employee"}


def _first_name_gender(name: str) -> str | None:
    """'f' / 'm' from a title or a given name that is clearly one or the other ("Karen Boudreaux",
    "Mr Ortiz"); None for unisex or unknown names. The article's own pronouns take precedence."""
    words = name.replace(".", "").split()
    if not words:
        return None
    title = words[0].lower()
    if title in ("mr", "sir", "lord", "king", "prince", "father", "brother"):
        return "m"
    if title in ("mrs", "ms", "miss", "madam", "dame", "lady", "queen", "princess", "sister"):
        return "f"
    given = next((w for w in words[:-1] if w.lower() not in lx.PERSON_TITLES), None)
    if given is None:
        return None
    key = _fold(given)
    if key in first_names.FEMALE_FIRST_NAMES:
        return "f"
    if key in first_names.MALE_FIRST_NAMES:
        return "m"
    return None


_COUNT_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "few"}
_MEMBER_PARTITIVE = re.compile(r"(?:one|two|three|four|five|six|some|several|both|each|either|neither|another|all|many|most"
                        r"|none|a few|a couple)(?:\s+other)?\s+of\s+(?:the|them|those|these)(?:\s+(?P<rest>.+))?$")
# "the person said" after "people familiar with the matter": one of them
_SINGULAR_MEMBER = {"person": "people", "official": "officials", "source": "sources", "diplomat": "diplomats",
                    "executive": "executives", "banker": "bankers", "insider": "insiders", "officer": "officers"}


# ---- definite descriptions (see _Resolver._described) ----
# Nouns for people that reporters use once the person is named: "the singer", "the Grammy winner".
_SPEAKING_BODY_HEADS = {"group", "lobby", "organisation", "organization", "association", "body", "charity", "ngo",
                        "federation", "alliance", "coalition", "campaign", "network", "trust", "foundation"}
_SPORT_ROLES = {"sprinter", "striker", "midfielder", "defender", "goalkeeper", "forward", "winger", "batsman", "batter",
                "bowler", "runner", "swimmer", "cyclist", "boxer", "golfer", "jockey", "skater", "gymnast", "hurdler",
                "marathoner", "spinner", "fighter", "rider", "driver", "player", "captain", "coach", "manager"}
_PERSON_EPITHETS = {"singer", "star", "actor", "actress", "rapper", "winner", "laureate", "champion", "musician",
                    "artist", "songwriter", "novelist", "author", "comedian", "presenter", "billionaire", "entrepreneur",
                    "founder", "tycoon", "mogul", "athlete", "olympian", "medallist", "medalist", "filmmaker",
                    "influencer", "celebrity", "footballer", "cricketer", "activist", "campaigner"}
_DESC_SYNONYMS = {"lawyer": {"lawyer", "attorney", "counsel", "solicitor", "barrister"},
                  "attorney": {"lawyer", "attorney", "counsel"},
                  "charity": {"charity", "ngo", "nonprofit", "non-profit", "organisation", "organization"},
                  "company": {"company", "firm", "maker", "operator", "manufacturer", "giant", "startup", "group"},
                  "firm": {"firm", "company"},
                  "union": {"union", "association", "federation", "confederation", "guild", "syndicate"}, "startup": {"startup", "start-up", "company"},
                  "star": {"star", "singer", "actor", "actress", "rapper"}}
# "the medical charity", "hospital authorities", "the Grammy winner": an optional article, then up to
# four words (no second name, no "of"/"for" phrase).
_DESCRIPTION = re.compile(r"^(?:[Tt]he\s+|[Tt]his\s+)?((?:[\w-]+\s+){0,3}[a-z][\w-]*)$")
_INSTITUTION_KINDS = [{"college", "university", "institute", "school", "academy", "polytechnic"},
                      {"hospital", "clinic", "infirmary"}, {"prison", "jail", "penitentiary"},
                      {"airport"}, {"zoo"}, {"museum"}, {"hotel"}, {"factory", "plant"}, {"mine"}]
_INSTITUTION_STAFF = re.compile(
    r"(?i)^(?:the\s+)?(?:(hospital|clinic|college|university|institute|school|academy|prison|jail|airport|zoo|museum|"
    r"hotel|factory|plant|mine)(?:['’]s)?\s+(?:authorities|management|administration|officials|administrators|"
    r"authority|spokesperson|spokesman|spokeswoman)|(?:officials|authorities|staff|management|a spokesperson|"
    r"a spokesman|a spokeswoman)\s+(?:at|of|for)\s+the\s+(hospital|clinic|college|university|institute|school|"
    r"academy|prison|jail|airport|zoo|museum|hotel|factory|plant|mine))$")
# Plural descriptions that name one type of body: "the unions" are unions, not a radio station and a court.
_GROUP_TYPES = {"unions": {"union", "unions", "federation", "confederation", "syndicate", "guild", "association"},
                "banks": {"bank", "banks", "lender"}, "universities": {"university", "college", "institute"},
                "clubs": {"club", "fc", "united", "city", "rovers", "athletic"},
                "airlines": {"airline", "airlines", "airways", "air"}, "ministries": {"ministry"},
                "parties": {"party"}, "charities": {"charity", "ngo", "aid", "relief", "oxfam", "care"}}
_BODY_DOCUMENT = re.compile(r"(?i)^(?:the|its)\s+(board|commission|committee|panel|agency|authority|council|"
                            r"regulator|watchdog|inspectorate|ombudsman|institute|foundation|bank|court|tribunal)['’]s\s+"
                            r"(?:(?:final|annual|latest|new|own|interim|\d{4})\s+)?(?:report|study|review|survey|analysis|"
                            r"findings|audit|investigation|assessment)$")
_ARMED_MEMBERS = {"jihadists", "militants", "rebels", "insurgents", "extremists", "guerrillas", "guerillas",
                  "islamists", "separatists", "gunmen", "fighters", "paramilitaries"}
_ARMED_GROUP_WORDS = {"group", "state", "army", "front", "movement", "brigade", "brigades", "militia", "taliban",
                      "shabaab", "haram", "hamas", "hezbollah", "houthis", "qaeda", "jihad", "forces", "isis", "isil",
                      "daesh", "rebels", "liberation", "resistance"}
_ADJECTIVE_ENDINGS = ("al", "ic", "ian", "ese", "ish", "ive", "ous", "ary", "ful", "ant", "ent", "ed", "less")
# Qualifiers of a body's level or place, not its field: "the state health department".
_PLACE_QUALIFIERS = {"state", "city", "county", "federal", "local", "national", "regional", "provincial", "municipal",
                     "government", "public", "new", "former", "main", "top", "district", "town", "country", "army"}
# Documents that are not the one an outlet obtained: what a body or a lawyer issues in reply.
_NOT_OBTAINED = {"statement", "statements", "release", "letter", "letters", "post", "message", "email", "emails",
                 "tweet", "notice", "press"}
# General words for a document already cited: "The 84-page document, commissioned by ..., found".
_DOCUMENT_BACKREF = re.compile(r"(?i)^(?:the|this)\s+(?:[\w-]+\s+){0,2}?(?:document|draft|text|dossier|memo)"
                               r"(?:,|$)")
# Words for one legal filing ("the complaint" ... "The filing alleges" ... "the lawsuit says").
_COURT_FILINGS = {"complaint", "lawsuit", "suit", "filing", "petition", "writ"}
# Words for one kind of released item ("the images" ... "The pictures show") and the verbs that release one.
_ITEM_CLASSES = ({"image", "images", "picture", "pictures", "photo", "photos", "photograph", "photographs", "imagery",
                  "satellite images"},
                 {"video", "videos", "footage", "clip", "clips", "recording", "recordings", "replay", "replays"})
_RELEASE_VERBS = {f + e for f in ("releas", "publish", "issu", "shar", "post", "unveil", "distribut", "circulat")
                  for e in ("e", "es", "ed", "s", "")} | {"broadcast", "broadcasts"}
_NOT_A_COMPANY = {"radio", "television", "tv", "court", "congress", "parliament", "senate", "police", "ministry",
                  "government", "assembly", "council", "union", "party", "commission", "army"}


def _descriptor_bags(sent: Sent) -> list[tuple[str, str, set]]:
    """For each named body or person in the sentence, the words the sentence describes it with:
    "Médecins Sans Frontières, the medical charity," / "the medical charity MSF" / "state rail company
    Comboios de Portugal" / "Vale's attorneys, Marcus Hale and Denise Park"."""
    doc = sent.doc
    out = []

    def np_words(n) -> set:
        ws = {n.lower_, "^" + n.lower_}  # ("^": the noun that heads the description)
        for c in n.children:
            if c.i < n.i and c.dep_ in ("amod", "compound", "nummod", "npadvmod", "nmod", "advmod"):
                sub = [t.i for t in c.subtree]
                ws |= set(re.findall(r"[\w-]+", sent.span(min(sub), max(sub)).lower()))
        return ws - {"the", "a", "an", "its", "their"}

    for e in doc.ents:
        if e.label_ not in ("ORG", "PERSON", "FAC") or sent.in_quote[e.start]:
            continue
        inside = range(e.start, e.end)
        root = e.root
        words: set = set()
        first = root
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        for r in {root, first}:
            for c in r.children:
                if c.dep_ == "appos" and c.i not in inside and c.pos_ == "NOUN":
                    words |= np_words(c)
                if c.dep_ in ("compound", "amod", "nmod") and c.i < e.start and c.pos_ in ("NOUN", "ADJ"):
                    words |= np_words(c)
            if r.dep_ == "appos" and r.head.i not in inside and r.head.pos_ == "NOUN":
                words |= np_words(r.head)
        if words:
            name = re.sub(r"^the\s+", "", sent.span(e.start, e.end - 1), flags=re.I)
            out.append((re.sub(r"['’]s$", "", name), e.label_, words))
    return out


def _person_by_given_name(sent: Sent, start: int, end: int) -> bool:
    """A name the small model did not tag as a person ("Agnes Fairlie" as an organisation) that opens
    with a clearly gendered given name and is all proper nouns is a person."""
    if end - start < 2 or not all(sent.doc[k].pos_ == "PROPN" for k in range(start, end)):
        return False
    return _first_name_gender(sent.span(start, end - 1)) is not None and sent.doc[start].ent_type_ != "GPE"


# Kinds of channel a definite "the broadcaster" / "the newspaper" / "the agency" may take up.
_CHANNEL_FAMILY = {**dict.fromkeys(("television", "tv", "radio", "broadcaster", "channel", "station"), "broadcast"),
                   **dict.fromkeys(("newspaper", "daily", "weekly", "paper", "tabloid", "magazine"), "print"),
                   **dict.fromkeys(("agency", "wire"), "agency")}
_CHANNEL_NAMED = re.compile(r"\b(television|TV|radio|broadcaster|channel|station|newspaper|daily|weekly|paper|tabloid|"
                            r"magazine|"
                            r"agency|wire)\s+((?-i:[A-Z][\w'’&-]*)(?:\s+(?:(?-i:[A-Z][\w'’&-]*)|\d+)){0,3})")
_BROADCAST_TAILS = {"tv", "radio", "fm", "am", "television", "news", "one", "24", "network"}
_NOT_CHANNEL_NAMES = {"On", "In", "The", "A", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                      "Saturday", "Sunday", "This", "That", "It", "He", "She", "They", "We", "I"}


def _names_a_person_subject(sent: Sent) -> bool:
    """Whether the sentence's subject is a name ("Reilly also dismissed a report"), not a description ("Her husband,
    Tomàs, died")."""
    root = next((t for t in sent.doc if t.dep_ == "ROOT"), None)
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None) if root is not None else None
    return subj is not None and (subj.pos_ == "PROPN" or subj.ent_type_ == "PERSON")


def _mostly_quoted(sent: Sent) -> bool:
    """The sentence is the words of a quotation, all but its attribution or punctuation."""
    return sum(sent.in_quote) >= 0.8 * len(sent.doc)


# What a title before a name makes its holder, for "the priest said" after "Father Manuel Sitoe".
_TITLES_OF = {"priest": ("Father", "Fr", "Rev", "Revd", "Reverend"),
              "cleric": ("Father", "Fr", "Rev", "Imam", "Sheikh"),
              "pastor": ("Pastor", "Rev", "Reverend"), "doctor": ("Dr",), "professor": ("Prof",),
              "councillor": ("Cllr",), "senator": ("Sen",), "congressman": ("Rep",), "congresswoman": ("Rep",)}


def _plural_word(word: str) -> bool:
    """'residents', 'officials' are many; 'a witness', 'the boss' are one."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _bare_name(h: dict) -> bool:
    """A source named by one or two capitalised words that say nothing of a body ("Mokoena", "Trump"), which the
    tagger may have read as an organisation."""
    return h["kind"] == "organization" and bool(re.fullmatch(r"(?:[A-Z][a-z][\w'’-]*\s)?[A-Z][a-z][\w'’-]*",
                                                             h["name"])) \
        and not _outletish(h["name"]) and h["name"].lower() not in lx.OUTLETS and not set(h["name"].lower().split()) \
        & (lx.BODY_NAME_ENDINGS | lx.GOVERNMENT_WORDS | lx.GOVERNMENT_HEADS)


class _Resolver:
    """Resolves pronouns and definite descriptions to sources named earlier."""

    def __init__(self):
        self.history: list[dict] = []        # resolved sources, in order
        self.persons: list[str] = []         # PERSON names met, in order
        self.orgs: list[tuple[str, str]] = []  # (name, label) of ORG/GPE/NORP met
        self.gender: dict[str, str] = {}     # person name -> "f" / "m"
        self.last_subject: tuple[str, str] | None = None  # (name, kind) of the last sentence's subject entity
        self.group_sents: list[Sent] = []  # sentences so far, for "the companies"
        self.group_cache: dict[int, list] = {}
        self.bag_list: list = []  # _bags(): descriptor words of the named bodies and people so far
        self.bags_done = 0
        self.journals: list[tuple[int, str]] = []  # (sentence index, journal a study was published in)
        self.bodies: list[str] = []  # untagged proper names that were a sentence's subject ("Ofgem raised ...")
        self.subject_person: tuple[str, int] | None = None  # (person, sentence) set up by a sentence no one spoke in
        self.prior_subject_person: tuple[str, int] | None = None  # the one before it
        self.spoke_in: set[int] = set()  # the sentences someone spoke in
        self.article = ""  # the whole copy, headline included

    def note_entities(self, sent: Sent, sources: list[dict]):
        self.last_subject = None
        self.prior_subject_person = self.subject_person
        if sources:
            self.spoke_in.add(len(self.group_sents) - 1)
        root = next((t for t in sent.doc if t.dep_ == "ROOT"), None)
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None) if root is not None else None
        if sources or not _mostly_quoted(sent):
            # (a quotation's own sentences, its speaker still to come, leave the person set up before it)
            self.subject_person = None
        subj_ent = next((e for e in sent.doc.ents if e.start <= subj.i < e.end), None) if subj is not None else None
        if subj is not None and not sent.in_quote[subj.i] and (subj.ent_type_ == "PERSON" or subj_ent is not None
                                                                and _person_by_given_name(sent, subj_ent.start,
                                                                                          subj_ent.end)) and not any(
                s["kind"] in ("person", "anonymous") for s in sources):
            # "Swedish Foreign Minister Karin Ek was more blunt." (a named person set up, not yet quoted)
            e = next((e for e in sent.doc.ents if e.start <= subj.i < e.end), None)
            if e is not None:
                start = e.start
                while start < e.end - 2 and sent.lower(start) in _ROLE_NOUNS | _EPITHET_WORDS:
                    start += 1  # ("Striker Tomas Okoye has scored 12 goals": the role is not the name)
                self.subject_person = (sent.span(start, e.end - 1), len(self.group_sents) - 1)
        elif subj is not None and not sent.in_quote[subj.i] and subj.pos_ == "NOUN" and not any(
                s["kind"] in ("person", "anonymous") for s in sources) and any(
                a.dep_ == "appos" and a.ent_type_ for a in subj.children):
            # "Her former supervisor, Brent MacIsaac, is scheduled to testify next week." (a person set up in
            # apposition to the subject, not yet quoted; a known given name makes a person of a misread name)
            a = next(a for a in subj.children if a.dep_ == "appos" and a.ent_type_)
            e = next((e for e in sent.doc.ents if e.start <= a.i < e.end), None)
            if e is not None and e.end - e.start >= 2 and (e.label_ == "PERSON" or e.label_ in ("ORG", "GPE", "NORP")
                                                           and _first_name_gender(sent.span(e.start, e.end - 1))):
                self.subject_person = (sent.span(e.start, e.end - 1), len(self.group_sents) - 1)
        elif subj is not None and not sent.in_quote[subj.i] and subj.pos_ == "PROPN" and subj_ent is None \
                and subj.i >= 1 and sent.doc[subj.i - 1].dep_ == "compound" and sent.doc[subj.i - 1].pos_ == "PROPN" \
                and _fold(sent.tok(subj.i - 1)) in _GIVEN_NAMES \
                and not any(s["kind"] in ("person", "anonymous") for s in sources):
            # "Minister of State for Health Siobhán Kielty is understood to be ...": a person the small model did not
            # tag, by her given name
            name = sent.span(subj.i - 1, subj.i)
            self.subject_person = (name, len(self.group_sents) - 1)
            self.persons.append(name)
        elif subj is not None and not sent.in_quote[subj.i] and (
                subj.pos_ == "PROPN" or subj.pos_ == "NOUN" and subj.text[:1].isupper()) and not any(
                s["kind"] in ("person", "anonymous") for s in sources):
            # "Hollis himself has stayed out of view." (a surname the small model did not tag, of a person
            # the article named in full before; "Sinclair is not convinced.", read as a common noun)
            full = max((p for p in self.persons if p.split()[-1] == sent.tok(subj.i)), key=len, default=None)
            if full is not None:
                self.subject_person = (full, len(self.group_sents) - 1)
        elif subj is not None and not sent.in_quote[subj.i] and subj.pos_ == "NOUN" and not sources \
                and sent.lower(subj.i) in _SPOKEN_NOUNS and (
                owner := next((c for c in subj.children if c.dep_ == "poss" and c.text[:1].isupper()), None)
        ) is not None:
            # "Price's acceptance speech was short and pointed. '...,' he said.": the person whose words the subject is
            surname = re.escape(sent.tok(owner.i))
            named = set(self.persons) | {m.group(0) for g in self.group_sents[-12:] for m in re.finditer(
                rf"\b(?-i:[A-Z])[a-z][\w'’-]*\s+{surname}\b", g.text)
                if m.group(0).split()[0].lower() not in _DETS_AND_TITLES}
            full = max((p for p in named if p.split()[-1] == sent.tok(owner.i) and len(p.split()) >= 2),
                       key=len, default=None)
            if full is not None:
                self.subject_person = (full, len(self.group_sents) - 1)
        if subj is not None and not sent.in_quote[subj.i]:
            ent = next((e for e in sent.doc.ents if e.start <= subj.i < e.end), None)
            surname = ent is not None and ent.end - ent.start == 1 and any(
                p.split()[-1] == sent.tok(ent.start) and len(p.split()) >= 2 for p in self.persons)
            # ("Okoro, who has scored 11 goals, pulled up ...": the surname of a person named before, read as a body)
            if ent is not None and ent.label_ in ("ORG", "GPE", "NORP", "FAC") and not surname:
                name = re.sub(r"^the\s+", "", sent.span(ent.start, ent.end - 1), flags=re.I)
                src = next((s for s in sources if s["name"] == name or name in s["name"]), None)
                kind = src["kind"] if src else ("government" if any(
                    w in name.lower().split() for w in lx.GOVERNMENT_HEADS) else "outlet" if (
                    name.lower() in lx.OUTLETS) else "organization")  # ("The AP could not verify ...": an outlet)
                self.last_subject = (src["name"] if src else name, kind)
            elif sources and sources[0]["kind"] in ("organization", "government", "outlet") and \
                    sent.lower(subj.i) in _GENERIC_ORG_NOUNS | lx.OUTLET_NOUNS | {"it", "they"}:
                self.last_subject = (sources[0]["name"], sources[0]["kind"])
            elif ent is None and subj.pos_ == "NOUN" and not sources and sent.lower(subj.i) == "government" \
                    and subj.i > 0 and sent.lower(subj.i - 1) not in ("the", "a", "an") and any(
                    c.dep_ == "det" and sent.lower(c.i) == "the" for c in subj.children) \
                    and all(c.dep_ in ("det", "amod", "compound") for c in subj.children):
                # "The provincial government has ordered schools closed ... It says ...": the government
                # as written, for the next "it"
                self.last_subject = (sent.span(subj.i - 1, subj.i), "government")
            elif ent is None and subj.pos_ == "NOUN" and not sources and sent.lower(subj.i) in (
                    "ministry", "army", "military", "police", "department", "embassy", "presidency") \
                    and any(c.dep_ == "det" and sent.lower(c.i) == "the" for c in subj.children) \
                    and all(c.dep_ in ("det", "amod", "compound") for c in subj.children) \
                    and any(c.dep_ in ("amod", "compound") for c in subj.children):
                # "The Russian foreign ministry was less convinced. In a post on its Telegram channel, it accused
                # ...": the body as written, for the next "it"
                self.last_subject = (sent.span(subj.left_edge.i + 1, subj.i), "government")
            elif ent is None and subj.pos_ == "PROPN" and not sources:
                # "Severnmoor, which is owned by ..., was fined in 2023. It reported ...": a company's short
                # name, untagged by the small model, is the subject the next "it" points at
                word = sent.tok(subj.i)
                full = next((h["name"] for h in reversed(self.history) if h["kind"] == "organization"
                             and h["name"].split()[0] == word and len(h["name"].split()) >= 2), None)
                if full is not None:
                    self.last_subject = (full, "organization")
        if subj is not None and not sent.in_quote[subj.i]:
            # (the small model tags no coined name: "Ofgem raised the cap", "Paylane customers could not pay")
            head = subj if subj.pos_ == "PROPN" else next(
                (c for c in subj.children if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"), None)
            if head is not None and head.ent_type_ in ("", "ORG"):
                run = [t for t in head.subtree if t.pos_ == "PROPN" and t.i <= head.i]
                if run and run[-1].i - run[0].i == len(run) - 1 and not (len(run) == 1 and _fold(run[0].text) in (
                        _GIVEN_NAMES)):
                    self.bodies.append(sent.span(run[0].i, run[-1].i))
        names = []
        for e in sent.doc.ents:
            name = sent.span(e.start, e.end - 1)
            if e.label_ == "PERSON":
                name = re.sub(r"['’]s$", "", name)  # ("Matti Aaltonen's office": the small model takes the 's)
            if (e.label_ == "PERSON" or _person_by_given_name(sent, e.start, e.end)) and len(name.split()) >= 2:
                self.persons.append(name)
                names.append(name)
                k = e.start
                if k >= 2 and sent.lower(k - 1) == "and" and sent.doc[k - 2].tag_ == "NNP" and e.end - e.start == 2 \
                        and (k < 3 or sent.doc[k - 3].tag_ != "NNP") \
                        and (_fold(sent.tok(k - 2)) in _GIVEN_NAMES or _fold(sent.tok(k)) in _GIVEN_NAMES):
                    # "Bev and Graham Lister": two people of one surname
                    self.persons.append(f"{sent.tok(k - 2)} {name.split()[-1]}")
            elif e.label_ in ("ORG", "GPE", "NORP", "FAC"):
                if sent.doc[e.end - 1].lower_ in ("of", "for") and e.end < len(sent.doc) \
                        and sent.doc[e.end].ent_iob_ == "B":
                    # "Electoral Commission of" + "Zambia": the small model splits the name at the place
                    nxt = next(x for x in sent.doc.ents if x.start == e.end)
                    name = sent.span(e.start, nxt.end - 1)
                self.orgs.append((re.sub(r"^the\s+", "", name, flags=re.I), e.label_))
        here = len(self.group_sents) - 1
        unquoted = [re.sub(r"['’]s$", "", sent.span(e.start, e.end - 1)) for e in sent.doc.ents
                    if (e.label_ == "PERSON" or _person_by_given_name(sent, e.start, e.end)) and e.end - e.start >= 2
                    and not sent.in_quote[e.start]] if names else []
        if len(unquoted) == 1 and not any(s["kind"] in ("person", "anonymous") for s in sources) and (
                self.subject_person is None or self.subject_person[1] != here):
            # "The exposed server was found by Jonas Whitlock, a security researcher. He told the Guardian ...": the
            # one person a sentence no one spoke in names is the one the next "he" may be
            self.subject_person = (unquoted[0], here)
        for s in sources:
            if s["kind"] == "person" and len(s["name"].split()) >= 2 and _proper(s["name"]) \
                    and s["name"] not in self.persons and s["name"] in sent.text:
                # (a person the model tagged as part of a body: "the Legislative Council Suresh Patankar")
                self.persons.append(s["name"])
        people = {s["name"] for s in sources if s["kind"] in ("person", "anonymous")} | set(names)
        # (someone named in the possessive is a second person the pronoun may be: "Chelagat's husband, Evans
        # Kiprop, said she was broken")
        owner = any(t.pos_ == "PROPN" and any(c.dep_ == "case" for c in t.children) and not any(
            t.text in p.split() for p in people) for t in sent.doc)
        if len(people) == 1 and not owner:
            # (the token walk only when a gendered pronoun is there at all: it is the costly part)
            words = [t.lower_ for i, t in enumerate(sent.doc) if not sent.in_quote[i]
                     and not _bound_elsewhere(sent.doc, t)] if _GENDERED.search(sent.text) else []
            # (a title counts before this person's surname only: '"... Mr Lindqvist controlled," Harcourt said')
            who = next(iter(people))
            toks = {sent.tok(i) for i in range(len(sent.doc)) if not sent.in_quote[i]}
            if words and (any(e.label_ == "PERSON" and sent.tok(e.end - 1) not in who.split() for e in sent.doc.ents)
                          or any(p.split()[-1] in toks and p.split()[-1] not in who.split() for p in self.persons)):
                # ("Harcourt told the jury that Lindqvist had moved savings into what he described as ...": a
                # pronoun may be the other person's)
                words = []
            titled = _titled_surnames(sent.text)
            surname = who.split()[-1] if who.split() else None
            f = any(w in ("she", "her", "hers", "herself") for w in words) or surname in titled["f"]
            m = any(w in ("he", "his", "him", "himself") for w in words) or surname in titled["m"]
            if f and not m:
                self.gender[people.pop()] = "f"
            elif m and not f:
                self.gender[people.pop()] = "m"

    def _clause_owner(self, src: RawSource):
        """(sentence, subject) when the source's verb sits in a clause under a main verb that is no reporting verb,
        whose subject comes before it outside quotes ("The ministry published a map that it said showed ..."); else
        None."""
        if not self.group_sents or src.extra.get("verb_i") is None:
            return None
        sent = self.group_sents[-1]
        verb = sent.doc[src.extra["verb_i"]]
        root = verb.sent.root
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if verb.i == root.i or subj is None or subj.i >= verb.i or sent.in_quote[subj.i] \
                or root.lemma_ in lx.REPORT_VERBS:
            return None
        return sent, subj

    def _coordinated_subject_person(self, src: RawSource) -> RawSource | None:
        """"Mayor Robin Tremblay wrote on Facebook that ..., but she warned residents that ...": "she" as the subject
        of a main clause joined to one whose subject is a named person of no other gender is that person."""
        if not self.group_sents or src.extra.get("verb_i") is None:
            return None
        sent = self.group_sents[-1]
        verb = sent.doc[src.extra["verb_i"]]
        if verb.dep_ != "conj" or verb.head.dep_ != "ROOT":
            return None
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ != "PROPN" or sent.in_quote[subj.i] or subj.i > verb.i:
            return None
        e = next((e for e in sent.doc.ents if e.start <= subj.i < e.end and e.label_ == "PERSON"), None)
        full = max((p for p in self.persons if p.split()[-1] == sent.tok(subj.i)), key=len, default=None) or (
            sent.span(e.start, e.end - 1) if e is not None and e.end - e.start >= 2 else None)
        want = "f" if src.head in ("she", "her") else "m"
        # (a given name worn by both, "Robin", is no bar: only what the article said of the person)
        if full is None or self.gender.get(full, want) != want:
            return None
        return self._named(src, full, "person")

    def _own_subject(self, src: RawSource) -> RawSource | None:
        """"His campaign released photographs of what it said were ...", "The ministry published a map
        that it said showed ...": "it" in a clause under the sentence's own subject is that subject."""
        owner = self._clause_owner(src)
        if owner is None or owner[1].pos_ not in ("NOUN", "PROPN"):
            return None
        sent, subj = owner
        doc = sent.doc
        left = min([subj.i] + [c.i for c in subj.children if c.dep_ in ("det", "poss", "compound", "amod")
                               and c.i < subj.i])
        phrase = sent.span(left, subj.i)
        ent = next((e for e in doc.ents if e.start <= subj.i < e.end), None)
        if ent is not None and ent.label_ == "PERSON":
            return None
        if ent is not None and ent.label_ == "ORG":
            return self._named(src, re.sub(r"^the\s+", "", sent.span(ent.start, ent.end - 1), flags=re.I),
                               "organization")
        if not (_POSSESSED_BODY.match(phrase) or re.match(r"(?i)(?:the|this)\s", phrase)
                and subj.lower_ in _GENERIC_ORG_NOUNS):
            return None
        r = RawSource(phrase, None, src.descriptor, src.cue, src.via, src.quote, ref="definite",
                      head=subj.lower_, via_ref=src.via_ref)
        return self.resolve(r)

    def _own_subject_person(self, src: RawSource) -> RawSource | None:
        """"Patankar also shared on X what he described as a copy of ...": "he" in a clause under a sentence whose
        own subject is a named person, doing something other than speaking, is that person."""
        owner = self._clause_owner(src)
        if owner is None or owner[1].pos_ != "PROPN" or owner[1].sent.root.i > src.extra["verb_i"]:
            return None
        sent, subj = owner
        word = sent.tok(subj.i)
        full = max((p for p in self.persons if p.split()[-1] == word), key=len, default=None)
        want = "f" if src.head in ("she", "her") else "m"
        if full is None or (self._gender_of(full) or want) != want:
            return None
        return self._named(src, full, "person")

    def _demonym_epithet(self, name: str, label: str | None) -> bool:
        """"The Dane, whose side ...", "The Scot said": a single capitalised noun after "The", not read
        as a body or place, for the person just named (the small model labels few demonyms NORP).
        Collective forms ("the French", "the Chinese") name a people or a government."""
        if label not in (None, "NORP", "PERSON") or not self.group_sents or \
                name.endswith(("s", "ch", "sh", "ese", "ss")) or name.lower() in lx.OUTLETS | lx.GOVERNMENT_WORDS \
                or name.lower() in _GENERIC_ORG_NOUNS:
            return False
        if any(re.search(rf"\b{re.escape(name)}\b", h["name"]) for h in self.history if h["kind"] != "person") \
                or any(re.search(rf"\b{re.escape(name)}\b", n) for n, _label in self.orgs):
            return False  # "The Observatory said" after the Syrian Observatory for Human Rights: that body
        if re.search(rf"(?:^|[.;:]\s+|\bwhen\s+)The {re.escape(name)}\b(?!\s*[A-Z'’(])",
                     self.group_sents[-1].text) is not None:
            return True
        # ("In a statement posted on Instagram, the Queenslander said": after a fronted phrase too, not a paper's
        # name: "..., the Ledger said")
        return name.lower() not in _MASTHEAD_WORDS and re.search(
            rf",\s+the {re.escape(name)}\s+(?:said|says|added|told|wrote|posted|insisted|admitted|denied)\b",
            self.group_sents[-1].text) is not None

    _PERSON_NOUN_GENDER = {**{n: _GENDERED_NOUNS[n] for n in ("man", "woman", "boy", "girl", "mother", "father")},
                           "resident": None, "witness": None, "neighbour": None, "neighbor": None,
                           "passenger": None, "villager": None, "survivor": None, "farmer": None,
                           # ('"...," the source said' after "A member of his entourage ... told AFP")
                           "source": None}

    def _unnamed_person(self, src: RawSource) -> RawSource | None:
        """'"...," said the woman, who asked not to be named': the unnamed person quoted just before
        ("A neighbour who lives on the moorings said ..."), when the gender fits; never a named one."""
        words = src.name.lower().split()
        if src.ref not in ("definite", "unresolved") or len(words) > 2 or (words[0] != "the" and len(words) == 2) \
                or words[-1] not in self._PERSON_NOUN_GENDER:
            return None
        want = self._PERSON_NOUN_GENDER[words[-1]]
        for h in reversed(self.history[-8:]):
            if h["kind"] == "anonymous" and not h["name"].lower().endswith("s") and re.match(
                    r"(?i)(?:an?|one)\s", h["name"]):
                if want is None or self.gender.get(h["name"]) in (None, want):
                    return self._from(h, src)
            if h["kind"] == "person":
                return None  # (a named person spoke since: "the woman" is not the earlier neighbour)
        return None

    def _gender_of(self, name: str) -> str | None:
        """Known gender of a person, also under a short form ("Pellow" for Graham Pellow)."""
        # (a clearly gendered given name outweighs a pronoun the article seemed to use for the person:
        # "Lisa Tran, his supervisor" binds "his" to someone else)
        by_name = _first_name_gender(name) or next(
            (_first_name_gender(p) for p in self.persons if p != name and p.split()[-1] == name.split()[-1]), None) \
            if name.split() else None
        if by_name:
            return by_name
        described = re.split(r"\b(?:who|of|from|at|in|for|with)\b", name.lower())[0].split()
        if described and described[0] in ("a", "an", "the", "one", "another") and described[-1] in _GENDERED_NOUNS:
            return _GENDERED_NOUNS[described[-1]]  # ("A man ... '...,' she said": not him)
        if name in self.gender:
            return self.gender[name]
        last = name.split()[-1] if name.split() else ""
        return next((g for p, g in self.gender.items() if p.split()[-1] == last), None)

    def _described_otherwise(self, name: str, head: str) -> bool:
        """Whether the article set the person up with a role other than `head` right by the name ("A rebel spokesman,
        Ali Musa", "Ali Musa, the group's spokesman") and never with `head`."""
        if name.split()[-1].lower() in _PERSON_HEADS - {head}:
            return True  # ("The mayor said ... The minister said": the mayor is not the minister)
        surname = re.escape(name.split()[-1])
        others = "|".join(sorted(_PERSON_HEADS - {head}))
        own = rf"(?i)\b{re.escape(head)}\b[^.;]{{0,40}}\b{surname}\b|\b{surname}\b,[^.;]{{0,60}}\b{re.escape(head)}\b"
        other = (rf"(?i)\b(?:{others})\b[,\s]+(?:[A-Z][\w'’-]+\s+){{0,2}}{surname}\b"
                 rf"|\b{surname},\s+(?:an?|the)\s[^.;,]{{0,50}}\b(?:{others})\b")
        texts = [g.text for g in self.group_sents[:-1]]
        return any(re.search(other, t) for t in texts) and not any(re.search(own, t) for t in texts)

    def _person(self, pronoun: str):
        want = "f" if pronoun in ("she", "her") else "m"
        # (a lower-case "person" is a misread title, "The shadow work and pensions secretary, Rachel Ebbs")
        cands = [h for h in reversed(self.history) if h["kind"] == "person" and (
            not h["name"].islower() or (h.get("_head") or h["name"].split()[-1]) in _GENDERED_NOUNS) or (
            # (a plural is a group, but "one of the officers" is one of them)
            # (by its head: "a resident, who asked not to be named for fear of reprisals" is one person)
            h["kind"] == "anonymous" and (not _plural_word((h.get("_head") or h["name"]).lower())
                                          or re.match(r"(?i)(?:one|another)\s+of\s", h["name"])) and (
                h.get("_head") in lx.ANONYMOUS_HEADS | _GENDERED_NOUNS.keys()
                or re.match(r"(?i)(?:an?|the|one)\s", h["name"])))]  # (also "the victim's son")
        last_sent = self.history[-1].get("_sent") if self.history else None
        recent = [h for h in reversed(cands) if last_sent is not None and h.get("_sent") == last_sent]
        if not recent and last_sent is not None:
            # "The interior minister said ... '...,' she said.": an unnamed role that spoke in the sentence just
            # before, when no named person did.
            recent = [h for h in self.history if h.get("_sent") == last_sent and h["kind"] == "person"
                      and h["name"].islower() and h["name"].split()[-1] in _PERSON_HEADS]
        if not recent and last_sent is not None:
            # "Speaking at a rally, Trump said ... He told Fox News ...": a bare surname the tagger read as a body,
            # the only speaker of the sentence just before, is the person "he" points at
            said_last = [h for h in self.history if h.get("_sent") == last_sent]
            if len(said_last) == 1 and _bare_name(said_last[0]) and len(said_last[0]["name"].split()) == 1:
                word = said_last[0]["name"]
                full = max((p for p in self.persons if p.split()[-1] == word), key=len, default=word)
                return dict(said_last[0], name=full, kind="person")
        for h in recent:
            # The speakers of the sentence just before, outermost first, unless known to be of the other
            # gender: "The town's mayor, Wilfredo Quispe, said ... He accused ..." after a farmer who gave
            # "his" name; "Rai testified that Pellow had told her ... She ..." is Rai.
            if (self._gender_of(h["name"]) or want) == want:
                return h
        for h in cands:
            if self._gender_of(h["name"]) == want:
                return h
        for h in cands:
            if self._gender_of(h["name"]) is None:
                return h
        return None

    def _quoted_since(self, k: int) -> bool:
        """Whether the sentences after sentence k, up to the current one, are all the words of a quotation."""
        between = self.group_sents[k + 1:-1]
        return k < len(self.group_sents) - 1 and len(between) <= 3 and all(_mostly_quoted(s) for s in between)

    def note_groups(self, sent: Sent):
        """Remember the sentence, before its sources are resolved: "..., and the companies said"
        may point at the organisations named together in it or just before."""
        self.group_sents.append(sent)

    def _groups(self) -> list:
        """Organisations named together in each of the last sentences (computed only when a
        plural description needs them)."""
        out = []
        for sent in self.group_sents[-4:]:
            if id(sent) not in self.group_cache:
                self.group_cache[id(sent)] = self._group_of(sent)
            out.append(self.group_cache[id(sent)])
        return out

    @staticmethod
    def _group_of(sent: Sent) -> list:
        doc = sent.doc
        ents = {t: e for e in doc.ents for t in range(e.start, e.end)}
        group: list[tuple[str, str]] = []
        # Proper nouns joined by "and" ("developed by Pfizer and Valneva"); the small model
        # often labels one of them PERSON, so the coordination decides, not the labels.
        for t in doc:
            conj = [c for c in t.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
            if t.pos_ != "PROPN" or not conj or sent.in_quote[t.i] or t.dep_ == "conj":
                continue
            members = [t] + conj + [g for c in conj for g in c.children if g.dep_ == "conj" and g.pos_ == "PROPN"]
            spans = [ents.get(m.i) for m in members]
            labels = [e.label_ if e is not None else "ORG" for e in spans]
            if any(e is not None and e.label_ == "PERSON" and e.end - e.start >= 2 for e in spans):
                continue  # "John Smith and Mary Jones" are people
            label = "GPE" if all(lab in ("GPE", "NORP") for lab in labels) else "ORG"
            for m, e in zip(members, spans, strict=True):
                name = sent.span(e.start, e.end - 1) if e is not None else sent.tok(m.i)
                group.append((re.sub(r"^the\s+", "", name, flags=re.I), label))
            break
        if not group:
            names: list[tuple[str, str]] = []
            for e in doc.ents:
                if e.label_ in ("ORG", "GPE", "NORP") and not sent.in_quote[e.start]:
                    name = re.sub(r"^the\s+", "", sent.span(e.start, e.end - 1), flags=re.I)
                    if all(n != name for n, _ in names):
                        names.append((name, e.label_))
            group = names if len(names) >= 2 else []
        return group

    def resolve_group(self, src: RawSource) -> list[RawSource] | None:
        """"the companies", "both companies", "the two governments": the organisations named
        together just before (or earlier in the same sentence)."""
        dg = getattr(self, "described_group", None)
        if src.ref == "pronoun" and src.head == "they" and not src.extra.get("evidence") and dg is not None \
                and dg[0] == len(self.group_sents) - 2:
            # "'...,' the lawyers said. They added that ...": the people the description named
            return [self._named(src, n, "person") for n in dg[1]]
        if src.ref == "pronoun" and src.head == "both":
            together = self._people_together(src)
            if together is None and src.extra.get("phrase"):
                # ("Both officers have denied the allegations", the two not named together just before: the phrase)
                return [RawSource(src.extra["phrase"], "person", None, src.cue, src.via, src.quote, ref="name",
                                  head=src.extra["phrase"].split()[-1].lower())]
            return together
        if src.ref == "pronoun" and src.head == "they" and not src.extra.get("evidence") \
                and len(self.group_sents) >= 2:
            # "Dr Ahmed Khan and Dr Sara Patel wrote to the minister. They said ...": the people the sentence
            # before joined with "and" (only people: a plural body keeps its own reading).
            prev = self.group_sents[-2]
            ents = [e for e in prev.doc.ents
                    if e.label_ == "PERSON" and e.end - e.start >= 2 and not prev.in_quote[e.start]]
            if len(ents) >= 2 and all(e.root.dep_ == "conj" or any(c.dep_ == "conj" for c in e.root.children)
                                      for e in ents):
                return [self._named(src, prev.span(e.start, e.end - 1), "person") for e in ents[:4]]
        spoke = self._bodies_that_spoke_last()
        if src.ref == "pronoun" and src.head == "they" and not src.extra.get("evidence") and len(spoke) >= 2 \
                and len(spoke) == sum(1 for h in self.history if h.get("_sent") == spoke[0].get("_sent")) \
                and len({h.get("cue") for h in spoke}) == 1:
            # "A, B and C said in a joint statement ... They accused the ministry of ...": the bodies that spoke
            # together in the sentence before (and no one else did)
            return [self._from(h, src) for h in spoke[:4]]
        if src.ref not in ("definite", "name", "unresolved"):
            return None
        people = self._described_people(src)
        if people is not None:
            return people
        words = re.findall(r"[\w-]+", src.name.lower())
        if not words or words[-1] not in _GROUP_PLURALS or len(words) > 3:
            return None
        if src.ref != "definite" and words[0] not in ("both", "the", "two", "three"):
            return None
        first = words[0] if words[0] != "the" else words[1 % len(words)]
        count = {"two": 2, "both": 2, "three": 3, "four": 4}.get(first)
        labels = ("GPE", "NORP", "ORG") if words[-1] in ("countries", "governments", "sides", "nations", "states") \
            else ("ORG",)
        fit = [h for h in spoke if self._fits_group(h["name"], words[-1])]
        if len(spoke) >= 2 and len(fit) >= len(spoke) - 1 and len(fit) >= 2 and count in (None, len(spoke)) \
                and labels == ("ORG",):
            # ("A, B and C said in a joint statement ... '...,' the unions said": the bodies that just spoke together)
            return [self._from(h, src) for h in spoke[:4]]
        for group in reversed(self._groups()):
            names = [n for n, label in group if label in labels and self._fits_group(n, words[-1])]
            rest = [n for n, label in group if label in labels and n not in names]
            if len(names) >= 2 and len(rest) == 1 and count in (None, len(names) + 1):
                names += rest  # ("two teachers' associations and the Coalition of Concerned Teachers": the unions)
            if len(names) >= 2 and (count is None or len(names) == count):
                kind = "government" if labels[0] == "GPE" else None
                out = []
                for n in names[:4]:
                    r = self._named(src, n, kind or ("government" if any(
                        w in n.lower().split() for w in lx.GOVERNMENT_HEADS) else "organization"))
                    out.append(r)
                return out
        return None

    def _bodies_that_spoke_last(self) -> list[dict]:
        """The named bodies among the sources of the last sentence that had any, when it is one of the last three."""
        k = self.history[-1].get("_sent") if self.history else None
        if k is None or k < len(self.group_sents) - 3:
            return []
        return [h for h in self.history if h.get("_sent") == k and h["kind"] in ("organization", "government")
                and _proper(h["name"])]

    def _people_together(self, src: RawSource) -> list[RawSource] | None:
        """"both deny", "all three deny": the people named together in this sentence (before the
        subject) or the one before, as many as the number says."""
        count = src.extra.get("count")
        for sent in reversed(self.group_sents[-2:]):
            names = []
            for e in sent.doc.ents:
                if e.label_ == "PERSON" and e.end - e.start >= 2 and not sent.in_quote[e.start]:
                    name = sent.span(e.start, e.end - 1)
                    if name not in names:
                        names.append(name)
            kinds = ["person"] * len(names)
            if len(names) < 2:
                # "Kelvin and Sarvana ...; both deny liability": bodies named together
                group = self._group_of(sent)
                names = [n for n, _label in group]
                kinds = ["government" if label == "GPE" or any(w in n.lower().split() for w in lx.GOVERNMENT_HEADS)
                         else "organization" for n, label in group]
            if sent is self.group_sents[-1] and len(names) < 2:
                continue
            if len(names) >= 2 and (count is None or len(names) == count):
                return [self._named(src, n, k) for n, k in zip(names, kinds, strict=True)]
            if sent is not self.group_sents[-1]:
                break
        return None

    @staticmethod
    def _is_group(h: dict) -> bool:
        """An unnamed group of people introduced as a source ("three administration officials", "people
        familiar with the matter", "Two welders I spoke to")."""
        head = h.get("_head") or ""
        return h["kind"] in ("anonymous", "person") and not _proper(h["name"]) and len(head) > 3 and (
            head in ("people", "sources") or head.endswith("s") and not head.endswith("ss")) \
            and head not in ("news", "police")

    def _group_member(self, src: RawSource) -> RawSource | None:
        """A member of an unnamed group introduced before keeps the article's phrase (README: an
        anonymous source is named as written), completed with what the group's phrase said after its
        noun: "people familiar with the matter" ... "one of the people said" -> "one of the people
        familiar with the matter"; "the person said" is the member just quoted; "they said" right after
        the group (or one of its members) spoke is that source."""
        low = src.name.lower().strip()
        m = _MEMBER_PARTITIVE.match(low)
        if src.ref == "pronoun" and src.head == "they" and not src.extra.get("evidence"):
            last = self.history[-1] if self.history else None
            if last is None or not self._is_group(last) or len(self.group_sents) - 1 - last.get("_sent", -9) > 2:
                return None
            if re.match(r"(?i)(?:one|each|either|neither|another) of\b", last["name"]):
                # ("one of the people said ... they said": the group, not the one)
                last = next((h for h in reversed(self.history[-12:]) if self._is_group(h) and h["_head"] == last["_head"]
                             and not re.match(r"(?i)(?:one|each|either|neither|another) of\b", h["name"])), None)
                if last is None:
                    return None
            r = self._from(last, src)
            r.head = last.get("_head") or r.head
            return r
        if m:
            rest = (m.group("rest") or "").split()
            if len(rest) != 1 or not (rest[0] == "people" or rest[0].endswith("s")):
                return None  # ("one of them" stays as written; "one of the company's directors" is no group)
            noun = rest[0]
            for h in reversed(self.history):
                if not self._is_group(h) or h["_head"] != noun:
                    continue
                words = h["name"].split()
                at = next((i for i, w in enumerate(words) if w.lower() == noun), None)
                post = " ".join(words[at + 1:]) if at is not None else ""
                if not post or re.match(r"(?i)(?:who|which|that|and|but)\b", post):
                    return None
                r = self._named(src, f"{src.name} {post}", "anonymous")
                r.head = noun
                return r
            return None
        if src.ref == "definite" and re.fullmatch(r"(?:the|this|that)\s+([a-z]+)", low) \
                and low.split()[1] in _SINGULAR_MEMBER:
            noun = _SINGULAR_MEMBER[low.split()[1]]
            for h in reversed(self.history[-12:]):
                if h["kind"] in ("anonymous", "person") and h.get("_head") == low.split()[1]:
                    return None  # "A senior official said ... the official said": that official
                if self._is_group(h) and h["_head"] == noun and re.match(r"(?i)one of\b", h["name"]):
                    r = self._from(h, src)
                    r.head = noun
                    r.descriptor = r.descriptor or src.name
                    return r
        return None

    # ---- definite descriptions of bodies and people the article named ("the medical charity",
    # "hospital authorities", "the Grammy winner", "the lawyers") ----

    def _bags(self) -> list:
        """(sentence index, name, label, descriptor words) for each named body or person, from the
        appositions and pre-modifiers of each sentence's parse (computed once per sentence, on demand)."""
        # (extended with the sentences added since the last call, not rebuilt: it is asked for per
        # description, and rebuilding it over the whole article each time made long articles quadratic)
        for k in range(self.bags_done, len(self.group_sents)):
            self.bag_list.extend((k, n, lab, w) for n, lab, w in _descriptor_bags(self.group_sents[k]))
        self.bags_done = len(self.group_sents)
        return self.bag_list

    def _described(self, src: RawSource, bare: bool = False) -> RawSource | None:
        """"The medical charity said", "the state rail company", "the Grammy winner": the body or person
        the article described with those words (in an apposition or before the name), else, for a
        lower-case description of a body, whatever "the <noun>" alone would be."""
        if src.ref not in ("definite", "name", "unresolved") or not self.group_sents:
            return None
        m = _DESCRIPTION.match(src.name)
        if m is None:
            return None
        words = m.group(1).lower().split()
        head, mods = words[-1], words[:-1]
        person = head in _PERSON_EPITHETS or head in _PERSON_HEADS
        body = head in _GENERIC_ORG_NOUNS
        if not (person or body) or (not mods and not bare) or len(words) > 4:
            return None
        if not src.name.lower().startswith(("the ", "this ")):
            return None
        heads = _DESC_SYNONYMS.get(head, {head})
        bags = self._bags()
        for _k, name, _label, bag in reversed(bags):
            if not any("^" + h in bag for h in heads) or not all(w in bag for w in mods):
                continue
            r = self._named(src, name, "person" if person else (
                "government" if any(w in name.lower().split() for w in lx.GOVERNMENT_HEADS) else "organization"))
            r.descriptor = r.descriptor or re.sub(r"^(?:the|this)\s+", "", src.name, flags=re.I)
            return r
        proper_mods = bool(mods) and all(w[:1].isupper() or w[:1].isdigit() for w in src.name.split()[1:-1])
        if person and proper_mods and head in _PERSON_HEADS:
            # "the Portuguese coach", "the Democratic senator": a nationality or affiliation the article
            # never wrote next to the name; the person last described with the role itself.
            for _k, name, label, bag in reversed(bags):
                if label == "PERSON" and any("^" + h in bag for h in heads):
                    r = self._named(src, name, "person")
                    r.descriptor = r.descriptor or re.sub(r"^(?:the|this)\s+", "", src.name, flags=re.I)
                    return r
        if person and proper_mods and head in _PERSON_HEADS and self.history:
            # "Pendlebury confirmed ... '...,' the Town manager told reporters": the person who spoke in the
            # sentence just before, named but never given a role the words could contradict
            h = self.history[-1]
            if h["kind"] == "person" and len(self.group_sents) - 1 - h.get("_sent", -9) <= 1 \
                    and not h.get("descriptor"):
                r = self._named(src, h["name"], "person")
                r.descriptor = r.descriptor or re.sub(r"^(?:the|this)\s+", "", src.name, flags=re.I)
                return r
        if person and head in _PERSON_EPITHETS and all(w[:1].isupper() or w[:1].isdigit() for w in
                                                       src.name.split()[1:-1]):
            # "the Grammy winner", "the singer": the one person the article described as a public figure
            # ("Pop star Sienna Vale"), else the one its sentences name most often (by surname).
            famous = {n for _k, n, label, bag in bags if label == "PERSON" and {"^" + w for w in _PERSON_EPITHETS} & bag}
            if len(famous) == 1:
                return self._named(src, famous.pop(), "person")
            best, score = None, 0
            for p in dict.fromkeys(reversed(self.persons)):
                last = p.split()[-1]
                n = sum(1 for s in self.group_sents if re.search(rf"\b{re.escape(last)}\b", s.text))
                if n > score:
                    best, score = p, n
            if best is not None and score >= 2:
                return self._named(src, best, "person")
        if body and mods and all(w.isalpha() and w.islower() and w.endswith(_ADJECTIVE_ENDINGS)
                                 or re.fullmatch(r"[A-Z][\w'’.]*[-–](?:based|headquartered)", w)
                                 for w in src.name.split()[1:-1]) \
                and src.name.split()[0].lower() == "the" and not _SERVICE_DESCRIPTION.match(src.name):
            # (adjectives only: "the fire service", "the disaster agency" name a type of body of their own;
            # a seat is no type: "the Leeds-based grocer")
            # "the medical charity" described nowhere: as "the charity"
            r = RawSource(f"the {head}", src.kind, src.descriptor, src.cue, src.via, src.quote, ref="definite",
                          head=head, via_ref=src.via_ref)
            r.extra.update(src.extra)
            out = self.resolve(r)
            # (not a body the article described otherwise: "the state weather agency" is not "the national
            # disaster agency")
            if out is not None and out.ref == "name" and out.name[:1].isupper() and not any(
                    n == out.name and "^" + head in bag and not all(w in bag for w in mods) for _k, n, _l, bag in bags):
                out.descriptor = out.descriptor or src.name
                return out
        return None

    def _institution_staff(self, src: RawSource) -> RawSource | None:
        """"hospital authorities said", "the college management", "the hospital's management",
        "officials at the hospital": the named institution of that type, in this sentence or before."""
        m = _INSTITUTION_STAFF.match(src.name)
        if m is None or not self.group_sents:
            return None
        noun = (m.group(1) or m.group(2)).lower()
        kin = next((c for c in _INSTITUTION_KINDS if noun in c), {noun})
        cands = []
        for sent in self.group_sents[-6:]:
            for e in sent.doc.ents:
                if e.label_ in ("ORG", "FAC") and not sent.in_quote[e.start] and \
                        set(re.findall(r"[a-z]+", sent.span(e.start, e.end - 1).lower())) & kin:
                    cands.append(re.sub(r"^the\s+", "", sent.span(e.start, e.end - 1), flags=re.I))
        if not cands:
            return None
        r = self._named(src, cands[-1], "organization")
        r.descriptor = r.descriptor or src.name
        return r

    def _company_not_product(self, src: RawSource) -> RawSource | None:
        """"The company said" when the last body in play is a product or a person the small model never
        read as an organisation (a toy called Pip): the company the article is about."""
        if src.ref == "definite" and src.head in _GENERIC_ORG_NOUNS and len(src.name.split()) <= 2 \
                and self.group_sents:
            # "French energy giant TotalEnergies ... The company has said": a body described with a fitting
            # noun in the last two sentences
            heads = {"^" + h for h in _DESC_SYNONYMS.get(src.head, {src.head})}
            near = len(self.group_sents) - 3
            hit = next((n for k, n, _l, bag in reversed(self._bags()) if k >= near and heads & bag), None)
            if hit is not None and (self.last_subject is None or self.last_subject[0] == hit):
                return self._named(src, hit, "government" if any(
                    w in hit.lower().split() for w in lx.GOVERNMENT_HEADS) else "organization")
        if src.ref != "definite" or src.head not in ("company", "firm", "startup", "maker") or \
                len(src.name.split()) > 2 or self.last_subject is not None:
            return None
        prev = next((h for h in reversed(self.history) if h["kind"] in ("organization", "government", "outlet",
                                                                        "media")), None)
        if prev is not None and prev["kind"] == "media" and any(n == prev["name"] and lab == "ORG"
                                                                for n, lab in self.orgs):
            # ("Brightloop's blog post said ... The company said": a company's own channel puts it in play)
            return self._named(src, prev["name"], "organization")
        if prev is None or prev["kind"] != "organization" or any(n == prev["name"] and lab == "ORG"
                                                                  for n, lab in self.orgs):
            return None
        if prev.get("_sent") == len(self.group_sents) - 2 and _proper(prev["name"]):
            # ("In a filing ..., Vantor disclosed ... The company said": the body that spoke in the sentence
            # just before, whatever the small model made of its name)
            return self._from(prev, src)
        counts: dict[str, int] = {}
        for name, label in self.orgs:
            # (a platform the article names as where a clip was shared is not the company it is about:
            # "a video shared on TikTok ... Metro de Quito rejected the claim ... the company said")
            if label == "ORG" and not (set(name.lower().split()) & lx.GOVERNMENT_WORDS) \
                    and name.lower() not in lx.OUTLETS | lx.PLATFORMS and not _other_body_type(name, src.head):
                full = next((n for n in counts if n.startswith(name + " ")), name)
                counts[full] = counts.get(full, 0) + 1
        best = max(counts, key=lambda n: counts[n], default=None)
        return self._named(src, best, "organization") if best and counts[best] >= 2 else None

    def _fits_group(self, name: str, plural: str) -> bool:
        """"the unions" group only unions (by name or by what the article called them), "the companies"
        no radio station, court or parliament."""
        words = set(re.findall(r"[\w-]+", name.lower()))
        if plural in _GROUP_TYPES:
            kind = _GROUP_TYPES[plural]
            return bool(words & kind) or any(n == name and bag & kind for _k, n, _l, bag in self._bags())
        if plural in ("companies", "firms"):
            return not (words & _NOT_A_COMPANY)
        return True

    def _possessor_here(self, src: RawSource, want: str) -> str | None:
        """"Prime Minister Giorgia Meloni will travel ..., her office announced": the person named earlier
        in the same sentence, outside quotes, of that gender or of none known."""
        if not self.group_sents:
            return None
        sent = self.group_sents[-1]
        at = sent.text.find(src.name)
        if at <= 0:
            return None
        names = [sent.span(e.start, e.end - 1) for e in sent.doc.ents if e.label_ == "PERSON" and e.end - e.start >= 2
                 and not sent.in_quote[e.start] and sent.offsets[e.start][0] < at]
        names = [re.sub(r"['’]s$", "", n) for n in names if (self._gender_of(n) or want) == want]
        return names[-1] if names else None

    def _possessed_document(self, src: RawSource) -> RawSource | None:
        """"The board's report found", "the commission's review says": a report by the named body of
        that type is the body speaking (as "a report by X found")."""
        m = _BODY_DOCUMENT.match(src.name)
        if m is None or src.ref not in ("definite", "name", "unresolved"):
            return None
        noun = m.group(1).lower()
        cands = [n for n, label in self.orgs if label == "ORG" and noun in n.lower().split()]
        for sent in self.group_sents[-1:]:
            cands += [re.sub(r"^the\s+", "", sent.span(e.start, e.end - 1), flags=re.I) for e in sent.doc.ents
                      if e.label_ == "ORG" and noun in sent.span(e.start, e.end - 1).lower().split()]
        names = {n for n in cands if not any(o != n and o.endswith(" " + n) for o in cands)}
        if len(names) != 1:
            return None
        name = names.pop()
        r = self._named(src, name, "government" if any(w in name.lower().split() for w in lx.GOVERNMENT_HEADS)
                        else "organization")
        return r

    def _document_author(self, src: RawSource) -> RawSource | None:
        """"A survey released last month by the Colorado Teachers Federation found ... the union said": a
        body named as the author of the document just cited is the body meant (not an older outlet)."""
        if src.ref != "definite" or src.head not in _GENERIC_ORG_NOUNS or len(src.name.split()) > 2 \
                or not self.history:
            return None
        last = self.history[-1]
        if last["kind"] != "document" or len(self.group_sents) - 1 - last.get("_sent", -9) > 1 or not any(
                n == last["name"] and label == "ORG" for n, label in self.orgs) or \
                _other_body_type(last["name"], src.head):
            return None
        # (a body whose name says it is another type is not meant: "figures published by the Ministry of
        # Housing ... the council said")
        types = set(re.findall(r"[a-z]+", last["name"].lower())) & (_GENERIC_ORG_NOUNS | _OTHER_BODY_HEADS)
        if types and not types & (_DESC_SYNONYMS.get(src.head, set()) | {src.head}):
            return None
        return self._named(src, last["name"], "government" if any(
            w in last["name"].lower().split() for w in lx.GOVERNMENT_HEADS) else "organization")

    _ITS_BODY = re.compile(r"(?i)^(?:its|their)\s+((?:[\w-]+\s+){0,2}(?:ministry|government|army|military|embassy|"
                           r"cabinet|navy|police|parliament|presidency|regulator|board|management|office|"
                           r"department|agency|mission|delegation))$")

    def _its_body(self, src: RawSource) -> RawSource | None:
        """"China ... is watching closely. Its foreign ministry said ...": a sentence opening with "its" body
        means the country or body the sentence before was about ("China's foreign ministry")."""
        full = f"{src.descriptor} {src.name}" if (src.descriptor or "").lower().startswith(("its ", "their ")) \
            else src.name
        m = self._ITS_BODY.match(full)
        if m is None or not self.group_sents:
            return None
        now = self.group_sents[-1]
        if not now.text.lower().startswith(("its ", "their ")):
            # "Ukraine, where ..., recorded 19,400 new cases, its health ministry wrote on Telegram": the country
            # or body the sentence opens with, as the subject of its clause
            sent = now
            e = next((e for e in now.doc.ents if e.start == 0), None)
            if e is None or e.root.dep_ not in ("nsubj", "nsubjpass") or now.in_quote[0]:
                return None
        else:
            if len(self.group_sents) < 2:
                return None
            sent = self.group_sents[-2]
            root = next((t for t in sent.doc if t.dep_ == "ROOT"), None)
            subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None) if root is not None \
                else None
            e = next((e for e in sent.doc.ents if subj is not None and e.start <= subj.i < e.end), None)
            if e is None or e.root.i != subj.i:
                return None
        if e.label_ not in ("GPE", "ORG"):
            return None
        owner = re.sub(r"^(?i:the)\s+", "", sent.span(e.start, e.end - 1))
        r = self._named(src, f"{owner}'s {m.group(1)}", "government" if e.label_ == "GPE" or any(
            w in m.group(1).lower().split() for w in lx.GOVERNMENT_WORDS) else "organization")
        r.descriptor = None
        return r

    _STATEMENT_HEADS = {"statement", "communique", "communiqué", "release", "announcement", "post", "message"}

    def _statement_author(self, src: RawSource) -> RawSource | None:
        """"In a statement posted on Telegram, the group said ... '...,' the statement said": the statement
        of the speaker who just spoke in one is that speaker's word. (A statement no one was named as giving,
        "according to a statement carried by the agency", stays the statement.)"""
        if src.ref != "definite" or src.head not in self._STATEMENT_HEADS or len(src.name.split()) > 2 \
                or not re.match(r"(?i)(?:the|this|that)\s", src.name):
            return None
        now = len(self.group_sents) - 1
        for h in reversed(self.history[-8:]):
            k = h.get("_sent", -9)
            if now - k > 2 or not 0 <= k < len(self.group_sents):
                return None
            if h["kind"] in ("document", "media"):
                return None  # (the statement itself spoke)
            # (a statement of its own kind is a document of its own: "In a victim impact statement read to the
            # court, the daughter said ... the statement said" keeps the statement)
            if k < now and re.search(rf"(?i)\b(?:in|issued|released|posted|published)\s+(?:a|an|its|their|his|her)\s+"
                                     rf"(?:(?:written|joint|brief|separate|short|later|earlier|official|new|further|"
                                     rf"lengthy|long)\s+)?{re.escape(src.head)}\b", self.group_sents[k].text):
                r = self._from(h, src)
                r.descriptor = None
                return r
        return None

    def _armed_group(self, src: RawSource) -> RawSource | None:
        """"The jihadists said", "the rebels said" right after "The Islamic State group claimed
        responsibility": the armed group the last sentences quoted."""
        m = re.match(r"(?i)^the\s+([a-z]+)$", src.name)
        if m is None or m.group(1).lower() not in _ARMED_MEMBERS or src.ref not in ("definite", "unresolved"):
            return None
        near = len(self.group_sents) - 3
        for h in reversed(self.history):
            if h.get("_sent", -9) < near:
                break
            if h["kind"] == "organization" and h["name"][:1].isupper() and \
                    set(re.findall(r"[a-z]+", h["name"].lower())) & _ARMED_GROUP_WORDS:
                r = self._from(h, src)
                r.descriptor = r.descriptor or src.name
                return r
        return None

    def _cited_document_author(self, src: RawSource) -> RawSource | None:
        """"In a report published on Thursday, MSF warned ... The report found ...": the body that spoke
        in the report the sentence before set up."""
        m = re.match(r"(?i)^the\s+(report|study|survey|review|analysis|assessment|audit)$", src.name)
        if m is None or src.ref not in ("definite", "unresolved") or len(self.group_sents) < 2:
            return None
        prev = self.group_sents[-2]
        if not re.search(rf"(?i)\b(?:in|with)\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){{0,2}}{m.group(1)}\b", prev.text):
            return None
        k = len(self.group_sents) - 2
        bodies = {h["name"]: h for h in self.history if h.get("_sent") == k
                  and h["kind"] in ("organization", "government") and h["name"][:1].isupper()}
        if len(bodies) != 1:
            return None
        return self._from(next(iter(bodies.values())), src)

    def _releaser(self, src: RawSource) -> RawSource | None:
        """"ESA released the images on Tuesday. The pictures show ...", "Police published the footage ... The
        video shows", "The ministry issued the figures ... The figures show": the named body or person that
        released the item in one of the last sentences speaks through it."""
        if src.ref not in ("definite", "unresolved") or len(src.name.split()) > 2 or len(self.group_sents) < 2 \
                or src.head not in lx.MEDIA_WORDS | lx.DOCUMENT_WORDS:
            return None
        cls = next((c for c in _ITEM_CLASSES if src.head in c), {src.head, src.head.rstrip("s"), src.head + "s"})
        for sent in reversed(self.group_sents[-4:-1]):
            for t in sent.doc:
                if sent.lower(t.i) not in _RELEASE_VERBS or t.pos_ != "VERB" or sent.in_quote[t.i]:
                    continue
                obj = next((c for c in t.children if c.dep_ == "dobj"), None)
                subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
                if obj is None or subj is None or sent.lower(obj.i) not in cls:
                    continue
                e = next((e for e in sent.doc.ents if e.start <= subj.i < e.end), None)
                if e is None or e.label_ not in ("ORG", "PERSON", "GPE", "NORP"):
                    return None
                name = re.sub(r"^the\s+", "", sent.span(e.start, e.end - 1), flags=re.I)
                r = self._named(src, name, "person" if e.label_ == "PERSON" else "government" if any(
                    w in name.lower().split() for w in lx.GOVERNMENT_HEADS) or e.label_ == "GPE" else "organization")
                r.descriptor = r.descriptor or src.name
                return r
        return None

    def _earlier_item(self, src: RawSource) -> RawSource | None:
        """"A video shared on TikTok purports to show ... The clip, which lasts 24 seconds, shows ...": a
        definite media item of the same class as one that spoke in the last sentences is that item (named
        after its platform)."""
        if src.ref not in ("definite", "unresolved") or len(src.name.split()) > 2 or src.head not in lx.MEDIA_WORDS:
            return None
        cls = next((c for c in _ITEM_CLASSES if src.head in c), None)
        if cls is None:
            return None
        k = len(self.group_sents) - 1
        for h in reversed(self.history):
            if h.get("_sent") is not None and k - h["_sent"] > 6:
                break
            if h["kind"] != "media":
                continue
            words = set(re.findall(r"[a-z]+", re.split(r"\b(?:on|by|from|of)\b", (h.get("descriptor") or h["name"]).lower())[0]))
            if words & cls and h["name"][:1].isupper():
                r = self._from(h, src)
                r.descriptor = r.descriptor or src.name
                return r
        return None

    def _described_people(self, src: RawSource) -> list[RawSource] | None:
        """"the lawyers said" after "her attorneys, Marcus Hale and Denise Park": the people named so."""
        m = _DESCRIPTION.match(src.name)
        if m is None or src.ref not in ("definite", "name", "unresolved"):
            return None
        words = m.group(1).lower().split()
        if len(words) > 2 or not words[-1].endswith("s") or words[-1][:-1] not in _PERSON_HEADS | _PERSON_EPITHETS:
            return None
        heads = _DESC_SYNONYMS.get(words[-1][:-1], {words[-1][:-1]})
        heads = {"^" + h for h in heads | {h + "s" for h in heads}}
        bags = self._bags()
        for k in sorted({b[0] for b in bags}, reverse=True):
            names = [n for kk, n, _lab, bag in bags if kk == k and heads & bag
                     and all(w in bag for w in words[:-1])]
            names = list(dict.fromkeys(names))
            if len(names) >= 2:
                self.described_group = (len(self.group_sents) - 1, names[:4])
                return [self._named(src, n, "person") for n in names[:4]]
        return None

    def resolve(self, src: RawSource) -> RawSource | None:
        r = self._resolve(src)
        if src.ref in ("definite", "unresolved") and src.head.isalpha() and len(src.name.split()) <= 2 and (
                r is None or r.name.lower().removeprefix("the ") == src.head):
            # "A concert by the Malian singer Mariam Koné ... the singer said": the person the article introduced
            # with that word before her name
            # ("Father Manuel Sitoe ... the priest said": the title says what he is)
            who = self._premodified_person(src.head) or self._premodified_person(*_TITLES_OF.get(src.head, ()))
            if who is not None:
                return self._named(src, who, "person")
        as_written = r is not None and r.name.lower().removeprefix("the ") == src.name.lower().removeprefix("the ")
        if src.ref in ("definite", "unresolved") and (r is None or r.ref != "name" or as_written):
            r = self._salient_body(src) or r
        if src.ref in ("definite", "unresolved") and (r is None or r.name.lower().removeprefix(
                "the ") == src.name.lower().removeprefix("the ")) and src.head in _SPEAKING_BODY_HEADS \
                and re.fullmatch(r"(?:[Tt]he\s+)?(?:industry|trade|lobby|advocacy|rights|campaign|pressure|business|"
                                 r"employers|patients|consumer|farmers|environmental)\s+[a-z-]+", src.name):
            # "Innovative Medicines Canada, which represents drugmakers, disputed the findings. '...,' the industry
            # group said": the one body that spoke in the last sentences
            k = len(self.group_sents) - 1
            recent = [h for h in self.history if k - h.get("_sent", -9) <= 2 and h["kind"] == "organization"
                      and _proper(h["name"]) and h["name"].lower() not in lx.OUTLETS]
            if len({h["name"] for h in recent}) == 1:
                r = self._from(recent[-1], src)
                r.descriptor = r.descriptor or src.name
        if r is not None and src.ref == "definite" and src.head in _STUDY_HEADS and any(
                _same_speaker(j, r.name) for _, j in self.journals):
            # "In a paper published in Proceedings of X, researchers report ... the paper says": the paper is the
            # study, not the journal that carries it (the journal is its via)
            return src
        described = src.ref in ("definite", "unresolved") or re.match(r"(?i)the\s", src.name) \
            and src.name.split()[-1].islower()
        if described \
                and _COMPANY_DESCRIPTION.match(src.name) and (
                r is None or r.name.lower().removeprefix("the ") == src.name.lower().removeprefix("the ")):
            # "The Dublin-based company said", "the Italian packaged-food maker said", left unresolved: the company
            # the article is about
            main = self._main_company()
            if main is not None:
                r = self._named(src, main, "organization")
                r.descriptor = r.descriptor or src.name
        return r

    def _main_company(self) -> str | None:
        """The business the article names most often so far (the first named on a tie), if named twice: no
        government, regulator, court, party, union, charity, outlet or place."""
        places = {n for n, label in self.orgs if label in ("GPE", "NORP")}
        counts: dict[str, int] = {}
        for name, label in self.orgs:
            words = set(re.findall(r"[\w'’-]+", name.lower()))
            if label == "ORG" and not words & (lx.GOVERNMENT_WORDS | _NOT_COMPANY_WORDS) and name not in places \
                    and name.lower() not in lx.OUTLETS | lx.PLATFORMS and not _other_body_type(name, "company") \
                    and not _first_name_gender(name):
                full = next((n for n in counts if n.startswith(name + " ")), name)
                counts[full] = counts.get(full, 0) + 1
        best = max(counts, key=lambda n: counts[n], default=None)
        return best if best is not None and counts[best] >= 2 else None

    def body_mentions(self) -> list[str]:
        """Every mention so far of a body by name (tagged, or an untagged proper subject), in order; no outlet,
        platform or person."""
        return [name for name in [n for n, label in self.orgs if label == "ORG"] + self.bodies
                if name.lower() not in lx.OUTLETS | lx.PLATFORMS and len(name) >= 3 and not _first_name_gender(name)
                and not any(name in p.split() or name == p for p in self.persons)]

    def _salient_body(self, src: RawSource) -> RawSource | None:
        """"The regulator said" when no body was described or spoke as one before: the body the article's
        sentences name most often so far (the latest on a tie), of a type the noun allows."""
        words = re.sub(r"(?i)^(?:the|this)\s+", "", src.name).split()
        if src.head not in _SALIENT_HEADS or len(words) > 2 or re.match(r"(?i)an?\s", src.name) or "'" in src.name \
                or any(w[:1].isupper() for w in words[:-1]) or words[-1].lower() != src.head:
            return None
        counts: dict[str, int] = {}
        for name in self.body_mentions():
            if not _other_body_type(name, src.head):
                counts[name] = counts.pop(name, 0) + 1
        if not counts:
            return None
        best = max(reversed(list(counts)), key=lambda n: counts[n])
        r = self._named(src, best, "government" if any(w in best.lower().split() for w in lx.GOVERNMENT_HEADS)
                        else "organization")
        r.descriptor = r.descriptor or src.name
        return r

    def _premodified_person(self, *heads: str) -> str | None:
        """The one person named right after one of `heads` in the sentences so far ("singer Mariam Koné")."""
        if not heads:
            return None
        words = "|".join(re.escape(h) for h in heads)
        found = set()
        for sent in self.group_sents[:-1]:
            for m in re.finditer(rf"\b(?:{words})\.?\s+((?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){{0,3}})",
                                 sent.text, re.I):
                found.add(re.sub(r"['’]s$", "", m.group(1)))
        # (two names after the same word, "the singer Awa Keita and the singer Oumou Diallo": no guess)
        return found.pop() if len(found) == 1 and next(iter(found)) in self.persons else None

    def _premodified_body(self, src: RawSource) -> RawSource | None:
        """"the paramilitary said" after (or in the sentence of) "the paramilitary Rapid Support Forces": the one body
        the article named right after the same word."""
        m = re.fullmatch(r"(?i)the\s+([a-z][\w-]+)", src.name.strip())
        if src.ref != "definite" or m is None or m.group(1).lower() in _GENERIC_ORG_NOUNS | lx.GOVERNMENT_WORDS:
            return None
        word = re.escape(m.group(1))
        found = set()
        for sent in self.group_sents:
            for fm in re.finditer(rf"(?i)\bthe\s+{word}\s+((?-i:[A-Z][\w'’.-]+)(?:\s+(?-i:[A-Z][\w'’.-]+)){{0,4}})",
                                  sent.text):
                found.add(re.sub(r"['’]s$", "", fm.group(1)))
        if len(found) != 1:
            return None
        name = found.pop()
        if name in self.persons or _first_name_gender(name):
            return None  # (a person: see _premodified_person)
        r = self._named(src, name, "government" if set(name.lower().split()) & lx.GOVERNMENT_HEADS else "organization")
        r.descriptor = r.descriptor or src.name
        return r

    def _epithet_body(self, src: RawSource) -> RawSource | None:
        """'the UN health agency', 'the medical charity': a wire epithet for a body the article names (the WHO, MSF)."""
        if src.ref == "pronoun" or re.match(r"(?i)an?\s", src.name):
            return None  # ("an aid group said": another one)
        key = re.sub(r"(?i)^the\s+", "", src.name).lower()
        names = lx.BODY_EPITHETS.get(key)
        if not names:
            return None
        text = " ".join(s.text for s in self.group_sents)
        found = [n for n in names if re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text)] or [
            # ("WHO: Cholera deaths jumped ... [standfirst] ..., the UN health agency says": named in the headline
            # or further down)
            n for n in names if re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", self.article)]
        if not found:
            return None
        r = self._named(src, found[0], "organization")
        r.descriptor = r.descriptor or src.name
        return r

    def _obtained_document(self, src: RawSource) -> RawSource | None:
        """'according to a forensic report seen by the Sunday Times ... The 212-page report, compiled by a law firm,
        found ... the report also quotes': a definite document word after a document that came through an outlet is
        that document (the one the story is built on), through the same outlet; not its author."""
        if src.kind != "document" or src.ref == "pronoun" or _DOCUMENT_BACKREF.match(src.name):
            return None  # ("the 84-page document": see _DOCUMENT_BACKREF)
        phrase = src.descriptor if src.descriptor and src.descriptor.lower().startswith(("the ", "this ")) else src.name
        m = re.match(r"(?i)(?:the|this)\s+((?:[\w-]+\s*){1,3})", phrase)
        words = [w.lower() for w in m.group(1).split()] if m else []
        heads = [w for w in words if w in lx.DOCUMENT_WORDS and w not in _NOT_OBTAINED]
        if not heads or any(w in _NOT_OBTAINED for w in words):
            return None  # (a statement, a letter or a press release is another document)
        k = len(self.group_sents)
        recent = [h for h in reversed(self.history) if h["kind"] == "document" and h.get("via")
                  and k - 1 - h.get("_sent", k) <= 30]
        # (the one of the same kind first: "a draft report ... a leaked draft of an independent review ... The review")
        # (a document described more closely is its own: "The police file on his death" is not the memo just cited)
        fallback = recent[0] if recent and len(words) <= 2 else None
        prev = next((h for h in recent if heads[0] in h["name"].lower().split()), fallback)
        if prev is None or prev["name"] == src.name:
            return None
        owners = [w for w in m.group(1).split()[:-1] if w[:1].isupper()]
        if owners and not any(w in prev["name"] for w in owners):
            return None  # ("The NAO report found" is the audit office's own report, not the leaked email)
        r = self._from(prev, src)
        r.descriptor = r.descriptor or re.sub(r",.*$", "", phrase)
        return r

    def _resolve(self, src: RawSource) -> RawSource | None:
        known = self._epithet_body(src) or self._obtained_document(src) or self._premodified_body(src)
        if known is not None:
            return known
        bm = _BASED_BODY.match(src.name) or _BASED_BODY.match(f"{src.name} {src.descriptor}") if re.search(
            r"-(?:based|headquartered|listed|registered)$", src.name) and src.descriptor else _BASED_BODY.match(src.name)
        if bm and src.ref != "pronoun" and (bm.group(1).lower() in _GENERIC_ORG_NOUNS | _TYPED_HEADS["company"]
                                            or bm.group(1).endswith("maker")):
            # "SkyHaven Airlines ... filed for bankruptcy. The Denver-based airline said ...": the company the
            # sentence before was about (else the one company it names), described by where it is based
            owner = self.last_subject[0] if self.last_subject and self.last_subject[1] == "organization" else None
            named: set = set()
            if len(self.group_sents) >= 2:
                prev = self.group_sents[-2]
                named = {re.sub(r"(?i)^the\s+", "", prev.span(e.start, e.end - 1)) for e in prev.doc.ents
                         if e.label_ == "ORG" and not prev.in_quote[e.start]}
                named = {n for n in named if n.lower() not in lx.OUTLETS and not n.isupper()}
            if len(named - {owner}) >= 1 + (owner is None):
                # ("Acme Motors and Zenith Cars both cut jobs": which one? It stays as written)
                src.name = re.sub(r"^(?:the|this|that)\s+", "", src.name, flags=re.I)
                src.ref = "unresolved"
                return src
            elif owner is None and named:
                owner = named.pop()
        else:
            owner = None
        if owner is not None:
            r = self._named(src, owner, "organization")
            r.descriptor = r.descriptor or re.sub(r"(?i)^the\s+", "", src.name)
            return r
        pm = re.match(r"(?i)its\s+((?:[\w-]+\s+){0,3}?([\w-]+))$", src.name)
        if pm and self.last_subject and src.ref != "pronoun" and src.kind not in ("document", "media") \
                and pm.group(2).lower() in _BODY_HEADS:
            # "Neighbouring Croatia has offered help. Its civil protection directorate said ...": the body
            # of the one the sentence before was about ("Croatia's civil protection directorate")
            owner, kind = self.last_subject
            state = kind == "government" or (owner, "GPE") in self.orgs  # (a country's body is the state's)
            return self._named(src, f"{owner}'s {pm.group(1)}", "government" if state else kind)
        unnamed = self._unnamed_person(src)
        if unnamed is not None:
            return unnamed
        if src.kind == "document" and src.ref in ("name", "definite") and _DOCUMENT_BACKREF.match(src.name):
            # "according to a leaked draft of a review ... The 84-page document, seen by the Guardian, found":
            # a general word for a document is the document the article just cited
            prev = next((h for h in reversed(self.history[-8:]) if h["kind"] == "document"), None)
            if prev is not None:
                r = self._from(prev, src)
                r.descriptor = r.descriptor or src.name
                return r
        member = self._group_member(src)
        if member is not None:
            member.extra["member"] = True
            return member
        m = _EPITHET.match(src.name)
        outlet_described = src.kind == "outlet" or bool(set((src.descriptor or "").lower().split()) & lx.OUTLET_NOUNS)
        if m and not (m.group("demonym") and outlet_described) and (m.group("demonym") is None
                  or src.extra.get("label") == "NORP" and not src.name.endswith(("s", "ch", "sh", "ese"))
                  or self._demonym_epithet(src.name, src.extra.get("label"))
                  # (not one its own apposition calls a body: "The Irrawaddy, an exile-run news outlet")
                  and not (src.descriptor and src.kind in ("outlet", "organization", "government"))):
            # "the 67-year-old said", "the Swede said": an epithet for the person just quoted or named.
            prev = next((h for h in reversed(self.history) if h["kind"] == "person"), None)
            sp = self.subject_person
            if sp is not None and self._quoted_since(sp[1]) and (prev is None or prev.get("_sent", -1) < sp[1]):
                # "Striker Tomas Okoye has scored 12 goals. The 23-year-old told VRT ...": the person the sentence
                # before was about, when no one spoke since
                r = self._named(src, sp[0], "person")
                r.descriptor = src.name if src.name.lower().startswith("the ") else src.descriptor
                return r
            if prev:
                r = self._from(prev, src)
                if (src.descriptor or "").lower() in ("the", ""):
                    # (the epithet as written is the descriptor: "The Dane", "the 54-year-old")
                    r.descriptor = f"{src.descriptor} {src.name}".strip() if src.descriptor else \
                        src.name if src.name.lower().startswith("the ") else r.descriptor
                return r
        if src.ref != "pronoun" and src.head in ("team", "researchers", "scientists", "group") and self.group_sents:
            lm = re.search(rf"(?<![\w-]){re.escape(src.name)}\s+(?:led|headed|co-led)\s+by\s+{_LEAD_BODY}",
                           self.group_sents[-1].text)
            if lm:
                # "A team led by the University of Leeds found ...": the team as the article names it.
                return self._named(src, f"{src.name}{lm.group(0)[len(src.name):]}".strip(), "organization")
            if src.ref in ("definite", "unresolved") and re.match(r"(?i)(?:the|this)\s+\w+$", src.name) and \
                    src.head in ("team", "researchers", "scientists"):
                # "The researchers believe ...", "the team estimated": the team named just before.
                prev = next((h for h in reversed(self.history[-12:]) if re.search(r"\b(?:led|headed) by\b", h["name"])),
                            None)
                if prev is not None:
                    r = self._from(prev, src)
                    r.descriptor = r.descriptor or src.name
                    return r
        if src.ref != "pronoun" and re.search(r"['’]s\s+[a-z]+$", src.name) and self.group_sents:
            # "Finnish President Matti Aaltonen's office said": the office is named by its holder, the title is
            # the descriptor.
            sent = self.group_sents[-1]
            for e in sent.doc.ents:
                pname = re.sub(r"['’]s$", "", sent.span(e.start, e.end - 1))
                k = src.name.find(pname + "'s ") if e.label_ == "PERSON" and len(pname.split()) >= 2 else -1
                if k == -1:
                    k = src.name.find(pname + "’s ") if e.label_ == "PERSON" and len(pname.split()) >= 2 else -1
                if k > 0 and src.name[:k].strip()[:1].isupper():
                    r = self._named(src, src.name[k:], src.kind or "organization")
                    r.descriptor = src.descriptor or src.name[:k].strip()
                    return r
        owned = self._its_body(src)
        if owned is not None:
            return owned
        pm = _POSSESSED_BODY.match(src.name)
        if pm:
            # "His campaign said", "her office said": the body of the person "his" / "her" points at.
            here = self._possessor_here(src, "m" if pm.group(1).lower() == "his" else "f")
            prev = {"name": here} if here else self._person("he" if pm.group(1).lower() == "his" else "she")
            if prev:
                noun = pm.group(2).lower()
                return self._named(src, f"{prev['name']}'s {noun}",
                                   "government" if noun in ("administration", "government", "ministry") else
                                   "organization")
        if src.ref == "pronoun" and src.head == "it" and not src.extra.get("evidence"):
            own = self._own_subject(src)
            if own is not None:
                return own
        if src.ref == "pronoun":
            if src.head in lx.PERSON_PRONOUNS:
                own = self._own_subject_person(src) or self._coordinated_subject_person(src)
                if own is not None:
                    return own
                sp = self.subject_person
                want = "f" if src.head in ("she", "her") else "m"
                if sp is not None and self._quoted_since(sp[1]) and self._gender_of(sp[0]) in (None, want):
                    # "Karin Ek was more blunt. '...,' she wrote": the person the sentence just before
                    # was about, when no one spoke in it (also when the quotation she closes opened in
                    # sentences of its own: "Lise Hjort pushed back. 'A. B,' she said")
                    return self._named(src, sp[0], "person")
                pp = self.prior_subject_person
                k = len(self.group_sents) - 1
                if pp is not None and self._gender_of(pp[0]) == want and (
                        sp is not None and pp[1] == sp[1] - 1 and self._quoted_since(sp[1])
                        and self._gender_of(sp[0]) not in (None, want)
                        or sp is None and pp[1] == k - 2 and k - 1 not in self.spoke_in
                        and not _names_a_person_subject(self.group_sents[k - 1])
                        and self.group_sents[k - 1].doc[0].text not in {p.split()[-1] for p in self.persons}
                        and not _mostly_quoted(self.group_sents[k - 1])):
                    # "Rosalía Pons, 71, lives on the sixth floor. Her husband, Tomàs, died in their flat. '...,' she
                    # said": the person the sentence before that was about, when the one just before is not a "she"
                    return self._named(src, pp[0], "person")
                prev = self._person(src.head)
                if prev:
                    return self._from(prev, src)
                want = "f" if src.head in ("she", "her") else "m"
                for p in reversed(self.persons):
                    if (self._gender_of(p) or want) == want:
                        return self._named(src, p, "person")
                # "Mokoena said she would not ... '...,' she told SAfm": a surname the tagger did not know as a
                # person's, who has just spoken, is the one "she" points at
                bare = next((h for h in reversed(self.history[-3:]) if _bare_name(h)
                             and h.get("_sent", -9) >= len(self.group_sents) - 3), None)
                if bare is not None:
                    return self._named(src, bare["name"], "person")
                return None
            if src.head == "we":
                return None
            if src.head == "both":
                return None  # (resolve_group names the people; nothing else fits)
            last = self.history[-1] if self.history else None
            if src.head == "they" and last is not None and last["kind"] in ("person", "anonymous") \
                    and last.get("_sent") == len(self.group_sents) - 2 and re.match(
                        r"(?i)(?:an?|one)\b", last.get("descriptor") or last["name"]) \
                    and not re.search(r"\b[a-z]+s$", last["name"]):
                # ("One Plaid MS, who did not want to be named, told the Guardian ... '...,' they said": the one
                # person who just spoke, of no stated gender)
                return self._from(last, src)
            if src.head == "they" and src.extra.get("evidence"):
                # "They found that ...": the researchers the article just named, not a body.
                prev = self._researchers()
                return self._from(prev, src) if prev is not None else None
            if src.head == "it" and (src.extra.get("evidence") or last is not None and last["kind"] == "document"):
                # "The report, released on Tuesday, says ... It found that ...": the document just cited.
                if last is not None and last["kind"] == "document":
                    return self._from(last, src)
                if src.extra.get("evidence"):
                    return None
            if src.head == "it" and self.last_subject and self.last_subject[1] in ("organization", "government") \
                    and not self.group_sents[-1].in_quote[src.extra.get("verb_i") or 0]:
                # (centering: "Severnmoor ... was fined in 2023. It reported a profit of ...")
                return self._named(src, *self.last_subject)
            prev = next((h for h in reversed(self.history)
                         if h["kind"] in ("organization", "government", "outlet") and not _plural_common(h)), None)
            if prev:
                return self._from(prev, src)
            if src.head == "it" and self.group_sents and src.extra.get("verb_i") is not None:
                # "Shares in Hollings fell ... after it warned that ...": with no body in play yet, the one
                # company the sentence named before the pronoun
                sent = self.group_sents[-1]
                named = {re.sub(r"^the\s+", "", sent.span(e.start, e.end - 1), flags=re.I) for e in sent.doc.ents
                         if e.label_ == "ORG" and e.end <= src.extra["verb_i"] and not sent.in_quote[e.start]}
                if len(named) == 1:
                    return self._named(src, named.pop(), "organization")
            return None
        if src.ref in ("definite", "unresolved") and _PUBLICATION_REF.match(src.name):
            # "the journal's editors wrote", "the journal said": the journal the study was published in.
            k = len(self.group_sents) - 1
            journal = next((j for i, j in reversed(self.journals) if i <= k), None)
            if journal is not None:
                r = self._named(src, journal, "outlet")
                r.descriptor = r.descriptor or src.name
                return r
        if src.ref in ("definite", "unresolved") and src.head in _COURT_HEADS and len(src.name.split()) <= 2:
            # "the jury heard", "the court was told": the court the article named.
            court = next((n for n, _label in reversed(self.orgs)
                          if re.search(r"\b(?:Court|Tribunal|Inquest|Assizes)\b", n) and len(n.split()) >= 2), None)
            if court:
                return self._named(src, court, "government")
        if src.ref in ("definite", "unresolved") and src.head == "authors" and len(src.name.split()) <= 4:
            # "The authors wrote ...", "the study's authors": whoever the study was led by, when named.
            lead = self._study_lead()
            if lead is not None:
                return self._named(src, lead, "person")
            # else the named author of the report just cited ("A report by the firm Danso & Partners ...")
            doc = next((h for h in reversed(self.history[-6:]) if h["kind"] == "document"), None)
            if doc is not None and doc.get("descriptor") and doc["name"] != doc["descriptor"] \
                    and doc["name"][:1].isupper() and not re.match(r"(?i)(?:an?|the|this|its|their)\b", doc["name"]):
                return self._named(src, doc["name"], "organization")
            last = self.history[-1] if self.history else None
            if last is not None and last["kind"] == "document" and last.get("_sent") == len(self.group_sents) - 2 \
                    and _proper(last["name"]) and not re.match(r"(?i)(?:an?|the|this|its|their)\b", last["name"]):
                # "A second study, posted ... by a group at the University of Ghent, found ... The authors also
                # report ...": the study just cited under its authors' name
                return self._named(src, last["name"], "organization")
        # ("hospital authorities", "the medical charity", "the Grammy winner": see _described)
        desc = self._statement_author(src) or self._institution_staff(src) or self._possessed_document(src) or \
            self._described(src) or \
            self._document_author(src) or self._armed_group(src) or self._cited_document_author(src) or \
            self._releaser(src) or self._earlier_item(src)
        if desc is not None:
            return desc
        if (src.ref in ("definite", "unresolved") or src.ref == "name" and src.name.split()[-1].islower()
                and not re.search(r"['’]s?\b", src.name)) \
                and src.head in _GENERIC_ORG_NOUNS - {"party", "union", "alliance", "coalition"} \
                and (len(src.name.split()) <= 2 or len(src.name.split()) <= 4 and all(
                    w[:1].isupper() or w[:1].isdigit() for w in src.name.split()[1:-1])) and self.group_sents:
            # "Kelvin Pharma has recalled 2.1 million packs ..., the company said": the body the same
            # sentence is about, when it names exactly one as a subject.
            own = self._sentence_org_subject(self.group_sents[-1], club=src.head == "club",
                                             before=src.extra.get("verb_i"))
            if own is None and src.head in _TYPED_HEADS["company"] - {"group", "giant"} and src.extra.get("verb_i") is not None:
                own = self._sentence_company(self.group_sents[-1], src.extra["verb_i"])
            if own is not None:
                return self._named(src, own, "organization")
        desc = self._company_not_product(src)
        if desc is not None:
            return desc
        sp = self.subject_person
        if src.ref == "definite" and src.head in _PERSON_EPITHETS | _SPORT_ROLES and len(src.name.split()) == 2 \
                and sp is not None and sp[1] == len(self.group_sents) - 2:
            # "Adeyemi, who won gold in December, faces a ban. The sprinter denied the allegation": the person the
            # sentence before was about
            r = self._named(src, sp[0], "person")
            r.descriptor = r.descriptor or src.name
            return r
        if src.ref == "definite" and src.head in _PERSON_EPITHETS and len(src.name.split()) == 2:
            # "the singer said" after "the Malian singer Mariam Kone": the person so described, before any
            # earlier "the singer" the article had not yet named
            desc = self._described(src, bare=True)
            if desc is not None:
                return desc
        if src.ref == "definite":
            head = src.head
            words = [w for w in re.findall(r"[\w'-]+", src.name.lower()) if w not in ("the", "this", "that", "its", "their")]
            words = [w[:-2] if w.endswith("'s") else w for w in words]
            for h in reversed(self.history):
                if h["kind"] == "document" and head not in lx.DOCUMENT_WORDS | lx.MEDIA_WORDS and \
                        not re.search(rf"\b{re.escape(head.capitalize())}\b", h["name"]):
                    # "results published by the commission" do not make "the commission"; a study
                    # sourced to the University of Limerick does make "the university".
                    continue
                if h["kind"] == "document" and head in _COURT_FILINGS and len(words) == 1 and \
                        set(re.findall(r"[\w-]+", h["name"].lower())) & _COURT_FILINGS:
                    # "According to the complaint, ... The filing alleges": one legal filing under another word
                    return self._from(h, src)
                if h["kind"] == "document" and h["name"].split()[-1].lower() in _FIGURE_HEADS \
                        and head not in lx.DOCUMENT_WORDS:
                    # "according to Health Ministry data ... The ministry said": the body whose figures they are
                    author = re.sub(r"(?i)^(?:the\s+)?(?:provisional|official|latest|new|preliminary)\s+", "",
                                    h["name"].rsplit(" ", 1)[0])
                    ministries = {"department", "ministry", "office"}
                    author_w = set(author.lower().split())
                    if head in author_w or head in ministries and ministries & author_w:
                        return self._named(src, author, "government" if set(author.lower().split())
                                           & (lx.GOVERNMENT_HEADS | lx.GOVERNMENT_WORDS) else "organization")
                    continue
                if h["kind"] == "media" and head not in lx.MEDIA_WORDS and head not in re.findall(
                        r"[\w-]+", re.split(r"\b(?:of|on|by|from|at)\b", h["name"].lower())[0]):
                    # A channel or page is never the speaker: "a post on the Telegram channel of the Alay district
                    # administration ... The administration wrote" (also "the Facebook page of the city council
                    # ... the council said") is its owner, as the description names it.
                    om = re.search(rf"(?i)\b(?:of|by|from)\s+(?:the\s+)?((?:[\w'’.-]+\s+){{0,4}}?{re.escape(head)})\b",
                                   h.get("descriptor") or h["name"])
                    if om is not None:
                        owner = om.group(1)
                        r = self._named(src, owner, "government" if any(
                            w in owner.lower().split() for w in lx.GOVERNMENT_HEADS | {"administration"})
                            else "organization")
                        r.descriptor = r.descriptor or src.name
                        return r
                    continue
                name_w = re.findall(r"[\w-]+", h["name"].lower())
                desc_w = re.findall(r"[\w-]+", (h.get("descriptor") or "").lower())
                pool = set(name_w) | set(desc_w)
                # The head must be in the name's own head part: "a spokesman for the council"
                # is not "the council".
                own_w = re.split(r"\b(?:for|of|at|to|from|with)\b", " ".join(name_w))[0].split() \
                    if h["kind"] in ("person", "anonymous") else name_w
                # (and in the descriptor's own head: "a former deputy at the agency" is not "the agency")
                desc_own = re.split(r"\b(?:for|of|at|to|from|with|in)\b", " ".join(desc_w))[0].split() \
                    if h["kind"] in ("person", "anonymous") else desc_w
                headed = head in own_w or (desc_own and desc_own[-1] == head)
                if words and headed and all(w in pool for w in words):
                    if head not in name_w and self.last_subject and head in _GENERIC_ORG_NOUNS \
                            and self.last_subject[0] != h["name"] and self.last_subject[1] == h["kind"]:
                        # "the agency" right after another agency was the subject.
                        return self._named(src, self.last_subject[0], self.last_subject[1])
                    return self._from(h, src)
            if head == "ministry" and len(words) <= 2:
                # "Marcelo Tavares, Brazil's minister of ports and airports, said ... The ministry later said":
                # the minister's ministry.
                for h in reversed(self.history):
                    m = re.search(r"\bminister (?:of|for) ((?:[\w'-]+(?:,? and |, | ))*?[\w'-]+)\s*$",
                                  h.get("descriptor") or "", re.I) if h["kind"] == "person" else None
                    if m:
                        return self._named(src, f"Ministry of {m.group(1)}", "government")
            if head in _MILITARY_WORDS and len(words) <= 2:
                # "the military", "the army": the defence ministry or armed forces named before.
                prev = next((h for h in reversed(self.history) if h["kind"] in ("government", "organization")
                             and _MILITARY_RX.search(h["name"])), None)
                if prev:
                    return self._from(prev, src)
            if src.extra.get("doc"):
                # "according to the statement": whoever issued the last statement.
                prev = next((h for h in reversed(self.history) if h["kind"] != "person" and
                             head in (h.get("cue") or "")), None) or (next(
                    (h for h in reversed(self.history) if h["kind"] in ("government", "organization")), None)
                    # ("according to the indictment": the court document itself, not the last body named)
                    if head not in lx.DOCUMENT_WORDS - lx.STATEMENT_NOUNS else None)
                if prev:
                    return self._from(prev, src)
            modifiers_are_acronyms = all(w.isupper() and len(w) <= 4 for w in src.name.split()[1:-1]) \
                if src.name.lower().startswith(("the ", "this ", "that ")) else \
                all(w.isupper() and len(w) <= 4 for w in src.name.split()[:-1])
            mods = [w for w in src.name.split()[:-1] if w.isupper() and len(w) <= 4]
            if head in _GENERIC_ORG_NOUNS and modifiers_are_acronyms and mods:
                # "the UN agency" after "UNICEF's representative": an organisation named after the modifier.
                for name, _label in reversed(self.orgs):
                    if name != mods[0] and name.startswith(mods[0]) and name.isupper():
                        return self._named(src, name, "organization")
            if head in _GENERIC_ORG_NOUNS and modifiers_are_acronyms and self.last_subject and \
                    self.last_subject[1] in ("organization", "government") and \
                    not _other_body_type(self.last_subject[0], head):
                # Centering: "The IOM has recorded 1,050 deaths. The UN agency said ..."
                return self._named(src, self.last_subject[0], self.last_subject[1])
            # "The president's office", "the mayor's spokesman's office": a body owned by a role is the office of
            # the one person the article names in that role, else no other body with that head (the U.N. Office
            # for ... is not the president's), and stays as written.
            owners = re.findall(r"([a-z][\w-]*)['’]s\b", src.name.lower())
            if owners and src.name.lower().startswith(("the ", "this ")):
                holder = _role_holder(" ".join(s.text for s in self.group_sents), owners[-1]) \
                    if owners[-1] in lx.PERSON_TITLES or owners[-1] in _PERSON_HEADS else None
                if holder is not None:
                    r = self._named(src, f"{holder}'s {head}", "government" if owners[-1] in lx.PERSON_TITLES
                                    else "organization")
                    r.descriptor = r.descriptor or src.name
                    return r
            # Several named bodies fit ("the university" after the University of Queensland and Stockholm
            # University): the one the article names most often, the latest on a tie.
            # (a noun before the head names the body's field and must be in the name: "the provincial excise
            # department" is not the Punjab Environmental Protection Department)
            fields = [w for w in src.name.split()[:-1] if w.isalpha() and w.islower() and w not in ("the", "this", "that")
                      and not w.endswith(_ADJECTIVE_ENDINGS) and w not in _PLACE_QUALIFIERS and w not in owners]
            fits: dict[str, int] = {}
            for name, _label in self.orgs:
                if head in name.lower().split() and all(o in name.lower() for o in owners) \
                        and all(f in name.lower() for f in fields):
                    fits.pop(name, None)
                    fits[name] = fits.get(name, 0) + 1
            if fits:
                counts: dict[str, int] = {}
                for name, _label in self.orgs:
                    if name in fits:
                        counts[name] = counts.get(name, 0) + 1
                # (a body named only as a commenter's affiliation, "a chemist at Stockholm University who
                # was not involved", is rarely the one meant)
                aside = {n for n in fits for h in self.history if h["kind"] == "person"
                         and n in (h.get("descriptor") or "")}
                best = max(reversed(list(fits)), key=lambda n: (counts[n], n not in aside))
                kind = src.kind if src.kind not in (None, "person") else "organization"
                return self._named(src, best, kind)
            # A generic noun ("the agency", "the group", "the company") points
            # at the organisation that was the subject just before (centering),
            # else at the last source of a fitting kind.
            if len(words) <= 1 and head in lx.OUTLET_NOUNS - {"agency", "network", "media"} and self.group_sents \
                    and src.extra.get("verb_i") is not None:
                # "The Daily Nation reported that the records, which the newspaper said it had seen, listed":
                # the named subject of an earlier verb of the same sentence
                sent = self.group_sents[-1]
                subj = next((t for t in sent.doc if t.dep_ == "nsubj" and t.i < src.extra["verb_i"]
                             and t.head.i != src.extra["verb_i"] and not sent.in_quote[t.i]
                             and lx.REPORT_VERBS.get(sent.lower(t.head.i))), None)
                e = next((e for e in sent.doc.ents if subj is not None and e.start <= subj.i < e.end
                          and e.label_ in ("ORG", "PERSON", "WORK_OF_ART")), None)
                if e is not None:
                    return self._named(src, re.sub(r"^the\s+", "", sent.span(e.start, e.end - 1), flags=re.I),
                                       "outlet")
            if (len(words) <= 1 or modifiers_are_acronyms) and (head in _GENERIC_ORG_NOUNS or head in _PERSON_HEADS
                                    or head in lx.OUTLET_NOUNS):
                same = next((h for h in reversed(self.history) if h["kind"] in ("person", "anonymous") and head in
                             re.findall(r"[\w-]+", f"{h['name']} {h.get('descriptor') or ''}".lower())), None) \
                    if head in _PERSON_HEADS else None
                if same is not None:
                    # ("A Ministry of Justice spokesperson said ... '...,' the spokesperson said": the one last
                    # called so, named or not, before any other person)
                    return self._from(same, src)
                if head in lx.OUTLET_NOUNS - {"agency", "network"}:
                    target = ("outlet",)
                elif head in _PERSON_HEADS:
                    target = ("person",)
                elif head in _TYPED_HEADS["company"] - {"group", "operator", "giant"}:
                    target = ("organization",)  # (a company is no ministry and no news outlet)
                else:
                    target = ("organization", "government", "outlet")
                if target != ("person",) and self.last_subject and self.last_subject[1] in target \
                        and not _other_body_type(self.last_subject[0], head):
                    return self._named(src, self.last_subject[0], self.last_subject[1])
                prev = next((h for h in reversed(self.history) if h["kind"] in target
                             and not (_plural_common(h) and not src.name.endswith("s"))
                             and not _other_body_type(h["name"], head)), None)
                if prev is not None and target == ("person",) and self._described_otherwise(prev["name"], head):
                    # ("A rebel spokesman, Ali Musa, said ... the president said": someone the article gave another
                    # role is not the president, who stays as written)
                    prev = None
                if prev:
                    return self._from(prev, src)
                if head == "club":
                    # "the club" in a sports story: the team the article names most often, even when the
                    # small model reads "Brentmoor City" as a place (only here, after no body was in play).
                    teams: dict[str, int] = {}
                    for name, _label in self.orgs:
                        words = name.split()
                        if len(words) >= 2 and words[-1].lower() in _TYPED_HEADS["club"] - {"club"} \
                                and all(w[:1].isupper() for w in words):
                            teams[name] = teams.get(name, 0) + 1
                    team = max(teams, key=lambda n: teams[n], default=None)
                    if team:
                        return self._named(src, team, "organization")
                if target != ("person",):
                    # Else the organisation the article is about: the ORG named most often
                    # so far (a short form counts for its full name), the first on a tie
                    # ("Shares of Brightwater Outfitters fell ... the company said").
                    counts: dict[str, int] = {}
                    for name, label in self.orgs:
                        if label == "ORG" and not (set(name.lower().split()) & lx.GOVERNMENT_WORDS) \
                                and name.lower() not in lx.OUTLETS and not _other_body_type(name, head) \
                                and (name.lower() not in lx.PLATFORMS or head in _TYPED_HEADS["company"]):
                            # (a platform is not a ministry or agency: "a clip shared on a Telegram channel ...
                            # the ministry said"; it may be "the company")
                            full = next((n for n in counts if n.startswith(name + " ")), name)
                            counts[full] = counts.get(full, 0) + 1
                    best = max(counts, key=lambda n: counts[n], default=None)
                    if best:
                        return self._named(src, best, "organization")
            desc = self._described(src, bare=True)
            if desc is not None:
                return desc
            src.name = re.sub(r"^(?:the|this|that)\s+", "", src.name, flags=re.I)
            src.ref = "unresolved"
            return src
        if src.ref == "name" and src.kind == "person" and re.fullmatch(r"[A-Z][a-z\w'’-]+", src.name) \
                and not src.descriptor and self.group_sents and _fold(src.name) not in first_names.FEMALE_FIRST_NAMES \
                and _fold(src.name) not in first_names.MALE_FIRST_NAMES \
                and not any(src.name in p.split() for p in self.persons) and not any(
                    re.search(rf"\b[A-Z][\w'’.-]*\s+{re.escape(src.name)}\b(?!['’]s\s+[a-z])", s.text)
                    for s in self.group_sents):
            # "Morava disputed that figure" after "Morava Cacak striker Luka Stankovic": a lone name the
            # article never wrote after a given name or a title is no one's surname but a body's short name
            src.kind = "organization"
        return self._described(src, bare=True) or src

    @staticmethod
    def _sentence_org_subject(sent: Sent, club: bool = False, before: int | None = None) -> str | None:
        names = set()
        for t in sent.doc:
            # (only what the sentence says before the reporting verb: in "The company said Gulfbridge had been a
            # distributor" the body after it is what the company spoke about)
            if t.dep_ not in ("nsubj", "nsubjpass") or sent.in_quote[t.i] or before is not None and t.i > before:
                continue
            e = next((e for e in sent.doc.ents if e.start <= t.i < e.end), None)
            # ("German software maker Nordwerk plans ..., the company announced": a name the small model reads as
            # a person's, under a company noun)
            typed = any(c.dep_ in ("compound", "appos") and c.i < t.i and
                        c.lower_.endswith(tuple(_TYPED_HEADS["company"])) for c in t.children)
            team = club and e is not None and e.label_ == "GPE" and e.end - e.start >= 2 \
                and sent.doc[e.end - 1].lower_ in _TYPED_HEADS["club"] - {"club"}
            # ("Thornbury City will be without their captain ..., the club said": a team the model reads as a place)
            if e is not None and e.root.i == t.i and (e.label_ == "ORG" or team or e.label_ == "PERSON" and (set(
                    sent.span(e.start, e.end - 1).lower().split()) & _COMPANY_WORDS or typed or (
                    e.end - e.start >= 2 and sent.doc[e.start].lower_ not in first_names.FEMALE_FIRST_NAMES
                    and sent.doc[e.start].lower_ not in first_names.MALE_FIRST_NAMES))):
                names.add(re.sub(r"^the\s+", "", sent.span(e.start, e.end - 1), flags=re.I))
            elif e is None and t.tag_ in ("NNP", "NNPS"):
                # ("Wolverhampton Wanderers have turned down ..., the club said": a name the small model
                # left untyped; not a person's, whose first name would open it)
                left = min([t.i] + [c.i for c in t.children if c.dep_ == "compound" and c.tag_ in ("NNP", "NNPS")])
                key = sent.doc[left].lower_
                if left < t.i and key not in first_names.FEMALE_FIRST_NAMES and key not in first_names.MALE_FIRST_NAMES:
                    names.add(sent.span(left, t.i))
        # (a news agency saying what it could not verify is the reporter, not the body: "The AP could not verify
        # ..., and the airline said ...")
        names = {n for n in names if n.lower() not in lx.OUTLETS}
        return names.pop() if len(names) == 1 else None

    @staticmethod
    def _sentence_company(sent: Sent, verb_i: int) -> str | None:
        """'The bus was operated by Vancouver-based Summit Coach Tours ..., the company said': the one company the
        sentence names before the verb, in any role, when no body is its subject (not a government body, the
        police or an outlet: those are no company)."""
        names = {re.sub(r"^the\s+", "", sent.span(e.start, e.end - 1), flags=re.I) for e in sent.doc.ents
                 if e.label_ == "ORG" and e.end <= verb_i and not sent.in_quote[e.start] and e.end - e.start >= 2
                 and not (e.start > 0 and sent.lower(e.start - 1) in ("near", "in", "at", "from", "to", "outside", "with",
                                                                       "before", "on"))}
        # ("In a filing with the London Stock Exchange, the company said": where it filed, not who)
        names = {n for n in names if n.lower() not in lx.OUTLETS | lx.PLATFORMS and not set(n.lower().split()) & (
            lx.GOVERNMENT_WORDS | {"rcmp"}) and not n.isupper()}
        return names.pop() if len(names) == 1 else None

    def _study_lead(self) -> str | None:
        """The person a study was 'led by', in the last sentences."""
        for sent in reversed(self.group_sents[-8:]):
            m = _LED_BY.search(sent.text)
            if m:
                return m.group(1)
        return None

    def _researchers(self) -> dict | None:
        """The last researchers source ("researchers say", "the team found")."""
        return next((h for h in reversed(self.history[-12:]) if h.get("_head") in _RESEARCH_HEADS), None)

    def _from(self, prev: dict, src: RawSource) -> RawSource:
        r = RawSource(prev["name"], prev["kind"], src.descriptor, src.cue, src.via, src.quote,
                      ref="name", head=src.head, via_ref=src.via_ref)
        r.extra["from"] = prev
        return r

    def _named(self, src: RawSource, name: str, kind: str) -> RawSource:
        return RawSource(name, kind, src.descriptor, src.cue, src.via, src.quote, ref="name",
                         head=src.head, via_ref=src.via_ref)

    def resolve_via(self, via: str, speaker: str | None = None) -> str:
        head = via.lower().split()[-1]
        if speaker is not None and head in {*_CHANNEL_FAMILY, "network", "programme", "program", "show", "outlet"}:
            # '"...," Trump told the network' after "He told Fox News ...": the channel this speaker named last,
            # a few sentences before
            own = next((h["via"] for h in reversed(self.history[-6:]) if h["name"] == speaker and h.get("via")
                        and h["via"][:1].isupper() and h["via"].lower() not in lx.PLATFORMS), None)
            if own is not None and own.lower().split()[-1] not in _CHANNEL_FAMILY:
                return own
        for h in reversed(self.history):
            if h["kind"] == "outlet" and (head in h["name"].lower() or head in (h.get("descriptor") or "").lower()):
                return h["name"]
        # "Images broadcast by state television RTA showed ... told the broadcaster": the channel of that kind
        # the article last named, whoever spoke through it
        family = _CHANNEL_FAMILY.get(head)
        named = next((n for f, n in reversed(getattr(self, "channels", [])) if f == family), None)
        if named:
            return named
        if family is not None:
            # "In an interview with KCUR on Wednesday, Whitfield ... '...,' she told the station", "In an interview
            # with Le Monde ..., Arnaud told the newspaper": the channel a source spoke through just before (a
            # named one, not a platform, and for a paper or an agency not one whose name says it broadcasts)
            for h in reversed(self.history[-6:]):
                if h.get("via") and h["via"].lower() not in lx.PLATFORMS and h["via"][:1].isupper() \
                        and h["via"].lower().split()[-1] not in _CHANNEL_FAMILY \
                        and not (family != "broadcast" and h["via"].lower().split()[-1] in _BROADCAST_TAILS):
                    return h["via"]
                if family == "broadcast" and h["kind"] == "media" and h.get("cue") in ("shows", "showed", "show") \
                        and h["name"][:1].isupper() and h["name"].lower() not in lx.PLATFORMS \
                        and "broadcast" in (h.get("descriptor") or ""):
                    return h["name"]  # ("Footage broadcast by France 3 Occitanie shows ... told the channel")
        for h in reversed(self.history):
            if h["kind"] == "outlet" and head in lx.OUTLET_NOUNS:
                return h["name"]
        if head in PROGRAMME_NOUNS and len(via.split()) <= 2:
            # "told the Sliding Scale podcast ... told the podcast": the last one the article named before it
            for sent in reversed(self.group_sents):
                named = re.findall(rf"\b((?-i:[A-Z][\w'’&-]*)(?:\s+(?-i:[A-Z][\w'’&-]*)){{0,3}})\s+{head}\b", sent.text)
                named = [n for n in named if n.split()[0] not in _NOT_CHANNEL_NAMES]
                if named:
                    return named[-1]
        return re.sub(r"^(?:the|this|that)\s+", "", via, flags=re.I)

    def note_channels(self, sent: Sent):
        """The named channels of a sentence, by kind ("state television RTA", "the daily Le Soir")."""
        self.channels = getattr(self, "channels", [])
        for m in _CHANNEL_NAMED.finditer(sent.text):
            k = next((i for i, (a, _b) in enumerate(sent.offsets) if a >= m.start(2)), None)
            if k is not None and not sent.in_quote[k] and m.group(2).split()[0] not in _NOT_CHANNEL_NAMES:
                self.channels.append((_CHANNEL_FAMILY[m.group(1).lower()], m.group(2)))

    def add(self, d: dict):
        self.history.append(d)


def _descriptor_head(desc: str) -> str:
    """Head noun of a descriptor: "a Britain-based monitor that relies on ..." -> "monitor"."""
    words = re.findall(r"[\w'-]+|,", desc.lower())
    out = []
    for w in words:
        if w in (",", "that", "which", "who", "of", "at", "in", "for", "from", "with", "on", "and", "based"):
            break
        out.append(w)
    return out[-1] if out else ""


_POSTNOMINALS = {"KC", "QC", "SC", "MP", "MEP", "MSP", "Jr", "Sr", "II", "III", "PhD", "OBE", "MBE", "CBE"}
_ORG_ENDINGS = lx.BODY_NAME_ENDINGS


_FULL_NAME = r"([A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|for|and|on|the|de|du)){1,8})"


_TITLED = re.compile(r"\b(Ms|Mrs|Miss|Mr)\.?\s+([\w'’-]+)")


def _titled_surnames(text: str) -> dict[str, set[str]]:
    """The words after "Ms"/"Mrs"/"Miss" ("f") and "Mr" ("m"), each also cut at an inner hyphen or apostrophe ("Mr
    O'Neill's" gives "O", "O'Neill" and "O'Neill's"), as a word boundary would."""
    out: dict[str, set[str]] = {"f": set(), "m": set()}
    for m in _TITLED.finditer(text):
        word = m.group(2)
        cuts = [k for k, c in enumerate(word) if c in "-'’"] + [len(word)]
        out["m" if m.group(1) == "Mr" else "f"].update(word[:k] for k in cuts if k)
    return out


_CAPITAL_WORD = re.compile(r"\b[^\W\d_a-z]+\b")


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
            lead = next((k for k in range(len(caps)) if len(key) >= 3 and k + len(key) < len(caps)
                         and "".join(w[0] for w in caps[k:k + len(key)]).upper() == key), None)
            tail = words.index(caps[lead + len(key) - 1]) + 1 if lead is not None else 0
            if lead is not None and tail < len(words) and words[tail] in ("of", "for"):
                # "The Food and Agriculture Organization of the United Nations (FAO)": the acronym spells
                # the head of the name, a qualifier ("of the United Nations") follows it.
                out[acr] = " ".join(words[words.index(caps[lead]):])
            elif key and (initials.endswith(key[:2]) or (len(key) >= 3 and initials.startswith(key))):
                # "Centers for Disease Control and Prevention (CDC)": the acronym drops a trailing word.
                out[acr] = " ".join(words)
            elif len(last := [w for w in re.split(r"\n\s*", full)[-1].split() if w[:1].isupper() and w != "The"]) \
                    == len(key) + 1 and "".join(w[0] for w in last).startswith(key) \
                    and last[-1].lower() in _ORG_ENDINGS | _COMPANY_WORDS | {"railway", "railways"}:
                # ("Canadian National Railway (CN)": the acronym drops the kind of company)
                out[acr] = " ".join(last)
            elif len(caps) >= 2 and words[-1].lower() in _ORG_ENDINGS:
                # "The Santos Port Workers' Union (Sindestiva)": a short name in the language of the place.
                line = " ".join(re.split(r"\n\s*", full)[-1].split())
                if len(line.split()) >= 2:
                    out[acr] = re.sub(r"^The\s+", "", line)
            elif len(caps) >= 3 and "\n" not in full and re.fullmatch(r"[A-Z]{3,6}", acr):
                # "the Group for the Support of Islam and Muslims (JNIM)": an acronym of the name in another
                # language, bracketed right after it
                out[acr] = re.sub(r"^The\s+", "", " ".join(words))
            elif re.fullmatch(r"[A-Z][a-z]{3,9}", acr) and len(
                    line := re.sub(r"^The\s+", "", " ".join(re.split(r"\n\s*", full)[-1].split())).split()) >= 3 \
                    and {w.lower() for w in line} & _BODY_WORDS_FOR_SHORT_NAMES:
                # "the Philippine Institute of Volcanology and Seismology (Phivolcs)": a short name in letters
                out[acr] = " ".join(line)
    # "OCHA, the Office for the Coordination of Humanitarian Affairs, ..." and "the Office for ...,
    # or OCHA,": the same pairing without brackets, when the initials spell the acronym.
    for m in re.finditer(rf"\b([A-Z]{{2,7}}),\s+the\s+{_FULL_NAME}(?=[,.;])"
                         rf"|\b[Tt]he\s+{_FULL_NAME},\s+or\s+([A-Z]{{2,7}}),", text):
        acr, full = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        caps = "".join(w[0] for w in full.split() if w[0].isupper())
        if acr not in out and (caps == acr or len(acr) >= 3 and caps.startswith(acr)):
            out[acr] = full
    # (a full name first, wherever the article gives it: a live blog names "Ms Aldous" above the entry that
    # introduced "prosecutor Rebecca Aldous KC")
    for p in sorted(persons, key=lambda p: (bool(_TITLE_RX.match(p)), len(p.split()) < 2)):
        words = p.split()
        while len(words) > 2 and words[-1].strip(".,") in _POSTNOMINALS:
            words = words[:-1]  # "Rebecca Lowe KC" is "Ms Lowe", not "KC"
        out.setdefault(words[-1], p)
    capital_words = set(_CAPITAL_WORD.findall(text))
    for name, label in orgs:
        name = re.sub(r"['’]s$", "", name)  # ("the European Space Agency's Hera mission")
        caps = [w for w in name.split() if w[:1].isupper()]
        # Three letters at least: two-letter acronyms ("IS", "AP") are too ambiguous.
        if label == "ORG" and len(caps) >= 3:
            acr = "".join(w[0] for w in caps)
            if acr in capital_words:  # (a set, not a pattern per name: patterns compiled per call cost more)
                out.setdefault(acr, name)
    # "Kelvin Pharma", "Sarvana Labs" then "Kelvin and Sarvana ...": the first word of a company's name
    # (the small model may have read the name as a person's), when no other name starts with it.
    names = [n for n, _label in orgs] + list(persons)
    for name in names:
        words = name.split()
        if len(words) == 2 and words[-1].lower() in _COMPANY_WORDS and words[0][:1].isupper() \
                and len({n for n in names if n.split()[0] == words[0] and n != words[0]}) == 1:
            out.setdefault(words[0], name)
    return out


_BODY_WORDS_FOR_SHORT_NAMES = {"institute", "agency", "office", "authority", "service", "administration", "council",
                               "commission", "bureau", "centre", "center", "department", "ministry", "directorate",
                               "corporation", "company", "board", "organisation", "organization"}
_ROLE_TITLE_TAILS = {"officer", "secretary", "spokesman", "spokeswoman", "spokesperson", "commissioner",
                     "director", "adviser", "advisor", "superintendent", "inspector", "commander", "chief"}


_RANK_WORDS = {"inspector", "sergeant", "constable", "superintendent", "captain", "major", "colonel", "general",
               "lieutenant", "commander", "chief", "deputy", "assistant", "detective", "officer"}


def _role_holders(text: str, aliases: dict[str, str], persons: list[str]) -> dict[str, str]:
    """"The Police Public Relations Officer in the state, SP Ada Obi, said ... The PPRO added": a role's
    acronym (and the spelled-out role) -> the person the article named in that role (", Name," after it)."""
    out: dict[str, str] = {}
    pairs = dict(aliases)
    for m in re.finditer(r"\b(?:[A-Z][a-z]+\s+){1,5}(?:" + "|".join(t.capitalize() for t in _ROLE_TITLE_TAILS)
                         + r")\b", text):
        # "the Police Public Relations Officer ... The PPRO": a role and its initials, both in the text
        words = m.group(0).split()
        for k in range(len(words) - 2):
            acr = "".join(w[0] for w in words[k:])
            if acr not in pairs and re.search(rf"\b{acr}\b", text):
                pairs[acr] = " ".join(words[k:])
                break
    for acr, full in pairs.items():
        if not acr.isupper() or full.split()[-1].lower() not in _ROLE_TITLE_TAILS:
            continue
        m = re.search(rf"\b{re.escape(full)}\b[^,.;]{{0,60}},\s+([^,.;]{{3,60}}),", text)
        if m is None:
            continue
        who = next((p for p in persons if m.group(1).endswith(p)), None)
        if who is None:
            # ("SP Ada Obi", "Inspector Ada Obi": a rank before the name, which the small model may read as
            # a body's)
            words = m.group(1).split()
            while len(words) > 2 and (words[0].isupper() and len(words[0]) <= 4 or _TITLE_RX.match(words[0] + " ")
                                      or words[0].lower() in _RANK_WORDS):
                words = words[1:]
            if 2 <= len(words) <= 3 and all(w[:1].isupper() and not w.isupper() for w in words):
                who = " ".join(words)
                if who != m.group(1):
                    out[m.group(1)] = who
        if who is not None:
            out[acr] = out[full] = who
    return out


_TITLED_OWNER = re.compile(r"^(?:(?:Mr|Ms|Mrs|Miss|Dr|Prof)\.?\s+)?((?-i:[A-Z])[\w'’-]+)['’]s\s+"
                           r"((?:[a-z][\w-]*\s+){0,2}(?:office|team|campaign|spokesman|spokeswoman|spokesperson|lawyers?|attorneys?|"
                           r"representatives?|agent|aides?|family|department|ministry))$")


_IN_THE_ITEM = re.compile(r"\b(?:says?|said|tells?|told|adds?|added|explains?|explained|writes?|wrote)\s+in\s+the\s+"
                          r"(?:clip|video|post|footage|recording|livestream|reel|story)\b")
_DETS_AND_TITLES = {"the", "a", "an", "this", "that", "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "when", "but",
                    "and", "if", "as", "after", "before", "while", "since", "because"}
# What someone says, as the subject of a sentence before their quotation ("Price's acceptance speech was short").
_SPOKEN_NOUNS = {"speech", "remarks", "statement", "message", "address", "reply", "response", "answer", "testimony",
                 "evidence", "account", "tone", "words", "comments", "verdict", "defence", "defense", "explanation",
                 "passage", "pitch", "intervention", "argument", "stance", "rhetoric", "language", "performance"}


def _canonical(name: str, kind: str, aliases: dict[str, str]) -> str:
    bare = _TITLE_RX.sub("", name) if kind == "person" else name
    if bare in aliases:
        return aliases[bare]
    if re.sub(r"^the\s+", "", bare, flags=re.I) in aliases:
        return aliases[re.sub(r"^the\s+", "", bare, flags=re.I)]
    return bare


def _titled_namesake(d: dict, persons: list[str], aliases: dict[str, str]) -> str | None:
    """'Bev and Graham Lister ... Mrs Lister said': of the people named with that surname, the one the courtesy title
    fits, when the surname's usual full name does not fit it."""
    honorific = _TITLE_RX.match(f"{d.get('descriptor') or ''} {d['name']}".strip())
    surname = _TITLE_RX.sub("", d["name"])
    if honorific is None or " " in surname:
        return None
    gender = _first_name_gender(honorific.group(0) + surname)
    if gender is None or _first_name_gender(aliases.get(surname, "")) in (gender, None):
        return None
    fitting = [p for p in persons if p.split()[-1] == surname and len(p.split()) >= 2
               and not _TITLE_RX.match(p) and _first_name_gender(p) in (gender, None)]
    return max(fitting, key=lambda p: _first_name_gender(p) == gender) if fitting else None


def _speaking_namesake(d: dict, sources: list[dict], persons: list[str]) -> str | None:
    """'Elsie Morgan was born ... Her mother, Jade Morgan, told the BBC ... Ms Morgan said': of two people with the
    surname, the one who has spoken in the article before."""
    surname = _TITLE_RX.sub("", d["name"])
    if " " in surname or not surname[:1].isupper():
        return None
    namesakes = {p for p in persons if p.split()[-1] == surname and len(p.split()) >= 2 and not _TITLE_RX.match(p)}
    if len(namesakes) < 2:
        return None
    honorific = _TITLE_RX.match(f"{d.get('descriptor') or ''} {d['name']}".strip())
    gender = _first_name_gender(honorific.group(0) + surname) if honorific else None
    if gender is not None:
        # (the one whose given name fits the title, when one does: "Mr Lister" is Graham, not Bev)
        namesakes = {p for p in namesakes if _first_name_gender(p) == gender} or \
            {p for p in namesakes if _first_name_gender(p) is None}
    spoke = [o["name"] for o in sources if o["name"] in namesakes and o.get("_sent", 1 << 30) < d.get("_sent", 0)]
    return spoke[-1] if spoke else None


def _name_headline_bodies(sources: list[dict], resolver: _Resolver) -> None:
    """'Regulator blames higher network costs', 'Operator says only a skeleton service will run': a title or
    standfirst calls the body by its kind before the body names it; once the whole article has been read, the
    body its sentences name most often, of a type the noun allows."""
    counts = Counter(resolver.body_mentions())
    for d in sources:
        words = re.sub(r"(?i)^(?:the|this)\s+", "", d["name"]).split()
        head = words[-1].lower() if words else ""
        if d.get("_ref") not in ("definite", "unresolved", "name") or not 1 <= len(words) <= 2 or head == "agency" \
                or head not in _SALIENT_HEADS \
                or len(words) == 2 and not words[0].islower() and d.get("_ref") != "name" \
                or len(words) == 2 and d.get("_ref") == "name" and not words[0].istitle() \
                or any(w[:1].isupper() for w in words[1:]) or "'" in d["name"] or "-" in d["name"] \
                or d["kind"] in ("person", "anonymous", "document", "media") or _named_outlet(d):
            continue
        fits = {n: c for n, c in counts.items() if not _other_body_type(n, head)}
        if not fits:
            continue
        best = max(fits, key=lambda n: fits[n])
        if fits[best] < 3:
            continue  # (a body named once or twice is no story's subject)
        d["descriptor"] = d["descriptor"] or d["name"]
        d["name"] = best


def _introduced_quotation(k: int, recs: list, sents: list, per_sent_sources: list) -> int | None:
    """'Mabrouka Shaaban said her family spent the night in a hallway. [¶] "The rockets started after midnight. ..."':
    a quotation that no sentence of its own attributes, opening right after one speaker's reported words (in the same
    paragraph or the next), is that speaker's. The sentence that introduced it, else None."""
    ids = recs[k].quote_ids
    first = k
    while first > 0 and recs[first - 1].quote_ids & ids:
        first -= 1
    last = k
    while last + 1 < len(recs) and recs[last + 1].quote_ids & ids:
        last += 1
    if first == 0 or not recs[first].starts_quoted or any(per_sent_sources[j] for j in range(first, last + 1)):
        return None
    attributed = any(w in lx.REPORT_VERBS for j in range(first, last + 1)
                     for w in re.findall(r"[a-z]+", _unquoted(sents[j]).lower()))
    prev = first - 1
    srcs = per_sent_sources[prev]
    # (a few quoted words of the speaker's own sentence do not bar it: 'described the closures to me as a "slow-motion
    # disaster." [¶] "You put up a sign ..."')
    if not srcs or recs[prev].quote_ids and recs[prev].quoted_frac >= 0.5 or recs[prev].para < recs[first].para - 1 \
            or len(srcs) > 1 \
            or srcs[0]["kind"] in ("document", "media") or srcs[0]["cue"] in (None, "according to"):
        return None
    last_word = srcs[0]["name"].split()[-1].lower()
    if attributed and srcs[0]["kind"] != "person" and last_word.endswith("s") and not last_word.endswith("ss"):
        return None  # ('Several officers said ... "We were not told anything," he said.': one of them, not the group)
    return prev


_READ_OUT = re.compile(r"\b(?:read|reads|read out|issued|released|delivered|gave)\s+(?:a|an|the|her|his|their)\s+"
                       r"(?:[\w-]+\s+){0,2}(?:statement|tribute|message|letter)\b")


def _statement_reader(k: int, recs: list, sents: list, per_sent_sources: list) -> str | None:
    """The named person who, in the sentence just before an unattributed quotation (the paragraph before), read out a
    statement: the quotation is what she read."""
    ids = recs[k].quote_ids
    first = k
    while first > 0 and recs[first - 1].quote_ids & ids:
        first -= 1
    if first == 0 or not recs[first].starts_quoted or recs[first - 1].para < recs[first].para - 1 \
            or recs[first - 1].quote_ids:
        return None
    prev = sents[first - 1]
    if per_sent_sources[first - 1] or not _READ_OUT.search(prev.text):
        return None
    people = [prev.span(e.start, e.end - 1) for e in prev.doc.ents if e.label_ == "PERSON" and e.end - e.start >= 2
              and not prev.in_quote[e.start]]
    return people[-1] if len(set(people)) == 1 else None


def _name_key(name: str) -> str:
    """One key for one name however the sentence wrote it ("the European Automobile Manufacturers’ Association")."""
    return re.sub(r"(?i)^(?:the|this)\s+", "", name).replace("’", "'").lower()


# A count or amount the parser took for a speaker ("at least 11,500 civilians", "seven"), with no speaker noun.
_QUANTITY = re.compile(r"(?i)(?:(?:at\s+least|more\s+than|about|nearly|almost|some|over|up\s+to)\s+)?"
                       r"(?:[\d.,]+%?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|"
                       r"thousands)(?:\s+((?-i:[a-z-]+)))?")


_SPEAKER_WORDS = lx.ANONYMOUS_HEADS | _PERSON_HEADS | _GENERIC_ORG_NOUNS


def _quantity_only(name: str) -> bool:
    m = _QUANTITY.fullmatch(name.strip())
    # (a count of people may speak: "one woman", "two firefighters"; a bounded count rarely does: "at least 11,500
    # civilians")
    return m is not None and (m.group(1) is None or m.group(1) not in _SPEAKER_WORDS and re.match(
        r"(?i)(?:at\s+least|more\s+than|nearly|almost|up\s+to)\s", name.strip()) is not None)


def _source_dict(s: RawSource) -> dict:
    if s.kind == "anonymous" and s.name and re.match(r"(?i)(?:an?|the|one|two|three|some|several|another)\s", s.name):
        # "One of the workers, a quality technician who ... asked not to be named": the phrase, not the description
        # that came with it ("A resident of Albu Kamal, who asked not to be named for fear of reprisals")
        s.name = re.split(r",\s+(?:who|whom|whose|which|an?)\s", s.name)[0]
    if s.via and s.name and s.via.lower().removeprefix("the ") == s.name.lower().removeprefix("the "):
        s.via = None  # "footage broadcast by ERT": ERT is the source, not its own channel
    if s.via and s.name and s.kind == "media" and re.search(rf"(?i)\b{re.escape(s.via)}\b", s.name):
        s.via = None  # "a video published on a pro-Russian Telegram channel": the item is named after its carrier
    if s.name and re.search(r"\s(?:told|said|says|tells|wrote|added)(?:\s|$)", s.name) and s.name[:1].isupper():
        # ("Osei told CBC Radio's", "Vahter told" tagged as one name: the name ends where its verb begins)
        s.name = re.split(r"\s(?:told|said|says|tells|wrote|added)(?:\s|$)", s.name)[0]
    owner = re.match(r"((?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z0-9])[\w&.-]*)*)['’]s?\s+(?-i:[A-Z])", s.via or "")
    if owner:
        s.via = owner.group(1)  # "told BBC Radio Scotland's Good Morning Scotland": the broadcaster of the programme
    if s.name and s.name.count("(") > s.name.count(")"):
        # ("The Information Commissioner's Office (ICO) confirmed": the parser cut the acronym in half)
        s.name = s.name[:s.name.rindex("(")].strip(" ,") or s.name
    return {"name": s.name, "kind": s.kind or "organization", "descriptor": s.descriptor or None,
            "cue": s.cue, "via": s.via, "quote": s.quote or "indirect"}


# A sentence that names its own setting ("in a statement", "at a news conference", "told
# reporters") does not continue the channel of the speaker's previous sentence.
_OWN_SETTING = re.compile(
    r"\b(?:in|at|during|on|via|through)\s+(?:a|an|the|his|her|its|their|this|that|another|one)\s+(?!same\s)"
    r"(?:[\w-]+\s+){0,2}?"  # ("in the same post" is the setting before)
    r"(?:statement|interview|conference|briefing|speech|address|remarks|letter|release|post|tweet|video|message|"
    r"hearing|meeting|rally|session|broadcast|podcast|programme|program|show|op-ed|column|article)s?\b"
    r"|\b(?:told|telling|tells|speaking|talking)\s+(?:to\s+)?(?:reporters|journalists|the|a|an|(?-i:[A-Z]))",
    re.I)
# (a deadline or a span in the reported words is no occasion: "would strike until Friday", "by Thursday")
_WHEN = re.compile(r"(?<!\bby )(?<!\buntil )(?<!\btill )(?<!\bbefore )(?<!\bafter )(?<!\bnext )(?<!\bsince )"
                   r"(?<!\bfrom )(?<!\bthrough )\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|"
                   r"later|earlier|last\s+(?:week|month|year)|this\s+(?:week|morning|afternoon|evening))\b")
# A kind of channel with no outlet named: "local radio", "national television", "state TV", "foreign media".
_UNNAMED_CHANNEL = re.compile(r"(?:the\s+)?(?:(?:local|state|national|regional|private|public|independent|foreign|"
                              r"international|pro-\w+|\w+-language|\w+-run|state-owned)\s+)+"
                              r"(?:radio|television|tv|TV|media|press|broadcasters?|stations?|channels?|outlets?)")
# (or a statement, comments or an email to an outlet: "In a statement sent to Apollo through his gallery, he went
# further.")
_INTERVIEW_SETTING = re.compile(r"\s*\b(?:(?:[Ii]n|[Dd]uring)\s+(?:an?|her|his|their)\s+(?:[\w-]+\s+)?"
                                r"(?:interview\s+with|"
                                r"(?:statement|e-?mail|comments|remarks|reply|response|answers|message)\s+"
                                r"(?:(?:sent|given|e-?mailed|provided)\s+)?to)|(?:Speaking|Talking)\s+(?:to|with))\s+"
                                r"((?:the\s+)?(?-i:[A-Z][\w'’&.-]*)(?:\s+(?-i:[A-Z][\w'’&.-]*)){0,3})")
# (an interview with a person or a body is no channel: "In an interview with the Prime Minister", "with Police")
_INTERVIEW_NOT_OUTLET = lx.GOVERNMENT_WORDS | {"minister", "president", "police", "court", "committee", "exchange",
                                              "regulator", "tribunal"}  # ("a statement to the London Stock Exchange")


def _seen_by_own(text: str) -> str | None:
    """In an article that speaks of its own reporting ("told this newspaper", "told me"), the one paper named as
    having seen or obtained something ("Screenshots ..., seen by The Western Herald, show ...")."""
    if not _TO_OWN.search(text):
        return None
    # (or the one paper someone spoke to: "said in an interview with The PUNCH", "told The Borneo Herald")
    names = {re.sub(r"^[Tt]he\s+", "The ", m.group(1)) for m in re.finditer(
        r"\b(?:(?:seen|obtained|reviewed|verified)\s+by\s+(?=[Tt]he\s)|(?:interview\s+with|told|spoke\s+to|speaking\s+to"
        r"|talking\s+to)\s+(?=The\s))((?:The|the)(?:\s+[A-Z][\w'’&-]*){1,3})(?:\s+(\w+))?", text)
        if (m.group(2) or "").lower() not in _TOLD_BODIES}  # (not "told The Hague court")
    names = {n for n in names if n.lower().removeprefix("the ") not in _WIRES
             and n.split()[-1].lower() not in _TOLD_BODIES}
    return names.pop() if len(names) == 1 else None


_WIRES = {"associated press", "reuters", "afp", "ap", "bloomberg"}


def _the_one_that_saw(text: str) -> str | None:
    """The one outlet the article says saw or obtained something ("Internal emails obtained by The Walrus", "a draft
    seen by the Ledger"): an article that has its own reporting to show names itself so."""
    names = {re.sub(r"^[Tt]he\s+", "", m.group(1)) for m in re.finditer(
        r"\b(?:seen|obtained|reviewed|verified|viewed)\s+by\s+(?:[Tt]he\s+)?((?-i:[A-Z][\w'’&-]*)(?:\s+(?-i:[A-Z][\w'’&-]*)){0,3})",
        text)}
    names = {n for n in names if n.split()[0].lower() not in _MONTHS_AND_DAYS and n.lower() not in lx.GOVERNMENT_WORDS
             and n.split()[-1].lower() not in _TOLD_BODIES}
    return names.pop() if len(names) == 1 else None

# The article's paper by a common noun, as a channel: "reviewed by this newspaper", "told our reporter".
_OWN_PAPER_NOUN = re.compile(r"(?i)(?:(?:this|our)\s+)?(?:newspaper|paper|publication|website|site|reporter|"
                             r"correspondent|magazine|outlet)")


def _unverified_by(text: str, recs: list) -> str | None:
    """The first outlet the article names as unable to verify something (as the metadata's outlet is found)."""
    for rec in recs:
        if _UNVERIFIED_WORDS.search(text, rec.start, rec.end):
            by = flags.unverifiable(text[rec.start:rec.end])[1]
            if by and not re.match(r"(?i)^(?:we|us|our|i|me)\b", by):
                return by
    return None


_UNVERIFIED_WORDS = re.compile(r"(?i)verif|confirm|authenticat|unverified")


def _told_own(words: str, own_outlet: str) -> bool:
    """Whether the sentence's own words tell the article's outlet something, by its name or its last word
    ("told the Ledger" in The Harbour Ledger)."""
    name = re.sub(r"(?i)^the\s+", "", own_outlet)
    names = {re.escape(name)} | ({re.escape(name.split()[-1])} if len(name.split()) > 1 else set())
    return re.search(rf"\b(?:told|telling|tells|spoke\s+to|speaking\s+to|talking\s+to|talked\s+to|confirmed\s+to"
                     rf"|(?:sent|given|provided)\s+to|in\s+an?\s+(?:[\w-]+\s+)?interview\s+with)\s+(?:the\s+)?"
                     rf"(?-i:{'|'.join(names)})\b(?![\w'’-])(?!\s+(?-i:[A-Z]))", words, re.I) is not None

# A page's first line naming the site and its section or slogan: "KQRT 9 | Your Panhandle News Leader",
# "HEALTH MATTERS | INTERVIEWS".
_MASTHEAD_LINE = re.compile(r"\A\s*((?:[A-Z][\w'’&.-]*|\d+)(?:[ \t]+(?:[A-Z][\w'’&.-]*|\d+|&)){0,3})[ \t]+[|•·][ \t]+"
                            r"[^\n]{2,60}\n")


_SECTION_WORDS = {"news", "interview", "interviews", "opinion", "sport", "sports", "business", "politics", "world",
                  "health", "culture", "features", "feature", "analysis", "science", "local", "national", "q&a",
                  "long", "read", "investigations", "newsletter", "leader", "your", "home"}


def _masthead_line(text: str) -> str | None:
    """(Only where the part after the bar is a section or a slogan: "Headline | Reuters" names the page, not the
    site, the other way round.)"""
    m = _MASTHEAD_LINE.match(text)
    if m is None or m.group(1).split()[0].lower() in _MONTHS_AND_DAYS | {"home", "news", "menu", "world"}:
        return None
    after = set(re.findall(r"[\w&]+", text[m.end(1):m.end()].lower()))
    return m.group(1) if after & _SECTION_WORDS else None


_NOT_MASTHEADS = _SECTION_WORDS | {"investigation", "investigations", "exclusive", "breaking", "live", "press",
                                   "release", "statement", "update", "updated", "explainer", "comment", "review",
                                   "fact", "check", "factcheck", "special", "report", "video", "watch", "listen",
                                   "advertisement", "sponsored", "briefing", "latest", "top", "stories", "menu",
                                   "immediate", "for", "ends", "about", "the", "and", "of", "in", "on", "a"}


_WELCOME = re.compile(r"\b[Ww]elcome(?:\s+back)?\s+to\s+"
                      r"(?:(?:this\s+week's|today's|the\s+latest)\s+(?:edition|issue)\s+of\s+)?((?:[Tt]he\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3})")


def _welcomed_to(text: str) -> str | None:
    """The newsletter a greeting names near the top ("Good morning, and welcome to Gridlines.")."""
    m = _WELCOME.search(text, 0, 2000)
    return re.sub(r"^the\s+", "The ", m.group(1)) if m else None


_NAME_RX = r"(?-i:[A-Z][\w'’&-]*)(?:[ \t]+(?:&[ \t]+)?(?-i:[A-Z][\w'’&-]*)){0,4}"
# A programme and the outlet that makes it: "The Tribune Daily, the news podcast of the Port Allard Tribune",
# "From the Port Allard Tribune, this is The Tribune Daily", "OVER & OUT: THE COLOMBO CHRONICLE CRICKET PODCAST".
_PROGRAMME_OF = re.compile(rf"(?i)(?:the\s+)?(?P<prog>{_NAME_RX}),\s+(?:the|a)\s+(?:[\w-]+\s+){{0,3}}"
                           rf"(?:podcast|programme|program|show|bulletin)\s+(?:of|from|by)\s+(?:the\s+)?"
                           rf"(?P<outlet>{_NAME_RX})"
                           rf"|\bfrom\s+(?:the\s+)?(?P<outlet2>{_NAME_RX}),\s+this\s+is\s+(?:the\s+)?"
                           rf"(?P<prog2>{_NAME_RX})")
_CAPS_PROGRAMME = re.compile(r"(?m)^[ \t]*(?P<prog>[A-Z][A-Z&' -]{2,40}):[ \t]+(?:THE[ \t]+)?"
                             r"(?P<outlet>[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+){0,3}?)[ \t]+(?:[A-Z]+[ \t]+)?"
                             r"(?:PODCAST|SHOW|PROGRAMME|PROGRAM)[ \t]*$")


def _programme_outlet(text: str, own: str | None) -> str | None:
    """The outlet behind the article's own programme: a podcast or show is made by a paper or broadcaster, and
    what people told the programme they told that outlet. Else `own` as it was."""
    m = _PROGRAMME_OF.search(text, 0, 3000)
    if m is not None:
        prog, outlet = m.group("prog") or m.group("prog2"), m.group("outlet") or m.group("outlet2")
        if own is None or _same_speaker(own, prog) or _same_speaker(own, outlet):
            return outlet
    caps = _CAPS_PROGRAMME.search(text, 0, 400)
    if caps is not None:
        return " ".join(w.capitalize() for w in caps.group("outlet").split())
    if own is not None:
        # "Northern Talk 101.4 | The Sports Hour with Dev Raman": the station above its programme
        line = re.search(rf"(?m)^[ \t]*((?-i:[A-Z])[\w'’&. -]{{1,40}}?)[ \t]+[|•·][ \t]+(?:the[ \t]+)?"
                         rf"{re.escape(re.sub(r'(?i)^the[ ]+', '', own))}\b", text[:800], re.I)
        if line is not None and not _same_speaker(line.group(1), own):
            return line.group(1).strip()
    return own


def _caps_masthead(original: str) -> str | None:
    """The site's name set in capitals on a line of its own among the page's first lines ("BASELINE",
    "TIDEWATER INVESTIGATIONS"), as the name it goes by ("Baseline"); not a section label ("INVESTIGATION")."""
    for line in [ln.strip() for ln in original.splitlines() if ln.strip()][:4]:
        words = line.split()
        if 1 <= len(words) <= 3 and all(w.isalpha() and w.isupper() and len(w) >= 2 for w in words) \
                and len(line) >= 4 and not {w.lower() for w in words} <= _NOT_MASTHEADS \
                and words[0].lower() not in _MONTHS_AND_DAYS:
            return " ".join(w.capitalize() for w in words)
    return None


def _staff_credit(meta: dict) -> str | None:
    """The one outlet the page's photo credits name after a photographer ("Anjali Gurung/Al Jazeera"), if one."""
    outlets = set()
    for c in meta.get("image_captions") or ():
        parts = [p.strip() for p in (c.get("credit") or "").split("/")]
        if len(parts) != 2:
            continue
        # (the photographer's name on either side: "Anjali Gurung/Al Jazeera", "SPB / Harriet Kane")
        person = [len(p.split()) >= 2 and _known_first_name(p.split()[0]) for p in parts]
        named = parts[1] if not person[1] else parts[0] if person[1] and not person[0] else None
        if named and re.fullmatch(r"(?-i:[A-Z])[\w'’&. -]{1,40}", named):
            outlets.add(named)
    return outlets.pop() if len(outlets) == 1 else None


def _interview_outlet(sent: Sent) -> str | None:
    """The outlet of a sentence that opens "In an interview with <outlet>", "In a statement sent to <outlet>",
    "Speaking to <outlet>" (not with a minister or the police)."""
    setting = _INTERVIEW_SETTING.match(_unquoted(sent))
    if setting is None or setting.group(1).split()[-1].lower() in _INTERVIEW_NOT_OUTLET:
        return None
    words = re.sub(r"^the\s+", "", setting.group(1), flags=re.I).split()
    if any(w.lower().strip(".") in lx.PERSON_TITLES for w in words[:-1]) or len(words) >= 2 \
            and _known_first_name(words[0]) and " ".join(words).lower() not in lx.OUTLETS \
            and not {w.lower() for w in words} & lx.OUTLET_NOUNS:
        return None  # ("In an interview with Prime Minister Keir Walden", "with Sarah Okafor": a person)
    return re.sub(r"^the\s+", "", setting.group(1), flags=re.I)


_CARRY_BACK = 3   # sentences back a channel carries over, ...
_CARRY_PARAS = 1  # ... and paragraphs


def _same_speaker(a: str, b: str) -> bool:
    a, b = a.lower().removeprefix("the "), b.lower().removeprefix("the ")
    if a == b:
        return True
    wa, wb = a.split(), b.split()
    return bool(wa and wb) and (wa[-1] == wb[-1] and (len(wa) == 1 or len(wb) == 1) or
                                f" {a} " in f" {b} " or f" {b} " in f" {a} ")


# "one of them", "another of the officials", "two of those": part of a group named before
_PARTITIVE = re.compile(r"(?i)(?:one|two|three|some|another|several|each|both|either|neither|most|many|all|a few)"
                        r"\s+of\s+(?:them|those|these|the\s+\w+(?:\s+(?:familiar|close|with|to|briefed|on|in|at|"
                        r"the|\w+'s|matter|talks|plans|deal|discussions?|negotiations|investigation)){0,5})\s*$")


# "a ministry spokeswoman", "the company's spokesman", "a spokesperson for the council": the body spoken for
_SPOKES_OF = re.compile(r"(?i)(?:a|an|the)\s+(?:(\w+?)(?:'s|’s)?\s+(?:spokes(?:man|woman|person)|representative)"
                        r"|(?:spokes(?:man|woman|person)|representative)\s+for\s+(?:the\s+)?(\w+))$")


_STATEMENT_HEADS = {"statement", "post", "message", "communique", "communiqué", "release", "video", "letter", "tweet"}


def _unquoted(sent) -> str:
    """The sentence's own words, outside quotation marks and outside a clause reported under a verb ("He said
    the club would file a complaint on Monday": Monday is no occasion of his saying it)."""
    def reported(tok) -> bool:
        while tok.dep_ != "ROOT" and tok.head.i != tok.i:
            if tok.dep_ == "ccomp" and tok.head.lower_ in lx.REPORT_VERBS:
                return True
            tok = tok.head
        return False
    return " ".join(sent.tok(i) for i in range(len(sent.doc)) if not sent.in_quote[i] and not reported(sent.doc[i]))


_SEEN_DOC_WORDS = lx.DOCUMENT_WORDS | {"briefing", "briefings", "polling", "accounts", "files", "file", "contract",
                                       "contracts", "plans", "plan", "proposal", "proposals", "presentation", "slides",
                                       "correspondence", "email", "note"}
_DOC_NOUNS = "|".join(sorted(_SEEN_DOC_WORDS, key=len, reverse=True))
_SEEN_OUTLET = (r"(?P<outlet>(?:the\s+)?(?-i:[A-Z][\w'’&.-]*)(?:\s+(?:&\s+)?(?-i:[A-Z][\w'’&.-]*)){0,3}"
                r"|this\s+(?:newspaper|paper|publication|website))")
# A document an outlet saw, as the subject of its sentence ("Internal emails seen by the Tribune show ...", "A 2023
# provincial report, obtained by the Ledger through a freedom-of-information request, rated ..."), closing it
# ("..., messages seen by the Courier show.") or in "The Nation has seen a copy of the audit report, which lists".
_SEEN_DOC = [
    re.compile(rf"^(?:(?:But|And|Yet|However|Meanwhile),?\s+)?(?P<doc>[A-Za-z][^,;:\"“”]{{0,90}}\b(?:{_DOC_NOUNS}))\b"
               rf"[^;:\"“”]{{0,120}}?,?\s+(?:also\s+)?"
               rf"(?:seen|obtained|reviewed|viewed)\s+by\s+{_SEEN_OUTLET}\b", re.I),
    re.compile(rf",\s+(?P<doc>[^,;\"“”]{{0,60}}?\b(?:{_DOC_NOUNS}))\s+(?:seen|obtained|reviewed)\s+by\s+{_SEEN_OUTLET}"
               r"\s+(?:show|shows|showed|suggest|suggests|reveal|reveals|say|says|state|states|indicate|indicates)"
               r"\s*[.!?]?\s*$", re.I),
    re.compile(rf"^{_SEEN_OUTLET}\s+(?:has|have|had)\s+seen\s+(?:a\s+copy\s+of\s+)?(?P<doc>(?:the|an?)\s+"
               rf"[^,;\"“”]{{0,60}}?\b(?:{_DOC_NOUNS})),\s+which\s+(?:also\s+)?(?:lists?|shows?|says?|states?|details?|"
               r"reveals?|includes?|indicates?|describes?|records?|sets?\s+out|names?|contains?)\b", re.I),
]


_SAW = re.compile(r"(?i)\b(?:seen|obtained|reviewed|viewed)\b")


def _seen_document(sent: Sent, own_outlet: str | None) -> tuple[str, str, str] | None:
    """(the document, the outlet that saw it, the words that describe the document) when a sentence's claim rests
    on a document an outlet saw."""
    text = sent.text.strip()
    if not _SAW.search(text):
        return None  # (most sentences: spare them the long patterns)
    for rx in _SEEN_DOC:
        m = rx.search(text)
        if m is None:
            continue
        k = next((i for i, (a, _b) in enumerate(sent.offsets) if a >= m.start("doc")), None)
        if k is not None and sent.in_quote[k]:
            return None
        if rx is _SEEN_DOC[0] and re.search(r"(?i)\baccording\s+to\b", text[m.end("doc"):m.start("outlet")]):
            continue  # ("The overtime estimate may be too low, according to a memo ... seen by KWNE 4": the memo's)
        head = next((i for i, (a, b) in enumerate(sent.offsets) if b == m.end("doc")), None)
        if head is None or rx is not _SEEN_DOC[2] and not _subject_like(sent.doc[head]):
            continue  # ("Price had no criminal record, according to court records reviewed by the Ledger")
        outlet = re.sub(r"(?i)^the\s+", "", m.group("outlet"))
        if outlet.lower().startswith("this "):
            if own_outlet is None:
                return None
            outlet = own_outlet
        if outlet.split()[-1].lower() in lx.GENERIC_AUDIENCES or outlet.split()[0].lower() in _MONTHS_AND_DAYS:
            return None
        return m.group("doc").strip(), outlet, text[m.start("doc"):m.start("outlet")]
    return None


def _reads_the_document(src: dict, doc: str, _outlet: str, described: str) -> bool:
    """Whether a source the sentence already has, with its channel, is the seen document's own reading: the
    document itself, the one the article cited before ("The 84-page document ..."), or its author ("A report by the
    engineering firm Danso & Partners, ... seen by the Chronicle")."""
    name = src["name"]
    return bool(src["via"]) and (
        doc.split()[-1].lower() in name.lower().split() or name.lower() not in described.lower()
        or re.search(rf"(?i)\bby\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}{re.escape(name)}", described) is not None)


def _subject_like(tok) -> bool:
    """The token heads its clause's subject (or the root the parser left it as), maybe through a conjunction."""
    while tok.dep_ == "conj":
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass", "ROOT")


# How a speaker who gave a name was described: "the spokesman", "one woman" (determiner, noun).
_DESCRIBED = re.compile(r"(?i)(the|one|another|a|an)\s+(?:[\w-]+\s+)?([a-z]+)$")


def _carried_via(d: dict, per_sent_sources: list, recs: list, sents: list, k: int,
                 here: list | None = None) -> str | None:
    """The channel of the same speaker's statement just before ('"...," Smith said in an interview
    with the BBC. She added ...' -> BBC), when no one else spoke in between and this sentence does
    not give a setting of its own."""
    text = sents[k].text
    own = _unquoted(sents[k])
    # (only the sentence's own words set a new scene: "I am told I will be moved," inside the quote does not)
    if _OWN_SETTING.search(own) or re.match(r"(?i)(?:when\s+|later\s+)?asked\b", text):
        return None
    same_item = re.search(r"(?i)\bin\s+the\s+same\s+(\w+)", text)
    if same_item and same_item.group(1).lower() in _STATEMENT_HEADS:
        # "The administration wrote in the same post that ...": the channel of that post
        for j in range(k - 1, max(-1, k - 1 - _CARRY_BACK), -1):
            if re.search(rf"(?i)\b{same_item.group(1)}\b", sents[j].text):
                for s in per_sent_sources[j]:
                    if s["via"] or s["kind"] == "media" and s["name"].split()[0].lower() in lx.PLATFORMS:
                        return s["via"] or s["name"].split()[0]
                break
    if any(o is not d and o["cue"] == "according to" and not _same_speaker(o["name"], d["name"]) for o in here or ()):
        return None  # "According to a monitoring group, the militants also released photos": told by another
    when = set(_WHEN.findall(own.lower()))  # (not "today my words ..." inside the quote)
    para = recs[k].para
    gaps = 0
    for j in range(k - 1, -1, -1):
        if recs[j].para < para - _CARRY_PARAS or recs[j].standfirst and not recs[k].standfirst:
            return None  # (the standfirst sums up the story; its setting does not run into the body)
        srcs = per_sent_sources[j]
        if not srcs and d["kind"] in ("person", "anonymous"):
            # "In an interview with The Long Brief last week, she spoke with unusual frankness about the courts.":
            # a sentence that sets up an interview, asserting nothing itself, is the channel of what she says next
            outlet = _interview_outlet(sents[j])
            if outlet is not None and (re.search(r"\b(?:she|he|they)\b", _unquoted(sents[j]), re.I)
                                       or d["name"].split()[-1] in sents[j].text):
                return outlet
        if not srcs:
            if recs[j].quote_ids and recs[j].quoted_frac >= 0.6:
                # a quotation running on over paragraphs, its speaker given later: the speaker's paragraphs
                # ('"A," she says. [¶] "B. [¶] "C." [¶] She says ...') do not part her from her channel
                para = recs[j].para
                continue
            gaps += 1
            if gaps >= _CARRY_BACK:
                return None
            continue
        same = next((s for s in srcs if _same_speaker(s["name"], d["name"])), None)
        noun = re.sub(r"(?i)^(?:the|this|that)\s+", "", d["name"]).lower()
        if same is None and noun in _STATEMENT_HEADS and re.search(rf"(?i)\b(?:a|an|the|its|their|his|her)\s+"
                                                                   rf"(?:[\w-]+\s+)?{noun}\b", sents[j].text):
            # "In a statement posted on its Telegram channel, the group said ... The statement said ...": the
            # statement spoke there too
            same = next((s for s in srcs if s["via"]), None)
        if same is None and _PARTITIVE.match(d["name"]):
            # "Two former employees told Circuit Daily ... One of them said ...": a member of the group
            # that has just spoken speaks through the same channel
            # (or a member of it spoke just before: "Two of them told Reuters ... One of the sources said")
            group = re.match(r"(?i)\w+\s+of\s+the\s+(\w+)", d["name"])
            same = next((s for s in srcs if (s["name"].split()[-1].lower().endswith("s") or group and re.search(
                rf"(?i)\b{re.escape(group.group(1))}\b", s["name"])) and not _PARTITIVE.match(s["name"])),
                None) or next(
                (s for s in srcs if _PARTITIVE.match(s["name"])), None)
        member = re.match(r"(?i)(?:one|another)\s+(?:[\w-]+\s+)?([a-z-]+)$", d["name"])
        if same is None and member:
            # "Residents told AFP ... '...,' one resident said": one of the group that has just spoken, the same way
            noun = member.group(1).lower()
            # ("Members of the resistance committee told Sudan Radar ... one member said": the group's own noun)
            same = next((s for s in srcs if set(s["name"].lower().split()) & {noun + "s", noun + "es"}
                         or noun.endswith("y") and s["name"].lower().split()[-1] == noun[:-1] + "ies"), None)
        described = _DESCRIBED.match(d.get("_described") or "")
        if same is None and described:
            # '..., a spokesman for the group told The Irrawaddy. "...," said the spokesman, who gave his name as Ko
            # Thura': the one described as before; 'residents told AFP ... "...," said one woman, who gave her name
            # as Amina': one of the people who have just spoken, the same way
            noun = described.group(2).lower()
            if described.group(1).lower() == "the":
                same = next((s for s in srcs if s["kind"] in ("person", "anonymous") and s.get("_head") == noun), None)
            elif noun in _GENDERED_NOUNS or noun in _CROWD_MEMBER_NOUNS:
                same = next((s for s in srcs if s["kind"] in ("person", "anonymous") and s.get("_head")
                             and s["_head"].endswith("s") and not _PARTITIVE.match(s["name"])), None)
        if same is None and d["kind"] == "person" and len(d["name"].split()) >= 2:
            # 'One patient, Dilys Morgan, ..., her daughter told the Evening Courier. "...," said Catrin Morgan.':
            # a relative described by kinship, named next with the family's surname, is the same speaker
            same = next((s for s in srcs if _POSSESSED_REP.match(s["name"])
                         and re.search(rf"\b{re.escape(d['name'].split()[-1])}\b", sents[j].text)), None)
        spokes = _SPOKES_OF.match(d["name"])
        if same is None and spokes:
            # "The ministry told AFP that ... A ministry spokeswoman said ...": its spokesperson speaks for the
            # body that has just spoken, in the same exchange
            body = (spokes.group(1) or spokes.group(2)).lower()
            same = next((s for s in srcs if re.search(rf"(?i)\b{re.escape(body)}\b", s["name"])), None)
        if same is None or when - set(_WHEN.findall(_unquoted(sents[j]).lower())):
            return None  # another speaker, or another occasion ("on Tuesday", "later")
        if same["kind"] == "document" and not _cites_document(d):
            # "A leaked Treasury memo, seen by News24, shows ... The Treasury said ...", "A study by the
            # University of X, published in Journal Y ... The university said ...": the channel the
            # document came through is not one its author speaks through ("The authors wrote" still
            # writes in it).
            return None
        return same["via"]
    return None


_STUDY_HEADS = {"study", "studies", "research", "paper", "preprint", "trial", "findings", "analysis", "review"}
_WRITERS = {"authors", "author", "researchers", "team", "scientists", "investigators"}


def _named_outlet(d: dict) -> bool:
    """A paper by its name, though the name is a common noun: "according to trade magazine The Grocer" is no
    "grocer" the article described before."""
    described = (d.get("descriptor") or "").lower().split()
    return d["kind"] == "outlet" and d["name"][:1].isupper() and bool(described) and (
        described[-1] in lx.OUTLET_NOUNS | {"magazine", "journal", "the"})  # (not a headline's "Broadcaster says")


def _writes_the_study(d: dict, head: str | None, text: str) -> bool:
    """The writers of a study speaking in it: "..., the authors reported", "The researchers acknowledged that
    limitation in the paper". (Not "the authors said", "the team found": those are as often their words to the
    press, or the research itself, as the paper's.)"""
    head = (head or d["name"].split()[-1]).lower()
    if head not in _WRITERS or not re.fullmatch(r"(?i)(?:the\s+)?(?:paper's\s+)?\w+", d["name"]):
        return False
    return head in ("author", "authors") and (d["cue"] or "").lower() not in ("said", "say", "says", "told") \
        or re.search(r"(?i)\bin\s+(?:the|their)\s+(?:paper|study|article|journal)\b", text) is not None


def _cites_document(d: dict) -> bool:
    """The source cites a document ("the memo", "it", "the study", "the authors wrote"), rather than
    its author speaking for itself ("The university said", "The Treasury said")."""
    head = (d.get("_head") or d["name"].split()[-1]).lower()
    return d["kind"] == "document" and (not head.isalpha() or head in lx.DOCUMENT_WORDS | lx.MEDIA_WORDS
                                        | _STUDY_HEADS | lx.PERSON_PRONOUNS | lx.GROUP_PRONOUNS | {"it"}) \
        or head in _WRITERS


# The article naming its own outlet: "..., the Northern Ledger gathered.", "The Courier can reveal that ...".
_OWN_OUTLET = re.compile(r",\s+(?:the\s+)?((?-i:[A-Z][\w'’&-]*)(?:\s+(?-i:[A-Z][\w'’&-]*)){0,3})\s+(?:has\s+)?"
                         r"(?:gathered|learnt|learned)(?=[.,])"
                         r"|(?:^|[.!?]\s+)(?:the\s+)?((?-i:[A-Z][\w'’&-]*)(?:\s+(?-i:[A-Z][\w'’&-]*)){0,3})\s+"
                         r"(?:can\s+(?:now\s+)?reveal|has\s+learn[te]d)\b", re.I)
# The article's own reporter or outlet as the one told: "told our correspondent", "to this newspaper".
_TO_OWN = re.compile(r"\b(?:told|to|with)\s+(?:our|this)\s+(?:correspondent|reporter|newspaper|paper|publication"
                     r"|website|programme|program|podcast|show)\b|\b(?:told|tells|telling)\s+me\b"
                     r"|\b(?:speaking|talking|spoke|talked)\s+(?:to|with)\s+me\b",
                     re.I)  # (a feature writer's "she told me", "Speaking to me by phone")
# "told us" in the outlet's own voice (a host's, not a guest's answer, where "us" is the guest's side)
_TOLD_US = re.compile(r"\b(?:told|tells|telling)\s+us\b")
# A speaker's channel said after the attribution: '"...," he said, speaking to the Post at a temporary shelter.'
_SAID_SPEAKING_TO = re.compile(r"\b(?:said|says|added|told\s+\w+)\s*,\s+(?:speaking|talking)\s+(?:exclusively\s+)?"
                               r"(?:to|with)\s+(?:the\s+)?((?-i:[A-Z][\w'’&.-]*)(?:\s+(?-i:[A-Z][\w'’&.-]*)){0,3})")


# A question-and-answer write-up: the interviewer's questions stand as paragraphs of their own ("How short was
# last season?", "Q: Why now?"), and the piece says it is an interview ("Q&A: ...", "The interview has been edited
# for length and clarity", "This conversation has been condensed").
_QA_MARK = re.compile(r"(?i)\b(?:interview|conversation|exchange|answers|responses|transcript)s?\s+(?:has|have)\s+"
                      r"been\s+(?:lightly\s+)?(?:edited|condensed)\b|\b(?:edited|condensed)\s+for\s+(?:length|clarity)"
                      r"|\bwas\s+interviewed\s+by\b|(?-i:\bQ\s*(?:&|and)\s*A\b)|^Q\s*:", re.M)
_QA_NOTE = re.compile(r"(?i)\b(?:has|have)\s+been\s+(?:lightly\s+)?(?:edited|condensed)\b")
# Whom the piece interviewed, and through what: "She spoke to the Northern Ledger by phone", "Ruiz talked with
# The Courier ahead of ...", "Okafor sat down with the Herald".
# (also past a relative clause: "Bello, who has led the state's response since November, spoke to Daily Trust"; and
# "Oduya joined Health Matters for a conversation", "answered questions from Health Matters")
_QA_SPOKE = re.compile(r"(?m)(?:^|[.!?]\s+)((?-i:[A-Z][\w'’-]*)(?:[ \t]+(?-i:[A-Z][\w'’-]*)){0,3})"
                       r"(?:,[ \t]+(?:who|whose)\b[^,.;\n]{1,200},|,[ \t]+[^,.;\n]{1,100},)?\s+"
                       r"(?:(?:spoke|talked|sat\s+down|speaks|talks)\s+(?:exclusively\s+)?(?:to|with)|joined|joins"
                       r"|answered\s+questions\s+from|answers\s+questions\s+from)\s+(?:(?:the|a)\s+)?"
                       r"((?-i:[A-Z][\w'’-]*)(?:[ \t]+(?:&[ \t]+)?(?-i:[A-Z][\w'’&-]*)){0,3}|\w+)")


_SPEAKER_LABEL = layout.SPEAKER_LABEL  # ("Marsh: Nothing has changed.", "MAYA OKONKWO (HOST): ...")
_QUESTION_LABELS = {"q", "question", "a", "answer"}
_ASKING_ROLES = {"host", "co-host", "presenter", "interviewer", "anchor", "moderator", "chair"}
# The programme's own voices: a TV transcript's anchor and its correspondents ("MARTIN EKWALL, POLITICAL
# CORRESPONDENT:") speak for the outlet, as the host does.
_OUTLET_VOICE_WORDS = _ASKING_ROLES | {"correspondent", "reporter", "newsreader", "editor"}
# A TV transcript's label on a line of its own above the turn: "HELEN MARSH, DEPUTY LEADER (SPEAKING IN VARBERG):"
_LABEL_LINE = re.compile(r"[ \t]*((?-i:[A-Z][A-Z'’.-]+)(?:[ \t]+(?-i:[A-Z][A-Z'’.-]+)){0,3})"
                         r"(?:[ \t]*,[ \t]*(?P<role>[^:(\n]{2,60}?))?(?:[ \t]*\((?P<paren>[^)\n]{2,40})\))?"
                         r"[ \t]*:[ \t]*$")


# "Harbour master Colm Daly spoke to Coast FM on Tuesday." above a transcript: who answers, and to whom
_INTRO_SPOKE = re.compile(r"((?-i:[A-Z][\w'’-]+)(?:[ \t]+(?-i:[A-Z][\w'’-]+)){1,2})\s+"
                          r"(?:spoke|talked|sat\s+down|speaks|talks)\s+(?:exclusively\s+)?(?:to|with)\s+(?:the\s+)?"
                          r"((?-i:[A-Z][\w'’&-]*)(?:[ \t]+(?-i:[A-Z0-9][\w'’&.-]*)){0,3})")


def _label_above(text: str, line_start: int) -> re.Match | None:
    """The speaker label on the line just above a paragraph's first line, if that line is only a label."""
    if line_start < 2:
        return None
    above = text.rfind("\n", 0, line_start - 1) + 1
    return _LABEL_LINE.fullmatch(text, above, line_start - 1)
# Header lines of a transcript, not speakers: "Guest: Tomasz Wielgus (TW), director general, ..."
_HEADER_LABELS = {"guests", "presenters", "hosts", "producer", "producers", "broadcast", "panel", "panellists",
                  "panelists", "contributors", "editor", "recorded", "aired", "programme", "program", "episode",
                  "duration", "length", "transcript"}
# Turns labelled by role rather than name: "HOST: Is the harbour open?", "GUEST: It reopened at noon."
_GUEST_LABELS = {"guest", "interviewee"}
# (a programme's name is no briefing: "The Morning Briefing")
_BRIEFING = re.compile(r"(?i)\b(?:press|news)\s+conference\b|\b(?-i:briefing)\b|\btold\s+(?:reporters|journalists)\b"
                       r"|\bpress\s+room\b|\bmedia\s+(?:conference|availability)\b")


def _speaker_labels(text: str, recs: list, interviewer: str | None = None) -> tuple[dict[int, str], dict[int, str]]:
    """({paragraph: label} of the answers, {paragraph: label} of the questions) for a transcript set out with speaker
    labels: a paragraph opening "Q:" and others opening with a name and a colon ("Marsh: ..."); ({}, {}) for an
    article without "Q:" paragraphs (a "Claim:" or "Update:" line is no transcript). The interviewing outlet's name
    or initials ("Lisbon Herald:", "LH:") label questions too, and so does any label whose paragraphs end in
    questions ("MO:", the interviewer's initials)."""
    asking = set(_QUESTION_LABELS) | _ASKING_ROLES
    if interviewer:
        name = re.sub(r"(?i)^the\s+", "", interviewer)
        asking |= {name.lower(), "".join(w[0] for w in name.split() if w[:1].isupper()).lower()}
    found: dict[int, str] = {}
    asks: dict[str, list[bool]] = {}
    for line in text.splitlines():
        # ("MAYA OKONKWO (HOST): From the Port Allard Tribune, this is ...": the host's role is given once, maybe on
        # a line that is no claim)
        m = _SPEAKER_LABEL.match(line)
        if m is not None and (m.group("role") or "").lower().strip() in _ASKING_ROLES:
            asking.add(m.group(2).lower())
        m = _LABEL_LINE.fullmatch(line)
        if m is not None and set((m.group("role") or "").lower().split()) & _OUTLET_VOICE_WORDS:
            asking.add(m.group(1).lower())
    for rec in recs:
        if rec.para in found:
            continue
        start = text.rfind("\n", 0, rec.start) + 1
        m = _SPEAKER_LABEL.match(text, start, start + 80)
        if m is not None and m.start("clip" if m.group("clip") else 2) <= rec.start \
                and m.group(2).lower() not in _HEADER_LABELS:
            found[rec.para] = m.group(2)
            end = text.find("\n", start)
            asks.setdefault(m.group(2), []).append(text[start:end if end >= 0 else len(text)].rstrip().endswith("?"))
        elif m is None and (above := _label_above(text, start)) is not None:
            found[rec.para] = above.group(1)
            end = text.find("\n", start)
            line = text[start:end if end >= 0 else len(text)]
            asks.setdefault(above.group(1), []).append(line.rstrip().endswith("?"))
    # ("MO: Was the cable damage sabotage?": the interviewer's initials label the paragraphs that end in questions)
    asking |= {label.lower() for label, ends in asks.items() if len(ends) >= 2 and sum(ends) * 2 >= len(ends)
               and len(asks) >= 2}
    # ("Hosted by Maya Rennick" in the header; "RAMAN:" after "DEV RAMAN (PRESENTER):", the host by surname)
    asking |= {m.group(1).lower() for m in re.finditer(r"\b(?:[Hh]osted|[Pp]resented|[Mm]oderated)\s+by\s+"
                                                       r"((?-i:[A-Z][\w'’-]+)(?:[ \t]+(?-i:[A-Z][\w'’-]+)){1,2})",
                                                       text[:3000])}
    asking |= {label.lower() for label in asks if len(label.split()) == 1
               and any(len(a.split()) >= 2 and a.split()[-1] == label.lower() for a in asking)}
    if not any(v.lower() in asking for v in found.values()):
        return {}, {}
    # (a turn that runs over several paragraphs: the paragraphs between two labelled ones are the last speaker's)
    labelled = sorted(found)
    for rec in recs:
        if rec.para not in found and labelled[0] < rec.para < labelled[-1]:
            found[rec.para] = found[max(p for p in labelled if p < rec.para)]
    return ({p: v for p, v in found.items() if v.lower() not in asking},
            {p: v for p, v in found.items() if v.lower() in asking})


def _labelled_speaker(label: str, persons: list[str], text: str = "", interviewee: str | None = None) -> str | None:
    """The person a speaker label names ("Marsh" -> "Gary Marsh"), among those the article has named (or in the
    transcript's header: "Guest: Colm Daly (CD), harbour master")."""
    if label.lower() in _GUEST_LABELS:
        # ("GUEST: It reopened at noon.": the guest the header names, else the one the intro says was interviewed)
        named = re.search(r"(?im)^[ \t]*guest[ \t]*:[ \t]*((?-i:[A-Z])[\w'’-]+(?:[ \t]+(?-i:[A-Z])[\w'’-]+){1,2})",
                          text)
        return named.group(1) if named else interviewee
    if label.isupper() and len(label.split()) >= 2:
        # ("JOANNE PELLETIER: ..." in a podcast transcript: the name in capitals)
        return next((p for p in persons if p.lower() == label.lower()), label.title())
    if label.isupper() and 2 <= len(label) <= 3 and (
            glossed := re.search(rf"((?-i:[A-Z][\w'’-]+)(?:[ \t]+(?-i:[A-Z][\w'’-]+)){{1,3}})[ \t]*\({label}\)", text)):
        return glossed.group(1)
    named = max((p for p in persons if p.split()[-1] == label.split()[-1] or p == label), key=len, default=None)
    if named is None and label.isupper() and len(label) > 3 and (full := re.search(
            rf"\b((?-i:[A-Z][\w'’-]+)[ \t]+){re.escape(label.title())}\b|\b([A-Z][A-Z'’-]+[ \t]+){re.escape(label)}\b",
            text)):
        named = f"{(full.group(1) or full.group(2)).strip().title()} {label.title()}"  # ("ACHEBE:" is Yvonne Achebe)
    if named is None and len(label.split()) >= 2 and label[:1].isupper():
        named = label  # ("Ana Silva: No." names her in full)
    if named is None and len(label.split()) == 1 and not label.isupper() and (full := re.search(
            rf"\b((?-i:[A-Z][\w'’-]+)(?:[ \t]+(?-i:[A-Z][\w'’-]+)){{0,2}})[ \t]+{re.escape(label)}\b", text)) \
            and full.group(1).split()[0].rstrip(".").lower() not in _HONORIFICS:
        named = f"{full.group(1)} {label}"  # ("Silva: Because ..." after "Ana Silva, Portugal's finance minister")
    if named is None and label.isupper() and 2 <= len(label) <= 3:
        # "IK: Two things happened at once.": the initials of the one person the article named so
        named = next(iter({p for p in persons if "".join(w[0] for w in p.split() if w[:1].isupper()) == label}), None) \
            if len({p for p in persons if "".join(w[0] for w in p.split() if w[:1].isupper()) == label}) == 1 else None
    return named


_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "the", "by"}


_QA_I_SPOKE = re.compile(r"\b(?:I|[Ww]e)\s+(?:spoke|talked|sat\s+down)\s+(?:to|with)\s+"
                         r"((?:[A-Z][\w'’-]*\.?\s+){0,3}[A-Z][\w'’-]*)")
_QA_DESCRIBED_SPOKE = re.compile(r"(?m)(?:^|[.!?]\s+)(?:The|A|An|Our)\s[^.!?\n]{1,80}?\s"
                                 r"(?:talks|speaks|spoke|talked)\s+(?:exclusively\s+)?(?:to|with)\s+(?:the\s+)?"
                                 r"((?-i:[A-Z][\w'’-]*)(?:[ \t]+(?:&[ \t]+)?(?-i:[A-Z][\w'’&-]*)){0,3})")


def _qa_layout(text: str) -> tuple[int, str | None, str | None, int | None, int] | None:
    """(where the first question stands, who answers as written, the outlet she spoke to, where the intro says "he" or
    "she" for the interviewee, where the interview ends) for a question-and-answer write-up; None for any other
    article (a rhetorical "So what happens next?" paragraph makes no interview)."""
    questions = []
    for m in re.finditer(r"(?m)^[ \t]*(?:Q\s*[:.]\s*)?([^\n\"“”]{3,200}\?)[ \t]*$", text):
        if m.start() > 0 and len(m.group(1).split()) <= 30:
            questions.append(m.start())
    mark = _QA_MARK.search(text)
    if len(questions) < 2 or mark is None:
        return None
    after_mark = [q for q in questions if q > mark.start()]
    if len(after_mark) >= 2:
        questions = after_mark  # (not a headline's question above the intro: "How do you count a heatwave's dead?")
    intro = text[:questions[0]]
    who = outlet = pronoun_at = None
    for m in _QA_SPOKE.finditer(intro):
        who, outlet = m.group(1), m.group(2)
        pronoun_at = m.start(1) if who.lower() in ("he", "she") else None
        reporter = re.match(r"(.+?)['’]s?\s+((?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){1,2})$", outlet)
        if reporter and _first_person_named(reporter.group(1)) is None and not _outletish(reporter.group(2)):
            outlet = reporter.group(1)  # "She spoke with Health Matters' Sam Lee": the outlet its reporter writes for
    asks = len(re.findall(rf"(?m)^[ \t]*{re.escape(who)}[ \t]*:[^\n]*\?[ \t]*$", text)) if who else 0
    if who is not None and (_outletish(who) or who.lower() in ("we", "i") or asks >= 2  # ("Mongabay: How ...?")
                            or (outlet or "").lower() in ("her", "him", "them")  # ("Diario La Costa spoke to her")
                            or _first_person_named(who) is None and _first_person_named(outlet or "") is not None):
        # ("Health Matters sat down with Health Minister Amina Oduya": the one with a person's name answers)
        # "The Iberian Ledger spoke to Carmen Ortega", "We spoke to her": the outlet asked, the other one answers
        who, outlet = outlet, (None if who.lower() in ("we", "i") else who)
    if outlet is None and (described := _QA_DESCRIBED_SPOKE.search(intro)):
        outlet = described.group(1)  # "The Spanish world No 31 talks to Baseline about ...": her description
    for m in _QA_ASKED_BY.finditer(intro):
        # "Carmen Ortega ... was interviewed by the Iberian Ledger", "In conversation with the Ledger, ..."
        outlet = outlet or m.group("outlet")
    if who is None or not who[:1].isupper() and who.lower() not in lx.PERSON_PRONOUNS \
            or who.lower() in lx.PERSON_PRONOUNS | {"we", "i"}:
        who = None  # (for "She spoke with ...", the person the intro is about, below)
    if who is None and (asked := _QA_I_SPOKE.search(intro)):
        # "To understand where the number comes from, I spoke to Professor Tasmin Harrow, ...": the one the writer
        # spoke to, however the sentence opens
        who = re.sub(r"^(?:(?:Professor|Prof\.?|Dr\.?|Doctor|Mr\.?|Mrs\.?|Ms\.?|Dame|Sir)\s+)+", "", asked.group(1))
    if who is None and pronoun_at is not None:
        # ("Katarina Lindahl, 51, ... has led the ministry since January. She spoke to the Ledger": the last person
        # a sentence of the intro opened with before "she", a given name the list may not know)
        opened = list(re.finditer(r"(?:^|[.!?]\s+)((?-i:[A-Z][\w'’-]+)[ \t]+(?-i:[A-Z][\w'’-]+))"
                                  r"(?=,|\s+(?:has|had|is|was|said|says|who|became|took|joined)\b)",
                                  intro[:pronoun_at], re.M))
        who = opened[-1].group(1) if opened and opened[-1].group(1).split()[0].lower() not in _DETS_AND_TITLES \
            else None
        pronoun_at = None if who is not None else pronoun_at
    if who is None:
        # (the interviewee is the first person the intro names, past its byline: "Q&A: Carmen Ortega, olive farmer")
        who = _first_person_named(re.sub(r"(?im)^[ \t]*(?:by|words\s+by|interview\s+by)\s.*$", "", intro))
    if who is None:
        return None
    if outlet is not None and (not outlet[:1].isupper() or outlet.lower() in lx.GENERIC_AUDIENCES
                               or _first_person_named(outlet) == outlet):
        outlet = None  # "spoke to reporters", "talked to us"
    masthead = _QA_MASTHEAD.search(intro)
    if outlet is None and masthead and masthead.group(1).split()[0].lower() not in _MONTHS_AND_DAYS:
        # "We spoke to her ..." under "By Ana Gil / Field & Market, 27 November 2026": the publication asked
        outlet = masthead.group(1)
    return questions[0], who, outlet, pronoun_at, _qa_end(text, questions[-1])


_LINE = re.compile(r"(?m)^[ \t]*([^\n]{3,90}?)[ \t]*$")


def _qa_end(text: str, last_question: int) -> int:
    """Where the interview stops: at a crosshead after its last question ("'He was coming home with his wages'"),
    when the article goes on with reporting of its own; else at the end."""
    for m in _LINE.finditer(text, last_question):
        line = m.group(1)
        if m.start() > last_question and len(line.split()) <= 12 and not re.search(r"[.!?:;,]['\"’”]?$", line) \
                and not line.lower().startswith(("q:", "q.", "a:")) and line[:1].isupper() | (line[:1] in "'‘\"“"):
            return m.start()
    return len(text)


def _intro_channel(who: str, per_sent_sources: list, recs: list, first_question: int) -> str | None:
    """The channel the intro gave the interviewee's own words ("Dr Anna Berg, who ..., told the Island Courier
    that ..."), when it says so in a sentence of its own rather than "she spoke to the Island Courier"."""
    surname = who.split()[-1]
    for rec, srcs in zip(recs, per_sent_sources, strict=False):  # (the sentences read so far)
        if rec.start >= first_question:
            break
        for s in srcs:
            if s["via"] and s["kind"] == "person" and (_same_speaker(s["name"], who) or surname in s["name"].split()):
                return s["via"]
    return None


# The publication's line beside the byline: "By Ana Gil\nField & Market, 27 November 2026".
_QA_MASTHEAD = re.compile(r"(?m)^[ \t]*By\s[^\n]{2,60}\n[ \t]*"
                          r"((?-i:[A-Z][\w'’.-]*)(?:[ \t]+(?:&[ \t]+)?(?-i:[A-Z][\w'’&.-]*)){0,4})"
                          r"[ \t]*[,|–—-][ \t]*[^\n]*\b(?:19|20)\d\d[ \t]*$")
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_MONTHS_AND_DAYS = set(MONTHS) | _WEEKDAYS | {"updated", "published", "posted", "last"}


# Who asked the questions, when the intro says so passively or as a setting.
_QA_ASKED_BY = re.compile(r"(?:\binterviewed\s+by|\b(?i:in)\s+(?:conversation|an?\s+(?:[\w-]+\s+){0,2}interview)"
                          r"\s+with)"
                          r"\s+(?:the\s+)?"
                          r"(?P<outlet>(?-i:[A-Z][\w'’&-]*)(?:\s+(?-i:[A-Z][\w'’&-]*)){0,3})")


# The last word of many papers' names ("The Northern Ledger", "Wash Gazette").
_MASTHEAD_WORDS = lx.OUTLET_NOUNS | lx.PAPER_NAME_WORDS


def _outletish(name: str) -> bool:
    """A name that reads as a publication's: a known outlet, or "The <Name>" that is no person's."""
    low = re.sub(r"(?i)^the\s+", "", name).lower()
    return low in lx.OUTLETS or name.lower().startswith("the ") and _first_person_named(name) is None \
        or bool(low.split()) and low.split()[-1] in _MASTHEAD_WORDS


def _first_person_named(text: str) -> str | None:
    """The first full name the text writes that opens with a known given name ("Carmen Ortega")."""
    for m in re.finditer(r"\b(?=((?-i:[A-Z][\w'’-]+))((?:[ \t]+(?-i:[A-Z][\w'’-]+)){1,2}))", text):
        if _fold(m.group(1)) in _GIVEN_NAMES:
            return m.group(1) + m.group(2)
    return None


def _journals(text: str, recs: list) -> list[tuple[int, str]]:
    """(sentence index, journal) for the journals the article says a study was published in
    ("published in the journal X"), each at its first mention."""
    names: list[tuple[int, str]] = []
    for k, rec in enumerate(recs):
        for m in _JOURNAL.finditer(text, rec.start, rec.end):
            name = re.sub(r"^the\s+", "", _journal_name(m).rstrip("."), flags=re.I)
            if not any(_same_speaker(name, n) for _, n in names):
                names.append((k, name))
    return names


def _document_via(d: dict, head: str | None, history: list, journals: list) -> str | None:
    """A document keeps the channel it came through wherever the article cites it again: the memo
    "seen by the Courier" still is when "It states ..." paragraphs later, and a study published in a
    journal has the journal as via in "the study said" / "the paper reports" (the one journal the
    article has named by then)."""
    same = next((h for h in reversed(history) if h.get("via") and h["kind"] == "document"
                 and _same_speaker(h["name"], d["name"])), None)
    if same is not None:
        return same["via"]
    head = (head or d["name"].split()[-1]).lower()
    if len(journals) == 1 and (head in _STUDY_HEADS or d["name"].lower().split()[-1] in _STUDY_HEADS
                               or any(w in _STUDY_HEADS for w in d["name"].lower().split()[:3])):
        return journals[0]
    return None


_SELF_NAMED = re.compile(
    r"\b(?:(?:which|who|that)\s+(?:calls|called|call)\s+(?:itself|themselves|himself|herself)|calling\s+"
    r"(?:itself|themselves)|(?:which|who)\s+(?:is|are)\s+(?:known|named)\s+as|(?:which|who)\s+goes?\s+by(?:\s+the\s+name)?"
    r"|,\s+(?:also\s+)?(?:known\s+as|dubbed))\s+[\"“']?"
    r"(?P<name>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4})")


_NAME = r"((?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+)"


# Words before a title that make it someone else's: "Shadow housing secretary Marcus Whitcombe".
_OTHER_HOLDER = {"shadow", "former", "ex", "deputy", "acting", "junior", "assistant", "vice", "previous", "then",
                 "opposition", "late", "outgoing", "incoming", "interim"}


def _title_holder(text: str, title: str) -> str | None:
    """The one person the article names with this title, as capitalised ("Health Minister P. Sreelatha", "the
    Transport Minister, Orla Kinsella,"), not a shadow, former or deputy holder of it."""
    names = set()
    for m in re.finditer(rf"(?:(\S+)\s+)?(?<![\w-]){re.escape(title)}(?:,)?\s+{_NAME}", text):
        if (m.group(1) or "").lower().strip("-") not in _OTHER_HOLDER:
            names.add(re.sub(r"['’]s$", "", m.group(2)))
    return _the_one_name(names)


def _the_one_name(names: set[str]) -> str | None:
    """The one person these names are, if one: not a title read as a name, a short form ("Carver") the same
    person as its full form ("Helen Carver")."""
    names = {n for n in names if n.split()[0].lower() not in lx.PERSON_TITLES | {"the", "a", "an", "of", "for"}}
    full = {n for n in names if not any(o != n and o.endswith(" " + n) for o in names)}
    return full.pop() if len(full) == 1 else None


def _role_holder(text: str, role: str) -> str | None:
    """The one person the article names in a role: "Judge Helen Carver", "his lawyer, Jane Smith,"."""
    names = set()
    for m in re.finditer(rf"\b(?i:{re.escape(role)})\s+{_NAME}", text):
        names.add(m.group(1))
    for m in re.finditer(rf"\b(?i:{re.escape(role)}),\s+{_NAME}\s*[,.]", text):
        names.add(m.group(1))
    return _the_one_name({re.sub(r"['’]s$", "", n) for n in names})  # ("President Matti Aaltonen's office")


# Head nouns a lede's description may use for a body or person the next sentences name ("a war monitor said"
# ... "The Syrian Observatory for Human Rights said"; "Emergency official says" ... "Jillian Moore, a duty
# officer with the Emergency Management Office").
_CATAPHOR_EQUIV = {
    "monitor": {"monitor", "observatory", "watch", "observers", "tracker", "monitoring", "monitors", "tracks",
                "tracking"},
    "watchdog": {"watchdog", "watch", "ombudsman", "regulator", "inspectorate", "commission", "authority"},
    "official": {"official", "officer", "director", "chief", "commissioner", "head", "manager", "coordinator"},
    "union": {"union", "federation", "confederation", "association", "syndicate"},
    "charity": {"charity", "foundation", "trust", "fund", "relief", "aid"},
    "operator": {"operator", "worker", "technician", "engineer"},
    # ("A catering boss has told a jury" ... "The owner of a catering firm ... has testified")
    "boss": {"boss", "owner", "director", "chief", "founder", "proprietor", "executive", "chairman", "chairwoman"},
    "owner": {"owner", "boss", "director", "founder", "proprietor"},
    # ("a medical group said" ... "The Kordofan Doctors Union said"; "Ethnic armed group says" ... "The Arakan
    # Army (AA) ... says"): a group is whatever body the next sentences name
    "group": {"group", "union", "association", "federation", "network", "organisation", "organization", "army",
              "force", "forces", "front", "movement", "brigade", "militia", "alliance", "coalition", "council",
              "committee", "project", "watch", "observatory", "collective", "society", "syndicate", "unit"},
}
# Modifiers that say nothing of which group it is ("a local group", "a leading group").
_VAGUE_MODIFIERS = {"local", "leading", "prominent", "major", "small", "large", "main", "national", "international",
                    "regional", "independent", "other", "another", "same", "well-known", "influential"}
# Head nouns of a person's description the parse may read as a body's ("The owner of a catering firm").
_CATAPHOR_PERSON_HEADS = {"owner", "boss", "founder", "proprietor", "mother", "father", "parent", "widow", "son",
                          "daughter", "wife", "husband", "head", "manager", "landlord", "tenant"}
# Words that make a description an anonymous source, which keeps the article's phrase.
_ANON_MARKERS = {"senior", "junior", "source", "sources", "familiar", "insider", "insiders", "spokesman",
                 "spokeswoman", "spokesperson", "representative", "aide", "aides", "anonymity", "unnamed",
                 "diplomat", "another", "one", "some", "several", "people", "person", "who", "them"}
# Someone who speaks for another person: "his agent", "the striker's lawyer".
_POSSESSED_REP = re.compile(r"(?:his|her|their|(?:the\s+)?(?:[\w-]+\s+){0,2}[\w-]+['’]s)\s+(?:[\w-]+\s+)?"
                            r"(?:agent|lawyer|attorney|barrister|solicitor|counsel|manager|adviser|advisor|publicist|"
                            # (family who speak for someone: "her daughter told the paper ... said Catrin Morgan")
                            r"daughter|son|mother|father|wife|husband|brother|sister|partner|widow|widower|cousin|"
                            r"uncle|aunt|niece|nephew|grandson|granddaughter|grandmother|grandfather)$")
_CATAPHOR_CUT = re.compile(r"\b(?:for|of|at|in|with|from|representing|who|that|which|where|on|to)\b")


_SPOKESMAN_FOR = re.compile(r"(?i)^(?:a|an|the)\s+(?:spokesman|spokeswoman|spokesperson|representative)\s+for\s+"
                            r"(?:the\s+)?(?:local\s+|regional\s+)?((?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){1,5})")


def _other_sort(mods, head: str, descriptor: str | None) -> bool:
    """Whether a body's own description calls it a `head` of another sort than `mods` say: "a local
    resistance group" is not "the Myanmar Conflict Data Project, a local monitoring group"."""
    mods = {w for w in mods if len(w) > 3} - _VAGUE_MODIFIERS
    own = re.search(rf"\b((?:[\w-]+\s+){{1,3}}){re.escape(head)}\b", (descriptor or "").lower())
    return bool(own and mods and not set(own.group(1).split()) & mods)


def _cataphora(per_sent_sources: list, sent_objs: list, persons_before: dict) -> None:
    """A description in the headline or lede of a body or person the next sentences name: "..., a war
    monitor said" ... "The Syrian Observatory for Human Rights said ..."; "Emergency official says ..."
    ... "Jillian Moore, a duty officer with the Emergency Management Office, said"; "A former control-room
    operator ... told jurors ..." ... "Darnell Hughes, 39, was the prosecution's first witness". The head noun
    (or a word of its class) or a modifier must recur in the named source's name or apposition; anonymous
    descriptions ("a senior official", "a spokesperson for the company") keep their phrase."""
    # (the later sentences first: a headline's "A catering boss" is the person its lede's description, "The
    # owner of a catering firm", turns out to be)
    for k, lst in reversed(list(enumerate(per_sent_sources[:4]))):
        for d in lst:
            if _proper(d["name"]) or d.get("_member") or d["kind"] in ("document", "media", "outlet") \
                    or d.get("_ref") == "pronoun" or d.get("_head") in ("he", "she", "they", "it", "we") \
                    or re.match(r"(?i)(?:the|this)\s", d.get("_written") or "") and re.match(r"(?i)an?\s", d["name"]):
                # (nor "the group said" that stands for the lede's "a monitoring group": it takes the name that
                # description takes, not a name of its own from the sentences after it)
                continue
            low = d["name"].lower()
            if any(w[:1].isupper() and not re.search(r"(?:an|ese|ish|ic|i|-based|-headquartered)$", w)
                   for w in _CATAPHOR_CUT.split(d["name"])[0].split()[1:]):
                continue  # ("agriculture commissioner Pieter van Aalst": a name is there already; "A Bolivian
                # rights group" has only a nationality)
            words = re.findall(r"[a-z][\w-]*", _CATAPHOR_CUT.split(low)[0])
            words = [w for w in words if w not in ("a", "an", "the", "this", "its", "their")]
            if not words or len(words) > 5 or set(re.findall(r"[\w-]+", low)) & _ANON_MARKERS \
                    or words[-1].endswith("s") and not words[-1].endswith("ss") and words[-1] not in ("news",):
                continue
            head, mods = words[-1], {w for w in words[:-1] if len(w) > 3 and not w.endswith("ly")}
            heads = _CATAPHOR_EQUIV.get(head, {head})
            # (the parse may take the phrase's last noun for its head: "A former control-room operator at a
            # chemical plant" is a person)
            # (and a role someone holds for a body: "the airline's business rescue practitioner has confirmed")
            person = d["kind"] in ("person", "anonymous") or head in _CATAPHOR_PERSON_HEADS | _PERSON_NOUNS or \
                "former" in words and head.endswith(("er", "or", "ist", "ian", "ant", "ent")) or \
                re.search(r"['’]s\s", low) is not None and head.endswith(("er", "or", "ist", "ian", "ant", "ent")) \
                and head not in lx.DOCUMENT_WORDS | lx.STATEMENT_NOUNS | lx.GOVERNMENT_WORDS | _GENERIC_ORG_NOUNS
            window = 6 if k == 0 else 3
            found = None
            for j in range(k + 1, min(len(per_sent_sources), k + 1 + 6)):
                for o in per_sent_sources[j]:
                    sm = _SPOKESMAN_FOR.match(o["name"]) if not person else None
                    if sm is not None:
                        # ("a local resistance group said" ... "a spokesman for the local People's Defence Force
                        # told AFP": the body its spokesman speaks for)
                        o = {"name": sm.group(1).strip(), "kind": "organization", "descriptor": None}
                    if not _proper(o["name"]) or (o["kind"] == "person") != person or o["name"] in persons_before:
                        continue
                    if j > k + window and head not in re.findall(r"[\w-]+", (o.get("descriptor") or "").lower()):
                        continue  # (further on, only one described with the same noun: "The group, the X, said")
                    pool = set(re.findall(r"[\w-]+", (o["name"] + " " + (o.get("descriptor") or "")).lower()))
                    if not person and _other_sort(mods, head, o.get("descriptor")):
                        continue
                    # (the modifiers of "the Serbian striker's agent" describe whom the agent speaks for)
                    if pool & heads and (mods & pool or not person or head not in lx.ANONYMOUS_HEADS
                                         or _POSSESSED_REP.match(low)):
                        found = o
                        break
                    if not person and j == k + 1 and re.match(r"(?:an?|the)\s", low) and head in _LEDE_BODY_HEADS \
                            and o["kind"] in ("organization", "government") \
                            and (not o.get("descriptor") or o["descriptor"].isupper()) \
                            and len([x for x in per_sent_sources[j] if _proper(x["name"])
                                     and x["kind"] in ("organization", "government")]) == 1:
                        # "..., an aid agency said." then "In a report released in Nairobi, Drylands Relief
                        # International (DRI) said ...": the one body the next sentence names, described by no
                        # words of its own that could contradict the lede's
                        found = o
                        break
                    if person and head in lx.PERSON_TITLES and not o.get("descriptor") and j == k + 1 and not any(
                            re.search(rf"\b{head.capitalize()}\b|\b{head},\s+[A-Z]", x.text)
                            for x in sent_objs[k + 1:j + 1]):
                        # (not when the article gives the title with a name: the role's holder is found later)
                        found = o  # "the work and pensions secretary has indicated" ... "Miriam Okafor said"
                        break
                    if person and j == k + 1 and o["kind"] == "person" and not o.get("descriptor") \
                            and _POSSESSED_REP.match(low):
                        # "..., his agent said." then '"...," Jelena Markovic told a daily': the person who
                        # speaks for someone, named without a role in the very next sentence
                        found = o
                        break
                    if person:
                        found = False  # (only the first person the next sentences name)
                        break
                # ("The owner of a catering firm that supplied ...": a definite description that introduces
                # its person by an indefinite one is a first mention too)
                if found is None and person and (re.match(r"(?:a|an)\s", low) or re.match(
                        r"the\s+[\w-]+\s+of\s+(?:a|an)\s", low)) and j == k + 1:
                    # "A former operator at a chemical plant ... told jurors ..." "Darnell Hughes, 39, was ...":
                    # the new person the next sentence opens with
                    sent = sent_objs[j]
                    e = next((e for e in sent.doc.ents if e.start <= 1), None)
                    name = sent.span(e.start, e.end - 1) if e is not None else ""
                    # (unless the opener's apposition describes it in the same class: "Denise Harcourt, 49, the
                    # managing director of Harvest Table Ltd, was ...")
                    appos = re.match(rf"{re.escape(name)},\s+(?:\d+,\s+)?(?:the|a|an)\s+([^,]+)", sent.text) \
                        if name else None
                    fits = appos is not None and heads & set(re.findall(r"[\w-]+", appos.group(1).lower()))
                    if not fits and _other_person_described(sent_objs[k], d["name"]):
                        break  # ("A federal judge ordered a former county treasurer to ...": which one?)
                    # (a known given name makes a person of a name the small model misread: "Darnell Hughes" as ORG)
                    if e is not None and (e.label_ == "PERSON" or _first_name_gender(name)) and len(name.split()) >= 2 \
                            and e.root.dep_ in ("nsubj", "nsubjpass") and name not in persons_before:
                        found = {"name": name, "kind": "person"}
                if found is not None:
                    break
            if found:
                old_name = d["name"]
                # (and the later mentions resolved to the description: "the monitor said")
                for o in (o for lst2 in per_sent_sources[k:] for o in lst2):
                    if o["name"] == old_name:
                        o["descriptor"] = o["descriptor"] or old_name
                        o["name"], o["kind"] = found["name"], found["kind"]
                        o["_renamed"] = True


# Heads of a lede's description of a body the next sentence names ("an aid agency said", "a rights group said").
_LEDE_BODY_HEADS = {"agency", "group", "charity", "organisation", "organization", "company", "firm", "monitor",
                    "watchdog", "union", "association", "ngo", "body", "regulator"}
_PERSON_NOUNS = {"man", "woman", "boy", "girl", "teenager", "mother", "father", "resident", "student", "president",
                 "patient", "defendant", "suspect", "victim", "witness", "official", "judge", "candidate"}


def _other_person_described(sent: Sent, own: str) -> bool:
    """Whether the sentence describes another person with "a"/"an" besides `own` ("A federal judge ordered
    a former county treasurer to ...")."""
    for t in sent.doc:
        if t.tag_ != "NN" or sent.in_quote[t.i] or not any(c.lower_ in ("a", "an") and c.dep_ == "det"
                                                            for c in t.children):
            continue
        w = t.lower_
        if (w in _PERSON_NOUNS or w in lx.PERSON_TITLES or w.endswith(("er", "or", "ist", "ian"))) \
                and not re.search(rf"(?i)\b{re.escape(sent.tok(t.i))}\b", own):
            return True
    return False


def _sentence_place_subject(sent: Sent) -> str | None:
    """The country or city the sentence is about, as its subject ("Neighbouring Mozambique has reported ...")."""
    for t in sent.doc:
        if t.dep_ in ("nsubj", "nsubjpass") and not sent.in_quote[t.i]:
            e = next((e for e in sent.doc.ents if e.start <= t.i < e.end), None)
            if e is not None and e.label_ == "GPE":
                lo, hi = e.start, e.end - 1
            elif e is None and t.tag_ == "NNP":
                lo, hi = t.left_edge.i, t.i  # (a country the small model left untagged after "Neighbouring")
            else:
                continue
            return sent.span(lo, hi)
    return None


_PLACE_EPITHETS = {"neighbouring", "neighboring", "nearby", "landlocked", "war-torn", "oil-rich", "tiny"}


def _proper(name: str) -> bool:
    words = [w for w in name.split() if w.lower() not in ("the", "of", "for", "and")]
    return bool(words) and all(w[:1].isupper() for w in words)


def _verbless_line(sent: Sent, recs: list, k: int) -> bool:
    """A whole paragraph without final punctuation and without any verb is a label, not a claim."""
    rec = recs[k]
    if (k > 0 and recs[k - 1].unit == rec.unit) or (k + 1 < len(recs) and recs[k + 1].unit == rec.unit):
        return False
    if re.search(r"[.!?:;\"'”’)\]]\s*$", sent.text) or len(sent.doc) > 15:
        return False
    return not any(t.tag_.startswith(("VB", "MD")) for t in sent.doc)


_ANAPHORIC_UNVERIFIABLE = re.compile(
    r"^(?:but\s+|however,?\s+)?(?:this|that|it|these|those|neither|none|the\s+(?:claims?|report|reports|video|"
    r"footage|figures?|toll|numbers?|accounts?|images?|photos?|allegations?|information|statements?|details?|"
    r"assertions?|death toll|casualty figures|tally|content))\b", re.I)


def _spelled_out(acronym: str, text: str) -> str | None:
    """'told ST' in a paper that names itself The Straits Times: the name the initials stand for, as the article
    writes it (small words and a leading "The" do not count as initials)."""
    for m in re.finditer(r"(?<![\w'’&.-])(?:The[ ]+)?[A-Z][\w'’&.-]*(?:[ ]+(?:(?:of|and|for|the|&)[ ]+)?[A-Z][\w'’&.-]*){1,5}",
                         text):
        words = [w for w in m.group(0).split() if w[:1].isupper() and w not in ("The",)]
        if "".join(w[0] for w in words) == acronym:
            return m.group(0)
    return None


def _finish(prep: _Prepared, docs: list) -> dict:
    norm = prep.norm
    meta = dict(prep.meta)
    result = {"metadata": meta, "language": prep.lang, "warnings": list(prep.warnings), "claims": []}
    if prep.lang != "en":
        return result
    spans = getattr(prep, "spans", [])
    resolver = _Resolver()
    resolver.article = norm.text
    claims = []
    journals = _journals(norm.text, prep.sents)
    resolver.journals = journals
    own = _OWN_OUTLET.search(norm.text)
    # (else the masthead the layout found: "told our correspondent" in a paper that names itself only up top, or the
    # one outlet its own photographers are credited to: "[Anjali Gurung/Al Jazeera]")
    # (or the outlet that says it could not verify something: "Tidewater could not verify the account")
    own_outlet = (own.group(1) or own.group(2)) if own else _unverified_by(norm.text, prep.sents) \
        or meta.get("outlet") or _staff_credit(meta) or _seen_by_own(norm.text) or _masthead_line(norm.original) \
        or _welcomed_to(norm.text) or _caps_masthead(norm.original) or _the_one_that_saw(norm.text)
    own_outlet = _programme_outlet(norm.text, own_outlet)
    qa, labels, asked = prep.qa, prep.labels, prep.asked
    # (in a Q&A, a paragraph that ends in a question is the interviewer's, whatever it asserts first: "Critics say
    # aid agencies spend too much on staff. Is that fair?")
    last_of_para = {rec.para: norm.text[rec.start:rec.end] for rec in prep.sents} if qa else {}
    question_paras = {para for para, last in last_of_para.items() if last.rstrip(" \"'”’)").endswith("?")}
    first_label = min((rec.start for rec in prep.sents if rec.para in labels), default=None)
    transcript_at_briefing = first_label is not None and _BRIEFING.search(
        norm.text, max(0, first_label - 600), first_label) is not None
    per_sent_sources: list[list[dict]] = []
    sent_objs: list[Sent] = []
    for rec, doc, (_, offs) in zip(prep.sents, docs, prep.inputs):
        text = norm.text[rec.start:rec.end]
        sent = Sent(doc, offs, text, rec.start)
        _in_quote_flags(sent, spans, rec.start)
        sent_objs.append(sent)
        raw, _info = sentence_sources(sent)
        out, out_raw = [], []
        named_as: dict[int, str] = {}  # raw source -> the name it resolved to
        resolver.note_groups(sent)
        for r in raw:
            group = resolver.resolve_group(r)
            if group:
                for g in group:
                    d = _source_dict(g)
                    if not any(o["name"].lower() == d["name"].lower() for o in out):
                        out.append(d)
                        out_raw.append(g)
                continue
            poss = re.match(r"(?i)(?:its|their)\s+(.+)$", r.name)
            owner = resolver._sentence_org_subject(sent) if poss and r.cue == "according to" and not out \
                and r.name.lower().startswith("its ") else None
            if owner is None and poss and r.cue == "according to" and not out and r.name.lower().startswith("its ") \
                    and r.name.split()[-1].lower() in lx.GOVERNMENT_HEADS:
                # "Neighbouring Mozambique has reported 412 cases, according to its health ministry": the country's
                owner = _sentence_place_subject(sent)
            if owner is not None:
                owner = re.sub(rf"(?i)^(?:{'|'.join(_PLACE_EPITHETS)})\s+", "", owner)  # (not "Neighbouring")
            if poss and r.kind == "document" and r.extra.get("doc") and out and out[0]["kind"] != "person":
                # "UNHCR said ..., according to its latest figures": the speaker's own figures.
                r2 = resolver._named(r, f"{out[0]['name'].split(', ')[-1]}'s {poss.group(1)}", "document")
            elif owner is not None:
                # "The Palais de la Culture will host a festival, according to its website": the subject's own
                r2 = resolver._named(r, f"{owner}'s {poss.group(1)}", r.kind or "document")
            else:
                r2 = resolver.resolve(r)
            if r2 is None:
                continue
            quoter = r.extra.get("via_src")
            if quoter is not None and quoter.ref != "name" and id(quoter) in named_as:
                r2.via = named_as[id(quoter)]  # "..., the agency said, quoting police": the agency as resolved
            elif r2.via and r2.via_ref == "definite":
                r2.via = resolver.resolve_via(r2.via, r2.name)
            named_as[id(r)] = r2.name
            d = _source_dict(r2)
            d["_written"] = r.name
            if any(_name_key(o["name"]) == _name_key(d["name"]) for o in out) or _quantity_only(d["name"]) \
                    or d["name"].lower() in ("those", "these", "this", "that", "similar", "such", "other") \
                    or re.match(r"(?i)(?:although|though|while|because|whereas)\b", d["name"]):
                # ("Those claims could not be ...", "Similar claims are pending", "although no official estimate")
                continue
            out.append(d)
            out_raw.append(r2)
        for o in list(out):
            if any(p is not o and p["kind"] == "person" and p["descriptor"] and _name_key(p["descriptor"]) == _name_key(
                    o["name"]) for p in out):
                # ("UNHCR's regional director for Asia, Clara Vandermeer, wrote ... and urged ...": the role is the
                # named person's description, not a second speaker)
                k = out.index(o)
                del out[k], out_raw[k]
                continue
            both = re.search(rf"\bon\s+{re.escape(o['name'])}\s+and\s+(\w+)\b", text) if o["kind"] == "media" \
                and o["name"].lower() in lx.PLATFORMS else None
            if both and both.group(1).lower() in lx.PLATFORMS and not any(x["name"] == both.group(1) for x in out):
                # "Videos shared on TikTok and X showed ...": each platform carries them
                out.append(dict(o, name=both.group(1)))
                out_raw.append(RawSource(both.group(1), "media", o["descriptor"], o["cue"], None, o["quote"],
                                         ref="name"))
        seen = _seen_document(sent, own_outlet)
        if seen is not None and not any(_reads_the_document(o, *seen) for o in out):
            # "An internal briefing ..., seen by the Solent Post, suggests ...": the document speaks, through the
            # outlet that saw it (not the outlet, nor a body its name is made of: "An internal HSE document")
            doc, outlet, described = seen
            keep = [k for k, o in enumerate(out) if not _same_speaker(o["name"], outlet)
                    and not re.search(rf"(?i)\b{re.escape(o['name'])}\b", described)
                    and not (o["kind"] == "document" and _same_speaker(o["name"], doc))]
            out = [out[k] for k in keep]
            out_raw = [out_raw[k] for k in keep]
            raw = RawSource(doc, "document", None, None, outlet, "indirect", ref="name", head=doc.split()[-1].lower())
            out.insert(0, _source_dict(raw))
            out_raw.insert(0, raw)
        label = labels.get(rec.para)
        intro = _INTRO_SPOKE.search(norm.text, 0, first_label) if label and first_label is not None else None
        speaker = _labelled_speaker(label, resolver.persons, norm.text, qa[1] if qa else intro and intro.group(1)) \
            if label else None
        answering = speaker is not None or bool(qa and not labels and qa[0] < rec.start < qa[4]
                                                and rec.para not in question_paras)
        if speaker is not None:
            # 'Marsh: Nothing has changed.' in a transcript: the labelled speaker's words, through the outlet that
            # interviewed him (none at a press conference)
            if not any(_same_speaker(o["name"], speaker) for o in out):
                # (or the outlet the intro says the speaker told: "..., Ilze Kalniņa told The Baltic Courier.")
                # (a recording played on air, "[CLIP] ANDREW STRAND: ...", went through no one)
                line_at = norm.text.rfind("\n", 0, rec.start) + 1
                above = _label_above(norm.text, line_at)
                # (or "(SPEAKING IN VARBERG)": somewhere else, to someone else)
                played = (tag := _SPEAKER_LABEL.match(norm.text, line_at)) is not None and tag.group("clip") \
                    or above is not None and re.match(r"(?i)speaking\b", above.group("paren") or "") is not None
                via = None if transcript_at_briefing or played else (qa[2] if qa else None) or own_outlet or (
                    intro.group(2) if intro and _same_speaker(intro.group(1), speaker) else None) or next(
                    (o["via"] for lst in per_sent_sources for o in lst if o["via"] and _same_speaker(o["name"], speaker)
                     and o.get("cue") in ("told", "spoke to", "said in an interview with")), None)
                out.insert(0, {"name": speaker, "kind": "person", "descriptor": None, "cue": None, "via": via,
                               "quote": "direct"})
                out_raw.insert(0, RawSource(speaker, "person", None, None, via, "direct", ref="name"))
        elif qa and not labels and qa[0] < rec.start < qa[4] and not _QA_NOTE.search(text) \
                and rec.para not in question_paras:
            # the answers of a Q&A are the interviewee's words, through the outlet that interviewed her (as well as
            # anyone she cites: "Our engineers tell us ...")
            who, who_kind = qa[1], "person"
            if qa[3] is not None:
                # "But a former officer who served in the unit says ... He spoke to the Inquirer ...": the one who
                # spoke just before the intro says "he"
                who, who_kind = next(((o["name"], o["kind"]) for k in range(len(per_sent_sources) - 1, -1, -1)
                                      if prep.sents[k].start < qa[3] for o in per_sent_sources[k]
                                      if o["kind"] in ("person", "anonymous")), (who, who_kind))
            if who.lower() in lx.PERSON_PRONOUNS | {"they"}:
                who = resolver.persons[-1] if resolver.persons else None
            elif resolver.persons:
                who = max((p for p in resolver.persons if p.split()[-1] == who.split()[-1]), key=len, default=who)
            if who and not any(_same_speaker(o["name"], who) for o in out):
                # (an interview no other outlet is named for is the publication's own)
                via = qa[2] or _intro_channel(who, per_sent_sources, prep.sents, qa[0]) or own_outlet
                out.insert(0, {"name": who, "kind": who_kind, "descriptor": None, "cue": None, "via": via,
                               "quote": "direct"})
                out_raw.insert(0, RawSource(who, who_kind, None, None, via, "direct", ref="name"))
        for d, r in zip(out, out_raw):
            d["_head"] = r.head
            d["_ref"] = r.ref
            d["_member"] = bool(r.extra.get("member"))
            d["_described"] = r.extra.get("described")
            named_later = _DESCRIBED.match(d["_described"] or "")
            if named_later and named_later.group(1).lower() == "the":
                # '..., a spokesman for the group told The Irrawaddy. "...," said the spokesman, who gave his name as
                # Ko Thura': the spokesman had that name from the start
                for prev in reversed(per_sent_sources[-2:]):
                    hit = next((s for s in prev if s["kind"] == "anonymous" and re.match(r"(?i)an?\s", s["name"])
                                and s.get("_head") == named_later.group(2).lower()), None)
                    if hit is not None:
                        hit.update(name=d["name"], kind="person", descriptor=hit["descriptor"] or hit["name"])
                        break
            # "He said ..." / "Kostenko added ..." / "the air force said ..." right after the same
            # speaker spoke on Telegram or to the BBC keeps the channel.
            if not d["via"] and d["kind"] in ("person", "anonymous") and len(out) == 1 \
                    and _SAID_SPEAKING_TO.search(text) and (
                    spoke := _SAID_SPEAKING_TO.search(_unquoted(sent))) and spoke.group(1).lower() not in \
                    lx.GENERIC_AUDIENCES and not _first_person_named(spoke.group(1)):
                d["via"] = spoke.group(1)
            if not d["via"] and d["kind"] in ("person", "anonymous", "organization", "government") and len(out) == 1 \
                    and (wrote := re.search(r",\s+(?:writing|posting|adding)\s+on\s+(\w+)",
                                            re.sub(r'"[^"]*"|“[^”]*”', "", text))) \
                    and wrote.group(1).lower() in lx.PLATFORMS:
                d["via"] = wrote.group(1)  # '... said the figures were "a damning verdict", writing on X that ...'
            if not d["via"] and own_outlet and d["kind"] not in ("document", "media") and (
                    _TO_OWN.search(text) and _TO_OWN.search(_unquoted(sent))
                    or not answering and _TOLD_US.search(text) and _TOLD_US.search(_unquoted(sent))) \
                    and not re.match(r"(?i)(?:our|this)\s", d["name"]):
                # "told our correspondent", "confirmed the incident to this newspaper" in an article that names its
                # own outlet ("..., the Ledger gathered."): that outlet is the channel (unnamed, no via)
                # (not "according to our correspondent": the paper's own reporter is no one's channel)
                d["via"] = own_outlet
            if d["via"] and _OWN_PAPER_NOUN.fullmatch(d["via"]) and re.search(
                    rf"(?i)\b(?:this|our)\s+{re.escape(d['via'].split()[-1])}\b", text):
                d["via"] = own_outlet  # "records reviewed by this newspaper": the paper itself, if it names itself
            if not d["via"] and own_outlet and d["kind"] not in ("document", "media") \
                    and _told_own(_unquoted(sent), own_outlet) \
                    and not any(o["via"] and _same_speaker(o["via"], own_outlet) for o in out if o is not d):
                # (once: "X told AFP that an ambulance driver had told him ..." gives the driver no channel)
                # "Prof. Vassallo told Tidewater that ...": the article's own outlet, though the tagger took its
                # name for a person's or its last word for a body's ("told The Chamber")
                d["via"] = own_outlet
            if not d["via"] and d["kind"] in ("person", "anonymous") and len(out) == 1:
                # "In an interview with The Long Brief in her chambers last week, she spoke ...": the sentence's own
                # setting, whatever the parser hung it on
                d["via"] = _interview_outlet(sent)
            if not d["via"]:
                d["via"] = _carried_via(d, per_sent_sources, prep.sents, sent_objs, len(per_sent_sources), out)
            if d["via"] and " " not in d["via"] and d["via"].lower() not in lx.OUTLETS | lx.PLATFORMS \
                    and not (own_outlet and _same_speaker(d["via"], own_outlet)) and any(
                    d["via"] in (p, p.split()[-1]) for p in resolver.persons if "/" not in p):
                # (not a photo credit the tagger read as a person: "Mike Harmon / KQRT")
                d["via"] = None  # "the judge told Cole" (Martin Cole, named before): a person told is no channel
            if d["via"] and " " in d["via"] and d["via"].split()[-1].lower() in _WEEKDAYS:
                d["via"] = d["via"].rsplit(" ", 1)[0]  # "wrote on Facebook Tuesday that": the day is no part of it
            if d["via"] and d["via"].lower() in ("website", "site", "web site", "homepage", "web page", "webpage"):
                d["via"] = None  # "in a statement posted on the organisation's website": its own page, no channel
            if d["via"] and _UNNAMED_CHANNEL.fullmatch(d["via"][:1].lower() + d["via"][1:]) and (
                    d["via"][1:].islower() or d["via"][:1].islower()):  # ("Local media" opening a sentence too)
                d["via"] = None  # "told local radio", "said on national television": no outlet named
            if d["via"] and d["via"].islower():
                # "in a statement carried by the state news agency Lankapuvath": the name after the description
                named = re.search(rf"\b{re.escape(d['via'])}\s+(?:[a-z-]+\s+){{0,2}}?"
                                  r"((?-i:[A-Z][\w'’&-]*)(?:\s+(?-i:[A-Z][\w'’&-]*)){0,3})", text)
                if named and named.group(1).split()[0] not in _NOT_CHANNEL_NAMES:
                    d["via"] = named.group(1)
            if d["via"] and re.sub(r"(?i)^the\s+", "", d["via"]).lower() in lx.BRIEFING_SERVICES:
                d["via"] = None  # "in comments to the Science Media Centre": a briefing service, not a publication
            journals_so_far = [j for k, j in journals if k <= len(per_sent_sources)]
            if not d["via"] and _cites_document(d) and d["kind"] == "document":
                d["via"] = _document_via(d, r.head, resolver.history, journals_so_far)
            elif not d["via"] and len(journals_so_far) == 1 and _writes_the_study(d, r.head, text):
                d["via"] = journals_so_far[0]
            if not d["via"] and re.search(r"\b(?:post|posts|message|tweet|video)\b", d["cue"] or ""):
                same = next((h for h in reversed(resolver.history) if h.get("via")
                             and h["name"].split()[-1] == d["name"].split()[-1]
                             and h["via"].lower() in lx.PLATFORMS), None)
                if same:
                    d["via"] = same["via"]
            if d["kind"] == "organization" and " " not in d["name"] and any(
                    p.split()[-1] == d["name"] or p.split()[-2:-1] == [d["name"]] for p in resolver.persons):
                d["kind"] = "person"  # "Coyle told the jury": the surname of Andrew Coyle KC, named before
            if d["via"] and re.fullmatch(r"[A-Z]{2,5}", d["via"]) and d["via"].lower() not in lx.OUTLETS | lx.PLATFORMS:
                d["via"] = _spelled_out(d["via"], prep.norm.text) or d["via"]
            if d["via"] and d["via"].endswith(".") and "." not in d["via"][:-1]:
                d["via"] = d["via"][:-1]  # "posted on X." (the tokenizer kept the full stop on a one-letter name)
            d["_sent"] = len(per_sent_sources)
            resolver.add(d)
        resolver.note_entities(sent, out)
        resolver.note_channels(sent)
        per_sent_sources.append(out)

    # Split and multi-sentence quotes: a quoted sentence without its own
    # attribution takes the speaker of the same quotation, or of the quote
    # just before it ('"A," she said. "B."').
    for k, rec in enumerate(prep.sents):
        if per_sent_sources[k] or not rec.quote_ids or rec.quoted_frac < 0.6:
            continue
        donor = None
        for j in range(max(0, k - 6), min(len(prep.sents), k + 7)):  # (the same quotation, six sentences either way)
            other = prep.sents[j]
            # (a 'mixed' donor introduces the same quotation: 'X said: "A. B."', 'X said the plan was
            # "a mistake. We will fight it."')
            if j != k and other.quote_ids & rec.quote_ids and per_sent_sources[j] and \
                    any(s["quote"] in ("direct", "mixed") for s in per_sent_sources[j]):
                donor = j if donor is None or abs(j - k) < abs(donor - k) else donor
        if donor is None and k > 0 and rec.starts_quoted:
            j = k - 1
            if per_sent_sources[j] and prep.sents[j].para >= rec.para - 1 and \
                    any(s["quote"] in ("direct",) for s in per_sent_sources[j]) and prep.sents[j].quote_ids:
                donor = j
        if donor is not None:
            per_sent_sources[k] = [dict(s, quote="direct", cue=s["cue"]) for s in per_sent_sources[donor]
                                   if s["quote"] in ("direct", "mixed")]
        else:
            donor = _introduced_quotation(k, prep.sents, sent_objs, per_sent_sources)
            if donor is not None:
                per_sent_sources[k] = [dict(s, quote="direct") for s in per_sent_sources[donor]]
            elif (reader := _statement_reader(k, prep.sents, sent_objs, per_sent_sources)) is not None:
                # 'Outside the courtroom, Hale's widow, Janet Hale, read a statement on behalf of the families. [¶]
                # "For nineteen months we have sat in that room ..."': the statement she read
                per_sent_sources[k] = [{"name": reader, "kind": "person", "descriptor": None, "cue": "read a statement",
                                        "via": None, "quote": "direct", "_sent": k}]


    # Fullest names, and descriptions resolved by a later mention
    # ("a war monitor said" ... "the Syrian Observatory, a war monitor").
    aliases = _aliases(norm.text, resolver.persons, resolver.orgs)
    holders = _role_holders(norm.text, aliases, resolver.persons)
    aliases.update(holders)
    all_src = [d for lst in per_sent_sources for d in lst]
    for d in all_src:
        owned = _TITLED_OWNER.match(d["name"])
        if owned and d["kind"] != "person" and len(aliases.get(owned.group(1), "").split()) >= 2 \
                and aliases[owned.group(1)] in resolver.persons \
                and len({p for p in resolver.persons if len(p.split()) >= 2 and p.split()[-1] == owned.group(1)
                         and not _TITLE_RX.match(p)}) == 1:
            # "Ms Raman's office said": the office of the person the article named in full
            d["name"] = f"{aliases[owned.group(1)]}'s {owned.group(2)}"
            continue
        if d["name"] in holders or re.sub(r"^the\s+", "", d["name"], flags=re.I) in holders:
            # "The PPRO added": the person the article named in the role the acronym spells
            d["name"], d["kind"] = holders[re.sub(r"^the\s+", "", d["name"], flags=re.I)], "person"
            if not d["via"] and "_sent" in d:
                # ('"...," Osho told the Ledger. The PPRO added that ...': now the same speaker, the same channel)
                d["via"] = _carried_via(d, per_sent_sources, prep.sents, sent_objs, d["_sent"],
                                        per_sent_sources[d["_sent"]])
            continue
        # (a document named after its author under a foreign short name, "a report by OEFA", keeps it:
        # the full name does not spell it; so does "a filing by Sarvana", for "Sarvana Labs")
        if d["kind"] == "document" and aliases.get(d["name"], "").startswith(d["name"] + " "):
            continue
        if d["kind"] != "document" or d["name"] not in aliases or not d["name"].isupper() or \
                d["name"] in "".join(w[0] for w in aliases[d["name"]].split() if w[0].isupper()):
            if d["kind"] != "person" and _TITLE_RX.match(d["name"]) \
                    and aliases.get(_TITLE_RX.sub("", d["name"])) in resolver.persons:
                # "Asked whether ..., Ms Rudd said": a courtesy title before a named person's surname is
                # that person, whatever kind the parser gave the pair
                d["kind"] = "person"
            fitting = (_titled_namesake(d, resolver.persons, aliases)
                       or _speaking_namesake(d, all_src, resolver.persons)) if d["kind"] == "person" else None
            written = d["name"]
            d["name"] = fitting or _canonical(d["name"], d["kind"], aliases)
            if d["kind"] in ("government", "organization") and d["name"] in resolver.persons \
                    and len(written.split()) == 1 and d["name"] != written:
                d["kind"] = "person"  # ("Yusuf, 45, said": a surname the tagger read as a place, now the person)
    # "The report says", "Annual report says" when the article names one report of that kind
    # ("its annual World Malaria Report"): the named report.
    titled: dict[str, set[str]] = {}
    for m in _TITLED_DOC.finditer(norm.text):
        words = m.group(0).split()
        while len(words) > 2 and (words[0].lower() in _GENERIC_DOC_WORDS | {"in", "according", "last", "his", "her"}
                                  or words[0].endswith(("'s", "’s"))):
            words = words[1:]  # "In its annual World Malaria Report", "The UN's ..."
        titled.setdefault(m.group(2).lower(), set()).add(" ".join(words))
    for d in all_src:
        if d["kind"] != "document":
            continue
        words = re.findall(r"[\w-]+", d["name"])
        if 1 <= len(words) <= 3 and all(w.lower() in _GENERIC_DOC_WORDS for w in words) \
                and len(titled.get(words[-1].lower(), ())) == 1:
            d["descriptor"] = d["descriptor"] or d["name"]
            d["name"] = next(iter(titled[words[-1].lower()]))
    # "A criminal hacking group ..." ... "The group, which calls itself Kryptos, said ...": the
    # description takes the name the article gives it.
    for k, sent in enumerate(sent_objs):
        m = _SELF_NAMED.search(sent.text)
        if not m:
            continue
        new_name = m.group("name").strip(" ,.")
        olds = set()
        # The description with the same head noun, in this sentence or the ones just before: "A ransomware
        # group has claimed ... The group, which calls itself Nightjar, listed ..." (whoever this sentence
        # sources; "The vaccine, known as TBV-21, ..., the study said" renames no study).
        hm = re.search(r"(?i)\b(?:the|a|an|this)\s+(?:[\w-]+\s+){0,3}?([a-z-]+)\s*,?\s*$", sent.text[:m.start()])
        if hm:
            for j in range(max(0, k - 3), k + 1):
                for d in per_sent_sources[j]:
                    if not _proper(d["name"]) and d["name"].lower().split()[-1:] == [hm.group(1).lower()]:
                        olds.add(d["name"])
        for d in all_src:
            if d["name"] in olds:
                d["descriptor"] = d["descriptor"] or d["name"]
                if d["kind"] in ("person", "anonymous") and d["name"].lower().split()[-1] in _GENERIC_ORG_NOUNS | {
                        "gang", "collective", "cell", "crew", "outfit", "syndicate", "cartel", "faction"}:
                    d["kind"] = "organization"
                d["name"] = new_name
    _cataphora(per_sent_sources, sent_objs, {})
    renamed_at = {k for k, lst in enumerate(per_sent_sources) for d in lst if d.get("_renamed")}
    for k, lst in enumerate(per_sent_sources):
        for d in lst:
            # (also the sentence after a renamed one: "..., her daughter told the Courier. '...,' said Catrin
            # Morgan." is one speaker once the daughter has her name)
            if (d.pop("_renamed", False) or k - 1 in renamed_at) and not d["via"] \
                    and d["kind"] not in ("document", "media"):
                # (renamed, it may be the speaker who spoke just before through a channel: "The Kani Force
                # said in a statement on Facebook ... The group also posted photos ...")
                d["via"] = _carried_via(d, per_sent_sources, prep.sents, sent_objs, k)
    for d in (d for lst in per_sent_sources for d in lst):
        # "The head of the AU observer mission, ..., said ... '...,' the mission said": the body the sentences just
        # before named with the same noun, though never as a speaker
        bare = re.fullmatch(r"(?:the\s+)?([a-z][a-z-]+)", d["name"], flags=re.I)
        if bare is None or d.get("_ref") not in ("definite", "unresolved", "name") or d["kind"] in (
                "person", "anonymous", "document", "media") or bare.group(1).lower() not in _GENERIC_ORG_NOUNS | {
                    "mission", "commission", "tribunal", "committee", "panel", "board", "council", "force", "union"}:
            continue
        k = d.get("_sent", 0)
        noun = re.escape(bare.group(1).lower())
        named = [m.group(1) for o in sent_objs[max(0, k - 2):k + 1]
                 for m in re.finditer(rf"\b((?:(?-i:[A-Z])[\w.'’-]*\s+)+(?:[a-z-]+\s+){{0,2}}{noun})\b", o.text)
                 if not m.group(1).startswith(("The ", "A ", "An "))]
        if len(set(named)) == 1:
            d["descriptor"] = d["descriptor"] or d["name"]
            d["name"] = named[0]
    renamed: dict[str, tuple[str, str]] = {}
    # "..., the country's environmental regulator said." ... "The Environmental Assessment and Enforcement
    # Agency (OEFA) said ...": a lede's description of a body is named in the next paragraphs.
    for d in all_src:
        m = _BODY_DESCRIPTION.search(d["name"])
        service = d.get("_ref") == "unresolved" and _SERVICE_DESCRIPTION.match(d["name"])
        if not (m or service) or _proper(d["name"]) or d["name"] in renamed:
            continue
        later = [o for o in all_src if 0 < o.get("_sent", 0) - d.get("_sent", 0) <= 3
                 and o["kind"] in ("organization", "government") and _proper(o["name"])
                 # ("the coastguard said" in the lede, "The Guardia Costiera said" next: a public service the
                 # article names, often in its own language, right after)
                 and (service or _INSTITUTION.search(o["name"])
                      # ("The authority, known by its Spanish initials SNAI, said": described by the same noun)
                      or (o.get("descriptor") or "").lower().split()[-1:] == d["name"].lower().split()[-1:])]
        if later:
            # (this mention only: "the report" later stays the report)
            d["descriptor"] = d["descriptor"] or (d["name"] if not service else "the " + d["name"])
            d["name"], d["kind"] = later[0]["name"], "government" if service else later[0]["kind"]
            for o in all_src if service else ():
                if o["name"] == d["name"]:
                    o["kind"] = "government"  # (a public service is a government source)
    for d in all_src:
        if d.get("_ref") != "unresolved" or d["name"] in renamed or _named_outlet(d):
            continue
        words = [w for w in re.findall(r"[\w-]+", d["name"].lower()) if w not in ("a", "an", "the")]
        if not words:
            continue
        best = None
        for o in all_src:
            if o is d or not o.get("descriptor") or o["name"] == d["name"] or o.get("_ref") == "unresolved":
                continue
            if (o["kind"] == "person") != (d["kind"] in ("person", "anonymous") and words[-1] in _PERSON_HEADS | {
                    "governor", "mayor", "judge", "senator", "general"}):
                continue
            pool = re.findall(r"[\w-]+", o["descriptor"].lower())
            head = _descriptor_head(o["descriptor"])
            if all(w in pool for w in words) and pool[-1] == words[-1] \
                    or head == words[-1] and not _other_sort(words[:-1], head, o["descriptor"]):
                dist = abs(o.get("_sent", 0) - d.get("_sent", 0))
                if best is None or dist < best[0]:
                    best = (dist, o)
        if best is not None:
            o = best[1]
            renamed[d["name"]] = (o["name"], o["kind"])
    holders: dict[str, str | None] = {}
    for d in all_src:
        # "A federal judge ordered ..." ... "U.S. Magistrate Judge Helen Carver sided with ...";
        # "his lawyer said ..." ... "his lawyer, Jane Smith, told the court": the one person the
        # article names in that role, before or after.
        words = re.findall(r"[\w'-]+", d["name"])
        if d["name"] in renamed or d.get("_ref") not in ("unresolved", "name") or not (
                d["kind"] == "person"
                or d["kind"] == "anonymous" and words and words[0].lower() in ("his", "her", "their")):
            continue
        if not words or words[-1].lower() not in _ROLE_NOUNS or len(words) > 4 \
                or re.match(r"(?:the\s+)?[A-Z][\w.&-]*['’]s\s", d["name"]):
            continue  # ("the ECB's president": the role of a named body, not of whoever else holds the title)
        role = words[-1].lower()
        if any(w[:1].isupper() for w in words[1:]):
            if not all(w[:1].isupper() or w.lower() in ("of", "for", "the") for w in words) \
                    or _first_person_named(d["name"]) is not None:
                continue
            # "Health Minister urges calm" ... "Health Minister P. Sreelatha told reporters": a title written as a
            # name, held by the one person the article names with it
            role = re.sub(r"(?i)^the\s+", "", d["name"])
        if role not in holders:  # one scan of the text per role, however many sources hold it
            holders[role] = _title_holder(norm.text, role) if " " in role else _role_holder(norm.text, role)
        holder = holders[role]
        if holder and holder.lower() not in d["name"].lower():
            renamed[d["name"]] = (_canonical(holder, "person", aliases), "person")
    # "Honduras' two leading presidential candidates both declared ..." ... "candidate Rebeca Paz had 41.2% and
    # candidate Mauricio Lanza 40.6%": a counted description of people the next sentences name, as many as counted.
    for k, lst in enumerate(per_sent_sources):
        for i, d in enumerate(list(lst)):
            cm = _COUNTED_PEOPLE.search(d["name"])
            if not cm or d.get("_ref") == "name" and _proper(d["name"]) or d["kind"] not in ("person", "anonymous",
                                                                                           "organization"):
                continue
            want = {"two": 2, "both": 2, "three": 3}[cm.group(1).lower()]
            people: list[str] = []
            for o in sent_objs[k + 1:k + 3]:
                for e in o.doc.ents:
                    name = re.sub(r"['’]s$", "", o.span(e.start, e.end - 1))
                    if e.label_ == "PERSON" and len(name.split()) >= 2 and not o.in_quote[e.start] \
                            and name not in people:
                        people.append(name)
                if people:
                    break
            if len(people) == want:
                lst[i:i + 1] = [dict(d, name=n, kind="person", descriptor=d["name"])
                                for n in people]
    all_src = [d for lst in per_sent_sources for d in lst]
    for d in all_src:
        # "..., and the developer threatened to appeal." ... "The proposal, from Hartwell Land Ltd, ...": a
        # company described before any is named takes the one company name the next sentences give.
        words = d["name"].lower().split()
        if d.get("_ref") != "unresolved" or d["name"] in renamed or len(words) != 1 \
                or words[0] not in _TYPED_HEADS["company"] or _named_outlet(d):
            continue
        k = d.get("_sent", 0)
        found = {re.sub(r"^The\s+", "", m.group(1))
                 for o in sent_objs[k + 1:k + 4] for m in _COMPANY_NAME.finditer(o.text)}
        if len(found) == 1:
            renamed[d["name"]] = (found.pop(), "organization")
    for d in all_src:
        if d["name"] in renamed:
            d["descriptor"] = d["descriptor"] or d["name"]
            d["name"], d["kind"] = renamed[d["name"]]
    _name_headline_bodies(all_src, resolver)
    for k, lst in enumerate(per_sent_sources):
        uniq = []
        for d in lst:
            for key in [x for x in d if x.startswith("_")]:
                del d[key]
            if not any(_name_key(u["name"]) == _name_key(d["name"]) for u in uniq):
                uniq.append(d)
        per_sent_sources[k] = uniq

    outlet_by = None
    for k, (rec, sent) in enumerate(zip(prep.sents, sent_objs)):
        if _verbless_line(sent, prep.sents, k):
            continue  # a tagline under the title ("The Planet Desk's weekly climate newsletter")
        start = rec.start
        if rec.para in asked and sent.text.rstrip(" \"'”’)").endswith("?"):
            continue  # ("MO: Was the cable damage sabotage?": the interviewer's question asserts nothing)
        o_start, o_end = norm.span(start, rec.end)
        original = norm.original[o_start:o_end]
        hed = flags.hedges(sent.text)
        unv, by, _phrase = flags.unverifiable(sent.text)
        if by and outlet_by is None and not re.match(r"(?i)^(?:we|us|our|i|me)\b", by):
            outlet_by = by
        srcs = per_sent_sources[k]
        if _IN_THE_ITEM.search(sent.text):
            # '"...," Mokoena says in the clip': the platform that carries the item the sentences just before named
            platform = next((o["name"] for lst in reversed(per_sent_sources[max(0, k - 3):k]) for o in lst
                             if o["kind"] == "media" and o["name"].lower() in lx.PLATFORMS), None)
            for d in srcs:
                if platform and not d["via"] and d["kind"] not in ("document", "media", "outlet"):
                    d["via"] = platform
        claim = {
            "text": original,
            "start": o_start,
            "end": o_end,
            "text_clean": re.sub(r"\s+", " ", sent.text[start - rec.start:]).strip(),
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


_RATE = _Rate()  # the parser's speed, remembered across calls of this process


def _run(texts: list, time_budget: float | None) -> list[dict]:
    rate = _RATE
    if rate.tokens > 200_000:  # keep it recent: halve the history now and then
        rate.tokens //= 2
        rate.parse_time /= 2
    t0 = time.monotonic()
    nlp = get_nlp()
    load = time.monotonic() - t0
    many = len(texts) > 1
    deadlines = [_Deadline(time_budget, rate, f" of text {i}" if many else "") for i in range(len(texts))]
    preps = []
    for dl, t in zip(deadlines, texts):
        dl.charge(load)
        with dl:
            preps.append(_prepare(t, nlp, dl))
    parsed = _parse(nlp, [(dl, [doc for doc, _ in p.inputs]) for dl, p in zip(deadlines, preps)], rate)
    out, k = [], 0
    for dl, p in zip(deadlines, preps):
        n = len(p.inputs)
        with dl:
            out.append(_finish(p, parsed[k:k + n]))
            dl.check()
        k += n
    return out


def _guarded(texts: list, time_budget: float | None) -> list[dict]:
    """Never lets an internal error escape as anything but ExtractionError."""
    if time_budget is not None:
        try:
            time_budget = float(time_budget)
        except (TypeError, ValueError):
            raise ExtractionError(f"time_budget must be a number of seconds or None, not {time_budget!r}") from None
        if time_budget != time_budget or time_budget < 0:
            raise ExtractionError(f"time_budget must be a non-negative number of seconds, not {time_budget!r}")
    try:
        return _run(texts, time_budget)
    except ExtractionError:
        raise
    except RecursionError as e:
        raise ExtractionError(f"internal error in extraction (input nested too deeply): {e}") from e
    except MemoryError as e:
        raise ExtractionError("internal error in extraction: out of memory on this input") from e
    except Exception as e:  # noqa: BLE001 - the contract: only ExtractionError leaves the pipeline
        raise ExtractionError(f"internal error in extraction ({type(e).__name__}: {e}); "
                              f"please report it with the input text") from e


def extract(text: str, *, time_budget: float | None = 30.0) -> dict:
    """Claims, sources, hedges, flags and metadata of one article (see the
    "Extraction output" contract). Raises ExtractionTimeout past the budget and
    ExtractionError (never anything else) when extraction cannot run."""
    return _guarded([text], time_budget)[0]


def extract_many(texts: Iterable[str], *, time_budget: float | None = 30.0) -> list[dict]:
    """`extract` over many texts, parsed together in batches. Every text has a
    budget of its own (`time_budget` seconds of its own work and its share of
    the shared parse batches): a slow text does not eat into the others'
    budgets, and raises ExtractionTimeout naming its index."""
    if isinstance(texts, (str, bytes)):
        raise ExtractionError("extract_many() needs an iterable of str, not a single "
                              f"{type(texts).__name__}; use extract() for one text")
    try:
        texts = list(texts)
    except TypeError as e:
        raise ExtractionError(f"extract_many() needs an iterable of str: {e}") from e
    if not texts:
        return []
    return _guarded(texts, time_budget)
