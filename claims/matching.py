"""Claim matching: find claims already on the desk that say the same thing as a new one.

A lexical method, no models: each claim becomes a fingerprint of

- content words, stop words and reporting verbs removed, lightly stemmed (a suffix stripper and
  a six-letter cut, so "Ukrainian" meets "Ukraine" and "killing" meets "killed"), with a small
  table of news synonyms ("died" = "killed", "houses" = "homes", "dropped" = "fell");
  capitalised words (names) weigh more, and known acronyms read as their long names ("WHO");
- numbers as values: "120,000" = "120 000" = "120000", "two" = "2", "1.2 million" =
  "1,200,000", "7.5%" = "7.5 per cent";
- polarity (a negation or a denial), direction (rose or fell) and time words (months, days).

`similarity` is a weighted word overlap cut down hard when the two claims disagree: numbers
that each side has and the other lacks ("killed 40" and "killed 12"), negation on one side only,
opposite directions, different months or days.

`similar_claims` prefilters in SQL (claims containing the rarest of the claim's words or numbers,
a few hundred at most, never the claim's own article) and scores those in Python.

Measured on tests/data/claim_pairs.jsonl with `python bench/matching.py`.
"""

from __future__ import annotations

import collections
import difflib
import functools
import itertools
import operator
import re
import unicodedata
from dataclasses import dataclass, field

from .source_aliases import acronyms

DEFAULT_THRESHOLD = 0.55
SUGGEST_THRESHOLD = 0.4  # the admin also lists weaker candidates, marked "possible"
CANDIDATE_LIMIT = 300  # claims scored in Python per lookup
PROBES = 3  # rarest words or numbers the SQL prefilter may look for on their own
SEARCHED = 3  # rarest words or numbers the index looks for, alone (if rare) or two or three together
PROBE_CANDIDATES = 6  # words or numbers whose rarity is counted
RARITY_SAMPLE = 5_000  # recent claims the rarity is counted on
# A probe, or probes together, looked for only if at most this many sampled claims hold them:
# about 0.05% of the claims, a few hundred rows to read at 1,000,000.
ARM_SAMPLE_HITS = 2
FALLBACK_SAMPLE_HITS = 10  # when no arm is that rare: all SEARCHED probes at once, up to ~0.2%
# Recent claims (of the sample) sharing two probes, or one held by at most this many of them.
RECENT_RARE_HITS = 25
RECENT_CANDIDATES = 100
_PROBE_RE = re.compile(r"[A-Za-z0-9.]+")  # no LIKE wildcards; probes are letters or digits anyway
_TRIGRAM_RE = re.compile(r"[A-Za-z0-9]{3}")  # what pg_trgm can look a probe up by

# ----------------------------------------------------------------------------- vocabulary

STOP_WORDS = frozenset(
    """
    a about above after again against all almost also am among an and another any are around as at be because
    been before being below between both but by can could did do does doing down during each either else ever
    every few for from further had has have having he her here hers herself him himself his how however i if in
    into is it its itself just least less let like made make many may me might more most much must my myself
    near nearly neither no nor not of off often on once one only onto or other others our ours ourselves out
    over own per perhaps rather same she should since so some such than that the their theirs them themselves
    then there these they this those though through thus to too toward towards under until up upon us very was
    we were what when where whether which while who whom whose why will with within without would yet you your
    yours yourself some approximately roughly just only nearly almost over under around about least most
    according said says say saying told tell tells telling stated states statement added adding reported reports
    reporting announced claimed claims claiming confirmed noted explained insisted warned wrote posted
    reportedly allegedly apparently possibly probably likely believed thought seems seemed appears appeared
    mr mrs ms dr also still already even new go goes going gone went get gets got getting become became
    """.split()
)
# Said of a claim's polarity; kept out of the word overlap.
NEGATIONS = frozenset("not no never none nobody nothing neither nor without deny denies denied denying".split())
RISE = frozenset(
    "rise rises rising rose risen increase increased increases increasing grew grow grows grown growing climb "
    "climbed climbs jump jumped jumps surge surged surges soar soared raise raised raises boosted doubled tripled "
    "higher".split()
)
FALL = frozenset(
    "fall falls falling fell fallen drop dropped drops dropping decline declined declines declining decrease "
    "decreased decreases decreasing slump slumped plunge plunged plunges lower lowered lowers halved shrank shrink "
    "shrunk cut cuts slashed reduced reduces".split()
)
MONTHS = "january february march april may june july august september october november december".split()
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()

# News synonyms read as one word (applied before stemming).
SYNONYMS = {
    **dict.fromkeys(
        "killed kill kills killing died die dies dying dead death deaths fatalities perished lives".split(), "kill"
    ),
    **dict.fromkeys("wounded injured injuries injury hurt wounding".split(), "injur"),
    **dict.fromkeys("houses house homes home dwellings".split(), "home"),
    **dict.fromkeys("children child kids".split(), "child"),
    **dict.fromkeys("arrested detained arrests arrest detain".split(), "arrest"),
    **dict.fromkeys("firm company companies firms".split(), "compan"),
    **dict.fromkeys("raids raid strikes strike airstrikes airstrike".split(), "strike"),
    **dict.fromkeys("assistance aid".split(), "aid"),
    **dict.fromkeys("jobless unemployment unemployed".split(), "unemploy"),
    **dict.fromkeys(RISE, "rise"),
    **dict.fromkeys(FALL, "fall"),
    **dict.fromkeys("sent send sending dispatched dispatch deployed deploy deploying".split(), "send"),
    **dict.fromkeys("games game matches match".split(), "match"),
}

NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "hundred": 100,
}  # fmt: skip
SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9,
    "trillion": 1e12, "tn": 1e12,
}  # fmt: skip

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})
_GROUP_SEP = "[,\u00a0\u202f\u2009 ]"
_WORD_NUM = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_NUMBER_RE = re.compile(
    rf"""
    (?<![\w.])
    (?:
        (?P<digits>\d{{1,3}}(?:{_GROUP_SEP}\d{{3}})+(?![\d])(?:\.\d+)?|\d+(?:\.\d+)?)
        (?:(?P<tight>bn|mn|tn|m|k|b)\b|\s*(?P<scale>thousand|million|billion|trillion)\b)?
      |
        (?P<words>(?:{_WORD_NUM})(?:[\s-](?:{_WORD_NUM.replace("|dozen", "").replace("|hundred", "")}))?)\b
        (?:\s+(?P<wscale>hundred|thousand|million|billion)\b)?
    )
    (?P<pct>\s*(?:%|per\s?cent\b|percent\b|percentage\s+points?\b))?
    """,
    re.IGNORECASE | re.VERBOSE,
)
_WORD_RE = re.compile(r"[A-Za-z]+")
_PLACEHOLDER = "QNUMBERQ"
_NAME_JOINERS = frozenset("of for the and de al el".split())
_SENTENCE_END = re.compile(r"[.!?:\"]\s*$")
_REPORTING = frozenset("said says told claimed claims denied denies announced reported warned".split())
_ACRONYMS = acronyms()
_ACRONYM_RE = re.compile(r"\b(" + "|".join(map(re.escape, sorted(_ACRONYMS, key=len, reverse=True))) + r")\b")


_SUFFIXES = (
    ("ational", "ate"),
    ("ization", "ize"),
    ("isation", "ize"),
    ("iness", "y"),
    ("ments", ""),
    ("ment", ""),
    ("ness", ""),
    ("ings", ""),
    ("ing", ""),
    ("ies", "y"),
    ("ied", "y"),
    ("ian", "ia"),
    ("ean", "e"),
    ("ers", "er"),
    ("ed", ""),
    ("es", ""),
    ("ly", ""),
    ("s", ""),
)


@functools.lru_cache(maxsize=50_000)
def _stem(word: str) -> str:
    """A tiny suffix stripper, then the first six letters: "killing", "killed" -> "kill"."""
    if word in SYNONYMS:
        return SYNONYMS[word]
    for suffix, replacement in _SUFFIXES:
        if not word.endswith(suffix) or word.endswith("ss"):
            continue
        root = word[: len(word) - len(suffix)]
        if suffix == "ed" and root.endswith("e"):  # "agreed" -> "agree"; "need" stays
            if len(word) < 5:
                continue
            root, replacement = word[:-1], ""
        elif suffix == "ed" and len(root) < 2:
            continue
        if suffix != "ed" and len(root) < 3:
            continue
        word = root + replacement
        break
    if len(word) > 2 and word.endswith("e"):  # "damage" meets "damaged", "use" meets "used"
        word = word[:-1]
    return word[:6]


# ----------------------------------------------------------------------------- fingerprints


@dataclass(frozen=True)
class Fingerprint:
    words: dict[str, float]  # stem -> weight
    numbers: frozenset[str]  # "n:120000", "pct:7.5"
    names: frozenset[str]  # stems of capitalised words inside the sentence
    entities: tuple[frozenset[str], ...]  # runs of names: "Syrian Observatory for Human Rights"
    sequence: tuple[str, ...]  # stems and number keys in reading order
    negated: bool
    direction: frozenset[str]  # {"rise"}, {"fall"}, both or neither
    when: frozenset[str]  # month and weekday names
    probes: tuple[tuple[str, int], ...] = field(default=())  # (substring to look for, priority)

    @property
    def weight(self) -> float:
        return sum(self.words.values()) + 2.0 * len(self.numbers)


def _number_key(value: float, *, percent: bool) -> str:
    # Years are counts here: "2,000 people" and "2000 people" must meet, and 2022 vs 2023 conflict anyway.
    return f"{'pct' if percent else 'n'}:{value:.6g}"


def _word_value(words: str) -> float | None:
    total = 0.0
    for part in re.split(r"[\s-]+", words.lower()):
        if part not in NUMBER_WORDS:
            return None
        total += NUMBER_WORDS[part]
    return total


def claim_fingerprint(text: str) -> Fingerprint:
    """The features two claims are compared on. Pure: no database, no state (results are cached
    by text; treat them as read-only)."""
    return _fingerprint(text or "")


@functools.lru_cache(maxsize=4096)
def _fingerprint(text: str) -> Fingerprint:
    text = unicodedata.normalize("NFKC", text or "").translate(_QUOTES)
    for _ in range(2):  # "UNHCR" -> "UN refugee agency" -> "United Nations refugee agency"
        text = _ACRONYM_RE.sub(lambda m: _ACRONYMS[m.group(1)], text)
    text = re.sub(r"n't\b", " not", text)
    text = re.sub(r"\bcannot\b", "can not", text, flags=re.IGNORECASE)

    numbers: set[str] = set()
    in_order: list[str] = []
    probes: list[tuple[str, int]] = []

    def take_number(m: re.Match) -> str:
        percent = bool(m.group("pct"))
        if m.group("digits"):
            raw = m.group("digits")
            value = float(re.sub(_GROUP_SEP, "", raw))
            scale = (m.group("tight") or m.group("scale") or "").lower()
            value *= SCALES.get(scale, 1)
            year = not scale and not percent and re.fullmatch(r"(19|20)\d\d", raw) is not None
            lead = raw if "." in raw and not re.search(_GROUP_SEP, raw) else re.split(_GROUP_SEP, raw)[0]
            if len(lead) >= 2:
                probes.append((lead, 0 if not year else 2))
        else:
            value = _word_value(m.group("words"))
            if value is None:
                return m.group(0)
            if m.group("wscale"):
                value *= {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9}[m.group("wscale").lower()]
        key = _number_key(value, percent=percent)
        numbers.add(key)
        in_order.append(key)
        return f" {_PLACEHOLDER} "

    rest = _NUMBER_RE.sub(take_number, text)

    words: dict[str, float] = {}
    names: set[str] = set()
    sequence: list[str] = []
    negated = False
    direction: set[str] = set()
    when: set[str] = set()
    lowered = rest.lower()
    if re.search(r"\b(?:up|higher) (?:from|by)\b", lowered):
        direction.add("rise")
    if re.search(r"\b(?:down|lower) (?:from|by)\b", lowered):
        direction.add("fall")
    numbers_left = iter(in_order)
    previous_end = 0
    entities: list[frozenset[str]] = []
    run: list[str] = []
    tokens = list(_WORD_RE.finditer(rest))
    for position, m in enumerate(tokens):
        surface = m.group(0)
        if surface == _PLACEHOLDER:
            sequence.append(next(numbers_left))
            previous_end = m.end()
            continue
        low = surface.lower()
        sentence_start = previous_end == 0 or _SENTENCE_END.search(rest, previous_end, m.start()) is not None
        previous_end = m.end()
        capitalised = surface[0].isupper() and not sentence_start
        if sentence_start and surface[0].isupper() and position + 1 < len(tokens):
            # A sentence's first word is a name when a name or a reporting verb follows it:
            # "Hamas said", "Israel's military", "Islamic State claimed".
            following = tokens[position + 1]
            gap = rest[m.end() : following.start()]
            nxt = following.group(0)
            capitalised = (
                (nxt[0].isupper() and nxt != _PLACEHOLDER and not gap.strip())
                or (gap == "'" and nxt == "s")
                or (not gap.strip() and nxt.lower() in _REPORTING)
            )
        is_name = capitalised and low not in STOP_WORDS
        if not is_name and run and (low not in _NAME_JOINERS or surface[0].isupper()):
            entities.append(frozenset(run))
            run = []
        if low in NEGATIONS and not capitalised:
            negated = True
            continue
        if low in RISE:
            direction.add("rise")
        elif low in FALL:
            direction.add("fall")
        if low in MONTHS or low in WEEKDAYS:
            if low != "may" or surface == "May":
                when.add(low)
        if low in STOP_WORDS or len(low) < 2:
            continue
        stem = _stem(low)
        weight = 1.5 if is_name else 1.0
        words[stem] = max(words.get(stem, 0.0), weight)
        sequence.append(stem)
        if is_name:
            names.add(stem)
            run.append(stem)
        if low not in SYNONYMS and len(low) >= 4:
            probe = _common_prefix(low, stem)
            if len(probe) >= 4:
                probes.append((probe, 1 if is_name else 3))
    if run:
        entities.append(frozenset(run))
    ordered = sorted(dict.fromkeys(probes), key=lambda p: (p[1], -len(p[0])))
    return Fingerprint(
        words=words,
        numbers=frozenset(numbers),
        names=frozenset(names),
        entities=tuple(entities),
        sequence=tuple(sequence),
        negated=negated,
        direction=frozenset(direction),
        when=frozenset(when),
        probes=tuple(ordered),
    )


def _common_prefix(a: str, b: str) -> str:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return a[:n]


# ----------------------------------------------------------------------------- similarity


def fingerprint_similarity(a: Fingerprint, b: Fingerprint) -> float:
    shared_words = a.words.keys() & b.words.keys()
    shared = sum(max(a.words[w], b.words[w]) for w in shared_words) + 2.0 * len(a.numbers & b.numbers)
    wa, wb = a.weight, b.weight
    if not wa or not wb:
        return 0.0
    dice = 2 * shared / (wa + wb)
    containment = shared / min(wa, wb)
    score = min(1.0, 0.6 * dice + 0.4 * containment)

    only_a, only_b = a.numbers - b.numbers, b.numbers - a.numbers
    if only_a and only_b:
        # Each says a number the other does not: "killed 40" and "killed 12".
        score *= 0.5 if a.numbers & b.numbers else 0.3
    elif only_a or only_b:
        score *= 0.9
    if _names_conflict(a, b):
        # Each names someone or somewhere the other does not: Idlib and Aleppo, IMF and World Bank.
        score *= 0.55
    substitutions = _substitutions(a, b)
    if substitutions:
        # The same sentence with a word swapped in one slot: "hospitals" and "schools".
        score *= 0.6**substitutions
    if a.negated != b.negated:
        score *= 0.45
    if a.direction and b.direction and not (a.direction & b.direction):
        score *= 0.45
    if a.when and b.when and not (a.when & b.when):
        score *= 0.45
    return round(max(0.0, min(1.0, score)), 4)


def _names_conflict(a: Fingerprint, b: Fingerprint) -> bool:
    """Each names someone or somewhere the other does not mention at all (Idlib and Aleppo)."""

    def unmatched(x: Fingerprint, y: Fingerprint) -> bool:
        return any(not (entity & y.words.keys()) for entity in x.entities)

    return unmatched(a, b) and unmatched(b, a)


def _substitutions(a: Fingerprint, b: Fingerprint) -> int:
    """Slots where each side has content words the other lacks, between words both share."""
    only_a = set(a.sequence) - set(b.sequence)
    only_b = set(b.sequence) - set(a.sequence)
    if not only_a or not only_b:
        return 0
    count = 0
    opcodes = difflib.SequenceMatcher(None, a.sequence, b.sequence, autojunk=False).get_opcodes()
    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag != "replace":
            continue
        flanked = (index > 0 and opcodes[index - 1][0] == "equal") or (
            index + 1 < len(opcodes) and opcodes[index + 1][0] == "equal"
        )
        ours = [w for w in a.sequence[i1:i2] if w in only_a and ":" not in w]
        theirs = [w for w in b.sequence[j1:j2] if w in only_b and ":" not in w]
        if not (flanked and ours and theirs):
            continue
        ours_named = [w in a.names for w in ours]
        theirs_named = [w in b.names for w in theirs]
        if (all(ours_named) and not any(theirs_named)) or (all(theirs_named) and not any(ours_named)):
            continue  # a name against a common word ("Maria Lopez" and "the city") is no swapped slot
        count += 1
    return count


def similarity(a_text: str, b_text: str) -> float:
    """How surely two claim texts say the same thing, from 0 to 1. Pure."""
    return fingerprint_similarity(claim_fingerprint(a_text), claim_fingerprint(b_text))


# ----------------------------------------------------------------------------- the database


@dataclass(frozen=True)
class Match:
    claim: object  # claims.models.Claim
    score: float
    verdict_label: str | None


def similar_claims(*, claim, limit: int = 5, threshold: float = DEFAULT_THRESHOLD) -> list[Match]:
    """Claims in other articles that say what `claim` says, best first, with their approved verdicts.

    Candidates come from two bounded reads, so the cost holds at a million claims:

    1. the RARITY_SAMPLE most recent claims, each reduced to which of the claim's probes (words
       and numbers, rarest kinds first) it holds: how rare each probe and each pair of probes is,
       and the recent claims sharing two probes or a rare one (any probe, even "3.9");
    2. over all claims, "arms" of the SEARCHED rarest probes the trigram index can look for: a probe
       on its own, or two or three together, each arm rare in the sample, so the index intersects
       its probes' posting lists and only a few hundred rows are read, however common each name or
       word is on its own.

    Those sharing more probes come first, at most CANDIDATE_LIMIT; only their ids and texts are
    loaded and scored here, and the matches' rows come last.
    """
    from django.db.models import Q

    from .models import Claim, Verdict

    fingerprint = claim_fingerprint(claim.text)
    written = (claim.text or "").upper()
    # Probes of the claim's own words first: an acronym's long name ("United Nations" for "UN")
    # is rarely what another article writes either.
    probes = [p for p, _ in fingerprint.probes if _PROBE_RE.fullmatch(p)]
    candidates = sorted(probes, key=lambda p: p.upper() not in written)[:PROBE_CANDIDATES]
    if not candidates:
        return []
    sample = _recent_masks(candidates, article_id=claim.article_id)
    counts = collections.Counter(sample.values())

    def share(combo: tuple[int, ...]) -> int:
        wanted = sum(1 << i for i in combo)
        return sum(n for mask, n in counts.items() if mask & wanted == wanted)

    # A probe without three letters or digits in a row ("49", "18.2") holds no trigram the index
    # can look for (it would read every claim with an "18"): the sample alone looks for it.
    ranked = sorted(range(len(candidates)), key=lambda i: (share((i,)), i))
    searched = [i for i in ranked if _indexable(candidates[i])][:SEARCHED]
    seen = [i for i in ranked if share((i,)) and _indexable(candidates[i])]
    if searched and seen and not any(i in seen for i in searched):
        searched[-1] = seen[0]  # at least one probe that is known to find something
    arms: list[tuple[int, ...]] = []
    combos = [(i,) for i in searched[:PROBES]] + [
        combo for size in (2, 3) for combo in itertools.combinations(searched, size)
    ]
    for combo in combos:
        if share(combo) <= ARM_SAMPLE_HITS and not any(set(arm) <= set(combo) for arm in arms):
            arms.append(combo)
    if searched and not arms and share(tuple(searched)) <= FALLBACK_SAMPLE_HITS:
        arms.append(tuple(searched))  # no arm is rare: the rarest probes all together
    # (else the claim is too generic to look for over all claims: the recent ones only)

    rare = {i for i in range(len(candidates)) if share((i,)) <= RECENT_RARE_HITS}
    enough = min(2, len(candidates))  # a claim with a single probe: the recent claims holding it
    recent = sorted(
        (pk for pk, mask in sample.items() if mask.bit_count() >= enough or any(mask >> i & 1 for i in rare)),
        key=lambda pk: (-sample[pk].bit_count(), -pk),
    )[:RECENT_CANDIDATES]

    # One SELECT per arm, united: each arm's probes meet in one scan of the trigram index. (Written
    # as one OR of ANDs, PostgreSQL pulls a probe shared by the arms out of them and reads every
    # claim holding that probe alone.)
    others = Claim.objects.exclude(article_id=claim.article_id).order_by().values_list("id", "text")
    selects = [
        others.filter(functools.reduce(operator.and_, (Q(text__icontains=candidates[i]) for i in arm))) for arm in arms
    ]
    if recent:
        selects.append(others.filter(pk__in=recent))
    if not selects:
        return []
    found_rows = selects[0].union(*selects[1:]) if len(selects) > 1 else selects[0]
    upper = [p.upper() for p in candidates]

    def hits(text: str) -> int:
        text = text.upper()
        return sum(probe in text for probe in upper)

    rows = sorted(found_rows, key=lambda row: (-hits(row[1]), -row[0]))
    scored = []
    for pk, text in rows[:CANDIDATE_LIMIT]:
        score = fingerprint_similarity(fingerprint, claim_fingerprint(text))
        if score >= threshold:
            scored.append((score, pk))
    scored.sort(key=lambda row: (-row[0], -row[1]))
    top = scored[:limit]
    if not top:
        return []
    found = Claim.objects.select_related("article").in_bulk([pk for _, pk in top])
    labels = dict(
        Verdict.objects.filter(claim_id__in=found, state=Verdict.State.APPROVED)
        .order_by("claim_id", "version")
        .values_list("claim_id", "rating__label")
    )
    return [Match(claim=found[pk], score=s, verdict_label=labels.get(pk)) for s, pk in top if pk in found]


def _indexable(probe: str) -> bool:
    return _TRIGRAM_RE.search(probe) is not None


def _recent_masks(probes: list[str], *, article_id: int) -> dict[int, int]:
    """The RARITY_SAMPLE most recent claims of other articles that hold any of `probes`: their id
    and which probes they hold (bit i set: probe i is in the text).

    Each text is upper-cased once and tested in SQL; only the ids and bit masks come back. The
    portable SQL runs on SQLite too."""
    from django.db import connection

    from .models import Claim

    table = connection.ops.quote_name(Claim._meta.db_table)
    bits = " + ".join(f"(CASE WHEN u LIKE %s THEN {1 << i} ELSE 0 END)" for i in range(len(probes)))
    # Only the quoted table name and integer bit values are formatted in; the probes are parameters.
    sql = (
        f"SELECT id, mask FROM (SELECT id, {bits} AS mask FROM ("  # noqa: S608  # nosec B608
        f"SELECT id, UPPER(text) AS u FROM {table} WHERE article_id <> %s ORDER BY id DESC LIMIT %s"
        ") recent) masked WHERE mask > 0"
    )
    params = [f"%{p.upper()}%" for p in probes] + [article_id, RARITY_SAMPLE]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return dict(cursor.fetchall())
