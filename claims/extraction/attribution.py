"""Attribution on the dependency parse: who a sentence comes from.

`sentence_sources` reads one parsed sentence and returns raw sources (a
pronoun or "the ministry" is left for `Resolver` to resolve against the
sources and names met earlier in the article).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from . import first_names, lexicon as lx
from .dates import MONTHS

_CLAUSE_DEPS = {"ccomp", "parataxis", "xcomp"}
PARSE_BACK = {v: k for k, v in lx.PARSE_SWAPS.items()}
_NP_CUT_DEPS = {"appos", "relcl", "punct", "prep_cut", "advcl", "cc", "conj", "prn", "parataxis"}
_DETS = {"the", "a", "an", "this", "that", "these", "those"}
_PRONOUNS = lx.PERSON_PRONOUNS | lx.GROUP_PRONOUNS | {"i", "you", "one", "someone", "nobody"}


@dataclass
class RawSource:
    name: str
    kind: str | None
    descriptor: str | None
    cue: str | None
    via: str | None
    quote: str | None
    ref: str = "name"           # name | pronoun | definite
    head: str = ""              # head word, lower case (for resolution)
    via_ref: str | None = None  # "definite" when via is "the newspaper"
    extra: dict = field(default_factory=dict)


class Sent:
    """A parsed sentence with its token offsets in the normalised copy."""

    def __init__(self, doc, offsets, text: str, base: int):
        self.doc = doc
        self.offsets = offsets   # per token, relative to the sentence
        self.text = text         # the sentence in the normalised copy
        self.base = base         # its offset in the normalised copy
        self.in_quote = [False] * len(doc)

    def tok(self, i: int) -> str:
        a, b = self.offsets[i]
        return self.text[a:b]

    def span(self, i: int, j: int) -> str:
        """Text of tokens i..j inclusive."""
        if j < i:
            return ""
        return self.text[self.offsets[i][0]:self.offsets[j][1]]

    def lower(self, i: int) -> str:
        return self.tok(i).lower()


def _subtree_bounds(tok, cut=None) -> tuple[int, int]:
    """Contiguous token bounds of tok's subtree, leaving out `cut` children."""
    lo = hi = tok.i
    stack = [tok]
    while stack:
        t = stack.pop()
        lo, hi = min(lo, t.i), max(hi, t.i)
        for c in t.children:
            if cut and t.i == tok.i and c.dep_ in cut:
                continue
            if cut and c.dep_ in ("relcl", "appos") and t.i != tok.i:
                continue
            stack.append(c)
    return lo, hi


def _trim(sent: Sent, lo: int, hi: int, head_i: int) -> tuple[int, int]:
    doc = sent.doc
    while lo < head_i and (doc[lo].is_punct or doc[lo].dep_ in ("cc", "punct") or doc[lo].is_space):
        lo += 1
    while hi > head_i and (doc[hi].is_punct or doc[hi].dep_ in ("cc", "punct", "case") and doc[hi].text != "'s"):
        hi -= 1
    return lo, hi


def _ent_of(doc, tok):
    if not tok.ent_type:
        return None  # outside every entity (cheap: doc.ents builds its spans anew on each access)
    ents = doc.user_data.get("_ents")
    if ents is None:
        ents = doc.user_data["_ents"] = tuple(doc.ents)
    return next((e for e in ents if e.start <= tok.i < e.end), None)


def _strip_det(s: str) -> str:
    w = s.split(" ", 1)
    if len(w) == 2 and w[0].lower() in _DETS:
        return w[1]
    return s


# Parties known by one word ("Welsh Labour said", "Scottish Conservatives"), which the small model reads as a person
_PARTY_NAMES = {"labour", "conservatives", "tories", "democrats", "republicans", "greens", "liberals", "socialists"}


# Heads of bodies named for an office-holder or a place: "the Pardee County Sheriff's Office", "the Attorney
# General's Department", "the Coroner's Court".
_OFFICE_HEADS = {"office", "department", "court", "service", "bureau", "division", "unit"}
_FIRM_NOUNS = {"firm", "company", "consultancy", "pollster", "agency", "group", "charity", "bank", "insurer", "lender",
               "startup", "start-up", "manufacturer", "maker", "retailer", "carrier", "airline", "operator",
               "think-tank", "thinktank", "organisation", "organization", "foundation", "institute", "provider"}


def _kind(name: str, descriptor: str | None, label: str | None, head_low: str, anonymous: bool) -> str:
    low = name.lower().strip()
    words = set(re.findall(r"[a-z]+", low))
    dwords = set(re.findall(r"[a-z]+", (descriptor or "").lower()))
    key = _strip_det(low)
    if anonymous:
        return "anonymous"
    if label == "PERSON" and (words & _ORG_NAME_WORDS or re.fullmatch(r"[A-Z][A-Z0-9&]{1,6}", descriptor or "")
                              or low.split()[-1] in _PARTY_NAMES):
        label = "ORG"  # "Human Rights Watch (HRW)", "Welsh Labour" read as a person
    dlast = re.findall(r"[a-z]+", (descriptor or "").lower())[-1:]
    if label == "PERSON" and dlast and dlast[0] in _FIRM_NOUNS and len(name.split()) <= 3 \
            and not dwords & {"of", "with", "at", "for", "in", "from", "on", "to", "by"}:
        label = "ORG"  # "the polling firm Demos Nord", read as a person
    if label == "PERSON" and dlast and dlast[0] in lx.OUTLET_NOUNS - {"media", "site"} and len(name.split()) <= 3 \
            and not dwords & {"of", "with", "at", "for", "in", "from", "on", "to", "by"}:
        return "outlet"  # "German business daily Handelsblatt", read as a person: a paper is described so
    if label == "PERSON" or head_low in _RELATION_NOUNS or re.match(r"(?:his|her)\s+(?:[\w-]+\s+)?[\w-]+$", low) \
            and head_low not in lx.DOCUMENT_WORDS | lx.MEDIA_WORDS | lx.STATEMENT_NOUNS:
        return "person"  # (also "his manager", "her brother")
    if re.fullmatch(r"(?:[A-Z][\w'’-]+\s+){1,3}(?:KC|QC|SC|MP|MEP|MSP)", name.strip()):
        return "person"  # "Nicola Westbrook KC", read as an organisation
    if head_low == "agency" and key not in lx.OUTLETS and not re.search(r"\b(?:news|press|wire)\s+agency\b", low):
        head_low = ""  # ("an aid agency", "the UN refugee agency": not a news agency)
    if key in lx.OUTLETS or low in lx.OUTLETS or head_low in lx.OUTLET_NOUNS - {"media", "site"} or \
            (dwords & lx.OUTLET_NOUNS and label != "PERSON" and not dwords & {"journalist", "reporter", "editor", "correspondent", "columnist"}):
        return "outlet"
    if head_low in lx.MEDIA_WORDS:
        return "media"
    if head_low == "media" and "social" not in words and 2 <= len(words) <= 3:
        return "outlet"  # "Local media", "Iranian state media": the press
    if head_low in lx.DOCUMENT_WORDS and label is None:
        return "document"
    if any(g in low for g in lx.GOVERNMENT_HEADS if " " in g) or words & lx.GOVERNMENT_HEADS:
        return "government"
    if label in ("GPE", "NORP"):
        return "government"
    if label in ("ORG", "FAC", None) and dwords and \
            re.findall(r"[a-z]+", (descriptor or "").lower())[-1] in _ROLE_NOUNS \
            and 2 <= len(name.split()) <= 4 and all(w[:1].isupper() for w in name.split()):
        return "person"  # "Harrowby boss Nadia Pearce": a role before a name makes a person
    described = re.match(r"(?:an?|the)\s+(?:[\w-]+\s+){0,2}?([\w-]+)\b", (descriptor or "").lower())
    if label in ("ORG", "FAC", "GPE", None) and len(name.split()) == 1 and name[:1].isupper() and not name.isupper() \
            and (re.match(r"\d{1,3}\b", descriptor or "") or described is not None
                 and described.group(1) in _ROLE_NOUNS | _PERSON_DESCRIPTOR_NOUNS):
        # "Ahmed, a resident of the town, told AFP", "Fatima, 34, said": one name, described as a person
        return "person"
    if label in ("ORG", "FAC"):
        return "organization"
    if head_low in lx.GOVERNMENT_WORDS and head_low not in ("spokesman", "spokeswoman", "spokesperson",
                                                            "official", "officials", "minister", "governor", "mayor"):
        return "government"
    if dwords & lx.PERSON_TITLES or head_low in lx.ANONYMOUS_HEADS or head_low in lx.PERSON_TITLES:
        return "person"
    if name[:1].isupper():
        # A capitalised name the model did not label: people have 2-4 words.
        n = len(name.split())
        if n == 1 and not name.isupper() and _known_first_name(name):
            return "person"  # "Ahmed said": one known given name
        if set(name.split()[1:-1]) & _NAME_PARTICLES and not _known_first_name(name.split()[0]):
            return "organization"  # "Metro de Quito", not "Ana de Souza"
        return "person" if 2 <= n <= 4 and not words & _ORG_NAME_WORDS and not re.fullmatch(
            r"[A-Z][A-Z0-9&]{1,6}", descriptor or "") else "organization"
    return "organization"


# Words of organisations' names that the small model sometimes labels PERSON.
_ORG_NAME_WORDS = {"watch", "rights", "international", "foundation", "institute", "council", "service",
                   "agency", "organization", "organisation", "group", "bank", "university", "ministry",
                   "committee", "fund", "network", "alliance", "party", "union", "association", "society",
                   "centre", "center", "commission", "corporation", "company", "trust", "federation", "league",
                   "observatory", "coalition", "front", "movement", "forces", "army", "police", "board",
                   # (trades that name companies and are next to never surnames: "Saryarka Coal said")
                   "coal", "mining", "holdings", "pharma", "airways", "airlines", "motors", "telecom", "petroleum",
                   "logistics", "industries", "insurance", "utilities", "water"}
# Nouns that describe a person named by one name only ("Ahmed, a resident of the town").
_PERSON_DESCRIPTOR_NOUNS = {"resident", "mother", "father", "farmer", "nurse", "teacher", "student", "driver",
                            "shopkeeper", "villager", "survivor", "widow", "grandmother", "grandfather", "fisherman",
                            "trader", "worker", "volunteer", "engineer", "pensioner", "refugee", "neighbour",
                            "neighbor", "son", "daughter", "wife", "husband", "brother", "sister", "nephew", "niece"}
# A courtesy or local-government title before one to three capitalised words makes a person, whatever the tagger said.
_TITLED_NAME = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Councilor|Prof|Professor|Rev|Revd|Fr|Father|Alderman"
                          r"|Alderwoman)\.?\s+(?:[A-Z][\w’-]*(?:\s+|$)){1,3}$")
# Roles that make the name they describe a person's.
_ROLE_NOUNS = (lx.PERSON_TITLES | {w for w in lx.ANONYMOUS_HEADS if not w.endswith("s")}) - {"state", "security"} | {
    "boss", "manager", "coach", "captain", "striker", "midfielder", "defender", "goalkeeper", "forward",
    "player", "founder", "owner", "head", "leader", "chair", "chairperson", "president", "economist",
    "author", "editor", "writer", "actor", "singer", "architect", "chef", "ceo", "cfo", "commissioner", "inspector",
    "coordinator", "presenter", "superintendent", "administrator", "registrar", "rapporteur", "envoy", "treasurer",
    "ombudsman", "comptroller", "marshal", "sheriff", "constable", "chancellor", "provost", "dean", "principal"}


# Particles inside names: "Metro de Quito", "Ursula von der Leyen".
_NAME_PARTICLES = {"de", "del", "da", "do", "di", "du", "des", "dos", "das", "della", "van", "von", "der"}


def _np(sent: Sent, head, *, sentence_has_anon: bool = False) -> RawSource | None:
    """A source from the noun phrase headed by `head`."""
    doc = sent.doc
    low = sent.lower(head.i)
    # (any common noun may give a name: "Another passenger, who gave his name only as Rui, told ...")
    given = _given_name(sent, head) if low == "one" or low in lx.ANONYMOUS_HEADS or head.tag_ == "NN" else None
    if given is not None:
        # "said one of them, a farmer who gave only his first name, Ali": the name given counts.
        ent, desc_tok = given
        desc = None
        if desc_tok is not None:
            dlo, dhi = _subtree_bounds(desc_tok, cut={"relcl", "acl", "punct", "appos"})
            desc = sent.span(*_trim(sent, dlo, dhi, desc_tok.i)).strip(" ,") or None
        left = min([c.i for c in head.lefts if c.dep_ in ("det", "nummod", "amod", "compound")] + [head.i])
        # (how the sentence described the one who gave the name: "the spokesman", "one woman", for the channel
        # of the group or the spokesman who spoke just before)
        return RawSource(sent.span(ent.start, ent.end - 1), "person", desc, None, None, None, ref="name",
                         head=sent.lower(ent.root.i), extra={"label": "PERSON", "described": sent.span(left, head.i)})
    if low in ("one", "another"):
        named = next((a for a in head.children if a.dep_ == "appos" and (e := _ent_of(doc, a)) is not None
                      and e.label_ == "PERSON" and e.end - e.start >= 2), None)
        if named is not None:
            # "said one of them, Kofi Mensah, 27, a trader": the name given.
            e = _ent_of(doc, named)
            return RawSource(sent.span(e.start, e.end - 1), "person", None, None, None, None, ref="name",
                             head=sent.lower(e.root.i), extra={"label": "PERSON"})
        # "One of the executives said", "One of them said", "Another of the sources said": one of a group, unnamed.
        of = next((c for c in head.children if c.dep_ == "prep" and sent.lower(c.i) == "of"), None)
        ob = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if ob is not None and (sent.lower(ob.i) in lx.ANONYMOUS_HEADS | {"them", "those"} or ob.tag_ == "NNS"
                               and sent.lower(ob.i) not in lx.DOCUMENT_WORDS | lx.MEDIA_WORDS):
            lo, hi = _subtree_bounds(head, cut={"appos", "relcl", "punct", "acl"})
            name = sent.span(*_trim(sent, lo, hi, head.i))
            return RawSource(name, "anonymous", None, None, None, None, ref="name", head=sent.lower(ob.i))
        if ob is None and low == "one" and head.dep_ == "nsubj" and head.head.dep_ == "conj" and not any(
                c.dep_ in ("prep", "appos", "relcl") for c in head.children):
            # "Several backbenchers are uneasy, and one told Times Radio ...": one of the group the sentence
            # named first, which keeps the group's phrase
            group = next((c for c in head.head.head.children if c.dep_ == "nsubj" and c.tag_ == "NNS"
                          and c.i < head.i and not sent.in_quote[c.i]), None)
            if group is not None:
                src = _np(sent, group, sentence_has_anon=sentence_has_anon)
                if src is not None and src.ref == "name":
                    src.descriptor = "one"
                    if src.kind not in ("anonymous",) and not src.name[:1].isupper() or src.name.split()[0].lower() in (
                            "several", "some", "many", "two", "three", "four", "a", "other"):
                        src.kind = "anonymous"
                    return src
        if ob is not None and ob.tag_ == "NNS" and head.dep_ == "nsubj" and sent.lower(head.head.i) in ("read", "reads"):
            # '"...," one of the posts read': one of the written items whose words are quoted
            lo, hi = _subtree_bounds(head, cut={"appos", "relcl", "punct", "acl"})
            name = sent.span(*_trim(sent, lo, hi, head.i))
            return RawSource(name, "document", None, None, None, None, ref="name", head=sent.lower(ob.i))
    named_both = (e := _ent_of(doc, head)) is not None and e.label_ == "PERSON" and e.end - e.start >= 2 \
        and sent.tok(head.i)[:1].isupper() and head.i > 0  # ("Gatwech Both, a county official": a surname)
    if low in _NUMBER_WORDS and not named_both and head.dep_ in ("nsubj", "nsubjpass") and not any(
            c.dep_ == "prep" for c in head.children) and (low == "both" or any(
            sent.lower(c.i) in ("the", "all") for c in head.children if c.dep_ == "det")):
        # "both deny paying bribes", "All three deny the charges", "The two have denied wrongdoing":
        # the people named together just before.
        return RawSource(low, None, None, None, None, None, ref="pronoun", head="both",
                         extra={"count": _NUMBER_WORDS[low]})
    if low in _PAIRED_PEOPLE and head.dep_ in ("nsubj", "nsubjpass") and any(
            sent.lower(c.i) == "both" for c in head.children if c.dep_ in ("det", "predet", "amod")):
        # "Both men have denied wrongdoing": the two people named together before
        return RawSource("both", None, None, None, None, None, ref="pronoun", head="both",
                         extra={"count": 2, "phrase": sent.span(head.left_edge.i, head.i)})
    if low in _PRONOUNS:
        if low in ("i", "you", "one", "someone", "nobody"):
            return None
        return RawSource(low, None, None, None, None, None, ref="pronoun", head=low)
    if head.pos_ in ("DET", "PRON") and low not in ("who",):
        return None
    calls = next((c for c in head.children if c.dep_ == "relcl" and sent.lower(c.i) in ("calls", "call", "called")
                  and any(sent.lower(x.i) in ("itself", "themselves") for x in c.children)), None)
    named_as = re.match(r"(?:itself|themselves)\s+[\"“']?((?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3})",
                        sent.span(calls.i + 1, calls.right_edge.i)) if calls is not None else None
    if named_as and head.pos_ == "NOUN":
        # "The group, which calls itself ShadowByte, wrote on Telegram": the name it goes by
        lo = _subtree_bounds(head, cut={"relcl", "acl", "punct", "appos", "prep"})[0]
        return RawSource(named_as.group(1), "organization", _strip_det(sent.span(lo, head.i)), None, None, None,
                         ref="name", head=low, extra={"label": "ORG"})
    known = next((c for c in head.children if c.dep_ == "acl" and sent.lower(c.i) == "known"), None)
    if known is not None and head.pos_ == "NOUN":
        # "The authority, known by its Spanish initials SNAI, said": the name it is known by.
        ob = next((g for p in known.children if p.dep_ in ("agent", "prep") and sent.lower(p.i) in ("as", "by")
                   for g in p.children if g.dep_ == "pobj" and (g.pos_ == "PROPN" or _ent_of(doc, g))), None)
        e = _ent_of(doc, ob) if ob is not None else None
        if e is not None and e.label_ in ("ORG", "GPE", "NORP", "FAC"):
            lo, hi = _subtree_bounds(head, cut={"appos", "relcl", "punct", "acl", "prep"})
            return RawSource(sent.span(e.start, e.end - 1), None, _strip_det(sent.span(*_trim(sent, lo, hi, head.i))),
                             None, None, None, ref="name", head=low, extra={"label": e.label_, "known_as": True})
    # The name may be an apposition of a common noun ("newspaper al-Watan").
    appos = [c for c in head.children if c.dep_ == "appos" or c.dep_ == "npadvmod" and c.pos_ == "PROPN"
             and c.i > head.i and c.i + 1 < len(doc) and sent.tok(c.i - 1) == "," and sent.tok(c.i + 1) == ","]
    # ("The United Nations refugee agency, UNHCR, said": the parser may read the name as an adverbial)
    # ("the secretary-general of the UNE, Gabriela Benítez,": the parser makes "general" an apposition)
    appos = [c for c in appos if not (c.i == head.i + 2 and doc[head.i + 1].text in ("-", "–") and c.pos_ == "NOUN")]
    spoke_for = next((e for a in appos if (e := _ent_of(doc, a)) is not None and e.label_ == "PERSON" and e.start > 0
                      and sent.lower(e.start - 1) in _ROLE_NOUNS and e.root.i == a.i), None)
    if spoke_for is not None and (he := _ent_of(doc, head)) is not None and he.label_ in ("ORG", "GPE", "NORP"):
        # "National Prosecuting Authority (NPA) regional spokesperson Monica Nkosi welcomed the verdict": the
        # parser hung the role and the name on the body; the person speaks, described by the rest
        lo = _subtree_bounds(head, cut={"relcl", "acl", "punct"})[0]
        return RawSource(sent.span(spoke_for.start, spoke_for.end - 1), "person",
                         _strip_det(sent.span(lo, spoke_for.start - 1)) or None, None, None, None, ref="name",
                         head=sent.lower(spoke_for.root.i), extra={"label": "PERSON"})
    name_tok, desc = head, None
    role_title = head.pos_ == "PROPN" and low in _ROLE_NOUNS and head.i > 0 and sent.lower(head.i - 1) != "a"
    if low in _ROLE_NOUNS and head.pos_ == "PROPN" and not appos:
        for ob in (o for p in head.children if p.dep_ == "prep" and sent.lower(p.i) in ("of", "for")
                   for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"):
            lo = ob.i
            while lo > 0 and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].head.i in (ob.i, lo) \
                    and doc[lo - 1].text.istitle():
                lo -= 1
            last2 = [sent.tok(ob.i - 1), sent.tok(ob.i)]
            if ob.i - lo >= 2 and all(w.istitle() and w.lower() not in _ORG_NAME_WORDS | lx.GOVERNMENT_WORDS
                                      | _BODY_WORDS | {"state", "affairs", "republic", "prosecutions", "mines"}
                                      for w in last2):
                # "Chief Inspector of Mines Lindiwe Khoza said": the title's body ran into the name (the small model
                # tags "Mines Lindiwe Khoza" as one body); the last two words are the person
                lo2, _hi2 = _subtree_bounds(head, cut={"prep", "relcl", "acl", "punct", "appos"})
                return RawSource(sent.span(ob.i - 1, ob.i), "person", _strip_det(sent.span(lo2, ob.i - 2)), None, None,
                                 None, ref="name", head=sent.lower(ob.i), extra={"label": "PERSON"})
    if (head.pos_ != "PROPN" and not _ent_of(doc, head) or role_title) and not appos \
            and (low in _ROLE_NOUNS or head.tag_ == "NN"):
        # "the mayor of Beira, Joaquim Matsinhe, said": the parser hangs the name on "Beira".
        # ("The Information Officer in the region, Ann Obi, said": a capitalised title alike)
        for p in (c for c in head.children if c.dep_ == "prep" and sent.lower(c.i) in ("of", "in", "for", "at")):
            for ob in (c for c in p.children if c.dep_ == "pobj"):
                person = next((a for a in ob.children if a.dep_ == "appos" and a.i > ob.i and
                               (e := _ent_of(doc, a)) is not None and e.label_ == "PERSON"), None)
                if person is not None:
                    appos = [person]
    if head.pos_ != "PROPN" and not _ent_of(doc, head) and appos and not any(
            a.pos_ == "PROPN" or _ent_of(doc, a) for a in appos):
        # "Dawn's leader, the former television presenter Mindaugas Vaitkus, told ...": the parser hangs the
        # name on the apposed description ("the party's treasurer, the banker Ann Moe,")
        inner = next((x for a in appos if a.pos_ == "NOUN" for x in a.children if x.dep_ == "appos" and x.i > a.i
                      and (e := _ent_of(doc, x)) is not None and e.label_ == "PERSON" and e.end - e.start >= 2), None)
        if inner is not None:
            appos = [inner]
    if head.pos_ != "PROPN" and not _ent_of(doc, head) or (sent.tok(head.i).isupper() and len(sent.tok(head.i)) <= 4
                                                           or role_title) \
            and any((e := _ent_of(doc, a)) is not None and _personish(sent, e)
                    # ("the Police Public Relations Officer, DSP Comfort Abeka,": an untagged name with a given name)
                    or e is None and a.pos_ == "PROPN" and role_title and 2 <= len(
                        words := [sent.tok(k) for k in range(a.left_edge.i, a.i + 1) if sent.tok(k).istitle()]) <= 3
                    and not {w.lower() for w in words} & _ORG_NAME_WORDS
                    for a in appos):
        # ("The senator, a Democrat from Ohio, ...": an indefinite apposition describes, it does not name;
        # "The Ferozewala SHO, Inspector Tariq Mehmood, denied": a role acronym's person names it)
        prop = next((a for a in appos if (a.pos_ == "PROPN" or _ent_of(doc, a)) and
                     sent.lower(_subtree_bounds(a)[0]) not in ("a", "an")), None)
        if prop is not None:
            lo, hi = _subtree_bounds(head, cut={"appos", "relcl", "punct", "acl", "prep"})
            lo, hi = _trim(sent, lo, hi, head.i)
            desc = _strip_det(sent.span(lo, min(hi, prop.i - 1)).strip(" ,"))
            name_tok = prop
            appos = [a for a in appos if a.i != prop.i]
    ent = _ent_of(doc, name_tok)
    label = ent.label_ if ent is not None else None
    comma = max((k for k in range(ent.start, name_tok.i) if doc[k].text == ","), default=None) if ent is not None \
        else None
    if comma is not None:
        # "the University of Ibadan, Femi Akinola" tagged as one body: the name is what follows the comma
        ent = doc[comma + 1:ent.end]
        label = "PERSON" if _known_first_name(sent.tok(comma + 1)) else label
    if ent is not None and (label in ("PERSON", "GPE", "NORP") or label == "ORG" and sent.tok(ent.start).isupper()) \
            and len(ent) >= 3 and name_tok.i == ent.end - 1 \
            and not _known_first_name(sent.tok(ent.start)) and _known_first_name(sent.tok(ent.end - 2)):
        # "President of Kenya William Ruto", "... for the OPW Declan Fahy": the place or body ran into the name
        ent, label = doc[ent.end - 2:ent.end], "PERSON"
    if ent is not None and ent.label_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"):
        ent, label = None, None
    prev_ent = _ent_of(doc, doc[ent.start - 1]) if ent is not None and ent.start > 0 else None
    if ent is not None and ent.end - ent.start == 1 and sent.tok(ent.start) in ("KC", "QC", "SC", "MP", "MEP", "MSP") \
            and prev_ent is not None and prev_ent.label_ == "PERSON":
        # "prosecutor Mei-Ling Harcourt SC told the jury": the post-nominal, read as a body, is the person's
        ent, label = prev_ent, "PERSON"
        prev_ent = _ent_of(doc, doc[ent.start - 1]) if ent.start > 0 else None
    if ent is not None and ent.start > 0 and doc[ent.start - 1].pos_ == "PROPN" \
            and _known_first_name(sent.tok(ent.start - 1)) and (prev_ent is None or prev_ent.label_ != "PERSON"):
        # "Taras Melnychuk" read as "Taras" + a NORP "Melnychuk": a known given name makes a person
        ent = doc[ent.start - 1:ent.end]
        label = "PERSON"
    elif ent is not None and label in ("NORP", "GPE", "ORG") and len(ent) >= 2 and _known_first_name(sent.tok(ent.start)) \
            and all(doc[k].pos_ == "PROPN" for k in range(ent.start, ent.end)):
        label = "PERSON"
    elif ent is not None and label == "ORG" and len(ent) >= 4 and ent.end - 1 == name_tok.i \
            and _known_first_name(sent.tok(ent.end - 2)) and sent.tok(ent.end - 1)[:1].isupper() \
            and not _known_first_name(sent.tok(ent.end - 3)) \
            and sent.lower(ent.end - 3) not in {"of", "and", "for", "&", "de", "van", "von"}:
        # "the Legislative Council Suresh Patankar" read as one body: the title's body, then a given name and
        # a surname ("Leader of the Opposition in the Legislative Council Suresh Patankar alleged")
        ent = doc[ent.end - 2:ent.end]
        label = "PERSON"
    # (a "ccomp" under a name is the quotation the parser hung on its speaker: '"...," Otieno, 61, told')
    cut = {"appos", "relcl", "punct", "acl", "advcl", "cc", "conj", "prn", "parataxis", "ccomp"}
    anon_np = False
    if ent is not None:
        lo, hi = ent.start, ent.end - 1
        name = sent.span(lo, hi)
        # Pre-modifiers inside the noun phrase are the descriptor.
        plo, phi = _subtree_bounds(name_tok, cut=cut | {"prep"})
        plo, _ = _trim(sent, plo, phi, name_tok.i)
        if plo < lo and desc is None:
            d = sent.span(plo, lo - 1).strip(" ,")
            d = _strip_det(d.rsplit(", ", 1)[-1])  # (not the phrase a misparse ran into it: "X, M23 spokesman")
            if d.split()[-1] in _NAME_PARTICLES and d[:1].isupper() and all(
                    w[:1].isupper() or w in _NAME_PARTICLES for w in d.split()):
                # "Metro de Quito", "Banco de" + "Portugal": the small model tags only the place, and the
                # capitalised words joined to it by a particle are the rest of the name
                name = sent.span(plo, hi)
                if _known_first_name(d.split()[0]):
                    label = "PERSON"  # ("Ursula von der" + "Leyen")
            elif d and f"{d} {name}".lower() in lx.OUTLETS:
                name, label = f"{d} {name}", "ORG"  # ("BBC Burmese quoted ...": a service's language read apart)
            elif d and not d.endswith("'s"):
                desc = d
            elif d.endswith("'s"):
                name = sent.span(plo, hi)
        if label != "PERSON" and _TITLED_NAME.match(name):
            label = "PERSON"  # "Cllr Pawley said", "Father Manuel Sitoe told ...": the model took the title for a body
        words = name.split()
        if len(words) >= 3 and words[0][:1].isupper() and not _known_first_name(words[0]) \
                and _known_first_name(words[1]) and words[0].lower() in _ROLE_NOUNS | lx.ANONYMOUS_HEADS | {
                    w for w in (words[0].lower(),) if w.endswith(("ist", "ologist", "ician"))}:
            # "Hydrologist Pascale Ferrand" tagged as one name: the role word describes her
            desc = (desc + " " if desc else "") + words[0]
            name, label = " ".join(words[1:]), "PERSON"
        if label == "PERSON":
            # Titles caught inside the entity go to the descriptor.
            words = name.split()
            k = 0
            while k < len(words) - 1 and words[k].lower().strip(".") in lx.PERSON_TITLES:
                k += 1
            if k:
                desc = (desc + " " if desc else "") + " ".join(words[:k])
                name = " ".join(words[k:])
        if name.lower().startswith("the "):
            name = name[4:]
        ref = "name"
    else:
        lo, hi = _subtree_bounds(name_tok, cut=cut)
        lo, hi = _trim(sent, lo, hi, name_tok.i)
        if name_tok.pos_ == "PROPN" and not (sent.tok(name_tok.i).islower() and any(
                c.dep_ in ("poss", "amod", "compound") for c in name_tok.children)):
            # (a lower-case head the tagger took for a proper noun is a common noun: "Syria's foreign ministry")
            # Proper noun the NER missed: the compound chain is the name.
            clo = name_tok.i
            while clo > 0 and doc[clo - 1].pos_ == "PROPN" and not doc[clo - 1].text.islower() \
                    or (clo > 0 and doc[clo - 1].text in ("-",) and clo > 1) \
                    or clo > 1 and doc[clo - 1].text in _NAME_PARTICLES and doc[clo - 2].pos_ == "PROPN" \
                    and doc[clo - 2].text[:1].isupper() \
                    or clo > 0 and doc[clo].ent_iob_ == "I" and doc[clo - 1].text[:1].isupper() \
                    or clo > 1 and doc[clo - 1].text in ("and", "&") and doc[clo - 2].pos_ == "PROPN" \
                    and doc[clo - 2].text[:1].isupper() and sent.lower(name_tok.i) in _ORG_NAME_WORDS \
                    or clo > 1 and doc[clo - 1].text in ("'s", "’s") and doc[clo - 2].pos_ == "PROPN" \
                    and doc[clo - 2].text[:1].isupper() and sent.lower(name_tok.i) in _OFFICE_HEADS:
                # (and over "and" inside a body's name: "the Felixstowe Dock and Railway Company", and over the
                # possessive of one: "The Pardee County Sheriff's Office")
                # (also over a particle inside the name: "Metro de Quito", "Banco do Brasil", and over the
                # first word of a place the model tagged apart: "The South African Cabin Crew Association")
                clo -= 1
            given = next((k for k in range(clo + 1, name_tok.i) if _known_first_name(sent.tok(k))
                          and not _known_first_name(sent.tok(k - 1))), None)
            if given is not None and name_tok.i - given <= 2:
                # "Minister of State for Power Haris Jadoon": the name starts there (the words before it are
                # the title's, not a description: "for the OPW Declan Fahy")
                clo, label, desc = given, "PERSON", desc or ""
            name = sent.span(clo, name_tok.i)
            if clo > lo and desc is None:
                d = _strip_det(sent.span(lo, clo - 1).strip(" ,"))
                desc = d if d and d.lower() not in _DETS else None  # (not the article alone: "The Irrawaddy")
            ref = "name"
        else:
            name = sent.span(lo, hi)
            first = sent.lower(lo)
            # (a place in "the Leeds-based grocer", "the Paris-headquartered bank" does not name the body)
            has_prop = any(doc[k].pos_ == "PROPN" and not (k + 2 <= hi and doc[k + 1].text in ("-", "–")
                                                            and doc[k + 2].lower_ in ("based", "headquartered"))
                           for k in range(lo, hi + 1))
            acronym_mods = has_prop and all(
                doc[k].pos_ != "PROPN" or (sent.tok(k).isupper() and len(sent.tok(k)) <= 4) for k in range(lo, hi + 1))
            based = sum(1 for k in range(lo, hi) if doc[k].text in ("-", "–") and doc[k + 1].lower_ in ("based",
                                                                                                  "headquartered"))
            if first in ("the", "this", "that") and (not has_prop or acronym_mods and head.pos_ == "NOUN") \
                    and hi - lo - based <= 3:
                ref = "definite"  # "the agency", "the UN agency", "the EU service"
            elif first in ("the",) and has_prop and low in lx.DEFINITE_BACKREF_NOUNS:
                ref = "name"
                name = name[4:]
            else:
                ref = "name"
                if low in lx.ANONYMOUS_HEADS and (first in ("a", "an", "some", "several", "many", "two", "three",
                                                             "four", "one", "other", "most", "independent")
                                                   or doc[lo].like_num or not doc[lo].pos_ == "DET"):
                    anon_np = True
                elif first in ("a", "an") and not has_prop and hi - lo <= 3:
                    ref = "unresolved"
    # Apposition after the name: the descriptor ("Rami Abdel Rahman, director of ...").
    for a in appos:
        alo, ahi = _subtree_bounds(a)
        alo, ahi = _trim(sent, alo, ahi, a.i)
        d = sent.span(alo, ahi).strip(" ,")
        if d:
            desc = d if desc is None else desc + ", " + d
            break
    # Anonymous: the phrase or its relative clause says so.
    rel = [c for c in head.children if c.dep_ in ("relcl", "acl", "prep", "amod")]
    rel_text = " ".join(sent.span(*_subtree_bounds(c)) for c in rel).lower()
    anonymous = False
    if anon_np and ref == "name":
        anonymous = True
        if low in ("official", "officials", "source", "sources") or any(m in rel_text for m in lx.ANONYMITY_MARKERS) \
                or sentence_has_anon:
            anonymous = True
        # Keep "familiar with the matter", "surveyed by Reuters" in the name.
        for c in head.children:
            if c.dep_ in ("amod",) and c.i > head.i or (
                    c.dep_ == "acl" and c.tag_ == "VBN" and c.i == head.i + 1 and
                    _subtree_bounds(c)[1] - c.i <= 5):
                hi2 = _subtree_bounds(c, cut={"punct", "relcl"})[1]
                while hi2 > c.i and (doc[hi2].is_punct or _ent_of(doc, doc[hi2]) is not None and
                                     _ent_of(doc, doc[hi2]).label_ in ("DATE", "TIME")):
                    hi2 -= 1
                name = sent.span(lo, max(hi, hi2))
    elif any(m in rel_text for m in lx.ANONYMITY_MARKERS[:12]) and ref != "name":
        anonymous = True
    name = re.split(r",?\s+(?:including|among them|such as)\s", name)[0]  # the named members speak on their own
    # ("The state council of the TUC, in a post on its Facebook page, said": the setting is not the name)
    name = re.split(r",\s+(?:in|on|during|via|through)\s+(?:a|an|the|its|their|his|her)\s", name)[0]
    name = re.sub(r"\s+(?:on|in|at|of|for|by|to|from|with)$", "", name)  # ("the ministry on": a stray NER edge)
    # ("the Kyrgyz defence ministry later revised ...": an adverb the parser left in the phrase)
    name = re.sub(r"\s+(?:later|also|earlier|then|again|still|previously|subsequently|meanwhile|too)$", "", name)
    m = re.match(r"(?i)(?:a|an)\s+[\w-]+\s+([\w-]+s)$", name)
    if m and name_tok.tag_ == "NNS" and m.group(1).lower() == sent.lower(name_tok.i):
        # "a timeline analysts say could slip": a relative clause without "that"; the plural speaks
        name = m.group(1)
    le = name_tok.left_edge.i
    if desc is None and name_tok.dep_ == "nsubj" and le > 0 and doc[le - 1].dep_ == "nsubj" \
            and doc[le - 1].head.i == name_tok.head.i and doc[le - 1].pos_ == "NOUN":
        # "State-run newspaper The Daily Herald reported": the description the parser made a second subject
        desc = _strip_det(sent.span(doc[le - 1].left_edge.i, le - 1)) or None
    if label == "PERSON" and any(c.dep_ == "relcl" and sent.lower(c.left_edge.i) == "which" for c in head.children) \
            and not _known_first_name(name.split()[0]):
        label = "ORG"  # "Restwell Bedding, which owns the factory, said": a company, whatever the model took it for
    kind = _kind(name, desc, label, low if name_tok.i == head.i else sent.lower(name_tok.i), anonymous)
    ranked = re.match(r"([A-Z]{2,4})\s+((?:[A-Z][a-z][\w'’-]*\s+){1,2}[A-Z][a-z][\w'’-]*)$", name.strip())
    if kind == "person" and ranked and ranked.group(1) in _RANK_INITIALS:
        # "DSP Comfort Abeka": a police rank's initials before the name describe her
        name, desc = ranked.group(2), f"{desc}, {ranked.group(1)}" if desc else ranked.group(1)
    return RawSource(name.strip(" ,"), kind, desc, None, None, None, ref=ref,
                     head=sent.lower(name_tok.i), extra={"label": label})


_NAME_GIVING = {"name", "names", "named", "identified", "called"}
# A title written before a person's name inside one tagged name ("Fenland North MP Clare Ashdown").
_TITLE_BEFORE_NAME = re.compile(r"^(.*?\b(?:MP|MSP|MEP|TD|MLA|MPP|MNA|Senator|Congressman|Congresswoman|Councillor|Cllr"
                                r"|Mayor|Governor|Minister|Secretary))\s+((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)$")
# People counted in "Both men have denied ...".
_PAIRED_PEOPLE = {"men", "women", "defendants", "suspects", "brothers", "sisters", "accused", "officers", "players",
                  "leaders", "candidates", "executives", "directors", "politicians", "ministers"}
# Police ranks written as initials before a name ("DSP Comfort Abeka", "ACP Musa Danjuma", "DCI Anna Reid").
_RANK_INITIALS = {"DSP", "ASP", "SP", "CSP", "ACP", "DCP", "SSP", "IGP", "DIG", "AIG", "CP", "DCI", "DI", "DS", "DC",
                  "PC", "DPC", "SSI", "ASI", "SI"}


def _given_name(sent: Sent, head):
    """The PERSON a source gave as their name ("one of them, a farmer who gave only his first name,
    Ali", "a teacher who identified herself as Mariam"), with the describing noun; else None."""
    doc = sent.doc
    # (also a clause the parser hung on the place: "A resident of the district, who gave only her first name, ...")
    hung = [c for p in head.children if p.dep_ == "prep" and sent.lower(p.i) == "of" for o in p.children
            if o.dep_ == "pobj" for c in o.children if c.dep_ == "relcl"]
    for c in list(head.children) + hung:
        if c.dep_ not in ("appos", "relcl", "acl"):
            continue
        desc_tok = c if c.dep_ == "appos" else None
        lo, hi = _subtree_bounds(c)
        if not any(sent.lower(k) in _NAME_GIVING for k in range(lo, hi + 1)):
            continue
        for k in range(lo, hi + 1):
            e = _ent_of(doc, doc[k])
            # (after "gave his name" the small model may read a lone first name as a place)
            if e is not None and (e.label_ == "PERSON" or e.label_ in ("GPE", "ORG", "NORP") and e.end - e.start == 1
                                  and doc[k].pos_ == "PROPN" and doc[k].dep_ in ("appos", "attr", "pobj", "oprd")
                                  and sent.lower(doc[k].head.i) in _NAME_GIVING | {"as"}) \
                    and e.start > lo and any(sent.lower(j) in _NAME_GIVING for j in range(lo, e.start)):
                return e, desc_tok
            if e is None and doc[k].pos_ == "PROPN" and k > lo and doc[k].dep_ in ("pobj", "appos", "attr", "oprd") \
                    and sent.lower(doc[k].head.i) in _NAME_GIVING | {"as", "name"} \
                    and any(sent.lower(j) in _NAME_GIVING for j in range(lo, k)):
                # ("who gave his name only as Rui": a lone first name the small model tags as no entity)
                return doc[k:k + 1], desc_tok
    return None


def _is_passive(tok) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)


# People named after the place they live in ("a resident of Luka").
_PLACE_PEOPLE = {"resident", "residents", "villager", "villagers", "native", "natives", "citizen", "citizens",
                 "inhabitant", "inhabitants", "people"}
# What one doubts or challenges when one questions a statement ("questioned that promise").
_DOUBTED_NOUNS = {"promise", "promises", "figure", "figures", "assurance", "assurances", "data", "findings",
                  "estimate", "estimates", "numbers", "statistics", "timeline", "wisdom", "legality", "validity",
                  "accuracy", "credibility", "basis", "evidence", "ruling", "decision", "conclusions", "results"}
# Places and routes, whose "record" is what happened there ("the expressway has recorded several fires").
_PLACE_HEADS = {"expressway", "road", "highway", "motorway", "freeway", "bridge", "route", "corridor", "airport",
                "port", "station", "border", "crossing", "river", "city", "town", "region", "province", "district",
                "county", "village", "area", "country", "island", "coast", "valley", "basin", "prison", "estate"}
_IN_MEDIA_SEEN = re.compile(
    r"(?:In|On)\s+(?P<item>(?:(?:a|an|one|the)\s+)?(?:[\w-]+\s+)?(?P<noun>video|clip|footage|photo|photograph|image|"
    r"livestream|recording)s?\s+(?:that\s+(?:was\s+|has\s+been\s+)?)?(?:posted|shared|circulating|circulated|"
    r"published|uploaded|broadcast|streamed)\s+(?:\w+\s+){0,2}?(?:on|to)\s+(?P<platform>[A-Z][\w]*))\b[^,]{0,40},"
    r"[^.;]*?\b(?:was|were|is|are|can\s+be|could\s+be)\s+(?:\w+ly\s+)?(?:seen|shown|heard|filmed|pictured)\b")
_WRITTEN_NOUNS = {"sign", "signs", "banner", "banners", "placard", "placards", "caption", "headline", "slogan",
                  "graffiti", "inscription", "label", "notice", "leaflet", "leaflets", "poster", "posters"}


def _written_item(sent: Sent, tok) -> bool:
    """A thing whose words are read: a post, a letter, a sign ("one of the posts", "a banner outside")."""
    low = sent.lower(tok.i)
    if low == "one":
        low = next((sent.lower(o.i) for p in tok.children if p.dep_ == "prep" and sent.lower(p.i) == "of"
                    for o in p.children if o.dep_ == "pobj"), low)
    return low in _WRITTEN_NOUNS | lx.STATEMENT_NOUNS | lx.MEDIA_WORDS | {"posts", "tweets", "messages", "letters",
                                                                          "notes", "statements", "text", "texts"}


def _name_chain(tok, top) -> bool:
    """Whether tok hangs under top through the parts of one name only (conjuncts, compounds), not through a
    preposition ("Officials in Kherson, including the regional governor, ...")."""
    while tok.i != top.i:
        if tok.dep_ not in ("conj", "compound", "nmod") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def _subject(tok):
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "csubj", "expl")]
    if not subjects and tok.pos_ == "VERB":
        aged = next((c for c in tok.children if c.dep_ == "amod" and c.lower_ == "old" and c.i < tok.i and any(
            x.lower_ in ("year", "years") for x in c.children)), None)
        if aged is not None:
            return aged  # "The 51-year-old added that ...": the parser hung the age on the verb
    if not subjects and tok.i >= 2 and tok.i + 1 < len(tok.doc) and tok.doc[tok.i - 1].text == "," \
            and tok.tag_ in ("VBD", "VBZ") and tok.lower_ in lx.REPORT_VERBS and tok.lower_ not in ("told", "tells") \
            and tok.doc[tok.i + 1].ent_iob_ == "B" \
            and tok.doc[tok.i + 1].ent_type_ in ("PERSON", "ORG"):
        # "Shootings may have peaked, said Tamsin Greer, a criminologist ..., but one year is not a trend": the
        # parser made the name after the verb the subject of the clause that follows; the name speaks
        ent = next(e for e in tok.doc.ents if e.start == tok.i + 1)
        return ent.root
    if not subjects and tok.i in (1, 2):
        fronted = _fronted_name(tok)
        if fronted is not None:
            return fronted
    if len(subjects) == 1 and subjects[0].dep_ == "csubj" and subjects[0].tag_ == "VBG" and subjects[0].i == 0 \
            and tok.i >= 3 and tok.doc[tok.i - 1].pos_ == "PROPN" and "," in [t.text for t in tok.doc[1:tok.i - 1]]:
        # "Addressing a press conference in Mumbai, Leader of the Opposition ... Suresh Patankar alleged": the
        # fronted participle read as the subject; the name right before the verb speaks
        # (the whole noun phrase: "..., the former chairman of the Senate Committee on Finance said" is the chairman)
        comma = max(t.i for t in tok.doc[1:tok.i - 1] if t.text == ",")
        head = tok.doc[tok.i - 1]
        while head.dep_ in ("pobj", "prep", "compound") and comma < head.head.i < tok.i:
            head = head.head
        return head if head.tag_ == "NN" else tok.doc[tok.i - 1]
    if len(subjects) >= 2 and subjects[1].i < tok.i and (
            subjects[1].left_edge.i == subjects[0].i + 1 and subjects[1].pos_ == "PROPN" and subjects[0].pos_ == "NOUN"
            or subjects[1].left_edge.i >= 2 and tok.doc[subjects[1].left_edge.i - 1].lower_ in ("and", "but")
            and tok.doc[subjects[1].left_edge.i - 2].text == ","):
        # Two subjects are a misparse: "Syria's official news agency SANA gave ..." (a name split from its
        # noun, also with its own article: "State-run newspaper The Daily Mirror reported"), "..., a drug
        # taken by thousands, and some patients say ..." (a clause joined by ", and")
        return subjects[1]
    if len(subjects) >= 2 and subjects[1].i < tok.i and subjects[0].left_edge.i == 0 \
            and tok.doc[0].lower_ in ("outside", "inside", "after", "before", "later", "earlier") \
            and tok.doc[subjects[0].right_edge.i + 1].text == "," and subjects[1].i > subjects[0].i:
        # "Outside court, a group of former clients said": the parser made the fronted place a subject
        return subjects[1]
    if len(subjects) >= 2 and subjects[1].i < tok.i and subjects[0].lower_ in _ROLE_NOUNS \
            and subjects[1].pos_ == "PROPN" and subjects[1].left_edge.i > 0 \
            and "," in (tok.doc[subjects[1].left_edge.i].text, tok.doc[subjects[1].left_edge.i - 1].text):
        # "The Public Relations Officer in the state, Ada Obi, said": the parser made the name a second
        # subject; it names the role.
        return subjects[1]
    if len(subjects) >= 2 and subjects[1].i == tok.i - 1 and subjects[0].lower_ in _ROLE_NOUNS \
            and subjects[1].ent_type_ == "PERSON" and subjects[1].left_edge.i > subjects[0].i:
        # "Principal Secretary for Arid and Semi-Arid Lands (ASALs) Joyce Lekuton denied ...": the title's long
        # name ran the parse into two subjects; the person right before the verb speaks
        return subjects[1]
    if len(subjects) >= 2 and subjects[-1].i < tok.i and subjects[-1].right_edge.i == tok.i - 1 \
            and subjects[-1].left_edge.i > 0 and tok.doc[subjects[-1].left_edge.i - 1].text == "," \
            and subjects[-1].pos_ in ("NOUN", "PROPN") and subjects[-2].right_edge.i < subjects[-1].left_edge.i - 1:
        # A trailing attribution's subject is the one next to the verb; the parser gave the verb a second,
        # earlier subject from the reported clause ("The jet struck the village, Kani township, at dawn, a
        # resident told AFP"; "At least 19 fighters killed in clashes near the city, military sources say")
        return subjects[-1]
    if len(subjects) == 1 and subjects[0].i < tok.i - 3 and tok.doc[tok.i - 1].text == "," \
            and (p := tok.doc[tok.i - 2]).dep_ == "appos" and p.ent_type_ == "PERSON" and p.head.i != subjects[0].i \
            and p.head.lower_ in _ROLE_NOUNS and p.head.i < p.i and tok.doc[p.head.i + 1].text == "," \
            and not any(c.dep_ == "poss" for c in p.head.children) and _name_chain(p.head, subjects[0]):
        # "The Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU) branch secretary, Dr Felix
        # Otieno, said": a body's name with commas in it misparsed; the role's person, right before the verb
        return p
    if len(subjects) == 1 and subjects[0].lower_ in _ROLE_NOUNS and subjects[0].i < tok.i \
            and not any(c.dep_ == "cc" for c in subjects[0].children):
        # (or a conjunct with no "and": the same apposition)
        conj = next((c for c in subjects[0].children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i < tok.i
                     and "," in (tok.doc[c.left_edge.i].text, tok.doc[c.left_edge.i - 1].text)), None)
        if conj is not None:
            return conj
    if not subjects and tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBN") and tok.head.dep_ == "ROOT" and tok.head.i < tok.i \
            and tok.head.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children) \
            and not any(c.dep_ in ("agent", "auxpass") for c in tok.children):
        # "Analysts at the Kiel Institute estimated after the drought that ...": the parser left the sentence
        # without a verb and made the reporting verb a clause of its subject noun
        return tok.head
    if not subjects and tok.dep_ in ("ROOT", "conj"):
        # "The push comes as a new report from X estimates that ...": the parser made "comes" a clause of
        # the reporting verb (or the verb a conjunct of "comes"); its "as" phrase holds the verb's subject.
        for c in list(tok.children) + ([tok.head] if tok.dep_ == "conj" else []):
            if c.dep_ in ("ccomp", "ROOT") and c.i < tok.i and c.lower_ in ("comes", "came", "come", "arrives", "arrived"):
                ob = next((o for p in c.children if p.dep_ == "prep" and p.lower_ == "as"
                           for o in p.children if o.dep_ == "pobj"), None)
                if ob is not None:
                    return ob
    if subjects and subjects[0].pos_ == "PROPN":
        # "In remarks to local radio station Ñandutí, the police commander, Rubén Ortiz, said": the parser
        # made the outlet of a fronted "in remarks to" the subject and hung the speaker on it as appositions.
        s = subjects[0]
        lo = min([t.i for c in s.lefts if c.dep_ in ("compound", "amod", "det") for t in c.subtree] + [s.i])
        before = s.doc[lo - 1] if lo > 0 else None
        if before is not None and before.dep_ == "prep" and before.lower_ in ("to", "with") \
                and before.head.lower_ in lx.STATEMENT_NOUNS and before.head.i < lo \
                and not any(c.dep_ == "pobj" for c in before.children):
            names = [c for c in s.children if c.dep_ == "appos" and c.i > s.i and c.pos_ == "PROPN"]
            people = [c for c in s.children if c.dep_ == "appos" and c.i > s.i]
            if names or people:
                return (names or people)[-1]
    if not subjects and tok.pos_ == "VERB":
        # "In remarks to local radio station Onda Sur, the fire chief, Captain Luis Mendoza, said": the
        # parser hung the speaker on the outlet as appositions and left the verb without a subject
        for p in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "during") and c.i < tok.i):
            for ob in (c for c in p.children if c.dep_ == "pobj" and c.lower_ in lx.STATEMENT_NOUNS):
                for pp in (c for c in ob.children if c.dep_ == "prep" and c.lower_ in ("to", "with")):
                    for ob2 in (c for c in pp.children if c.dep_ == "pobj"):
                        chain, x = [], ob2
                        while True:
                            nxt = [c for c in x.children if c.dep_ == "appos" and c.i > x.i]
                            if not nxt:
                                break
                            x = nxt[-1]
                            chain.append(x)
                        names = [a for a in chain if a.pos_ == "PROPN"]
                        if names and names[-1].i < tok.i:
                            return names[-1]
        # "In a post on X, the prefect, Sylvie Marchand, said ...": the speaker hung on the channel as appositions
        # (the apposition that ends right before ", said", under a phrase fronted before the verb)
        if tok.i >= 4 and tok.doc[tok.i - 1].text == ",":
            x = tok.doc[tok.i - 2]
            while x.dep_ in ("compound", "flat") and x.head.i > x.i:
                x = x.head
            if x.dep_ == "appos" and x.pos_ in ("PROPN", "NOUN") and x.right_edge.i == tok.i - 2:
                up = x
                while up.dep_ in ("appos", "pobj", "prep") and up.head.i != up.i:
                    up = up.head
                if up.i == tok.i:
                    return x
        # "In a post on X, M23 spokesman Désiré Kanamugire accused ...": the speaker read into the fronted phrase
        # (a bare noun phrase between the phrase's comma and the verb, ending in a person's name)
        commas = [t.i for t in tok.doc[:tok.i] if t.text == ","]
        first = tok.doc[0]
        if commas and first.dep_ == "prep" and first.head.i == tok.i and commas[-1] < tok.i - 1 \
                and all(t.pos_ in ("PROPN", "NOUN", "ADJ", "DET", "NUM") for t in tok.doc[commas[-1] + 1:tok.i]) \
                and tok.doc[tok.i - 1].ent_type_ == "PERSON" and len(commas) == 1:
            return tok.doc[tok.i - 1]
        # "Investigators suspect ... from Cambodia, a senior police officer, who did not wish to be identified,
        # told The Hindu.": the trailing speaker read as an apposition of the place before it
        for k in range(tok.i - 3, max(1, tok.i - 30), -1):
            x = tok.doc[k]
            if x.dep_ == "appos" and x.lower_ in _ROLE_NOUNS | lx.ANONYMOUS_HEADS and x.pos_ == "NOUN" \
                    and tok.doc[k + 1].text == "," and tok.doc[k + 2].lower_ in ("who", "whose") \
                    and tok.doc[x.left_edge.i - 1].text == "," and x.right_edge.i == k:
                return x
    if len(subjects) == 1 and subjects[0].lower_ in lx.PERSON_TITLES and subjects[0].i < tok.i - 2 \
            and subjects[0].right_edge.i == tok.i - 1 and tok.doc[tok.i - 1].pos_ == "PROPN" \
            and tok.doc[tok.i - 2].pos_ == "PROPN" and tok.doc[tok.i - 1].head.i != subjects[0].i \
            and subjects[0].pos_ == "PROPN" and subjects[0].text[:1].isupper() \
            and tok.doc[tok.i - 1].ent_type_ not in ("GPE", "NORP", "LOC", "ORG", "FAC"):
        # "Minister of State for Power Haris Jadoon wrote": the title's name, hung on its "for" phrase
        return tok.doc[tok.i - 1]
    if not subjects and tok.pos_ == "VERB" and tok.i >= 4 and tok.doc[tok.i - 1].text == ",":
        person = _name_before_comma(tok)
        if person is not None:
            return person
    return subjects[0] if subjects else None


def _personish(sent: Sent, e) -> bool:
    """A person's name, whatever the tagger said: "Bolanle Ogundipe" tagged as a body (two or three capitalised
    words, none a body's word, or a known given name first)."""
    if e.label_ == "PERSON":
        return True
    words = [sent.tok(k) for k in range(e.start, e.end)]
    return e.label_ in ("ORG", "GPE", "NORP") and (2 <= len(words) <= 3 and _known_first_name(words[0]) or len(
        words) == 2 and all(
        w[:1].isupper() and w[1:].islower() and w.isalpha() and w.lower() not in _ORG_NAME_WORDS | lx.GOVERNMENT_WORDS
        for w in words))


# Nouns that describe a person who then speaks ("A mother from Keighley, whose son ..., said").
_DESCRIBED_PEOPLE = _ROLE_NOUNS | lx.ANONYMOUS_HEADS | _PERSON_DESCRIPTOR_NOUNS | {"woman", "man"}


def _name_before_comma(tok):
    """The speaker of a verb the parser left without one, read off the surface: "Maponya's lawyer, advocate Nomsa
    Khumalo, told the court" (a name in commas right before it), "A mother from Keighley, whose two-year-old son
    spent five nights in hospital, said" (the noun phrase a "who"/"whose" clause describes, opening the sentence)."""
    doc = tok.doc
    end = tok.i - 2
    if doc[end].pos_ == "PROPN" and doc[end].ent_type_ == "PERSON":
        start = end
        while start > 0 and doc[start - 1].ent_type_ == "PERSON" and doc[start - 1].ent_iob_ != "O" \
                and doc[start].ent_iob_ == "I":
            start -= 1
        if start >= 2 and (doc[start - 1].text == "," or doc[start - 2].text == ","):
            return doc[end]
    commas = [t.i for t in doc[1:tok.i - 1] if t.text == ","]
    if commas and commas[0] + 1 < len(doc) and doc[commas[0] + 1].lower_ in ("who", "whose") \
            and doc[0].lower_ in ("a", "an", "the", "one", "another"):
        heads = [t for t in doc[0:commas[0]] if not (0 <= t.head.i < commas[0]) or t.head.i == t.i]
        if len(heads) == 1 and heads[0].pos_ in ("NOUN", "PROPN") and heads[0].lower_ in _DESCRIBED_PEOPLE:
            return heads[0]
    return None


def _fronted_name(tok):
    """'Stridely confirmed the breach ...' (a name ending in -ly read as an adverb), 'CN disputed the finding' (a short
    name read as an interjection): a statement needs a subject, and the word fronted right before the verb is it (an
    adverb before a bare verb takes a comma: "Separately, ...")."""
    first = tok.doc[0]
    finite = tok.tag_ in ("VBD", "VBZ", "VBP") or tok.tag_ == "VBN" and tok.dep_ == "ROOT" and tok.i == 1
    right_after = tok.i == 1 or tok.doc[1].tag_ in ("VBZ", "VBD", "MD")
    if first.head.i == tok.i and finite and right_after and (
            first.tag_ == "RB" and first.dep_ == "advmod" and first.text[:1].isupper() and first.text[1:].islower()
            or first.tag_ in ("NNP", "NNPS") and first.dep_ in ("intj", "npadvmod", "advmod")
            # ("Pike denies three counts": a surname tagged as an interjection)
            or first.tag_ == "UH" and first.dep_ == "intj" and first.text[:1].isupper() and first.text[1:].islower()
            and first.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")):
        return first
    return None


def _coordinated_speakers(sent: Sent, k: int):
    """The first of the coordinated speakers ending at token `k`, right before a trailing reporting verb the
    parser hung elsewhere: "..., halting loading ... over plans to automate its cranes, union leaders and
    port officials said" (the speakers read as more things automated); "killed 19 people, a local group and
    residents said" (read as an apposition of the victims)."""
    doc = sent.doc
    if doc[k].tag_ not in ("NNS", "NN") or doc[k].dep_ != "conj" or sent.in_quote[k]:
        return None
    first = doc[k]
    for _ in range(4):
        lo = _subtree_bounds(first, cut={"conj", "cc", "punct", "appos", "relcl"})[0]
        if lo > 0 and sent.tok(lo - 1) == ",":
            break
        first = first.head if first.dep_ == "conj" else None
        if first is None:
            break
    if first is not None and first.dep_ in ("conj", "appos") and sent.lower(first.i) in _SPEAKER_NOUNS:
        return first
    return None


def _quote_kind(sent: Sent, verb_i: int | None) -> str:
    """direct / mixed / indirect for the sentence's attributed content."""
    flags = sent.in_quote
    n = len(flags)
    if not any(flags):
        return "indirect"
    words = [i for i in range(n) if not sent.doc[i].is_punct]
    if not words:
        return "indirect"
    quoted = [i for i in words if flags[i]]
    # Starts with a quote, or the quoted stretch is a whole clause after the cue.
    if quoted and (quoted[0] == words[0] or (verb_i is not None and len(quoted) >= 0.5 * len(words)
                                             and sent.tok(quoted[0])[:1].isupper())):
        return "direct"
    return "mixed"


def _via(sent: Sent, verb, lemma: str) -> tuple[str | None, str | None, str | None]:
    """(via, via_ref, audience) for a reporting verb."""
    doc = sent.doc
    via = via_ref = audience = None
    if lemma == "tell":
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "dative", "iobj")), None)
        if obj is None:
            obj = next((c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN"), None)
        if obj is None and verb.i + 1 < len(doc) and sent.lower(verb.i + 1) in lx.OUTLETS \
                and not sent.in_quote[verb.i + 1]:
            via = sent.tok(verb.i + 1)  # "told dpa by phone" (the parser read dpa as a verb)
        named = _told_channel(sent, verb) if obj is not None else None
        if named:
            via, obj = named, None
        if obj is not None and obj.pos_ != "PROPN":
            # "told Norwegian business daily Dagens Naeringsliv": the parser split the channel phrase into two
            # objects; the name after the channel noun is the outlet
            o2 = next((c for c in verb.children if c.dep_ == "dobj" and c.i > obj.i and c.pos_ == "PROPN"
                       and not _is_time(sent, c)), None)
            if o2 is not None and any(sent.lower(k) in _BROADCAST_NOUNS for k in range(obj.i, o2.i)):
                via, obj = _np_name(sent, o2), None
        elif obj is not None:
            # "told Swedish financial daily Dagens Industri": the channel noun modifies the name
            k = max((k for k in range(obj.left_edge.i, obj.i) if sent.lower(k) in _BROADCAST_NOUNS
                     and doc[k].text.islower()), default=None)  # (not "Radio France Internationale")
            if k is not None and all(doc[x].pos_ == "PROPN" for x in range(k + 1, obj.i + 1)) \
                    and not any(sent.in_quote[x] for x in range(k, obj.i + 1)):
                via, obj = sent.span(k + 1, obj.i), None
        if obj is not None:
            low = sent.lower(obj.i)
            full = _np_name(sent, obj).lower()
            ent = _ent_of(doc, obj)
            if full in lx.OUTLETS or ("the " + full) in lx.OUTLETS or (
                    ent is not None and ent.label_ == "ORG" and ent.end - ent.start >= 2 and low not in ("reporters",)
                    and sent.lower(ent.end - 1) not in _TOLD_BODIES
                    and not _public_body(sent, obj) and not _institution(sent, obj)):
                # ("told the Scottish Parliament", "told the Science Media Centre": a recipient)
                via = _np_name(sent, obj)
                low = None
            elif ent is None and obj.pos_ in ("PROPN", "NOUN") and obj.text[:1].isupper() and obj.i > 0 \
                    and obj.lower_ not in _TOLD_BODIES and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in obj.children) and not sent.in_quote[obj.i] \
                    and not _public_body(sent, obj) and not _institution(sent, obj) and not _recipient_org(sent, obj):
                # "told the Western People": a name with "the" that the model did not tag is no person (people take
                # no article) and, not a parliament, court or committee, is the paper that was told
                via = _np_name(sent, obj)
                low = None
            owner = _outlet_owner(sent, obj) if low is not None else None
            if not owner and low in PROGRAMME_NOUNS:
                # "told Radio Nova's morning programme": the named owner of a programme broadcasts it
                poss = next((c for c in obj.subtree if c.dep_ == "poss" and c.pos_ == "PROPN" and c.i < obj.i
                             and obj.i in (c.head.i, c.head.head.i) and not sent.in_quote[c.i]), None)
                names = [c for c in obj.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < obj.i]
                if poss is not None:
                    lo, hi = _subtree_bounds(poss, cut={"case"})
                    owner = _strip_det(sent.span(lo, hi)) or None
                elif names and not any(sent.in_quote[c.i] for c in names):
                    # "told the Sliding Scale podcast": a programme no broadcaster owns goes by its own name
                    owner = sent.span(min(c.left_edge.i for c in names), obj.i - 1)
            if owner:
                via, low = owner, None  # "told the BBC's Today programme"
            if low is not None and (_recipient_org(sent, obj) or _institution(sent, obj) or low in _TOLD_BODIES):
                low = None  # "told the WHO", "told the committee": a recipient, not a channel
            if low is not None and low in _BROADCAST_NOUNS:
                # "told state news agency SANA", "told public broadcaster Suspilne", "told state television".
                via, via_ref = _channel_np(sent, obj)
                low = None
            if low is None:
                pass
            elif (low in lx.GENERIC_AUDIENCES and not (obj.pos_ == "PROPN" and obj.text[:1].isupper() and any(
                    c.dep_ == "compound" and c.pos_ == "PROPN" for c in obj.children))) or obj.pos_ == "PRON":
                # (but "told Rai News 24": a broadcaster whose name ends in an audience word)
                lo, hi = _subtree_bounds(obj, cut={"relcl", "prep", "punct"})
                audience = sent.span(lo, hi)
            else:
                v = _np(sent, obj)
                if v is not None and v.ref == "name" and obj.pos_ != "PROPN" and not _ent_of(doc, obj) \
                        and sent.lower(obj.i) not in lx.OUTLETS:
                    lo, hi = _subtree_bounds(obj, cut={"relcl", "prep", "punct"})
                    audience = sent.span(lo, hi)
                    v = None
                if v is not None and ent is not None and ent.label_ == "PERSON" and v.kind == "person" and not any(
                        c.dep_ == "det" or c.dep_ in ("compound", "amod", "nmod") and sent.lower(c.i) in lx.OUTLET_NOUNS
                        for c in obj.children) and sent.lower(max(0, ent.start - 1)) != "the" and not (
                        sent.lower(ent.end - 1) in _OUTLETISH_TAILS | {"radar"} or any(
                            len(x.text) >= 2 and x.text.isupper() and x.text.isalpha() for x in ent) or any(
                            _fold(x.text) in ("radio", "tv", "television", "news") for x in ent)):
                    # (but "told RMC Sport", "told Sky News", labelled a person, name an outlet)
                    v = None  # "the judge told Pritchard", "she told Smith": a person told is a recipient
                if v is not None and obj.pos_ == "PROPN" and not any(c.dep_ in ("compound", "det", "amod")
                                                                   for c in obj.children) \
                        and _known_first_name(low) \
                        and low not in lx.OUTLETS and low not in lx.PLATFORMS:
                    v = None  # "residents told Giulia", "a farmer told Marco": a person by first name
                if v is not None and obj.pos_ == "NOUN" and not _ent_of(doc, obj) \
                        and low not in lx.OUTLET_NOUNS | PROGRAMME_NOUNS and any(
                        sent.lower(c.i) in ("a", "an", "one", "another", "some") for c in obj.children
                        if c.dep_ == "det"):
                    v = None  # "telling a user", "told a neighbour": someone told, not a channel
                if v is not None and v.ref == "definite" and obj.pos_ == "NOUN" \
                        and low not in lx.OUTLET_NOUNS | PROGRAMME_NOUNS:
                    v = None  # "told the magistrate", "told the inquiry": whom it was told, not a channel
                if v is not None and _public_body(sent, obj):
                    v = None  # "told the National Assembly", "told a Senate committee": a recipient
                if v is not None:
                    if v.ref == "definite":
                        via, via_ref = v.name, "definite"
                    elif v.kind != "person" or obj.pos_ == "PROPN" or _ent_of(doc, obj):
                        via = v.name
                        if via.endswith("'s"):
                            via = via[:-2]
                        if obj.i + 1 < len(doc) and doc[obj.i + 1].dep_ == "nummod" and doc[obj.i + 1].head.i == obj.i \
                                and not via.endswith(doc[obj.i + 1].text):
                            via = f"{via} {doc[obj.i + 1].text}"  # "told France 24", "told Rai News 24"
    if lemma == "quote" and via is None:
        # "X was quoted by Interfax as saying", "X was quoted as saying by Interfax"
        for t in sent.doc[verb.i:]:
            if t.dep_ in ("agent", "prep") and sent.lower(t.i) == "by" and (t.head.i == verb.i or t.head.head.i == verb.i
                                                                            or t.head.head.head.i == verb.i):
                ob = next((x for x in t.children if x.dep_ == "pobj"), None)
                if ob is not None and not _is_time(sent, ob):
                    via = _np_name(sent, ob)
                    if sent.lower(ob.i) in _BROADCAST_NOUNS:
                        via = _channel_np(sent, ob)[0] or via  # "quoted by the French news agency AFP"
                    break
    # "on Telegram", "in an interview with CNN", "speaking to AFP", "in a post on X".
    cands = [verb] + [c for c in verb.children if c.dep_ in ("advcl", "dobj", "prep", "npadvmod")]
    lead = sent.doc[0]
    if lead.dep_ == "ROOT" and lead.tag_ == "IN" and lead.i != verb.i and sent.lower(0) in ("in", "during") \
            and lead.right_edge.i < verb.i and not sent.in_quote[0]:
        # "In a message posted to the exchange's Telegram channel at 2:10 a.m. Singapore time, ... Daniel Koh said":
        # the fronted phrase the parser left as a sentence of its own is still the verb's
        cands.append(lead)
    if verb.dep_ == "conj" and sent.lower(verb.head.i) in _SHARED_VERBS | {"tweeted", "wrote"} \
            and not sent.in_quote[verb.head.i]:
        # "posted photographs on X of a dented bow and said ...": the speaker's post gives the channel (a
        # platform only: not "published a report on Ukraine and said")
        via = next((_np_name(sent, ob) for h in [verb.head] + [c for c in verb.head.children if c.dep_ == "dobj"]
                    for p in h.children if p.dep_ == "prep" and sent.lower(p.i) in ("on", "via")
                    for ob in p.children if ob.dep_ == "pobj" and sent.lower(ob.i) in lx.PLATFORMS), via)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i < verb.i and sent.lower(verb.i) in (
            "writing", "saying", "telling", "adding", "posting") and not sent.in_quote[verb.head.i]:
        # "Vance hit back in a post on X, writing that ...", "Monroe addressed the suit in an Instagram Story,
        # telling her followers that ...": the participle says it where its clause's verb says it
        cands += [c for c in verb.head.children if c.dep_ == "prep" and c.i < verb.i]
    subj = _subject(verb)
    if subj is not None:
        # "The official, speaking on Israeli Army Radio, said ..."
        # (or hung on the name as an adverbial clause: "Omar Sayed, speaking to Reuters by telephone, said")
        cands += [c for c in subj.children if c.dep_ in ("acl", "advcl")
                  and sent.lower(c.i) in ("speaking", "talking", "writing")]
        # "A cousin, who spoke to The Associated Press by phone, said ...", "the official, who talked to NPR on
        # background, said ...": the outlet the speaker spoke to in a relative clause
        # (also a second relative verb: "who lost her son in the strike and spoke to AFP by phone")
        cands += _spoke_clauses(sent, subj)
    seen = set()
    for c in list(cands):
        for p in ([c] if c.dep_ == "prep" or c.dep_ == "ROOT" and c.tag_ == "IN" else
                  [x for x in c.children if x.dep_ == "prep"]):
            if p.i in seen:
                continue
            seen.add(p.i)
            pl = sent.lower(p.i)
            if pl == "on" and lemma == "blame" and p.head.i == verb.i:
                continue  # ("blamed the attack on the RSF": whom it is blamed on, no channel)
            objs = [x for x in p.children if x.dep_ == "pobj"]
            if not objs and pl in ("on", "via"):
                # "published a statement on Facebook expressing ...": the parser made the
                # platform the subject of the participle.
                objs = [y for x in p.children if x.dep_ == "pcomp" for y in x.children
                        if y.dep_ == "nsubj" and sent.lower(y.i) in lx.PLATFORMS]
            for ob in objs:
                ol = sent.lower(ob.i)
                if _is_time(sent, ob) or _own_site(sent, ob):
                    continue  # ("says on its website": the speaker's own page, not a channel between)
                if pl in ("on", "via", "through") and _social_media(sent, ob) and via is None:
                    via = "social media"
                    continue
                if pl in ("on", "in", "via", "through") and (ol in _CHANNEL_NOUNS or ol.endswith("s") and ol[:-1] in
                                                             _CHANNEL_NOUNS) and via is None \
                        and not _place_site(sent, ob):
                    # ("on its Telegram channels", "on their Facebook pages"; "on Rwandan state television"
                    # is the phrase, not the nationality)
                    owner = next((x for x in ob.children if x.dep_ == "poss" and sent.lower(x.i) in _BROADCAST_NOUNS
                                  and any(sent.lower(d.i) == "the" for d in x.children)), None)
                    if owner is not None and via is None:
                        # "on the broadcaster's programme": the broadcaster the sentence names ("ABC Central Victoria
                        # commentator Rob Tennant said on the broadcaster's ..."), else the one named before
                        named = next((sent.span(e.start, e.end - 1) for e in doc.ents if e.label_ == "ORG"
                                      and e.start < owner.i and not sent.in_quote[e.start]
                                      and sent.lower(e.start) in lx.OUTLETS), None)
                        via, via_ref = (named, None) if named else (f"the {sent.lower(owner.i)}", "definite")
                        continue
                    name = _entity_in(sent, ob, allow_norp=ol not in _BROADCAST_NOUNS)
                    if name:
                        via = name
                        continue
                    if pl in ("on", "via", "through") and ol in _BROADCAST_NOUNS:
                        via, via_ref = _channel_np(sent, ob)  # "said on national radio"
                        continue
                if _own_site(sent, ob):
                    continue  # "on its website": the speaker's own page, not a channel between
                if pl in ("on", "via", "through") and (ol in lx.PLATFORMS or ob.pos_ == "PROPN" or _ent_of(doc, ob)):
                    spoken = sent.lower(c.i) in ("speaking", "talking", "appearing") and c.i < p.i
                    if spoken and (e := _ent_of(doc, ob)) is not None and e.label_ in ("GPE", "NORP", "LOC") \
                            and ol not in lx.OUTLETS:
                        continue  # "Speaking on Ukraine, she said ...": the topic
                    # ("Speaking on SAfm, she said": a station's name the model left untagged)
                    if ol in lx.PLATFORMS or ol in lx.OUTLETS or _ent_of(doc, ob) or spoken and ob.pos_ == "PROPN":
                        owner = _outlet_owner(sent, ob)
                        if via is None:
                            via = owner or _np_name(sent, ob)
                    elif via is None and pl == "on" and (owner := next((c for c in ob.children if c.dep_ == "poss"
                                                                        and c.pos_ == "PROPN"
                                                                        and not _is_time(sent, c)), None)) is not None:
                        # "he said on Channels Television's Politics Today": the broadcaster of the programme
                        via = re.sub(r"['’]s?$", "", _np_name(sent, owner)).strip()
                elif pl in ("to", "with") and (ob.pos_ == "PROPN" or ol in lx.OUTLETS) and via is None \
                        and (sent.lower(c.i) in ("speaking", "talking", "interview", "comments", "statement", "remarks",
                                                 *_SPOKE)
                             or sent.lower(verb.i) in ("speaking", "talking")
                             # ("The inspectorate confirmed to the Continental that ...": a paper, by its name)
                             or pl == "to" and (c.i == verb.i or c.dep_ == "dobj" and c.head.i == verb.i
                                                and _np_name(sent, ob).lower() in lx.OUTLETS)
                             and lemma in ("confirm", "say", "explain", "admit")
                             and (_np_name(sent, ob).lower().split()[-1] in _OUTLETISH_TAILS | lx.OUTLETS
                                  or lemma == "confirm" and ob.pos_ == "PROPN" and ob.ent_type_ != "PERSON"
                                  and any(sent.lower(d.i) == "the" for d in ob.children))) \
                        and not _recipient_org(sent, ob) \
                        and not _public_body(sent, ob) and not (c.dep_ in ("relcl", "conj") and c.i != verb.i
                                                                and _spoke_to(sent, subj) is None):
                    via = _np_name(sent, ob)
                elif pl in ("to", "with") and ol in _BROADCAST_NOUNS | lx.OUTLET_NOUNS and via is None \
                        and sent.lower(c.i) in ("speaking", "talking") and sent.lower(_subtree_bounds(ob)[0]) not in (
                            "this", "our"):
                    via, via_ref = _channel_np(sent, ob)  # "Talking to the local paper Le Soir", "speaking to state TV"
                elif pl in ("to", "with", "on") and ol in ("programme", "program", "show") and via is None \
                        and sent.lower(c.i) in ("speaking", "talking", "interview", "appearing"):
                    via = _outlet_owner(sent, ob) or _entity_in(sent, ob)  # "Speaking to the BBC's Newsnight programme"
                elif pl == "in" and (lemma == "write" or sent.lower(c.i) == "writing" and c.i < verb.i) \
                        and via is None and (
                        _np_name(sent, ob).lower() in lx.OUTLETS or "the " + _np_name(sent, ob).lower() in lx.OUTLETS):
                    via = _np_name(sent, ob)  # "wrote in the Financial Times"
                elif pl == "in" and lemma in ("write", "report", "publish") and via is None and p.i > verb.i \
                        and ob.pos_ == "PROPN" and _ent_of(doc, ob) is not None \
                        and _ent_of(doc, ob).label_ in ("ORG", "WORK_OF_ART", "PRODUCT") \
                        and (_ent_of(doc, ob).end - _ent_of(doc, ob).start >= 2 or sent.lower(ob.i - 1) == "the"):
                    via = _np_name(sent, ob)  # "the researchers reported in The Lancet", "wrote in Nature Medicine"
                elif pl == "in" and via is None and ol in {"study", "studies", "paper", "research", "analysis"} \
                        and lemma in ("report", "write", "say", "find", "show", "conclude", "suggest", "publish") \
                        and (jv := _phrase_via(sent.span(*_subtree_bounds(ob)))):
                    # "In a study published Wednesday in the journal Nature Ecology & Evolution, researchers
                    # report that ...": the journal the researchers speak through
                    via = jv
                elif pl == "in" and via is None and (platform := next(
                        (x for x in ob.children if x.dep_ in ("compound", "amod", "nmod") and x.i < ob.i
                         and sent.lower(x.i) in lx.PLATFORMS), None)) is not None:
                    via = sent.tok(platform.i)  # "in an Instagram Story", "in a YouTube livestream"
                elif pl in ("in", "during") and (ol in lx.STATEMENT_NOUNS | _REPLY_NOUNS | {"interview", "post", "tweet",
                                                                                       "video"}
                                                 or _compound_text(sent, ob) in lx.STATEMENT_NOUNS):
                    if via is None:
                        via = _outlet_after(sent, ob)  # "in a written response to dpa" (dpa read as a verb)
                    # ("in a statement sent to Health Policy Wire": the outlet the statement went to)
                    sent_to = [y for a in ob.children if a.dep_ == "acl" and sent.lower(a.i) in ("sent", "emailed",
                                                                                               "given", "provided")
                               for y in a.children if y.dep_ in ("prep", "dative") and sent.lower(y.i) == "to"]
                    # ("in a message posted to the exchange's Telegram channel": where it was posted)
                    sent_to += [y for a in ob.children if a.dep_ == "acl" and sent.lower(a.i) in _POSTED
                                for y in a.children if y.dep_ == "prep" and sent.lower(y.i) in ("to", "on")
                                and any(sent.lower(z.i) in _CHANNEL_NOUNS for z in y.children if z.dep_ == "pobj")]
                    for pp in [x for x in ob.children if x.dep_ == "prep"] + sent_to:
                        if via is None and ol in ("broadcast", "aired") and sent.lower(pp.i) in ("by", "on"):
                            # "in an interview broadcast on Sunday by France 2" (the participle read as a noun)
                            via = next((_entity_in(sent, ob2) for ob2 in pp.children if ob2.dep_ == "pobj"
                                        and not _is_time(sent, ob2)), None)
                        if via is None and sent.lower(pp.i) in ("to", "with") and not any(
                                x.dep_ == "pobj" for x in pp.children):
                            via = _orphan_outlet(sent, pp)  # "In remarks to local radio station Ñandutí, ..."
                        for ob2 in (x for x in pp.children if x.dep_ == "pobj"):
                            o2 = sent.lower(ob2.i)
                            if sent.lower(pp.i) in ("to", "with") and o2 in _BROADCAST_NOUNS and via is None \
                                    and not _own_site(sent, ob2):
                                via, via_ref = _channel_np(sent, ob2)  # "in remarks to state television"
                                if via is not None and sent.lower(_subtree_bounds(ob2)[0]) in ("this", "our"):
                                    via = via_ref = None  # "in a statement to this newspaper": the article's own
                                continue
                            if _is_time(sent, ob2) or _own_site(sent, ob2):
                                continue
                            if sent.lower(pp.i) in ("in", "for") and via is None and (
                                    _np_name(sent, ob2).lower() in lx.OUTLETS or ("the " + _np_name(sent, ob2).lower())
                                    in lx.OUTLETS):
                                via = _np_name(sent, ob2)  # "in an op-ed in The New York Times"
                            if subj is not None and ob2.i == subj.i:
                                # "In a post on X, M23 spokesman Désiré Kanamugire accused": the speaker parsed into
                                # the phrase; the platform is the word after "on"
                                if via is None and sent.lower(pp.i + 1) in lx.PLATFORMS:
                                    via = sent.tok(pp.i + 1)
                                continue
                            if sent.lower(pp.i) in ("with", "to", "on") and (ob2.pos_ == "PROPN" or o2 in lx.PLATFORMS
                                                                         or o2 in lx.OUTLETS) and via is None \
                                    and not _recipient_org(sent, ob2) and not _person_interviewed(sent, ob2):
                                # ("in an interview with Prime Minister Keir Walden": the person interviewed)
                                via = _np_name(sent, ob2)
                            elif sent.lower(pp.i) in ("on", "via") and (o2 in _CHANNEL_NOUNS or o2.endswith("s") and
                                                                         o2[:-1] in _CHANNEL_NOUNS) and via is None:
                                via = _entity_in(sent, ob2)  # "in a post on its Telegram channel(s)"
                            elif sent.lower(pp.i) == "to" and o2 in _QUESTION_NOUNS and via is None:
                                # "in a written response to questions from the Guardian"
                                via = next((_np_name(sent, ob3) for p3 in ob2.children if p3.dep_ == "prep"
                                            and sent.lower(p3.i) in ("from", "by") for ob3 in p3.children
                                            if ob3.dep_ == "pobj" and (ob3.pos_ == "PROPN" or sent.lower(ob3.i)
                                                                       in lx.OUTLETS)
                                            and not _recipient_org(sent, ob3)), None)
                            elif sent.lower(pp.i) == "on" and _social_media(sent, ob2) and via is None:
                                via = "social media"
                    for cp in (x for x in ob.children if x.dep_ == "compound"):
                        if sent.lower(cp.i) in lx.PLATFORMS and via is None:
                            via = sent.tok(cp.i)
                    # "in a statement carried by the official SANA news agency", "in a speech
                    # broadcast on state television", "in an interview aired by CNN"
                    for acl in (x for x in ob.subtree if x.head.i == ob.i and (
                                x.dep_ == "acl" or x.dep_ == "relcl" and x.tag_ == "VBN"
                                or x.dep_ == "relcl" and any(a.dep_ == "auxpass" for a in x.children))
                                or x.dep_ in ("acl", "relcl") and sent.lower(x.i) in _SHARED_VERBS):
                        # (also "in a video message that was later shared on YouTube", and "in a video
                        # message to staff that was later posted on Facebook", hung on the staff)
                        if any(c.dep_ in ("nsubj", "nsubjpass") and sent.lower(c.i) not in _REL_PRONOUNS
                               for c in acl.children) \
                                or any(c.dep_ == "mark" and sent.lower(c.i) == "that" for c in acl.children):
                            continue  # ("said in a statement that 2026 TQ9 had been placed ... on the Torino scale")
                        # (also a second participle: "In a letter written from prison and published on the
                        # coalition's Facebook page, Ben Salah said")
                        for ag in (x for x in list(acl.children) + [g for cj in acl.children if cj.dep_ == "conj"
                                                                    and cj.tag_ == "VBN" for g in cj.children]
                                   # (not the author: "in a statement issued by Goethe University")
                                   if x.dep_ == "agent" and (sent.lower(acl.i) not in _AUTHORED or sent.lower(
                                       acl.i) in ("released", "issued") and any(
                                       # ("released by its Az-Zallaqa propaganda arm": the speaker's own outlet)
                                       sent.lower(y.i) in ("its", "their") for y in x.subtree)) or
                                   x.dep_ == "prep" and sent.lower(x.i) in ("on", "by", "in", "via")):
                            for ob2 in (x for x in ag.children if x.dep_ == "pobj"):
                                # (not "posted on its website": the speaker's own page)
                                if via is None and not _is_time(sent, ob2) and not _own_site(sent, ob2) and not (
                                        sent.lower(ag.i) == "in" and (e2 := _ent_of(doc, ob2)) is not None
                                        and e2.label_ in ("GPE", "LOC", "FAC")):
                                    # (not "in a report released in Nairobi": a place)
                                    via = _entity_in(sent, ob2)
                                    if via is None and (sent.lower(ob2.i) in _BROADCAST_NOUNS | {"media"}):
                                        via, via_ref = _channel_np(sent, ob2)
                    if via is None and sent.lower(p.i) == "in" and ol in ("interview",):
                        for pp in (x for x in ob.children if x.dep_ == "prep"):
                            for ob2 in (x for x in pp.children
                                        if x.dep_ == "pobj" and not _person_interviewed(sent, x)):
                                via = via or _entity_in(sent, ob2)  # (not "an interview with Prime Minister X")
                    if via is None:
                        via = _shared_later(sent, verb)
    if via is None:
        via = _shared_later(sent, verb, any_head=False)
    root = verb.sent.root
    if via is None and root.i != verb.i and root.i < verb.i and sent.lower(root.i) in _SHARED_VERBS \
            and not sent.in_quote[verb.i] and verb.i in {t.i for t in root.subtree} \
            and subj is not None and sent.lower(subj.i) in lx.PERSON_PRONOUNS | lx.GROUP_PRONOUNS:
        # "Patankar also shared on X what he described as ...", "The army posted a video on X showing what it said
        # were its soldiers": the words go with the post, through its platform
        via = next((sent.tok(ob.i) for h in [root] + [c for c in root.children if c.dep_ == "dobj"]
                    for p in h.children if p.dep_ == "prep" and sent.lower(p.i) in ("on", "via")
                    for ob in p.children if ob.dep_ == "pobj" and sent.lower(ob.i) in lx.PLATFORMS), None)
    if via is None and audience is None:
        via = _statement_on_platform(sent, verb)
    if via is None and verb.dep_ == "advcl" and verb.tag_ == "VBG" and _subject(verb) is None \
            and not sent.in_quote[verb.head.i]:
        # "appealed on X for international help, saying ...": the platform of the act the "saying" goes with
        via = next((sent.tok(ob.i) for p in verb.head.children if p.dep_ == "prep" and sent.lower(p.i) in ("on", "via")
                    for ob in p.children if ob.dep_ == "pobj" and sent.lower(ob.i) in lx.PLATFORMS), None)
    if via is None and sent.lower(verb.i) in _SHARED_VERBS | {"post", "posts", "shares", "share", "uploads"}:
        # "posted a photograph of his goal on Instagram": the parser hung the platform on the thing posted
        via = next((sent.tok(ob.i) for o in verb.children if o.dep_ == "dobj" for p in o.subtree
                    if p.dep_ == "prep" and sent.lower(p.i) in ("on", "via") and not sent.in_quote[p.i]
                    for ob in p.children if ob.dep_ == "pobj" and sent.lower(ob.i) in lx.PLATFORMS), None)
    if via is None:
        via, via_ref = _carried_by(sent, verb, subj)
    if via is None and lemma != "tell":
        # "denied the group was behind it, telling Reuters by phone that ...", "rejected the claims, telling
        # state television the report was false": the speaker's own "telling" names the channel
        # (the parser may hang ", telling ..." on the last verb of the reported words: "denied reports that
        # he had been captured, telling state radio ...")
        tells = [c for c in verb.subtree if c.dep_ in ("advcl", "conj", "acl") and sent.lower(c.i) in ("telling", "told")
                 and (c.dep_ != "acl" or sent.tok(c.i - 1) == ",")
                 and (c.head.i == verb.i or c.i > verb.i and sent.tok(c.i - 1) == "," and sent.lower(c.i) == "telling")
                 and not sent.in_quote[c.i] and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)]
        for c in tells:
            via, via_ref, _aud = _via(sent, c, "tell")
            if via:
                break
    if via is None and audience is None:
        via = _opening_setting(sent, verb)
    if via is None and audience is None:
        via = _platform_in_own_words(sent, verb)
    if via is None and lemma == "tell":
        via = _told_owners_title(sent, verb)
        if via is not None:
            audience = None
    if via is None and audience is None:
        via = _setting_phrase_via(sent, verb)
    if via is None and audience is None:
        # "wrote on Facebook days after his death": the model took "Facebook days" for a date
        via = next((sent.tok(x.i) for p in verb.children if p.dep_ == "prep" and sent.lower(p.i) in ("on", "via")
                    for x in p.subtree if x.i > p.i and sent.lower(x.i) in lx.PLATFORMS and x.text[:1].isupper()
                    and not sent.in_quote[x.i] and sent.lower(x.i + 1) not in ("'s", "’s")), None)
    if via:
        via = _programme_broadcaster(sent, via)
    return via, via_ref, audience


_OWNERS_TITLE = re.compile(r"(?:[Tt]he\s+)?((?:[A-Z][\w&.-]*|\d+)(?:\s+(?:[A-Z][\w&.-]*|\d+)){0,3})['’]s\s+[\"“‘]?"
                           r"(?:The\s+)?[A-Z][\w'’-]*")


def _told_owners_title(sent: Sent, verb) -> str | None:
    """The owner of a programme told by its title: "told HBN's "The Briefing"", "told Southern Public Broadcasting's
    Sunday Briefing" -> HBN, Southern Public Broadcasting; not a person's or a place's ("told Ukraine's Zelensky",
    "told Smith's lawyer")."""
    if verb.i + 1 >= len(sent.doc) or sent.in_quote[verb.i + 1]:
        return None
    m = _OWNERS_TITLE.match(sent.text, sent.offsets[verb.i + 1][0])
    if m is None:
        return None
    owner = m.group(1)
    k = next((i for i, (a, _b) in enumerate(sent.offsets) if a >= m.start(1)), None)
    ent = _ent_of(sent.doc, sent.doc[k]) if k is not None else None
    title = sent.text[m.end(1):m.end()].lstrip("'’s \"“‘")
    if ent is not None and ent.label_ in ("PERSON", "GPE", "NORP", "LOC") \
            or _known_first_name(owner.split()[0].lower()) \
            or title.split()[0].lower() in _TOLD_BODIES or owner.split()[-1].lower() in _TOLD_BODIES:
        return None
    return owner


_PLATFORM_PLACES = {"stories", "story", "page", "account", "channel", "group", "feed", "profile", "live"}
_POSTED = {"posted", "circulated", "shared", "published", "uploaded"}
_MESSAGE_NOUNS = {"message", "video", "statement", "post", "letter", "clip", "recording", "note", "livestream"}
_SPEAKING_ASIDES = {"writing", "posting", "speaking"}


def _platform_in_own_words(sent: Sent, verb) -> str | None:
    """'claimed responsibility for the attack on Telegram', 'condemned the attack in a post on X': the parser hung the
    platform on the object; it is still where the speaker spoke, as long as it sits in the speaker's own words (not
    in the reported clause: "said the attack on X was ...", nor in another clause). With "and said" after it, the first
    verb's words count ("condemned the attack in a post on X and said ...")."""
    heads = [verb]
    if verb.dep_ == "conj" and verb.head.i < verb.i and not sent.in_quote[verb.head.i] and verb.head.tag_.startswith("VB"):
        heads.append(verb.head)
    for h in heads:
        for tok in h.subtree:
            word = sent.tok(tok.i).rstrip(".")  # ("on X." read as an abbreviation)
            if tok.dep_ == "compound" and tok.head.dep_ == "pobj" and sent.lower(tok.head.i) in _PLATFORM_PLACES \
                    and sent.lower(tok.head.head.i) in ("on", "via", "to") and word.lower() in lx.PLATFORMS \
                    and word[:1].isupper() and not sent.in_quote[tok.i]:
                tok = tok.head  # "posted to her Instagram stories", "on the village Facebook group"
            elif tok.dep_ != "pobj" or word.lower() not in lx.PLATFORMS or sent.in_quote[tok.i] or tok.i < h.i \
                    or word[:1].islower() or sent.lower(tok.head.i) not in ("on", "via"):
                continue
            if tok.i < h.i and not (tok.head.head.dep_ == "advcl" and sent.lower(tok.head.head.i) in _SPEAKING_ASIDES):
                continue
            hung_on = tok.head.head
            if sent.lower(hung_on.i) in _HOSTED_CONTENT and not (
                    hung_on.dep_ == "pobj" and sent.lower(hung_on.head.i) in ("in", "through", "via")):
                continue  # "criticised a campaign on Facebook": the thing is on the platform, not the words
            up, own = tok.head, True
            while up.i != h.i:
                # (a message posted there, or "Writing on ...": the speaker's own words went there)
                carried = up.dep_ == "acl" and sent.lower(up.i) in _POSTED and sent.lower(up.head.i) in _MESSAGE_NOUNS \
                    or up.dep_ == "advcl" and sent.lower(up.i) in _SPEAKING_ASIDES and up.head.i == h.i
                if not carried and (up.dep_ in ("ccomp", "xcomp", "advcl", "relcl", "conj", "parataxis", "acl",
                                                "csubj", "pcomp") or up.tag_.startswith("VB")):
                    own = False
                    break
                up = up.head
            if own:
                return word
    return None


_HOSTED_CONTENT = {"campaign", "campaigns", "page", "pages", "account", "accounts", "group", "groups", "ad", "ads",
                   "advert", "adverts", "advertisement", "advertisements", "post", "posts", "video", "videos",
                   "content", "comment", "comments", "message", "messages", "claim", "claims", "rumour", "rumours",
                   "rumor", "rumors", "misinformation", "disinformation", "profile", "profiles", "channel", "channels",
                   "livestream", "images", "photos", "pictures", "footage", "clip", "clips", "ban", "restrictions"}


_OPENING_NAME = r"[\"“]?(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:(?:of|for|&)\s+(?:the\s+)?)?[A-Z0-9][\w&'’.-]*){0,5})[\"”]?"
# "Writing in the Irish Examiner, X argued", "Speaking on the "Runway Economics" podcast, X said", "In an opinion
# piece published in the Wall Street Journal, X wrote", "In a statement emailed to CBC News, X said".
_OPENING_SETTING = re.compile(
    r"^(?:(?:Writing|Speaking|Talking|Appearing)\s+(?P<p1>in|on|to|with)"
    r"|In\s+(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:op-ed|opinion\s+piece|column|article|interview|statement|post|essay|"
    r"letter|email|e-mail|podcast|appearance|comments|remarks|video|paper|study|alert|notice|update|advisory|"
    r"announcement|bulletin|message|tweet|thread|note|livestream|broadcast)\s+(?:(?:published|posted|emailed|"
    r"e-mailed|sent|given|carried|aired|broadcast|shared|written|released)\s+(?:(?:on|last|this)\s+\w+\s+)?)?"
    r"(?P<p2>in|on|to|with|for|by))"
    r"\s+(?:the\s+)?" + _OPENING_NAME)


def _opening_setting(sent: Sent, verb) -> str | None:
    """The channel named by an opening setting phrase, for the main clause's reporting verb only."""
    m = _OPENING_SETTING.match(sent.text)
    if m is None or verb is not None and (verb.dep_ != "ROOT" or sent.doc[verb.i].idx < m.end()):
        return None
    name = m.group("name").strip()
    prep = (m.group("p1") or m.group("p2")).lower()
    after = sent.text[m.end():m.end() + 20].lower()
    words = name.lower().split()
    low = name.lower()
    outletish = low in lx.OUTLETS or low in lx.PLATFORMS or words[-1] in _OUTLETISH_TAILS or \
        re.match(r"\s*(?:podcast|programme|program|show|newspaper|magazine|website|blog)\b", after) is not None
    if not outletish:
        ent = next((e for e in sent.doc.ents if e.text.removeprefix("the ").startswith(name.split()[0])
                    and sent.doc[e.start].idx < m.end()), None)
        if prep == "to" or ent is None or ent.label_ != "ORG" or _is_time_word(words[0]):
            return None  # ("In a letter to the Prime Minister": a recipient; "Speaking on Tuesday": a day)
    return name


def _is_time_word(word: str) -> bool:
    return word in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                    "february", "march", "april", "may", "june", "july", "august", "september", "october",
                    "november", "december")


# Bodies and gatherings that are told, not channels ("told the Conference", "told the Summit").
# Programmes, shows and the like that a speaker is told to or speaks on.
PROGRAMME_NOUNS = {"programme", "program", "show", "podcast", "bulletin", "documentary", "newsletter", "blog"}
_TOLD_BODIES = {"conference", "summit", "meeting", "forum", "gathering", "audience", "crowd", "rally", "congress",
                "convention", "parliament", "cabinet", "commission", "court", "committee", "board", "council", "house",
                "inquiry", "tribunal", "assembly", "senate", "panel", "hearing", "jury", "chamber", "dail", "bundestag",
                "duma", "knesset", "lords", "commons", "legislature", "synod", "delegates", "members", "inquest"}


def _programme_broadcaster(sent: Sent, via: str) -> str:
    """A programme gives its broadcaster: "told Channels Television's Sunrise Daily", "on CNBC's "Squawk Box""
    -> the broadcaster; a place's outlet stays itself ("told Ukraine's Suspilne")."""
    if re.search(r"\w['’]s$", via):
        return via[:-2]  # ("told Channels Television's ...": the possessor is the broadcaster)
    m = re.search(r"([A-Z][\w&.-]*(?:\s+[A-Z0-9][\w&.-]*){0,3})['’]s\s+[\"“‘']?" + re.escape(via) + r"\b", sent.text)
    if m is None or via.lower() in lx.PLATFORMS:
        return via
    owner = m.group(1)
    owner = re.sub(r"^(?:The|A|An|In|On|To|With|Told|Speaking|Writing)\s+", "", owner)
    if any(e.label_ in ("GPE", "NORP", "LOC", "PERSON") and owner in e.text or e.text in owner and e.label_ in
           ("GPE", "NORP", "LOC") for e in sent.doc.ents):
        return via
    return owner


_CARRIED = {"carried", "quoted", "cited", "published", "broadcast", "aired", "reported", "relayed"}
_REACHED = {"reached", "contacted", "interviewed"}


def _carried_by(sent: Sent, verb, subj) -> tuple[str | None, str | None]:
    """The outlet that carried the speaker's words, said beside the verb: "..., the ministry said, quoted by
    Interfax", "Ana Ruiz, quoted by the newspaper, said ...", and a closing ", in comments carried by the
    state news agency X" that the parser hung inside the reported words."""
    doc = sent.doc
    parts = [c for c in verb.children if c.dep_ in ("advcl", "acl") and sent.tok(c.i - 1) == ","]
    # "Contacted by AFP, the spokesman said ...", "Reached by phone by Reuters, she said ..."
    parts += [c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i and sent.lower(c.i) in _REACHED
              and (c.i == 0 or sent.tok(c.i - 1) in (",", "When", "when"))]
    if verb.dep_ == "parataxis":  # ("..., the ministry said, quoted by X" hung on the reported words' verb)
        parts += [c for c in verb.head.children if c.dep_ in ("advcl", "acl") and c.i > verb.i
                  and sent.tok(c.i - 1) == ","]
    # (on the speaker, only a quotation: "Images broadcast by state television X showed" is the item's carrier)
    parts += [c for c in (subj.children if subj is not None else ()) if c.dep_ == "acl"
              and sent.lower(c.i) in ("quoted", "cited")]
    for t in verb.subtree:
        # ", in comments carried by ..." closing the sentence
        if t.dep_ == "pobj" and sent.lower(t.head.i) == "in" and t.head.i > 0 and sent.tok(t.head.i - 1) == "," \
                and (sent.lower(t.i) in lx.STATEMENT_NOUNS | _REPLY_NOUNS) \
                and all(doc[k].is_punct for k in range(_subtree_bounds(t)[1] + 1, len(doc))):
            parts += [c for c in t.children if c.dep_ in ("acl", "relcl")]
            for ob in (o for pp in t.children if pp.dep_ == "prep" and sent.lower(pp.i) in ("on", "via")
                       for o in pp.children if o.dep_ == "pobj"):
                if sent.lower(ob.i) in lx.PLATFORMS | lx.OUTLETS and ob.text[:1].isupper():
                    return sent.tok(ob.i), None  # "..., in a post on Telegram."
    for c in parts:
        if sent.lower(c.i) not in _CARRIED | _REACHED or sent.in_quote[c.i] or c.tag_ not in ("VBN", "VBD"):
            continue
        for ag in (x for x in c.children if x.dep_ == "agent" or x.dep_ == "prep" and sent.lower(x.i) in ("by", "on")):
            for ob in (x for x in ag.children if x.dep_ == "pobj" and not _is_time(sent, x)):
                if _recipient_org(sent, ob) or _public_body(sent, ob) or _own_site(sent, ob):
                    continue
                if sent.lower(ob.i) in _BROADCAST_NOUNS:
                    return _channel_np(sent, ob)  # "quoted by the newspaper", "carried by state television"
                e = _ent_of(doc, ob)
                # (the name itself, not "the state news" the model tagged apart: "the state news agency AMAP")
                name = _strip_det(sent.span(e.start, e.end - 1)) if e is not None and ob.pos_ == "PROPN" \
                    else _entity_in(sent, ob, allow_norp=False)
                if name and (ob.pos_ == "PROPN" or sent.lower(ob.i) in lx.OUTLETS | lx.PLATFORMS):
                    return name, None
    return None, None


# Participles whose agent wrote what was said rather than carried it.
_AUTHORED = {"issued", "released", "signed", "written", "sent", "drafted", "prepared", "compiled", "commissioned"}
_SETTING_NOUNS = {"statement", "post", "posts", "video", "message", "interview", "comments", "remarks", "speech",
                  "address", "letter", "tweet", "broadcast", "communique", "communiqué", "posting", "update"}
_SETTING_PARTICIPLES = _CARRIED | {"shared", "posted", "released", "circulated", "uploaded", "read", "issued",
                                   "distributed", "sent", "given", "made",
                                                     "carried", "streamed"}
_NP_POS = ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PART")


def _setting_phrase_via(sent: Sent, verb) -> str | None:
    """The channel named in the words that set the speaker's statement, read on the surface when the parser
    scattered them: "In a statement posted on Facebook, the lodge said", "condemned the shelling ... in a
    statement carried by the official SANA news agency", "in an interview with the daily Lankadeepa". Only
    in the verb's own clause (not in the reported words) and only a platform or a name the phrase marks as an
    outlet; "in a statement to the London Stock Exchange" names a recipient, "in an interview with the
    minister" a person."""
    doc = sent.doc
    reported = {t.i for c in verb.children if c.dep_ in ("ccomp", "xcomp") for t in c.subtree}
    own = {t.i for t in verb.subtree} - reported
    for k in range(len(doc)):
        if sent.in_quote[k] or k in reported or sent.lower(k) not in _SETTING_NOUNS:
            continue
        j = k - 1
        while j >= 0 and k - j <= 4 and doc[j].pos_ in ("DET", "ADJ", "NOUN", "PRON", "NUM") \
                and sent.lower(j) not in ("in", "during"):
            j -= 1
        if j < 0 or sent.lower(j) not in ("in", "during") or (j not in own and k not in own):
            continue
        m = k + 1
        comma = next((x for x in range(k + 1, min(len(doc), k + 16)) if sent.tok(x) in (",", ";", ":")), None)
        seen = next((x for x in range(k + 2, comma or 0) if sent.lower(x) in ("seen", "obtained", "reviewed")
                     and sent.lower(x + 1) == "by"), None)
        if seen is not None:
            # "In a letter to Belgian authorities dated September 3 and seen by AFP, the minister described ...":
            # the outlet that saw the letter
            m = seen
        if m < len(doc) and sent.lower(m) in ("later", "also", "widely"):
            m += 1
        carried = m < len(doc) and (sent.lower(m) in _SETTING_PARTICIPLES or m == seen)
        # (the body a statement was "issued by" or "released by" wrote it: no channel; "carried by" is one)
        authored = carried and m != seen and sent.lower(m) not in ("carried", "broadcast", "aired", "relayed",
                                                                    "quoted", "cited", "circulated", "reported")
        m += carried
        if m >= len(doc) or sent.lower(m) not in ("on", "by", "with", "to", "via") or sent.in_quote[m]:
            continue
        prep = sent.lower(m)
        if prep == "with" and sent.lower(k) != "interview" or prep == "by" and authored:
            continue
        e = m + 1
        while e < len(doc) and not sent.in_quote[e] and (doc[e].pos_ in _NP_POS or doc[e].tag_ == "PRP$"
                                                          or doc[e].text in ("-", "–")) \
                and not _is_time(sent, doc[e]):
            e += 1
        words = range(m + 1, e)
        if not words:
            continue
        plat = next((x for x in words if sent.lower(x) in lx.PLATFORMS and doc[x].text[:1].isupper()), None)
        if plat is not None and prep in ("on", "via"):
            return sent.tok(plat)  # (also "on the group's Telegram channel", "on its Facebook page")
        if prep not in ("by", "with", "to"):
            continue
        run_end = max((x for x in words if doc[x].text[:1].isupper() and doc[x].pos_ == "PROPN"), default=None)
        if run_end is None:
            continue
        run_lo = run_end
        while run_lo - 1 > m and (doc[run_lo - 1].pos_ == "PROPN" and doc[run_lo - 1].text[:1].isupper()
                                  or doc[run_lo - 1].text in ("-",)):
            run_lo -= 1
        name = sent.span(run_lo, run_end)
        outlet_word = any(sent.lower(x) in _BROADCAST_NOUNS | {"news"} for x in range(m + 1, e)
                          if not run_lo <= x <= run_end)
        ent = _ent_of(doc, doc[run_end])
        if name.lower() in lx.OUTLETS or ("the " + name.lower()) in lx.OUTLETS or outlet_word:
            return name
        if prep != "to" and ent is not None and ent.label_ == "ORG" and not _public_body(sent, doc[run_end]) \
                and (carried and prep == "by" or not _institution(sent, doc[run_end])
                     and not _recipient_org(sent, doc[run_end])):
            return name  # (a body that circulates comments carries them: "comments circulated by the news service")
    return None


def _person_interviewed(sent: Sent, tok) -> bool:
    """'in an interview with Prime Minister Keir Walden': a person by a given name or a title (the model also
    tags papers as people: "in comments to the Sahel Ledger")."""
    e = _ent_of(sent.doc, tok)
    if e is None or e.label_ != "PERSON" or sent.lower(tok.i) in lx.OUTLETS:
        return False
    return _known_first_name(sent.tok(e.start)) or any(
        sent.lower(k).strip(".") in lx.PERSON_TITLES for k in range(max(0, e.start - 2), e.start))


def _told_channel(sent: Sent, verb) -> str | None:
    """The outlet's name in the words after "told" around a channel noun, however the parser split them:
    after the noun ("told local broadcaster NHK", "told the Madrid daily El Mundo") or right before it
    ("told Lebanon's Al Jadeed television", "told the Kyiv Independent newspaper"). None when the channel
    has no name ("told state television") or is a nationality ("told Spanish radio")."""
    doc = sent.doc
    lo = end = verb.i + 1
    while end < len(doc) and not sent.in_quote[end] and sent.lower(end) != "that" and (
            doc[end].pos_ not in ("PUNCT", "ADP", "SCONJ", "VERB", "AUX", "PRON", "CCONJ", "DET") or end == lo
            and doc[end].pos_ == "DET"
            # ("told local paper the Hebble Bridge Courier": the name keeps its article)
            or sent.lower(end) == "the" and sent.lower(end - 1) in _BROADCAST_NOUNS | {"paper"}
            and end + 1 < len(doc) and doc[end + 1].text[:1].isupper()) \
            and not (_is_time(sent, doc[end]) and sent.lower(end) not in _BROADCAST_NOUNS
                     and not (doc[end].like_num and doc[end - 1].text[:1].isupper())):
        end += 1  # (the model may read "daily" as a date; "Channel 12" has a number)
    nouns = [x for x in range(lo, end) if sent.lower(x) in _BROADCAST_NOUNS | {"paper"} and doc[x].text.islower()]
    if not nouns:
        return None
    n = nouns[-1]

    def plain_place(a: int, b: int) -> bool:  # "the Belgrade newspaper": a place, not a name
        return all((e := _ent_of(doc, doc[x])) is not None and e.label_ in ("GPE", "NORP", "LOC") for x in range(a, b))

    if n + 2 < end and sent.lower(n + 1) == "the" and doc[n + 2].text[:1].isupper():
        n += 1
    if n + 1 < end and doc[n + 1].text[:1].isupper():
        b = n + 2
        # (a lower-case word only as the told object the name is compounded with: "Sportski žurnal", not
        # "told broadcaster NRK players were tired")
        while b < end and (doc[b].text[:1].isupper() or doc[b - 1].head.i == b and doc[b].head.i == verb.i
                           and doc[b].dep_ in ("dobj", "dative")):
            b += 1
        if not plain_place(n + 1, b):
            return sent.span(n + 1, b - 1)
    a = n
    while a - 1 >= lo and (doc[a - 1].text[:1].isupper() or doc[a - 1].like_num and doc[a - 2].text[:1].isupper()) \
            and sent.lower(a - 1) not in ("the", "a", "an"):
        a -= 1
    if a < n and not plain_place(a, n):
        return sent.span(a, n - 1)
    return None


def _statement_on_platform(sent: Sent, verb) -> str | None:
    """'claimed responsibility for the attack in a statement on Telegram': the parser hung the statement
    on the object, not on the verb; it is still how the speaker spoke. Only within the verb's own clause
    (not inside the reported words) and only for a named platform or outlet."""
    doc = sent.doc
    for t in verb.subtree:
        if sent.in_quote[t.i] or sent.lower(t.i) not in lx.STATEMENT_NOUNS or t.dep_ != "pobj" \
                or sent.lower(t.head.i) != "in":
            continue
        up, own = t.head, True
        while up.i != verb.i:
            if up.dep_ in ("ccomp", "xcomp", "relcl", "advcl", "conj") or up.head.i == up.i:
                own = False
                break
            up = up.head
        if not own:
            continue
        for pp in (c for c in t.children if c.dep_ == "prep" and sent.lower(c.i) in ("on", "via")):
            # (also the word right after "on": "In a post on X, M23 spokesman ..." parsed as one noun phrase)
            for ob in [c for c in pp.children if c.dep_ == "pobj"] + [doc[pp.i + 1]] * (pp.i + 1 < len(doc)):
                if (sent.lower(ob.i) in lx.PLATFORMS or sent.lower(ob.i) in lx.OUTLETS) and ob.text[:1].isupper() \
                        and not any(c.dep_ == "poss" for c in ob.children):
                    return sent.tok(ob.i)  # (not "on its website": the speaker's own channel)
    return None


def _shared_later(sent: Sent, verb, any_head: bool = True) -> str | None:
    """'said in a video message to staff that was later shared on YouTube' (the parser hung the
    relative clause on the audience), 'claimed responsibility for the attack in a statement published
    on its Telegram channels': a message posted on a platform came through it. The reported words
    themselves (clauses under the verb) are not searched: 'said footage posted on TikTok showed ...'."""
    stack = [c for c in verb.children if c.dep_ not in _CLAUSE_DEPS | {"advcl", "conj"}]
    while stack:
        x = stack.pop()
        stack.extend(c for c in x.children if c.dep_ not in _CLAUSE_DEPS)
        if not (x.dep_ in ("acl", "relcl") and sent.lower(x.i) in _SHARED_VERBS and x.head.i != verb.i
                and not sent.in_quote[x.i] and x.tag_ == "VBN"):
            continue
        if not any_head and sent.lower(x.head.i) not in lx.STATEMENT_NOUNS | _REPLY_NOUNS:
            continue
        for ag in (y for y in x.children if y.dep_ in ("prep", "agent") and sent.lower(y.i) in ("on", "by", "via",
                                                                                                "through")):
            for ob2 in (y for y in ag.children if y.dep_ == "pobj"):
                if _is_time(sent, ob2):
                    continue
                if any(sent.lower(c.i) in ("its", "their", "his", "her") for c in ob2.children if c.dep_ == "poss"):
                    # "released through its Amaq propaganda agency on Telegram": the speaker's own arm is not
                    # between it and the public; the platform it posted on is
                    ob2 = next((z for pp in ob2.children if pp.dep_ == "prep" and sent.lower(pp.i) in ("on", "via")
                                for z in pp.children if z.dep_ == "pobj" and not _is_time(sent, z)), ob2)
                o2 = sent.lower(ob2.i)
                if _own_site(sent, ob2):
                    continue  # "a statement published on its website": the speaker's own page
                if sent.lower(ag.i) == "by" and o2.rstrip("s") in ("page", "account", "profile", "handle", "user"):
                    continue  # "published by a page called Kiwi Truth": the page wrote it, it is no channel
                if o2 in lx.PLATFORMS or _ent_of(sent.doc, ob2) or o2.rstrip("s") in _CHANNEL_NOUNS:
                    name = _entity_in(sent, ob2)
                    if name:
                        return name
    return None


_NAME_LABELS = {"ORG", "PERSON", "GPE", "NORP", "FAC", "WORK_OF_ART", "PRODUCT", "LOC"}
_TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
               "yesterday", "tonight", "morning", "evening", "night", "afternoon", "weekend"}
_CHANNEL_NOUNS = {"channel", "account", "page", "feed", "profile", "site", "website", "blog", "handle",
                  "journal", "newspaper", "magazine", "station", "programme", "program", "show",
                  "broadcaster", "network", "agency", "outlet", "paper", "radio", "television", "tv"}


# Heads of a channel that may stand without a name ("on state television", "told a local radio station").
_BROADCAST_NOUNS = {"television", "tv", "radio", "broadcaster", "agency", "channel", "station", "newspaper",
                    "daily", "weekly", "tabloid", "magazine", "outlet", "network", "website", "wire"}


# What an outlet asks: "in a written response to questions from the Guardian".
_QUESTION_NOUNS = {"questions", "question", "queries", "query", "request", "requests", "inquiry", "inquiries"}


# Answers to an outlet's questions: "in a written response to dpa", "in an emailed reply to the BBC".
_REPLY_NOUNS = {"response", "responses", "reply", "replies", "answer", "answers",
                # and other statement-like nouns: "in an update on its website"
                "update", "updates", "announcement", "announcements"}


def _fold(word: str) -> str:
    """'giulia' for 'Giulia', 'jose' for 'José': the key of the first-name lexicon."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def _orphan_outlet(sent: Sent, prep) -> str | None:
    """The named outlet after a 'to'/'with' the parser left without an object ('in remarks to local radio
    station Ñandutí, the commander said', where the name became the subject): a name after channel nouns."""
    doc = sent.doc
    k = prep.i + 1
    chan = False
    while k < len(doc) and not sent.in_quote[k] and doc[k].pos_ in ("DET", "ADJ", "NOUN") and doc[k].text != ",":
        chan = chan or sent.lower(k) in _BROADCAST_NOUNS
        k += 1
    if not chan or k >= len(doc) or doc[k].pos_ != "PROPN":
        return None
    hi = k
    while hi + 1 < len(doc) and doc[hi + 1].pos_ == "PROPN" and doc[hi + 1].dep_ == "compound":
        hi += 1
    return sent.span(k, hi)


def _outlet_after(sent: Sent, ob) -> str | None:
    """A known outlet right after 'to'/'with'/'for' inside the phrase headed by ob, whatever the parse
    made of it ("a written response to dpa", where the parser took 'to dpa' for a verb)."""
    doc = sent.doc
    lo, hi = _subtree_bounds(ob, cut={"punct"})
    for k in range(ob.i + 1, min(hi, len(doc) - 1) + 1):
        if sent.lower(k) not in ("to", "with", "for"):
            continue
        j = k + 1 + (k + 1 < len(doc) and sent.lower(k + 1) == "the")
        for n in (4, 3, 2, 1):
            if j + n <= len(doc) and not sent.in_quote[j]:
                words = sent.span(j, j + n - 1)
                if words.lower() in lx.OUTLETS or words.lower() in lx.PLATFORMS:
                    return words
        break
    return None


_WEB_MODIFIERS = {"web", "news", "leak", "official", "social", "media", "video", "its", "their", "his", "her",
                  "company", "party", "campaign", "government", "dark-web", "online", "internet"}


def _place_site(sent: Sent, tok) -> bool:
    """'the third attack on a displacement site in Borno': a site on the ground, not a website."""
    if sent.lower(tok.i).rstrip("s") != "site":
        return False
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    return bool(mods) and not any(sent.lower(c.i) in _WEB_MODIFIERS or c.pos_ == "PROPN" for c in mods)


def _channel_np(sent: Sent, tok) -> tuple[str | None, str | None]:
    """(via, via_ref) for a channel noun: the name that goes with it ("state news agency SANA",
    "broadcaster ERT", "the Kyiv Independent newspaper"), else the phrase itself ("national radio",
    "state television"), or a definite "the newspaper" for the resolver."""
    doc = sent.doc
    ap = next((x for x in tok.children if x.dep_ == "appos" and (x.pos_ == "PROPN" or _ent_of(doc, x))), None)
    if ap is not None:
        return _np_name(sent, ap), None
    nxt = tok.i + 1
    if nxt < len(doc) and not sent.in_quote[nxt]:
        ent = _ent_of(doc, doc[nxt])
        if ent is not None and ent.start == nxt and ent.label_ in ("ORG", "PERSON", "WORK_OF_ART", "PRODUCT", "FAC"):
            return _strip_det(sent.span(ent.start, ent.end - 1)), None
        if sent.lower(nxt) in lx.OUTLETS:
            return sent.tok(nxt), None  # "the German news agency dpa" (dpa read as a verb)
        if doc[nxt].is_alpha and doc[nxt].text.isupper() and 2 <= len(doc[nxt].text) <= 6 and (
                nxt + 1 == len(doc) or not (doc[nxt + 1].is_alpha and doc[nxt + 1].text[:1].isupper())):
            return sent.tok(nxt), None  # "the state news agency WAM": an acronym the model left untagged
    name = _entity_in(sent, tok, allow_norp=False)  # "Russian state television": a phrase, not "Russian"
    if name:
        return name, None
    lo, hi = _subtree_bounds(tok, cut={"relcl", "punct", "prep", "acl", "appos", "cc", "conj"})
    lo, hi = _trim(sent, lo, hi, tok.i)
    phrase = sent.span(lo, hi)
    first = sent.lower(lo)
    if first in ("this", "our") and hi - lo <= 2:
        return None, None  # "told this newspaper", "in a statement to our website": the article's own outlet
    if first in ("the", "this", "that", "its", "their", "his", "her") and hi - lo <= 2:
        if first in ("its", "their", "his", "her"):
            return None, None  # "on its website": the speaker's own channel
        return phrase, "definite"
    return _strip_det(phrase), None


_NON_OUTLET_ACRONYMS = {a.lower() for a in lx.ACRONYM_ENTITIES} - lx.OUTLETS - {
    "sana", "irna", "afp", "ap", "bbc", "cnn"}


def _recipient_org(sent: Sent, tok) -> bool:
    """An organisation that is told something (the WHO, a committee, the ministry), not an outlet."""
    name = _np_name(sent, tok).lower()
    words = set(re.findall(r"[a-z]+", name))
    if name in lx.OUTLETS or "the " + name in lx.OUTLETS or words & lx.OUTLET_NOUNS:
        return False
    return name in _NON_OUTLET_ACRONYMS or name in {v.lower() for v in lx.PARSE_SWAPS.values()} and \
        sent.tok(tok.i) in lx.PARSE_SWAPS or \
        bool(words & (_ORG_NAME_WORDS | lx.GOVERNMENT_WORDS | {"exchange", "regulator", "court", "tribunal"})
             - {"network", "service"})  # ("in a statement to the London Stock Exchange": a filing's recipient)


_BODY_WORDS = lx.GOVERNMENT_WORDS | lx.COURT_WORDS | {"committee", "commission", "assembly", "inquiry", "panel",
                                                      "subcommittee", "legislature", "house", "chamber"}


# Heads of an institution's name: "the Science Media Centre", "the Brookings Institution", "the Wellcome Trust".
_INSTITUTION_HEADS = {"centre", "center", "institute", "institution", "foundation", "trust", "council", "society",
                      "association", "federation", "academy", "university", "college", "school", "hospital",
                      "commission", "committee", "board", "union", "charity", "clinic"}


def _institution(sent: Sent, tok) -> bool:
    """An institution told something, or briefed ("she told the Science Media Centre", "told the Royal Society"):
    named by an institution head (even with 'Media' in the name), and not a known outlet."""
    name = _np_name(sent, tok).lower()
    return sent.lower(tok.i) in _INSTITUTION_HEADS and not (name in lx.OUTLETS or "the " + name in lx.OUTLETS)


def _public_body(sent: Sent, tok) -> bool:
    """A parliament, committee, court or ministry told something ("told the Scottish Parliament", "told the
    House Armed Services Committee"): a recipient, whatever its name, unless it names an outlet."""
    name = _np_name(sent, tok).lower()
    words = set(re.findall(r"[a-z]+", name))
    # ("told Interior Voice": a name that ends as papers and stations do is one)
    return not (name in lx.OUTLETS or "the " + name in lx.OUTLETS or words & lx.OUTLET_NOUNS
                or name.split()[-1:] and name.split()[-1] in _OUTLETISH_TAILS) and bool(words & _BODY_WORDS)


def _own_site(sent: Sent, tok) -> bool:
    """'its website', 'their blog': the speaker's own site."""
    return sent.lower(tok.i) in ("website", "site", "blog") and any(
        sent.lower(c.i) in ("its", "their", "his", "her", "our") for c in tok.children if c.dep_ == "poss")


def _outlet_owner(sent: Sent, tok) -> str | None:
    """'CNN' of "on CNN's State of the Union": a programme's broadcaster is the channel."""
    for t in sent.doc[max(0, tok.i - 8):tok.i + 1]:
        if t.dep_ == "poss" and (t.head.i == tok.i or t.head.head.i == tok.i):
            name = _np_name(sent, t)
            name = name[:-2] if name.endswith(("'s", "’s")) else name
            if name.lower() in lx.OUTLETS or ("the " + name.lower()) in lx.OUTLETS:
                return name
    return None


def _compound_text(sent: Sent, tok) -> str:
    """'op-ed' for the token 'ed' of "an op-ed" (tokenised op - ed)."""
    lo = tok.i
    while lo > 0 and sent.doc[lo - 1].dep_ in ("compound", "punct") and sent.doc[lo - 1].head.i == tok.i \
            and sent.doc[lo - 1].text != ",":
        lo -= 1
    return sent.span(lo, tok.i).lower().replace(" ", "")


def _social_media(sent: Sent, tok) -> bool:
    """'on social media', 'on social networks'."""
    return sent.lower(tok.i) in ("media", "networks", "network", "platforms") and tok.i > 0 and \
        sent.lower(tok.i - 1) == "social"


def _entity_in(sent: Sent, tok, allow_norp: bool = True) -> str | None:
    """A name inside tok's subtree: an entity, a platform or a proper-noun chain."""
    lo, hi = _subtree_bounds(tok, cut={"relcl", "punct"})
    # A nationality is a descriptor ("the Swiss newspaper NZZ", "the German news agency dpa"), the name
    # comes after it; it is the via only when nothing else names the channel.
    norp = None
    for e in sent.doc.ents:
        if e.start >= lo and e.end - 1 <= hi and e.label_ in _NAME_LABELS:
            name = sent.span(e.start, e.end - 1)
            name = name[4:] if name.lower().startswith("the ") else name
            if e.label_ == "NORP" or e.end - e.start == 1 and e.root.tag_ == "JJ":
                norp = norp or name  # (also "Ukrainian" read as a place: an adjective is a nationality)
                continue
            nxt = sent.doc[e.end] if e.end < len(sent.doc) else None
            if nxt is not None and name.islower() and nxt.is_alpha and nxt.text.isupper() and 2 <= len(nxt) <= 6:
                return nxt.text  # "the state news agency WAM": the model took the description for the name
            return name
    for t in sent.doc[lo:hi + 1]:
        if sent.lower(t.i) in lx.PLATFORMS or sent.lower(t.i) in lx.OUTLETS and t.i > lo:
            return sent.tok(t.i)
    # ("on the broadcaster's Saturday football programme": the day is no name)
    props = [t for t in sent.doc[lo:hi + 1] if t.pos_ == "PROPN" and not _is_time(sent, t) and not (
        _ent_of(sent.doc, t) is not None and _ent_of(sent.doc, t).label_ == "NORP")]
    if props:
        return _np_name(sent, props[-1])
    if norp is None and sent.lower(tok.i) in lx.OUTLETS:
        return sent.tok(tok.i)  # "the Swiss newspaper NZZ" with NZZ read as a common noun
    return norp if allow_norp else None


def _is_time(sent: Sent, tok) -> bool:
    """Times and quantities ("on Tuesday", "on 41 percent") are never channels."""
    ent = _ent_of(sent.doc, tok)
    if ent is not None and ent.label_ == "DATE" and tok.pos_ == "PROPN" and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < ent.start for c in tok.children):
        return False  # "a statement to Grid Week": a name ending in a time word
    return (ent is not None and ent.label_ in ("DATE", "TIME", "CARDINAL", "PERCENT", "QUANTITY", "MONEY",
                                               "ORDINAL")) or sent.lower(tok.i) in _TIME_WORDS or tok.like_num


_SEEN_BY = re.compile(r"(?:,\s*)?\b(?:seen|obtained|reviewed|surveyed|polled|interviewed|quoted|cited|reached|contacted|carried|"
                      r"reported|analysed|analyzed)(?:\s+by\s+(?:tele)?phone)?\s+by\s+(?:the\s+)?"
                      # "seen by the business daily Handelsblatt", "obtained by German news magazine Der Spiegel"
                      # (and "cited by the Italian news agency ANSA": a nationality before the noun; "a
                      # statement carried by the state news agency Kazinform": the agency only carries it)
                      r"(?:(?:[A-Za-z-]+\s+){0,3}(?:daily|weekly|newspaper|paper|broadcaster|agency|magazine|tabloid|"
                      r"outlet|website|channel|network|station|radio|television|publication)\s+)?"
                      r"([A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4})")
_COPY_SEEN_BY = re.compile(r",\s+(?:a\s+(?:copy|draft|version|summary)\s+of\s+)?which\s+(?:has|have|had)?\s*"
                           r"(?:been|was|were)\s+(?:seen|reviewed|obtained|viewed)\s+by\s+"
                           r"((?:the\s+)?(?-i:[A-Z])[\w'’.&-]*(?:\s+(?-i:[A-Z])[\w'’.&-]*){0,3})", re.I)
_SPOKE_TO = re.compile(r"\b(?:spoke|speaking|talked|talking)\s+(?:to|with)\s+"
                       r"((?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4})")
_JOURNAL = re.compile(
    # (a title may run on with "of the": "Proceedings of the Royal Society B", "Journal of the American ...")
    r"\b(?:in|by)\s+the\s+(?:journal|newspaper|magazine|paper)\s+([A-Z][\w'’.&-]*(?:[ ](?:[A-Z][\w'’.&-]*|"
    r"(?:of|and|&)(?=[ ][A-Z])|(?:of[ ])?the(?=[ ][A-Z]))){0,6})"
    # "a study published in Nature", "a trial published on Thursday in The Lancet"
    r"|\bpublished\s+(?:(?:on|last|this)\s+\w+\s+)?in\s+(?:the\s+)?(?:journal\s+)?"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
    r"([A-Z][\w'’.&-]*(?:[ ](?:[A-Z][\w'’.&-]*|(?:of|and|&)(?=[ ][A-Z])|(?:of[ ])?the(?=[ ][A-Z])))*)"
    # a preprint server carries a study as a journal does: "posted on the preprint server bioRxiv", "a preprint
    # posted to medRxiv last week"
    r"|\bpreprint\s+(?:server|site|repository|platform|archive)\s+([A-Za-z][\w.-]*[A-Za-z])"
    r"|\b(?:on|to)\s+(?:the\s+)?((?i:(?:bio|med|chem|psy|eco|soc|eng)rxiv|arxiv|ssrn)|Research[ ]Square)\b"
    # so does an official gazette a rule or decree is published in: "published in the regional official gazette"
    r"|\bpublished\s+(?:(?:on|last|this)\s+\w+\s+)?in\s+the\s+((?:[a-z-]+\s+){0,2}gazette)\b")


def _journal_name(m) -> str:
    return next(g for g in m.groups() if g)


_NATIONALITY_BEFORE_NOUN = re.compile(r"(?:\s+[a-z-]+){0,2}\s+(?:daily|weekly|newspaper|paper|broadcaster|agency|"
                                      r"magazine|tabloid|outlet|website|channel|network|station|radio|television|"
                                      r"publication)\b")


# A body named before one of these nouns is no outlet: "figures obtained by the Save Our Wards group", "... by
# the Open Rivers campaign under freedom of information rules" (the document came through no channel).
_NOT_OUTLET_AFTER = re.compile(r"\s+(?:group|campaign|charity|union|party|association|coalition|alliance|movement|"
                               r"organi[sz]ation|foundation|federation|committee|council|firm|company)s?\b")


# Words of a body's name that make it no outlet: "figures obtained by the Liberal Democrats", "measurements analysed
# by the Regional Centre for Mapping" (an outlet's own name wins: "Press Trust of India" is in the outlet list).
_NOT_OUTLET_NAME_WORDS = {"centre", "center", "institute", "university", "college", "ministry", "department",
                          "commission", "authority", "party", "democrats", "republicans", "labour", "conservatives",
                          "council", "police", "office", "foundation", "court", "observatory", "laboratory", "lab",
                          "unit", "directorate", "survey", "programme", "program"}


def _not_outlet_name(name: str) -> bool:
    low = name.lower()
    return low not in lx.OUTLETS and ("the " + low) not in lx.OUTLETS and bool(
        set(re.findall(r"[a-z]+", low)) & _NOT_OUTLET_NAME_WORDS)


def _seen_via(m, text: str) -> str | None:
    return None if _NOT_OUTLET_AFTER.match(text, m.end(1)) or _not_outlet_name(m.group(1)) else m.group(1)


def _phrase_via(phrase: str) -> str | None:
    """"economists surveyed by Reuters", "minutes seen by Euractiv", "in the journal Nature"."""
    m = _SEEN_BY.search(phrase)
    if m:
        if _NATIONALITY_BEFORE_NOUN.match(phrase, m.end(1)) or _NOT_OUTLET_AFTER.match(phrase, m.end(1)) \
                or _not_outlet_name(m.group(1)):
            # "quoted by the French news agency" (the name, an apposition, cut off): not "French"
            return None
        return m.group(1)
    m = _JOURNAL.search(phrase)
    return _strip_det(_journal_name(m).rstrip(".")) if m else None


def _np_name(sent: Sent, tok) -> str:
    ent = _ent_of(sent.doc, tok)
    if ent is not None and ent.label_ == "DATE" and not _is_time(sent, tok):
        ent = None  # ("Grid Week": the compound is the name)
    if ent is not None:
        end = ent.end - 1
        while end > tok.i and sent.doc[end].pos_ == "ADV":
            end -= 1  # "Speaking to the Echo later on Monday": the model ran the name into the adverb
        start = ent.start
        if any(sent.doc[k].pos_ == "VERB" for k in range(ent.start, tok.left_edge.i)):
            start = tok.left_edge.i  # (not over the verb: "Wijaya told The Associated Press" tagged as one title)
        name = sent.span(start, end)
    else:
        lo = tok.i
        while lo > 0 and sent.doc[lo - 1].dep_ == "compound":
            lo -= 1
        name = sent.span(lo, tok.i)
    if name.lower().startswith("the "):
        name = name[4:]
    return name


def _cue(sent: Sent, verb, lemma: str, audience: str | None, head_verb=None) -> str:
    doc = sent.doc
    if head_verb is not None and head_verb.i < verb.i:
        return sent.span(head_verb.i, verb.i)
    cue = sent.tok(verb.i)
    # Particles and auxiliaries of the cue ("has said", "pointed out").
    prt = next((c for c in verb.children if c.dep_ == "prt"), None)
    if prt is not None and prt.i == verb.i + 1:
        cue += " " + sent.tok(prt.i)
    if audience and lemma == "tell":
        return f"{cue} {audience}"
    # "said in a statement", "wrote on Telegram".
    for p in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i):
        pl = sent.lower(p.i)
        ob = next((x for x in p.children if x.dep_ == "pobj"), None)
        if ob is None:
            continue
        ol = sent.lower(ob.i)
        if pl == "in" and ol in lx.STATEMENT_NOUNS:
            return sent.span(verb.i, ob.i)
        if pl == "on" and (ol in lx.PLATFORMS or ol in ("television", "tv", "radio")):
            return sent.span(verb.i, p.i)
    return cue


_REL_PRONOUNS = {"which", "who", "that", "whom"}
_NUMBER_WORDS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}
# Participles whose agent saw a document rather than issued it ("seen by Reuters").
_SEEN_VERBS = {"seen", "obtained", "reviewed", "viewed", "examined", "verified", "surveyed", "polled"}
# Verbs of a "..., saying ..." adjunct whose subject is the main verb's subject.
_ADJUNCT_SPEECH = {"say", "add", "claim", "warn", "insist", "argue", "note", "accuse", "blame", "allege",
                   "deny", "explain", "complain", "stress", "urge", "describe", "state", "announce",
                   "confirm", "acknowledge", "admit", "assert", "declare", "predict", "estimate", "write",
                   "report", "tell", "recall", "condemn", "criticise", "reject", "dismiss"}
# ("..., citing health reasons" gives a motive, not a statement: "cite" is not among them.)
# Passive verbs that raise their subject: "X was reported to have said".
_RAISING = {"reported", "said", "believed", "understood", "thought", "quoted", "alleged", "known", "seen"}
_RESEARCH_GROUPS = {"team", "researchers", "scientists", "authors", "investigators", "analysts", "experts"}


def _with_head(sent: Sent, t) -> bool:
    """'with X saying ...': the VBG hangs under a 'with' preposition."""
    h = t.head
    for _ in range(2):
        if sent.lower(h.i) == "with" and h.dep_ == "prep":
            return True
        h = h.head
    return False


def _by_agent(sent: Sent, tok):
    """'Genetic sequencing by the Institut Pasteur', 'analysis from Oxford Economics': the named agent."""
    for p in tok.children:
        if p.dep_ in ("prep", "agent") and sent.lower(p.i) in ("by", "from", "of") and p.i > tok.i:
            ob = next((x for x in p.children if x.dep_ == "pobj"), None)
            if ob is None:
                continue
            ent = _ent_of(sent.doc, ob)
            if sent.lower(p.i) == "of" and tok.text.lower() not in ("analysis", "research", "testing", "modelling",
                                                                   "modeling", "sequencing", "review"):
                continue
            if ent is not None and ent.label_ in ("ORG", "PERSON") or (ob.pos_ == "PROPN" and ent is None):
                return ob
    return None


def _seen_by_subject(sent: Sent, head) -> str | None:
    """'Reuters has seen a copy of the letter, which says ...': the outlet that saw the document."""
    h = head
    for _ in range(3):
        if h.dep_ not in ("dobj", "pobj", "prep") or h.head.i == h.i:
            return None
        h = h.head
        if sent.lower(h.i) in _SEEN_VERBS:
            subj = _subject(h)
            if subj is not None and (subj.pos_ == "PROPN" or _ent_of(sent.doc, subj) is not None):
                return _np_name(sent, subj)
            return None
    return None


_SHARED_VERBS = {"shared", "posted", "released", "published", "broadcast", "aired", "circulated", "uploaded"}
# Who states a study's findings: "The authors report that ...", "the researchers report".
_STUDY_WRITERS = {"authors", "researchers", "scientists", "investigators", "team"}
_CLAIM_NOUNS = {"claim", "claims", "allegation", "allegations", "accusation", "accusations", "report", "reports",
                "description", "descriptions", "assessment", "assessments", "estimate", "estimates", "version",
                "portrayal", "interpretation", "conclusion", "conclusions", "figure", "account", "reports",
                "suggestion", "suggestions", "criticism", "criticisms", "charge", "charges", "assertion",
                "assertions", "characterisation", "characterization", "account", "accounts", "idea", "notion",
                "figures", "findings", "speculation", "rumours", "rumors", "story", "stories"}
_POLL_BY = re.compile(r"\b(in|by|from)\s+an?\s+([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2})\s+(poll|survey)\b")
# (the parser's kind for "a flight operations manager" may be any of these)
_PEOPLE_KINDS = ("person", "anonymous", "organization")
_NOUN_LIKE_CUES = {"forecast", "forecasts", "estimates", "estimate", "warns", "claims", "predicts", "projects"}
_RELATION_NOUNS = {"brother", "sister", "son", "daughter", "wife", "husband", "mother", "father", "friend",
                   "neighbour", "neighbor", "cousin", "uncle", "aunt", "partner", "boss", "colleague", "niece",
                   "nephew", "grandson", "granddaughter", "fiancee", "fiance", "girlfriend", "boyfriend"}
_FIGURE_NOUNS = {"toll", "number", "figure", "cost", "tally", "total", "count", "losses", "damage", "damages",
                 "turnout", "bill", "value", "price", "growth", "inflation", "unemployment", "deficit"}
_SPREAD_VERBS = {"shared", "posted", "repeated", "made", "echoed", "tweeted", "circulated", "spread", "amplified",
                 "reposted", "retweeted", "voiced", "raised", "levelled", "leveled"}
_FINDING_BODIES = lx.COURT_WORDS | {"coroner", "coroners", "inspectors", "auditors", "investigators", "regulator",
                                     "watchdog", "panel", "committee", "ombudsman", "review", "inspectorate",
                                     "prosecutors", "magistrate", "examiner", "pathologist", "judges", "jury",
                                     "board", "commission", "authority", "auditor"}  # ("The board found that ...")
_EVALUATIVE = {"blame", "accuse", "praise", "hail", "criticise", "condemn", "welcome", "reject", "dismiss", "defend"}
# What a team or a soldier defends is an act, not a statement.
_DEFENDED_THINGS = {"title", "titles", "crown", "championship", "belt", "lead", "goal", "line", "position", "positions",
                    "city", "town", "border", "territory", "country", "homeland", "base", "themselves", "himself",
                    "herself", "seat", "record", "trophy", "cup", "area", "village", "castle", "net", "frontier"}
_SPEAKER_NOUNS = (lx.ANONYMOUS_HEADS | lx.GOVERNMENT_WORDS | lx.DEFINITE_BACKREF_NOUNS | _RESEARCH_GROUPS
                  | lx.DOCUMENT_WORDS | lx.MEDIA_WORDS | lx.OUTLET_NOUNS | {
                      "companies", "groups", "parties", "unions", "charities", "organisations", "organizations",
                      "countries", "governments", "leaders", "residents", "families", "fans", "players", "clubs"})
_SPEECH_ANY_OBJECT = {"say", "tell", "claim", "deny", "condemn", "criticise", "praise", "hail", "recommend", "forecast",
                      "defend",
                      "estimate", "report", "predict", "dismiss", "reject", "welcome", "blame", "accuse",
                      "caution", "warn", "insist", "allege", "acknowledge", "admit", "promise", "pledge",
                      "vow", "urge", "describe", "expect", "confirm", "record", "cite"}
_ORGLIKE = {"ORG", "GPE", "NORP", "FAC"}


_UNDERSTANDS = re.compile(r"(?:^|,\s+)((?:[Tt]he\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})\s+understands\b")


_DENIED_CLAIM = re.compile(
    r"(?:\b(?:a|an)\s+(?:claim|allegation|accusation|assertion|account|charge|version|assessment|estimate|figure|"
    r"description|characteri[sz]ation|conclusion|finding)|,\s+(?:allegations|accusations|claims|charges))\s+"
    r"(?:that\s+|which\s+)?"
    r"(?P<np>(?:the\s+)?[\w'’&.-]+(?:\s+[\w'’&.-]+){0,4}?)\s+(?:has\s+|have\s+|had\s+)?"
    r"(?P<cue>denied|denies|deny|rejected|rejects|reject|disputed|disputes|dispute|dismissed|dismisses|dismiss|"
    r"contested|contests|contest|questioned|questions|question)\b")
# Documents a party files with a body ("a filing with the SEC", "a submission to the committee").
_FILED_DOCUMENTS = {"filing", "filings", "submission", "submissions", "complaint", "complaints", "application",
                    "applications", "petition", "petitions", "lawsuit", "appeal", "claim", "claims", "bid"}


def _place_or_recipient(sent: Sent, e) -> bool:
    tok = e.root
    if tok.dep_ == "compound" and tok.head.pos_ == "NOUN":
        tok = tok.head
    return tok.dep_ == "pobj" and sent.lower(tok.head.i) in ("in", "with", "to", "at", "near", "on")


_ACCORDING_TO = re.compile(r"\baccording to\b", re.I)
_TRAILING_SPEECH = {"say", "tell", "add", "claim", "warn", "confirm", "report", "announce", "insist", "state",
                    "estimate", "allege", "write"}


_CITING = {"citing", "quoting"}
_PERSON_SUFFIX = re.compile(r"(?:er|or|ist|ant|ent)s?$")


def _cited_through_outlet(sent: Sent, verb, lemma: str, subj, src: RawSource, has_anon: bool) -> list[RawSource]:
    """The speaker an outlet quotes: "The state news agency X quoted a provincial official as saying ...",
    "Newspaper Y, citing a source close to the club, reported ...", "..., the agency said, quoting police".
    The outlet is the channel of the one it quotes. Only an outlet (a channel noun in its phrase, a known
    outlet, or a name that "reported"), and only a speaker ("citing health reasons", "citing figures" are no
    one speaking)."""
    doc = sent.doc
    if sent.in_quote[verb.i] or _is_passive(verb):
        return []
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] or [subj]
    words = {sent.lower(k.i) for c in subjects for k in c.subtree if not sent.in_quote[k.i]}
    # ("Local media quoted an official as saying", "state media quoted ...": the press, not social media)
    press = "media" in words and not words & {"social", "news"} and not sent.in_quote[subjects[0].i]
    if not (src.kind == "outlet" or _outlet_like(src) or words & (lx.OUTLET_NOUNS - {"media", "site"}) or press
            or "report" in (lemma, lx.REPORT_VERBS.get(sent.lower(verb.head.i))) and subj.pos_ == "PROPN"):
        return []
    heads = []
    if lemma == "quote" and any(c.dep_ == "prep" and sent.lower(c.i) == "as" for c in verb.children):
        heads += [c for c in verb.children if c.dep_ == "dobj"]  # "quoted X as saying"
    heads += [o for c in [verb] * (sent.lower(verb.i) in _CITING) + [
              c for c in list(verb.children) + list(subj.children) if c.dep_ in ("advcl", "acl", "xcomp")
              and sent.lower(c.i) in _CITING] for o in c.children if o.dep_ == "dobj"]
    out = []
    for h in heads:
        low = sent.lower(h.i)
        ent = _ent_of(doc, h)
        if low in lx.DOCUMENT_WORDS | lx.MEDIA_WORDS or sent.in_quote[h.i]:
            continue
        if not (low in lx.ANONYMOUS_HEADS | _ROLE_NOUNS | _RELATION_NOUNS | lx.GOVERNMENT_WORDS | _SPEAKER_NOUNS
                or _PERSON_SUFFIX.search(low) and h.pos_ == "NOUN"
                or ent is not None and ent.label_ in ("PERSON", "ORG") or h.pos_ == "PROPN"):
            continue
        cited = _np(sent, h, sentence_has_anon=has_anon)
        if cited is None or cited.kind in ("document", "media") or cited.ref == "pronoun":
            continue
        cited.cue = "as saying" if lemma == "quote" and h.head.i == verb.i else sent.tok(h.head.i)
        cited.via, cited.via_ref = src.name, "definite" if src.ref == "definite" else None  # ("the agency")
        cited.extra["via_src"] = src  # (the pipeline gives the outlet's resolved name)
        if press and sent.lower(subjects[0].i) == "media":
            # ("Local media quoted an official as saying": many outlets, no one channel; both are sources)
            cited.via, cited.via_ref = None, None
            del cited.extra["via_src"]
        cited.quote = _quote_kind(sent, verb.i)
        cited.extra["nested_ok"] = True
        out.append(cited)
    return out


def _outlet_like(src: RawSource) -> bool:
    """'BBC Scotland', 'the Guardian', 'this newspaper': a news outlet (an outlet 'understands')."""
    name = re.sub(r"^(?:the|this)\s+", "", src.name.lower())
    words = name.split()
    return src.kind == "outlet" or name in lx.OUTLETS or bool(words) and (
        words[0] in lx.OUTLETS or " ".join(words[:2]) in lx.OUTLETS
        or bool(set(words) & {"news", "newspaper", "radio", "television", "tv", "paper", "times", "post"}))


def _negated_or_future(tok) -> bool:
    for c in tok.children:
        if c.dep_ == "neg":
            return True
        if c.dep_ == "aux" and c.text.lower() in ("will", "would", "could", "might", "may", "should",
                                                 "shall", "can", "must", "'ll"):
            return True
    return False


_RELEASED = {"released", "published", "issued", "compiled", "collected", "gathered", "provided", "shared", "gave"}
_FIGURE_HEADS = {"figures", "data", "statistics", "estimates", "numbers", "records", "tallies", "count", "tally"}


def _abbreviation_dot(sent: Sent, i: int) -> bool:
    """The full stop of "Lt." or "Insp." that the tokenizer split off, inside a name ("spokeswoman Lt. Teresa
    Olguin"), not the sentence's end."""
    doc = sent.doc
    return doc[i].text == "." and 0 < i < len(doc) - 1 and sent.lower(i - 1) in lx.TITLE_ABBREVIATIONS \
        and doc[i + 1].pos_ == "PROPN"


def _according_to(sent: Sent, t, has_anon: bool) -> list[RawSource]:
    """Sources of "according to X" (X a source, or a document by X)."""
    doc = sent.doc
    n = len(doc)
    j = t.i + 2
    end = j
    while end < n and not (doc[end].text in (",", ";", ".") and not _abbreviation_dot(sent, end)
                           or sent.in_quote[end]):
        end += 1
    if end <= j:
        return []
    to = doc[t.i + 1]
    objs = [c for c in to.children if c.dep_ == "pobj"]
    ob = objs[-1] if len(objs) > 1 and all(c.i + 1 < n and doc[c.i + 1].text in ("-", "–") or c.is_punct
                                           for c in objs[:-1]) else next(iter(objs), None)
    # (the parser split "co-author Professor Femi Adeyinka" into three objects: the name is the last)
    if len(objs) == 2 and objs[0].pos_ == "NOUN" and objs[1].pos_ == "PROPN" and objs[0].i < objs[1].i \
            and all(doc[k].pos_ == "PROPN" for k in range(objs[0].i + 1, objs[1].i + 1)):
        ob = objs[1]  # "according to consultancy Brackwater Analytics", parsed as two objects: the name
    if ob is None or not (j <= ob.i < end):
        ob = doc[j]
        while j <= ob.head.i < end and ob.head.i != ob.i and ob.head.pos_ in ("NOUN", "PROPN"):
            ob = ob.head
    head_low = sent.lower(ob.i)
    phrase = sent.span(j, end - 1)
    # "According to minutes of a meeting, seen by Euractiv, lawyers warned ...": the channel
    # stands after the comma.
    seen_after = _SEEN_BY.match(sent.text, sent.offsets[end][0]) if end < n and doc[end].text == "," else None
    if seen_after is not None and not _SEEN_BY.search(phrase):
        phrase_via = _seen_via(seen_after, sent.text)
    else:
        phrase_via = None
    # "According to the text of the bylaw, published in the regional official gazette, ...": where it was published
    published_after = _JOURNAL.match(sent.text, sent.offsets[end + 1][0]) \
        if end + 1 < n and doc[end].text == "," and sent.lower(end + 1) == "published" else None
    if phrase_via is None and published_after is not None:
        phrase_via = _strip_det(_journal_name(published_after).rstrip("."))
    if head_low in lx.DOCUMENT_WORDS | lx.MEDIA_WORDS and not _ent_of(doc, ob):
        ents = [e for e in doc.ents if j <= e.start and e.end <= end and e.label_ in _NAME_LABELS]
        if any(e.label_ in ("ORG", "PERSON") for e in ents):
            ents = [e for e in ents if e.label_ in ("ORG", "PERSON", "WORK_OF_ART")]
        ents = [e for e in ents if not (e.end < len(doc) and doc[e.end].text in ("-", "–")) and
                not (e.end < len(doc) and sent.lower(e.end) in ("based", "-based"))]
        placed = [e for e in ents if _place_or_recipient(sent, e)]
        if placed and len(placed) < len(ents):
            # "figures published by the WHO's regional office in Copenhagen", "a filing by Polaris with the
            # Oslo stock exchange": a place or a recipient is not the author
            ents = [e for e in ents if e not in placed]
        elif placed and head_low in _FILED_DOCUMENTS:
            # "according to a filing with the Public Utilities Commission", "a submission to the inquiry", "a
            # complaint lodged with the regulator": the body it was filed with is not its author; the
            # document speaks
            ents = []
        seen = _SEEN_BY.search(phrase)
        if seen is not None:
            # "according to a police report seen by Reuters": the outlet saw the report, it is the via
            ents = [e for e in ents if sent.offsets[e.start][0] - sent.offsets[j][0] < seen.start()]
            if head_low in lx.DOCUMENT_WORDS and re.match(r"(?:,\s*)?(?:seen|obtained|reviewed|viewed)\b",
                                                          seen.group(0)):
                # "according to an internal memo by the IPOA seen by The Capital Inquirer": the memo speaks,
                # through the paper that saw it (its author is no one the paper spoke to)
                ents = []
        kind = "media" if head_low in lx.MEDIA_WORDS else "document"
        jv = _JOURNAL.search(phrase)
        journal = None
        if jv:
            journal = _journal_name(jv)
            ents = [e for e in ents if _strip_det(sent.span(e.start, e.end - 1)) not in journal]
        owner = ents[0] if len(ents) == 1 and ents[0].start <= j + 1 and ents[0].end < end and (
            sent.lower(ents[0].end) in ("'s", "’s") or sent.lower(ents[0].end - 1) in ("'s", "’s")) else None
        if owner is None and len(ents) == 1 and ents[0].end == ob.i and head_low in _FIGURE_HEADS and not jv \
                and seen is None and ents[0].label_ == "ORG":
            owner = ents[0]  # "according to EA figures", "provisional CDC data": the figures, named as written
        if owner is not None and head_low in lx.DOCUMENT_WORDS and not jv and seen is None:
            # "according to the WHO's annual cholera report": the owner's document, named as written (as "the
            # authority's annual report" is)
            return [RawSource(_strip_det(phrase), kind, None, "according to", phrase_via, "indirect", ref="name",
                              head=head_low)]
        if ents:
            out = []
            for e in ents:
                name = sent.span(e.start, e.end - 1)
                name = name[4:] if name.lower().startswith("the ") else name
                # The words before the name after "by"/"from" describe it.
                desc = None
                k = e.start - 1
                while k >= j and sent.lower(k) not in ("by", "from", "of", "in", ","):
                    k -= 1
                if k >= j and k + 1 < e.start:
                    desc = _strip_det(sent.span(k + 1, e.start - 1)).strip(" ,(") or None
                label = e.label_
                out.append(RawSource(name, _kind(name, desc, label, name.lower().split()[-1], False),
                                     desc, "according to", None, "indirect", ref="name",
                                     head=name.lower().split()[-1], extra={"label": label, "doc": phrase}))
            # "a study published in the journal Nature": the journal is the via.
            if len(out) == 1 or all(o.extra.get("label") for o in out):
                jv = [o for o in out if sent.text.lower().find("journal " + o.name.lower()) >= 0]
                if jv and len(out) > 1:
                    out = [o for o in out if o not in jv]
                    out[0].via = jv[0].name
            if journal:
                for o in out:
                    o.via = o.via or journal
            return out
        rel = next((c for c in ob.children if c.dep_ == "relcl" and sent.lower(c.i) in _RELEASED), None)
        releaser = next((c for c in rel.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None) \
            if rel is not None and head_low in _FIGURE_HEADS | {"report", "study", "survey", "data"} else None
        if releaser is not None and seen is None and not jv:
            # "according to figures the party released before the speech": the body that released them
            src = _np(sent, releaser)
            if src is not None:
                src.cue, src.quote, src.via = "according to", "indirect", phrase_via
                src.extra["doc"] = phrase
                return [src]
        first = sent.lower(j)
        if jv or _SEEN_BY.search(phrase):
            cut = (jv or _SEEN_BY.search(phrase)).start()
            name = phrase[:cut].strip(" ,")
            return [RawSource(name, kind, None, "according to", _phrase_via(phrase), "indirect", ref="name",
                              head=head_low)]
        if first in ("the", "this", "that", "its", "their") and end - j <= 3:
            return [RawSource(phrase, kind, None, "according to", phrase_via, "indirect", ref="definite",
                              head=head_low, extra={"doc": phrase})]
        return [RawSource(phrase, kind, phrase, "according to", phrase_via, "indirect", ref="name", head=head_low)]
    src = _doc_or_np(sent, ob, has_anon)
    if src is None:
        return []
    src.cue = "according to"
    # "according to an internal presentation seen by the business daily Handelsblatt"
    src.via = src.via or phrase_via or _phrase_via(phrase) or _spoke_to(sent, ob)
    split = _modifier_coordination(sent, ob, src)
    if split:
        return split
    out = [src]
    for cj in (c for c in ob.children if c.dep_ == "conj" and j <= c.i < end and c.pos_ in ("NOUN", "PROPN")):
        # "according to the UN and the Red Cross": each of them
        other = _doc_or_np(sent, cj, has_anon)
        if other is not None and other.ref != "unresolved" and other.kind != "document" \
                and other.name.lower() != src.name.lower():
            other.cue, other.via, other.quote = src.cue, src.via, src.quote
            out.append(other)
    return out


def _modifier_coordination(sent: Sent, head, src: RawSource) -> list[RawSource] | None:
    """"The army and United Nations experts say", "according to the UN and local authorities": the parser
    made the first speaker a modifier of the second's noun; two speakers, each of whom can speak alone (a
    body or a named one first, then people or authorities)."""
    doc = sent.doc
    mod = next((c for c in head.children if c.dep_ in ("nmod", "compound") and c.i < head.i
                and any(k.dep_ == "cc" and k.lower_ == "and" and k.i > c.i for k in c.children)), None)
    if mod is None or sent.lower(head.i) not in _SPEAKER_NOUNS - lx.DOCUMENT_WORDS - lx.MEDIA_WORDS:
        return None
    e = _ent_of(doc, mod)
    if not (e is not None and e.label_ in ("ORG", "GPE", "NORP") or sent.lower(mod.i) in lx.GOVERNMENT_WORDS):
        return None
    cc = next(k for k in mod.children if k.dep_ == "cc" and k.lower_ == "and" and k.i > mod.i)
    first = sent.span(mod.left_edge.i, cc.i - 1)
    second = sent.span(cc.i + 1, head.i)
    if not first or not second or sent.in_quote[mod.i]:
        return None
    label = e.label_ if e is not None else None
    out = []
    for name, lab, low in ((first, label, sent.lower(mod.i)), (second, None, sent.lower(head.i))):
        bare = _strip_det(name) if name.lower() not in _DETS else ""
        r = RawSource(bare, _kind(bare, None, lab, low, lab is None and low in lx.ANONYMOUS_HEADS), None, src.cue,
                      src.via, src.quote, ref="definite" if name.lower().startswith("the ") and lab is None else "name",
                      head=low, via_ref=src.via_ref)
        r.extra.update(src.extra)
        out.append(r)
    return out


# Last words of an outlet's name ("RMC Sport", "Sky News", "Radio France", "Capital FM").
_OUTLET_TAILS = {"sport", "sports", "news", "tv", "radio", "fm", "times", "post", "press", "herald", "tribune",
                 "journal", "gazette", "daily", "today", "online", "live", "media", "channel", "network",
                 "desk", "wire", "bulletin", "magazine", "weekly"}  # (and "Fact Desk", a newsroom's desk)
# (the tails of outlet names, and papers' and shows' own words: "Irish Examiner", "Runway Economics podcast")
_OUTLETISH_TAILS = _OUTLET_TAILS | {
    "examiner", "guardian", "telegraph", "express", "mail", "observer", "independent", "standard", "star", "nation",
    "review", "economist", "chronicle", "courier", "television", "podcast", "programme", "program", "show",
    "broadcasting", "monthly", "record", "echo", "argus", "mirror", "sun", "globe", "inquirer", "advertiser", "leader",
    "voice", "messenger"}
_SPOKE = {"spoke", "speaks", "spoken", "speak", "talked", "talks", "talk"}


def _apposed_speaker(sent: Sent, verb):
    """'Speaking to AFP by phone from Malakal, a humanitarian worker who asked not to be identified said ...': the
    parser hung the speaker on the place before it, as an apposition whose phrase ends right before the verb; a
    speaker noun after the comma is the subject."""
    doc = sent.doc
    for x in doc[:verb.i]:
        if x.dep_ == "appos" and x.pos_ == "NOUN" and sent.lower(x.i) in _SPEAKER_NOUNS | lx.ANONYMOUS_HEADS \
                and (x.right_edge.i == verb.i - 1 or x.right_edge.i == verb.i - 2 and sent.tok(verb.i - 1) == ","
                     and any(c.dep_ == "relcl" for c in x.subtree)) \
                and x.left_edge.i > 0 and sent.tok(x.left_edge.i - 1) == "," \
                and not sent.in_quote[x.i]:
            return x
    return None


def _spoke_clauses(sent: Sent, tok) -> list:
    """The relative clauses on tok whose verb is one of speaking ("who spoke to AFP"), and a speaking verb
    joined to another relative verb ("who lost her son in the strike and spoke to AFP by phone")."""
    # (also on the apposition: "Omar Sayed, 45, a shopkeeper who lost his house and spoke to Reuters")
    rels = [c for x in [tok, *(a for a in tok.children if a.dep_ == "appos")] for c in x.children if c.dep_ == "relcl"]
    # (and a "who" clause the parser hung on the noun of the speaker's own phrase: "A nurse in the emergency
    # department, who spoke to CBC News", "workers from neighbouring mines who spoke to EFE")
    # ("A CN locomotive engineer based in Hornepayne, who spoke to CBC News": deeper, set off by a comma)
    rels += [c for c in tok.subtree if c.dep_ == "relcl" and c not in rels and any(
        w.dep_ == "nsubj" and sent.lower(w.i) == "who" for w in c.children) and (
        c.head.dep_ == "pobj" and c.head.head.head.i == tok.i
        or c.left_edge.i > 0 and sent.tok(c.left_edge.i - 1) == ",")]
    return [c for c in rels if sent.lower(c.i) in _SPOKE] + [
        x for c in rels for x in c.children if x.dep_ == "conj" and sent.lower(x.i) in _SPOKE
        and not any(y.dep_ in ("nsubj", "nsubjpass") for y in x.children)]


def _spoke_to(sent: Sent, tok) -> str | None:
    """'according to a cousin, who spoke to The Associated Press by phone': the outlet a source spoke to in
    a relative clause on it (not 'who spoke to the committee', a recipient)."""
    for rc in _spoke_clauses(sent, tok):
        for p in (x for x in rc.children if x.dep_ == "prep" and sent.lower(x.i) in ("to", "with")):
            for ob in (x for x in p.children if x.dep_ == "pobj"):
                if not any(c.dep_ in ("compound", "det") for c in ob.children) and \
                        _known_first_name(sent.lower(ob.i)):
                    continue  # "who spoke to Maria": a person
                if (ob.pos_ == "PROPN" or sent.lower(ob.i) in lx.OUTLETS) and not _recipient_org(sent, ob) \
                        and not _institution(sent, ob) \
                        and not _public_body(sent, ob) and not (_ent_of(sent.doc, ob) is not None
                                                                and _ent_of(sent.doc, ob).label_ == "PERSON"):
                    return _np_name(sent, ob)
    return None


def _manner_tag(sent: Sent, t) -> bool:
    """'"Not the cold," she laughs.', '"Fine," he shrugged, looking away.', '"Not bad," jokes Peter Hall':
    a verb of manner (lx.MANNER_SPEECH_VERBS) is the quotation's speech tag when it is the main verb,
    its person subject sits right next to it, and the two come right after a quotation that ends in
    a comma, question or exclamation mark (the quotation runs into the tag)."""
    doc = sent.doc
    if t.dep_ not in ("ROOT", "parataxis") or t.tag_ not in ("VBZ", "VBD", "VBP") or sent.in_quote[t.i]:
        return False
    subj = _subject(t)
    if subj is None or subj.pos_ not in ("PRON", "PROPN") or sent.in_quote[subj.i] \
            or sent.lower(subj.i) in ("it", "this", "that", "we", "i", "you"):
        return False
    if subj.i < t.i:
        if subj.right_edge.i != t.i - 1:
            return False
        lo = subj.left_edge.i
    else:
        if subj.left_edge.i != t.i + 1:
            return False
        lo = t.i
    k = lo - 1
    while k >= 0 and doc[k].text in ('"', "'", "\u201d", "\u2019", "''"):
        k -= 1
    if k >= 1 and k == lo - 1 and doc[k].text == "," and doc[k - 1].text in ('"', "\u201d", "''"):
        return sent.in_quote[k - 1]  # ('"Not the cold", she laughs': the comma outside the quote marks)
    return k >= 1 and k < lo - 1 and doc[k].text in (",", "?", "!", "\u2014", "\u2013", "-") and (
        sent.in_quote[k] or sent.in_quote[k - 1])


# "by her account", "in his words", "in the minister's view": the narration is the possessor's statement.
_ACCOUNT_NOUNS = {"by": {"account", "accounts", "admission", "reckoning", "telling", "estimation", "count", "estimate"},
                  "in": {"words", "view", "telling", "estimation", "reckoning", "recollection"}}
_POSS_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}


def _possessed_account(sent: Sent, has_anon: bool) -> RawSource | None:
    """'The early years were, by her account, lonely.', 'By his own admission, Smith ...', 'In the
    minister's view, the reforms came too late': an aside that hands the narrated statement to the
    possessor (not 'by all accounts', not 'in my view', not inside a quotation)."""
    doc = sent.doc
    for t in doc:
        nouns = _ACCOUNT_NOUNS.get(sent.lower(t.i))
        if nouns is None or t.dep_ != "prep" or sent.in_quote[t.i]:
            continue
        ob = next((c for c in t.children if c.dep_ == "pobj" and sent.lower(c.i) in nouns), None)
        poss = next((c for c in ob.children if c.dep_ == "poss"), None) if ob is not None else None
        if poss is None and ob is not None and sent.lower(ob.i) == "words":
            # "In the words of one neighbour, '...'"
            of = next((c for c in ob.children if c.dep_ == "prep" and sent.lower(c.i) == "of"), None)
            who = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if who is not None and who.pos_ in ("PROPN", "NOUN"):
                src = _doc_or_np(sent, who, has_anon)
                if src is not None and (who.pos_ == "PROPN" or src.kind in ("person", "anonymous")):
                    src.cue = sent.span(t.i, of.i)
                    src.quote = "indirect" if not any(sent.in_quote) else "mixed"
                    src.extra["nested_ok"] = False
                    return src
        if poss is None:
            continue
        plow = sent.lower(poss.i)
        root = next((x for x in doc if x.dep_ == "ROOT"), None)
        subj = _subject(root) if root is not None else None
        if plow in ("his", "her") and subj is not None and subj.i > poss.i and not sent.in_quote[subj.i] \
                and (e := _ent_of(doc, subj)) is not None and e.label_ == "PERSON":
            # "By his own admission, Peter Hall ...": the person the sentence is about
            src = _doc_or_np(sent, subj, has_anon)
            if src is None:
                continue
        elif plow in _POSS_PRONOUNS:
            src = RawSource(plow, None, None, None, None, None, ref="pronoun", head=_POSS_PRONOUNS[plow])
        elif poss.pos_ in ("PROPN", "NOUN"):
            src = _doc_or_np(sent, poss, has_anon)
            if src is None:
                continue
            src.name = re.sub(r"\s*['\u2019]s?$", "", src.name)
        else:
            continue
        src.cue = sent.span(t.i, ob.i)
        src.quote = "indirect" if not any(sent.in_quote) else "mixed"
        src.extra["nested_ok"] = False
        return src
    return None


_UTTERANCE_NOUNS = {"answer", "reply", "response", "verdict", "message", "advice", "explanation", "retort",
                    "assessment", "conclusion", "warning", "prediction", "comment", "instruction", "plea"}


def _colon_frame(sent: Sent, has_anon: bool) -> RawSource | None:
    """'Otieno was blunt: "..."', 'She had a simple message for the minister: "..."', 'Her answer was
    immediate: "..."', 'His verdict: "..."': a short narrated frame about a named person (or his or
    her utterance) introduces, after a colon, a quotation that runs to the end of the sentence."""
    doc = sent.doc
    n = len(doc)
    c = next((k for k in range(1, min(n - 1, 14)) if sent.tok(k) == ":" and not sent.in_quote[k]), None)
    if c is None or not sent.in_quote[c + 1] or any(sent.in_quote[k] for k in range(c)):
        return None
    if not all(sent.in_quote[k] or doc[k].is_punct for k in range(c + 1, n)):
        return None
    for k in range(c):
        t = doc[k]
        if t.dep_ in ("nsubj", "nsubjpass") and (t.ent_type_ == "PERSON" or sent.lower(k) in ("he", "she")):
            src = _doc_or_np(sent, t, has_anon)
        elif sent.lower(k) in _UTTERANCE_NOUNS and t.dep_ in ("nsubj", "dep", "ROOT", "dobj"):
            poss = next((x for x in t.children if x.dep_ == "poss"), None)
            if poss is None:
                continue
            plow = sent.lower(poss.i)
            if plow in ("his", "her"):
                src = RawSource(plow, None, None, None, None, None, ref="pronoun", head=_POSS_PRONOUNS[plow])
            elif poss.ent_type_ == "PERSON":
                src = _doc_or_np(sent, poss, has_anon)
                if src is not None:
                    src.name = re.sub(r"\s*['\u2019]s?$", "", src.name)
            else:
                continue
        else:
            continue
        if src is None:
            return None
        cue_i = t.i if sent.lower(k) in _UTTERANCE_NOUNS else t.head.i
        src.cue = sent.span(cue_i, min(c - 1, cue_i + 2)) if cue_i < c else sent.tok(t.i)
        src.quote = "direct"
        src.extra["nested_ok"] = False
        return src
    return None


def _surface_quote_speaker(sent: Sent):
    """'"...," NAME[, DESCRIPTOR], VERB ...' or '"...," VERB NAME[, DESCRIPTOR].'
    when the parse did not link the speaker: (verb token, speaker head token)."""
    doc = sent.doc
    n = len(doc)
    flags = sent.in_quote
    for k in range(1, n):
        if flags[k] or not flags[k - 1]:
            continue
        # k is the first token after a quotation.
        i = k
        while i < n and doc[i].text in (",", '"', "'"):
            i += 1
        if i >= n:
            return None
        low = sent.lower(i)
        if lx.REPORT_VERBS.get(low) in ("say", "tell", "add", "write", "claim", "insist", "warn", "explain"):
            # "..., said John Smith, the ..."
            j = i + 1
            while j < n and doc[j].pos_ in ("DET",) and not flags[j]:
                j += 1
            if j < n and not flags[j]:
                head = doc[j]
                ent = _ent_of(doc, head)
                if ent is not None:
                    head = doc[ent.end - 1]
                else:
                    while head.i + 1 < n and doc[head.i + 1].pos_ in ("PROPN", "NOUN") and not flags[head.i + 1]:
                        head = doc[head.i + 1]
                return doc[i], head
            return None
        # "NAME, DESCRIPTOR, told ..."
        j = i
        while j < n and j - i < 25 and not flags[j]:
            vl = sent.lower(j)
            if lx.REPORT_VERBS.get(vl) in ("say", "tell", "add", "write", "claim", "insist", "warn", "explain") \
                    and doc[j].tag_.startswith("VB"):
                seg_end = j - 1
                while seg_end > i and doc[seg_end].text == ",":
                    seg_end -= 1
                # The speaker: the first comma-separated part.
                first_end = i
                while first_end <= seg_end and doc[first_end].text != ",":
                    first_end += 1
                head = doc[first_end - 1]
                if head.pos_ in ("PROPN", "NOUN", "PRON") or _ent_of(doc, head):
                    return doc[j], head
                return None
            j += 1
        return None
    return None


def _outlet_named(sent: Sent, subj) -> bool:
    """Whether the subject names a news outlet: a known one, or "The" and a paper's name ("The Courier")."""
    words = sent.span(subj.left_edge.i, subj.i).split()
    name = " ".join(words).lower()
    return name.removeprefix("the ") in lx.OUTLETS or len(words) <= 4 and words[0].lower() == "the" and all(
        w[:1].isupper() for w in words[1:]) and words[-1].lower() in lx.PAPER_NAME_WORDS


def sentence_sources(sent: Sent) -> tuple[list[RawSource], dict]:
    """Raw sources of one sentence, outermost attribution first."""
    doc = sent.doc
    text_low = sent.text.lower()
    has_anon = any(m in text_low for m in lx.ANONYMITY_MARKERS[:12])
    found: list[tuple[int, RawSource]] = []
    info: dict = {}
    used_subjects: set[int] = set()
    by_subject: dict[int, RawSource] = {}
    named_before_verb: dict[int, int] = {}  # a name's last token -> its first, for names the model left untagged

    # "according to X"
    for t in doc:
        if sent.lower(t.i) == "according" and t.i + 2 < len(doc) and sent.lower(t.i + 1) == "to" \
                and not sent.in_quote[t.i]:
            for src in _according_to(sent, t, has_anon):
                if any(sent.in_quote):
                    src.quote = "mixed" if not sent.in_quote[0] else "direct"
                found.append((_depth(t), src))

    # (who or what a speaker cites is added by _cited_sources below, with the outlet as the channel when an outlet
    # does the citing)
    absorbed = {t.head.i for t in doc if t.dep_ in ("advcl", "xcomp", "conj", "acl") and t.tag_ == "VBG"
                and lx.REPORT_VERBS.get(sent.lower(t.i)) in ("say", "show") and _subject(t) is None}
    has_quote = any(sent.in_quote)
    for t in doc:
        if t.i in absorbed:
            continue
        low = sent.lower(t.i)
        lemma = lx.REPORT_VERBS.get(low)
        if lemma is None and has_quote and low in lx.MANNER_SPEECH_VERBS and _manner_tag(sent, t):
            lemma = "say"  # '"Not the cold," she laughs.'
        elif lemma == "put" and has_quote and not sent.in_quote[t.i] and any(
                c.dep_ == "dobj" and sent.lower(c.i) == "it" for c in t.children) and any(
                sent.in_quote[k] for k in range(t.i + 1, min(len(doc), t.i + 6))):
            lemma = "say"  # 'X put it bluntly: "..."', 'As one farmer put it, "..."'
        elif lemma == "put" and not sent.in_quote[t.i] and any(
                c.dep_ == "dobj" and sent.lower(c.i) == "it" for c in t.children) and any(
                c.dep_ == "prep" and sent.lower(c.i) == "to" for c in t.children) and any(
                c.dep_ in ("ccomp", "advcl") and any(m.dep_ == "mark" and sent.lower(m.i) == "that" for m in c.children)
                for c in t.children):
            lemma = "say"  # (cross-examination: "Mr Phelps put it to her that the stain was tiny")
        elif lemma is None and low in ("questioned", "question", "questions", "challenged", "challenge", "challenges") \
                and t.tag_.startswith("VB") and not _is_passive(t) and not sent.in_quote[t.i] and any(
                    c.dep_ == "dobj" and sent.lower(c.i) in _CLAIM_NOUNS | _DOUBTED_NOUNS
                    or c.dep_ == "ccomp" and any(sent.lower(m.i) in ("whether", "why", "how") for m in c.children)
                    for c in t.children):
            # "Campaigners have questioned that promise", "Analysts questioned whether the figures add up":
            # doubting what was said is a statement (not "Police questioned the driver")
            lemma = "dispute"
        elif lemma is None and low in ("read", "reads") and has_quote and not sent.in_quote[t.i] \
                and t.dep_ in ("ROOT", "conj") and (sj := _subject(t)) is not None and not sent.in_quote[sj.i] \
                and _written_item(sent, sj):
            lemma = "say"  # '"Funds are safe," one of the posts read', '"Closed," a sign on the door reads'
        elif lemma is None and low in ("understands", "understood") and t.tag_.startswith("VB") \
                and not sent.in_quote[t.i] and (sj := _subject(t)) is not None and _outlet_named(sent, sj) \
                and any(c.dep_ == "ccomp" for c in t.children):
            lemma = "say"  # "The Courier understands that ...": the paper's own reporting, its source itself
        if lemma is None or sent.in_quote[t.i]:
            continue
        if low in ("conceded", "concedes", "concede") and not has_quote \
                and not any(c.dep_ in ("ccomp", "dobj") for c in t.children):
            continue  # "The mayor conceded shortly after midnight": no statement
        if t.tag_ in ("NN", "NNS") and low in _NOUN_LIKE_CUES and t.i + 1 < len(doc) and sent.lower(t.i + 1) == "that" \
                and t.i > 0 and (e := _ent_of(doc, doc[t.i - 1])) is not None and e.label_ in ("ORG", "PERSON", "GPE") \
                and doc[t.i - 1].dep_ == "compound" and not sent.in_quote[t.i - 1]:
            # "..., the IMF forecast that Egypt's economy would grow": the verb read as a noun the name modifies.
            src = _np(sent, doc[t.i - 1], sentence_has_anon=has_anon)
            if src is not None:
                src.cue, src.quote = sent.tok(t.i), _quote_kind(sent, t.i)
                src.extra["nested_ok"] = False
                found.append((_depth(t), src))
                used_subjects.add(t.i - 1)
            continue
        if not (t.tag_.startswith("VB") or low in ("said", "told", "says", "claimed", "added")):
            continue
        with_clause = t.dep_ in ("acl", "pcomp") and t.tag_ == "VBG" and (
            _subject(t) is not None or t.head.pos_ in ("NOUN", "PROPN")) and _with_head(sent, t)
        # "Phiri, of the Alliance for Democracy, alleged in a post ...": the parser made the name the
        # root and the verb a participle modifying it.
        root_name = t.dep_ == "acl" and t.head.dep_ == "ROOT" and t.head.pos_ == "PROPN" and t.tag_ in ("VBD", "VBN") \
            and t.i > t.head.i + 1 and sent.doc[t.i - 1].text == "," and lemma in _ADJUNCT_SPEECH | {"say", "tell"}
        # "The BBC has seen documents showing that ...": the document speaks, through the outlet.
        doc_acl = t.dep_ == "acl" and t.tag_ == "VBG" and lemma in ("show", "say", "suggest", "indicate", "reveal") \
            and sent.lower(t.head.i) in lx.DOCUMENT_WORDS | lx.MEDIA_WORDS and t.head.dep_ in ("dobj", "pobj") \
            and any(c.dep_ in _CLAUSE_DEPS for c in t.children)
        # "The contract, first reported by the Columbus Dispatch, ...": who reported it
        reported_by = t.dep_ in ("acl", "amod") and t.tag_ == "VBN" and lemma in ("report", "reveal", "disclose") \
            and any(c.dep_ == "agent" for c in t.children)
        rel_main = None
        if t.dep_ == "acl" and t.tag_ in ("VBD", "VBZ"):
            # (the noun a relative clause describes, when the verb hangs on that clause's last noun)
            up = t.head
            for _ in range(4):
                if up.dep_ == "relcl" or up.head.i == up.i:
                    break
                up = up.head
            if up.dep_ == "relcl" and up.head.pos_ in ("NOUN", "PROPN") and up.head.i < up.i < t.i \
                    and not sent.in_quote[up.head.i] and not any(sent.tok(k) == "," for k in range(up.i, t.i)):
                rel_main = up.head
        # "Analysts at the Kiel Institute estimated after the drought that ...": a plain noun root, the
        # finite reporting verb made its clause (the subject found by _subject)
        root_noun = t.dep_ == "acl" and getattr(_subject(t), "i", None) == t.head.i
        if t.dep_ in ("amod", "compound", "acl", "csubj", "nsubj", "pobj", "dobj", "auxpass") and not with_clause \
                and not root_name and not doc_acl and not reported_by and not rel_main and not root_noun:
            continue
        if t.dep_ == "relcl" and _subject(t) is None:
            continue
        if _negated_or_future(t):
            continue
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and sent.lower(c.i) in ("if", "unless") for c in t.children):
            continue  # "If her B sample confirms the finding, she could face a ban": a condition, not a statement
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and sent.lower(c.i) in ("after", "before", "once", "until", "when")
                                     for c in t.children) and (sj := _subject(t)) is not None \
                and sent.lower(sj.i) in _EXAMINATIONS:
            continue  # "will be out for six weeks after a scan confirmed a tear": the event's background, no source
        if lemma == "confirm" and any(c.dep_ == "dobj" and (c.tag_ == "PRP" or (e := _ent_of(doc, c)) is not None
                                                            and e.label_ == "PERSON") for c in t.children):
            continue  # "expected the Senate to confirm him": an appointment approved, not words confirmed
        if (any(c.tag_ == "WP" and sent.lower(c.i) == "what" and c.i < t.i for c in t.children)
                or t.dep_ in ("ccomp", "pcomp") and any(c.tag_ == "WP" and c.i < t.i for c in t.children)) \
                and not (lemma in ("describe", "dismiss", "brand") and any(
                    c.dep_ == "prep" and sent.lower(c.i) == "as" for c in t.children)):
            # (but "what the UN describes as the largest crisis" says what it is)
            continue  # "Here is what the central bank has said": a pointer to words, not the words
        if any(c.dep_ == "advmod" and sent.lower(c.i) in _HABITUAL for c in t.children) and not has_quote:
            continue  # "The group routinely describes its victims as militiamen": a habit, not this statement
        head_verb = passive_who = None
        subj = _subject(t)
        if (with_clause or root_name or doc_acl) and subj is None:
            subj = t.head  # "with health officials blaming ...", the misparsed "Phiri, ..., alleged"
        # ("elections, which critics dismissed as a sham", "what the UN describes as the largest crisis", "an attack
        # the army blamed on the militia": another's characterisation of it is that one's statement)
        characterised = lemma in ("describe", "dismiss", "blame", "denounce", "brand") and subj is not None \
            and t.dep_ in ("relcl", "ccomp", "acl") and not sent.in_quote[t.i] and any(
                c.dep_ == "prep" and sent.lower(c.i) == ("on" if lemma == "blame" else "as") for c in t.children) \
            or lemma in ("reject", "deny", "dispute", "dismiss") and subj is not None and t.dep_ in ("relcl", "acl") \
            and sent.lower(t.head.i) in _CLAIM_NOUNS and not sent.in_quote[t.i]  # ("..., a claim the army rejected")
        if subj is not None and t.dep_ == "relcl" and sent.lower(subj.i) not in _REL_PRONOUNS \
                and lemma not in ("say", "tell", "estimate", "claim", "allege", "report", "believe", "think",
                                  "attribute") \
                and not characterised \
                and not any(c.dep_ in _CLAUSE_DEPS for c in t.children) \
                and not any(sent.in_quote[k.i] for k in t.subtree):
            continue  # "the larval control that experts have recommended for years": what they recommend, not a claim
        if subj is not None and t.dep_ == "relcl" and sent.lower(subj.i) in _REL_PRONOUNS:
            rel = sent.lower(subj.i)
            subj = t.head  # "official statistics, which put ...", "a channel, which described it as ..."
            if rel == "who" and subj.dep_ == "pobj" and sent.lower(subj.head.i) == "of" \
                    and sent.lower(subj.head.head.i) in _PLACE_PEOPLE:
                subj = subj.head.head  # "A resident of Luka, who asked ...": the resident, not the village
            up = subj
            while rel == "who" and up.pos_ == "NOUN" and sent.lower(up.i) not in lx.ANONYMOUS_HEADS \
                    and up.dep_ == "pobj" and up.head.dep_ == "prep" and up.head.head.dep_ == "amod" \
                    and up.head.head.head.pos_ == "NOUN":
                # "two people familiar with the talks, who said": "who" is the people, not the talks
                up = up.head.head.head
                if sent.lower(up.i) in lx.ANONYMOUS_HEADS:
                    subj = up
            if subj.dep_ == "appos" and (subj.head.i in used_subjects or any(
                    s.name in sent.span(*_subtree_bounds(subj.head, cut={"appos", "relcl"})) for _d, s in found)):
                continue  # "said Rabie Abu Hamdan, a teacher who said ...": the same speaker again
        if lemma == "quote" and _is_passive(t):
            subj = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
        elif lemma == "tell" and _is_passive(t):
            # "the jury was told", "the court was told": the court is the source.
            sp = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
            if sp is None or sent.lower(sp.i) not in lx.COURT_WORDS:
                continue
            subj = sp
        elif _is_passive(t) or reported_by:
            agent = next((c for c in t.children if c.dep_ == "agent"), None)
            who = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if who is None and lemma in ("accuse", "criticise", "condemn"):
                # ("accused of abuses against the minority by rights groups": the parser hung "by" on the object)
                by = next((b for b in t.subtree if b.i > t.i and sent.lower(b.i) == "by" and b.dep_ in ("prep", "agent")
                           and all(a.pos_ in ("NOUN", "PROPN", "ADP", "ADJ") for a in b.ancestors if a.i != t.i
                                   and t in a.ancestors)), None)
                who = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
            accusers = lemma in ("accuse", "criticise", "condemn") and who is not None and not sent.in_quote[who.i] \
                and (sent.lower(who.i) in _SPEAKER_NOUNS | {"critics", "opponents", "campaigners", "activists"}
                     or (e := _ent_of(doc, who)) is not None and e.label_ in ("ORG", "PERSON"))
            if not (lemma in ("report", "reveal", "disclose", "announce", "confirm", "estimate", "measure")
                    and who is not None and (who.pos_ == "PROPN" or _ent_of(doc, who) is not None
                                             or sent.lower(who.i) in lx.GOVERNMENT_WORDS | lx.OUTLET_NOUNS)
                    or accusers):
                # ("The group has been accused of abuses by rights groups": those who accuse it say so)
                continue
            # "The contract, first reported by the Columbus Dispatch, is ...": who reported it says it
            subj = passive_who = who
        if subj is None and t.dep_ in ("advcl", "xcomp", "conj", "acl") and t.tag_ == "VBG" and low.endswith("ing"):
            # "published a statement online saying ...", "X told AFP, adding ..."
            hv = t.head if t.dep_ != "acl" else t.head.head
            root = next((x for x in doc if x.dep_ == "ROOT"), None)
            if root is not None and hv is not root and t.i > 0 and sent.tok(t.i - 1) == "," and \
                    lx.REPORT_VERBS.get(sent.lower(root.i)) and _subject(root) is not None and (any(
                    a.dep_ in ("ccomp", "acl") and a.head.pos_ == "NOUN" for a in [hv, *hv.ancestors] if a is not root)
                    # ("Lim denied that the government was planning a boycott, saying ...": the parser hangs ", saying"
                    # on the denied clause's own verb)
                    or hv.dep_ == "ccomp" and hv.head.i == root.i):
                # "... rejected Lyall's claim that the government had lost control ..., saying ...": the
                # parser hangs ", saying" on the claim inside the object; the sentence's speaker says it.
                hv = root
            hsubj = _subject(hv)
            if hsubj is not None and (lx.REPORT_VERBS.get(sent.lower(hv.i)) or any(
                    c.dep_ == "dobj" and sent.lower(c.i) in lx.STATEMENT_NOUNS | lx.MEDIA_WORDS
                    for c in hv.children)):
                subj, head_verb = hsubj, hv
        # ("..., citing the 'unacceptable' impact on the landscape": grounds given in the subject's own quoted
        # words are a statement; "citing health reasons" stays a motive)
        quoted_grounds = lemma == "cite" and any(sent.in_quote[k.i] for k in t.subtree if k.i > t.i)
        if subj is None and t.dep_ in ("advcl", "conj") and t.tag_ == "VBG" and low.endswith("ing") \
                and (lemma in _ADJUNCT_SPEECH or quoted_grounds) and (any(c.dep_ in _CLAUSE_DEPS | {"dobj"} for c in t.children) or has_quote
                                                                      or _that_clause_below(t)):
            # "Ukraine has stepped up its attacks, saying ...": the subject of
            # the main verb says it, whatever that verb is.
            hv = t.head
            hsubj = _subject(hv) or next((c for c in hv.children if c.dep_ == "nsubjpass"), None)
            if hsubj is None and hv.dep_ == "conj" and hv.head.pos_ in ("VERB", "AUX"):
                # ("Israel has kept troops there and carries out strikes, saying ...": the first verb's subject)
                hsubj = _subject(hv.head)
            if hsubj is not None and hsubj.pos_ != "PRON" or hsubj is not None and sent.lower(hsubj.i) in _PRONOUNS:
                subj = hsubj
        if subj is None and t.dep_ == "conj" and t.head.dep_ == "ccomp" and (
                any(c.dep_ == "mark" for c in t.head.children) or lemma not in lx.EVIDENCE_VERBS and any(
                    sent.lower(c.i) == "had" for c in t.head.children if c.dep_ == "aux")) \
                and lx.REPORT_VERBS.get(sent.lower(t.head.head.i)):
            # ("Muir said the government had already given ... and urged both sides to ...": the same,
            # with the reported clause in the past perfect and no 'that')
            # "X said that Republicans were ... and accused them of ...": the parser hangs the second
            # verb on the reported clause; it is the speaker's.
            subj = _subject(t.head.head)
        if subj is None and t.dep_ == "conj" and t.tag_ in ("VBD", "VBZ") and t.i > 2 and lemma in _TRAILING_SPEECH \
                and doc[t.i - 1].tag_ in ("NN", "NNS", "NNP", "NNPS") and not sent.in_quote[t.i - 1] \
                and doc[t.i - 1].right_edge.i == t.i - 1 and doc[t.i - 1].left_edge.i > 0 \
                and sent.tok(doc[t.i - 1].left_edge.i - 1) == ",":
            # "At least 17 inmates were killed ... in the city of Machala, the country's prison authority
            # said on Tuesday": the parser read the speaker as one more place and the verb as a second
            # event of the victims; the noun phrase right before the verb speaks.
            subj = doc[t.i - 1]
        if subj is None and t.dep_ == "conj" and t.tag_ in ("VBD", "VBZ") and t.i > 2 and lemma in _TRAILING_SPEECH:
            # (several of them: "The strike killed 12 people, residents and a local group said")
            subj = _coordinated_speakers(sent, t.i - 1)
        if subj is None and t.dep_ == "conj":
            subj = _subject(t.head) or next((c for c in t.head.children if c.dep_ == "nsubjpass"), None)
        if subj is not None and subj.tag_ == "NN" and subj.text.islower() and not any(
                c.dep_ in ("det", "poss") for c in subj.children) and subj.left_edge.i == 0 \
                and (x := _apposed_speaker(sent, t)) is not None and x.head.i == subj.i:
            # "Outside court during the lunch break, a relative of Mr Sowerby who asked not to be named told the
            # Post": the parser made the opening place the subject and the speaker its apposition
            subj = x
        if rel_main and subj is None:
            # "A group of customers who have been organizing since the summer called the decision ...": the
            # parser hung the main verb on the relative clause's last noun and left the subject as the root
            subj = rel_main
        if subj is None and t.tag_ in ("VBD", "VBZ") and t.i > 2 and (t.dep_ == "ROOT" or t.dep_ == "advcl" and (
                lemma in _TRAILING_SPEECH and sent.tok(t.i - 1) not in (",", "and") and not any(
                    c.dep_ in ("nsubj", "nsubjpass", "mark") for c in t.children))):
            # "... of southern Bangladesh, the World Health Organization (WHO) said Thursday": the parser
            # hung the speaker on the place before it; the name right before the verb speaks. (Also when it
            # made the verb a clause of the event's: "..., killing 14 civilians, two witnesses and a nurse told
            # Reuters")
            k = t.i - 1
            if sent.tok(k) == ")" and k >= 3 and sent.tok(k - 2) == "(":
                k -= 3
            e = _ent_of(doc, doc[k])
            owner = _ent_of(doc, doc[e.start - 2]) if e is not None and e.start >= 3 and sent.tok(e.start - 1) in (
                "'s", "’s") else None
            if e is not None and e.label_ in ("ORG", "PERSON", "NORP") and e.end - 1 == k and e.start > 0 \
                    and sent.tok(e.start - 1) == "," and doc[k].dep_ in ("appos", "conj", "pobj") \
                    and not sent.in_quote[k]:
                subj = doc[k]
            elif (x := _apposed_speaker(sent, t)) is not None:
                subj = x
            elif e is not None and e.label_ == "ORG" and e.end - 1 == k and owner is not None \
                    and owner.label_ in ("GPE", "NORP", "ORG") and owner.start > 0 \
                    and sent.tok(owner.start - 1) == "," \
                    and e.root.dep_ in ("appos", "conj", "pobj") and not sent.in_quote[k]:
                # "In a statement posted on Telegram, Azerbaijan's Ministry of Defence said ...": the same, with the
                # body's country before it
                subj = e.root
            else:
                subj = _coordinated_speakers(sent, k)
        if subj is None and t.dep_ in ("advcl", "relcl") and t.tag_ in ("VBD", "VBZ") and t.i > 0 \
                and sent.tok(t.i - 1) == "," and not any(c.dep_ == "mark" for c in t.children) \
                and any(c.dep_ in _CLAUSE_DEPS for c in t.children):
            # "The first witness, Sandra Kim, whose mother was one of those who died, testified that ...":
            # the parser made the relative clause the sentence; the speaker is the sentence's first subject.
            first = next((k for k in doc[:t.i] if k.dep_ in ("nsubj", "nsubjpass") and not sent.in_quote[k.i]), None)
            if first is not None and first.tag_ in ("NN", "NNP", "NNPS", "NNS") and any(
                    sent.lower(k) in ("who", "whose", "which") for k in range(first.i + 1, t.i)):
                subj = first
        if subj is None and t.dep_ == "xcomp" and t.head.tag_ == "VBN" and _is_passive(t.head) and \
                sent.lower(t.head.i) in _RAISING:
            # "a senior official was reported to have dismissed it"
            subj = next((c for c in t.head.children if c.dep_ == "nsubjpass"), None)
        if subj is None and t.dep_ == "xcomp" and sent.lower(t.head.i) in ("appeared", "appears", "seemed", "seems") \
                and not sent.in_quote[t.head.i]:
            # "The striker appeared to confirm his departure in an Instagram post": the one who seems to say it
            # (a speaker: not "The rally appeared to confirm his popularity")
            subj = next((c for c in t.head.children if c.dep_ == "nsubj" and (
                c.pos_ == "PROPN" or (e := _ent_of(doc, c)) is not None and e.label_ in ("PERSON", "ORG")
                or sent.lower(c.i) in _ROLE_NOUNS | lx.ANONYMOUS_HEADS | lx.GOVERNMENT_WORDS | lx.PERSON_PRONOUNS)),
                        None)
        if subj is None:
            subj = next((c for c in t.children if c.dep_ in ("nsubjpass", "attr", "dobj") and c.i > t.i
                         and (c.pos_ == "PROPN" or _ent_of(doc, c)) and lemma == "say"), None)
        surface = None
        if has_quote and (subj is None or sent.in_quote[subj.i]):
            surface = _surface_quote_speaker(sent)
            if surface is not None and surface[0].i == t.i:
                subj = surface[1]
        if subj is not None and subj.i in by_subject and by_subject[subj.i].via is None and lemma != "call" and (
                t.dep_ == "conj" or by_subject[subj.i].extra.get("verb_i") in {k.i for k in t.subtree}):
            # (also "X had said so in writing, he told broadcaster NRK": the outer verb of the same
            # speaker gives the channel)
            # "denied the report and said in a post on X that ...": the channel of the later verb.
            v, vref, _aud = _via(sent, t, lemma)
            if v:
                by_subject[subj.i].via, by_subject[subj.i].via_ref = v, vref
        if subj is not None and subj.left_edge.i > 0 and sent.lower(subj.left_edge.i - 1) in _SUBORDINATORS \
                and subj.left_edge.i - 1 < t.i and any(sent.tok(k) == "," and sent.lower(k + 1) in ("and", "but")
                                                       for k in range(subj.i + 1, t.i)):
            # "Traffic has grown as sea ice retreats, and environmental groups have warned ...": a subject
            # inside a subordinate clause is not the speaker; the parser's coordinated noun is
            subj = next((c for c in subj.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")), None)
        if subj is not None and subj.pos_ == "NOUN" and _ent_of(doc, subj) is None:
            titled = next((c for c in subj.children if c.dep_ == "conj" and c.pos_ == "NOUN" and any(
                a.dep_ == "appos" and a.pos_ == "PROPN" for a in c.children)), None)
            if titled is not None:
                # "The shadow work and pensions secretary, Rachel Ebbs, wrote": a title's own "and", one speaker
                subj = titled
        if subj is not None or t.dep_ == "ROOT" and lemma in _TRAILING_SPEECH | {"say", "tell"}:
            subj = _person_named_before_verb(sent, subj, t, named_before_verb) or subj
        if subj is None or sent.in_quote[subj.i] or subj.i in used_subjects:
            continue
        subj_low = sent.lower(subj.i)
        # (an adjective is no clause: "the court declared vacant the seats of 19 members")
        clause = any(c.dep_ in _CLAUSE_DEPS and not (c.dep_ == "ccomp" and c.pos_ == "ADJ" and not any(
            k.dep_ in ("nsubj", "nsubjpass") for k in c.children)) for c in t.children) or head_verb is not None \
            or (t.tag_ == "VBG" and t.dep_ == "advcl" and sent.tok(t.i - 1) == "," or t.tag_ in ("VBD", "VBZ", "VBP")
                and not sent.in_quote[t.i]) and _that_clause_below(t)
        if lemma == "ask" and any(c.dep_ == "ccomp" and any(
                m.dep_ == "mark" and sent.lower(m.i) in ("whether", "if") or m.tag_ in ("WRB", "WP", "WDT")
                and m.i < c.i for m in c.children) for c in t.children) and not has_quote:
            continue  # "asked Hughes whether anyone had told him ...": a question asserts nothing
        if any(c.dep_ == "det" and sent.lower(c.i) in ("neither", "no") for c in subj.children) or subj_low in (
                "nobody", "none", "neither"):
            continue  # "Neither agency has published data ...": nobody said anything
        if lemma == "ask" and not any(c.dep_ in ("ccomp", "parataxis") for c in t.children):
            # "who asked not to be named", "had asked the EMA to check ...": a request or an
            # anonymity aside, not reported words (and the parser often hangs the relative on a place)
            continue
        has_obj = any(c.dep_ in ("dobj", "prep") for c in t.children)
        is_main = t.dep_ in ("ROOT", "parataxis") or (t.dep_ in ("ccomp", "conj", "advcl") and has_quote)
        ent = _ent_of(doc, subj)
        orglike = (ent is not None and ent.label_ in _ORGLIKE | {"PERSON"}) or subj.pos_ == "PROPN" or \
            subj_low in lx.GOVERNMENT_WORDS or subj_low in lx.DEFINITE_BACKREF_NOUNS or subj_low in _PRONOUNS
        if lemma in lx.EVIDENCE_VERBS:
            if subj_low not in lx.DOCUMENT_WORDS | lx.MEDIA_WORDS | {"it"} and not (
                    # "The coroner concluded that ...", "the tribunal found that ...": bodies whose findings
                    # are their statements (a clause, not "police found the body")
                    lemma in ("find", "conclude", "determine", "rule") and clause and subj_low in _FINDING_BODIES
                    # "the health ministry put the toll at 45": a body's figure
                    # (or a person's: "a senior police officer ... put the death toll at 16")
                    # ("..., while local volunteers put the toll higher": a figure of their own, by comparison)
                    or lemma == "put" and (orglike or subj_low in _ROLE_NOUNS | lx.ANONYMOUS_HEADS or any(
                        sent.lower(c.i) in ("higher", "lower") for c in t.children) and subj.tag_ == "NNS")
                    and subj_low not in _PRONOUNS and any(
                        c.dep_ == "dobj" and sent.lower(c.i) in _FIGURE_NOUNS for c in t.children)
                    and any(c.dep_ == "prep" and sent.lower(c.i) == "at" or sent.lower(c.i) in ("higher", "lower")
                            for c in t.children)
                    # "officials in Bologna gave a lower number": a figure given is a statement
                    or lemma == "give" and (orglike or subj_low in _SPEAKER_NOUNS | _ROLE_NOUNS)
                    and subj_low not in lx.DOCUMENT_WORDS | lx.MEDIA_WORDS and any(
                        c.dep_ == "dobj" and sent.lower(c.i) in _FIGURE_NOUNS | {"estimate", "tally", "account",
                                                                                  "accounts", "evidence", "testimony",
                                                                                  "details", "description"}
                        for c in t.children)
                    # "Installers point to a shortage of engineers": people pointing to a cause
                    # ("Officials pointed to smoke drifting ...": the parser may read "to smoke" as a verb)
                    or lemma == "point" and (any(c.dep_ == "prep" and sent.lower(c.i) == "to" for c in t.children)
                                             or t.i + 1 < len(doc) and sent.lower(t.i + 1) == "to")
                    and (subj_low in lx.ANONYMOUS_HEADS or ent is not None and ent.label_ == "ORG")
                    # "He also pointed out that ...": pointing out is saying, whoever does it
                    or lemma == "point" and any(c.dep_ == "prt" and sent.lower(c.i) == "out" for c in t.children)
                    # "Experts have linked the increase to poor harvests": people tying a cause to an effect
                    or lemma == "link" and subj_low in lx.ANONYMOUS_HEADS | _RESEARCH_GROUPS and subj.tag_ == "NNS"
                    and any(c.dep_ == "dobj" for c in t.children)
                    and any(c.dep_ == "prep" and sent.lower(c.i) == "to" for o in t.children if o.dep_ in ("dobj", "prep")
                            for c in [o, *o.children])
                    # "Kline suggested that ...", "the minister indicated that ...": a person's suggestion
                    or lemma in ("suggest", "indicate") and clause and (
                        ent is not None and ent.label_ == "PERSON" or subj.pos_ == "PROPN"
                        or subj_low in _ROLE_NOUNS | lx.PERSON_PRONOUNS)) \
                    and not (
                    lemma in ("reveal", "find", "show", "document")
                    and (subj.pos_ == "PROPN" or subj_low in _RESEARCH_GROUPS)
                    # ("Pritchard showed no reaction": a person shows a clause's content, not an object)
                    and (clause or has_quote or lemma != "show")) \
                    and not (lemma in ("find", "conclude") and clause and subj_low == "they") \
                    and _by_agent(sent, subj) is None:
                continue
        if (lemma in ("record", "expect", "forecast") or lemma == "report" and re.search(
                # ("Mozambique has reported 412 cases, according to its health ministry": the ministry's count;
                # "It reported sales of $3bn, according to its annual report": the company's own)
                r"\baccording\s+to\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:ministry|department|agency|authorities|office|"
                r"institute|service)\b", sent.text)) and not clause and _ACCORDING_TO.search(sent.text) \
                and t.i < next((k for k in range(len(doc)) if sent.lower(k) == "according"), 0):
            # "Nepal has recorded 20 crashes, according to the Aviation Safety Network", "Analysts had
            # expected revenue of $1.5bn, according to LSEG data": the count or consensus is the cited
            # source's, its subject is what is counted
            continue
        if lemma == "hear" and (subj_low not in lx.COURT_WORDS or any(
                c.dep_ == "prep" and sent.lower(c.i) == "from" for c in t.children)):
            continue  # ("the inquiry heard from Linda Gillis, who said ...": she speaks)
        people_like = orglike or subj_low in _SPEAKER_NOUNS | _ROLE_NOUNS | _BODIES or subj.tag_ in ("NNS", "NNPS") and \
            subj_low not in lx.DOCUMENT_WORDS | lx.MEDIA_WORDS | _THING_PLURALS
        if lemma == "call" and not (any(c.dep_ == "prep" and sent.lower(c.i) in ("for", "on") for c in t.children)
                                    and people_like and t.dep_ in ("ROOT", "conj")) \
                and not (subj_low in lx.DOCUMENT_WORDS and t.dep_ in ("ROOT", "conj") and any(
                    c.dep_ == "prep" and sent.lower(c.i) == "on" for c in t.children)) \
                and not (people_like and any(c.dep_ == "dobj" for c in t.children)
                         and (has_quote or any(c.dep_ in ("oprd", "xcomp") for c in t.children))):
            # only "He called for an independent inquiry", "called on the government to", and a verdict in
            # words: "called it 'a careful piece of work'", "called the ruling a disgrace"
            continue
        if lemma in ("reject", "dismiss") and not (clause or has_quote) and not any(
                c.dep_ == "dobj" and sent.lower(c.i) in _CLAIM_NOUNS or c.dep_ == "prep" and sent.lower(c.i) == "as"
                for c in t.children):
            continue  # "Republican leaders rejected the proposal": an act, not a statement
        named_body = any(c.dep_ == "compound" and c.pos_ == "PROPN" and not sent.in_quote[c.i] for c in subj.children)
        if lemma in _EVALUATIVE and subj.pos_ == "NOUN" and ent is None and subj_low not in _SPEAKER_NOUNS \
                and not named_body:  # ("The Revival bloc rejected the allegations": a named body's denial)
            continue  # "Previous theories have blamed invasions ...": an idea, not a speaker
        if lemma == "defend" and (clause or not any(c.dep_ == "dobj" and sent.lower(c.i) not in _DEFENDED_THINGS
                                                    for c in t.children)):
            continue
        if lemma == "decline":
            if not any(sent.lower(c.i) == "comment" for x in t.children for c in [x, *x.children]):
                continue
        if lemma in ("record", "report") and not reported_by and (not orglike and not (lemma == "report" and subj_low in lx.ANONYMOUS_HEADS)
                                              # ("The authors also report that colonies ...": findings stated)
                                              and not (lemma == "report" and subj_low in _STUDY_WRITERS and (
                                                  clause or t.i + 2 < len(doc) and sent.lower(t.i + 1) == "that"
                                                  and doc[t.i + 1].tag_ != "DT"))
                                              or ent is not None and ent.label_ in ("GPE", "NORP") and not (
                                                  # ("The Spanish sports daily Marca reported": a paper, whatever
                                                  # the small model calls its name)
                                                  lemma == "report" and (subj_low in lx.OUTLETS or any(
                                                      sent.lower(c.i) in lx.OUTLET_NOUNS | _BROADCAST_NOUNS
                                                      for c in subj.children if c.dep_ in ("compound", "amod"))))
                                              # ("Dr Levin and her colleagues recorded 140,000 calls": an act)
                                              or lemma == "record" and (ent is not None and ent.label_ == "PERSON"
                                                                        or subj_low in lx.PERSON_PRONOUNS)
                                              # ("The Lagos-Ibadan Expressway has recorded several fires": a place)
                                              or lemma == "record" and subj_low in _PLACE_HEADS):
            continue  # "Greece recorded its hottest June": a country's record is the fact itself
        if lemma == "decline":
            continue  # "X declined to comment" is a non-statement, not a source of the sentence
        if (lemma == "agree" and not has_quote or lemma in ("agree", "threaten") and t.dep_ == "ccomp") \
                and any(c.dep_ == "xcomp" for c in t.children) and not any(c.dep_ == "ccomp" for c in t.children):
            # "Chile and Bolivia agreed to restore relations": an act, not a statement (also inside what someone
            # said: 'He added that Northbridge had agreed to offer posts to "the large majority"')
            continue
        if lemma == "accept" and any(c.dep_ == "dobj" and sent.lower(c.i) not in _CLAIM_NOUNS for c in t.children):
            continue  # "the prime minister had accepted her resignation 'with regret'": an act
        if lemma in ("expect", "believe", "think") and not clause and not any(
                c.dep_ == "dobj" for c in t.children):
            continue
        if lemma in lx.CLAUSE_ONLY_VERBS and not clause and has_quote and not any(
                sent.in_quote[k.i] for c in t.children if c.dep_ not in ("conj", "cc") for k in c.subtree) \
                and not (t.i + 1 < len(doc) and sent.in_quote[t.i + 1]) \
                and not any(sent.in_quote[k] for k in range(t.i)):
            # "The EA declared drought status ..., and a spokesperson said flows were 'exceptionally low'":
            # a quote only after the verb, in another verb's branch, belongs to that verb
            continue
        if lemma in lx.CLAUSE_ONLY_VERBS and not (clause or has_quote or characterised) and not _object_statement(
                sent, t, lemma, subj, people_like):
            continue
        if lemma == "tell" and not (clause or has_quote or any(c.dep_ in ("dobj", "dative") for c in t.children)):
            continue
        # ("..., but the government disputed the figure": a dispute of what was said, not of a territory)
        disputed = lemma in ("dispute", "contest") and any(
            c.dep_ == "dobj" and sent.lower(c.i) in _CLAIM_NOUNS | _FIGURE_NOUNS | {"figure", "figures", "account",
                                                                                 "accounts", "version", "findings"}
            for c in t.children)
        if not (clause or has_quote or is_main or (lemma in _SPEECH_ANY_OBJECT and has_obj) or reported_by or disputed
                or characterised
                or _is_passive(t) and subj is not None
                or lemma in ("decline", "hear", "put", "give")
                # ("which scientists attribute to parasites": a cause asserted, with its "to")
                or lemma == "attribute" and any(c.dep_ in ("prep", "dative") and sent.lower(c.i) == "to" for c in t.children)):
            continue
        if lemma in ("believe", "think") and subj_low in _PRONOUNS:
            continue
        agent = _by_agent(sent, subj) if lemma in lx.EVIDENCE_VERBS and subj_low not in \
            lx.DOCUMENT_WORDS | lx.MEDIA_WORDS else None
        if t.dep_ == "conj" and agent is None and subj.i not in by_subject and any(
                s.extra.get("verb_i") == t.head.i and s.kind == "person" and " " in s.name for _d, s in found) \
                and subj.i in {c.i for c in t.head.children if c.dep_ == "nsubj"} \
                and any(c.dep_ == "appos" for c in subj.children):
            # ("UNHCR's regional director, Clara Vandermeer, wrote on X ... and urged ...": the person named in the
            # apposition already speaks for the first verb; the role is not a second speaker)
            continue
        src = _doc_or_np(sent, agent if agent is not None else subj, has_anon)
        if src is None:
            continue
        if agent is None and subj.i in named_before_verb:
            # (a name the model left untagged: "Minister of State ... Declan Fahy told")
            src.name, src.kind, src.ref = sent.span(named_before_verb[subj.i], subj.i), "person", "name"
            src.extra["label"] = "PERSON"
        if passive_who is not None and passive_who.i + 1 < len(doc) and any(
                c.dep_ == "prep" and c.i > passive_who.i for c in passive_who.children):
            # ("confirmed by the ministry on Monday": the parser hangs the day on the agent)
            lo = passive_who.left_edge.i
            src.name = _strip_det(sent.span(lo, passive_who.i)) if src.ref != "name" or " " in src.name else src.name
        if src.ref == "pronoun" and lemma in lx.EVIDENCE_VERBS:
            src.extra["evidence"] = True  # "It found that ...": only a document can find
        used_subjects.add(subj.i)
        by_subject[subj.i] = src
        via, via_ref, audience = _via(sent, head_verb or t, lemma)
        if head_verb is not None and via is None:
            via, via_ref, audience = _via(sent, t, lemma)
        if lemma == "call" and via and re.search(rf"\bcall(?:s|ed|ing)? on (?:the )?{re.escape(via)}", sent.text):
            via = via_ref = None  # "called on the U.N. Security Council to ...": whom it asks, not a channel
        src.cue = _cue(sent, t, lemma, audience, head_verb)
        if lemma == "decline":
            src.cue = "declined to comment"
        if via is None and src.via:
            via = src.via
        if via is None:
            slo, shi = _subtree_bounds(subj, cut={"relcl", "punct"})
            via = _phrase_via(sent.span(slo, shi))
        if via is None and subj.i < t.i:
            # ("An official, who ... spoke to The Associated Press on condition of anonymity, said": the outlet
            # the speaker's own clause says they spoke to)
            spoke = _SPOKE_TO.search(sent.span(subj.i, t.i - 1))
            if spoke and _strip_det(spoke.group(1)).lower() in lx.OUTLETS:
                via = _strip_det(spoke.group(1))
        if via is None and rel_main is not None:
            via = _opening_setting(sent, None)  # ("In a post on Facebook, a group of ... called")
        src.via, src.via_ref = via, via_ref
        src.quote = _quote_kind(sent, t.i)
        src.extra["verb_i"] = t.i
        d = _depth(head_verb or t)
        if t.dep_ == "conj" and head_verb is None and _subject(t) is not None and lx.REPORT_VERBS.get(sent.lower(t.head.i)) \
                and _subject(t.head) is not None and not sent.in_quote[t.head.i]:
            d = _depth(t.head)  # "The mayor says ..., but ratepayers say ...": two statements side by side
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and sent.lower(c.i) in ("as", "while", "whereas")
                                     for c in t.children):
            # "the WHO said Thursday, as aid groups warned that ...", "officials said 30 had been admitted,
            # while the ministry put the toll at 45": side by side with the speaker above
            up = t.head
            while up.dep_ != "ROOT" and not (lx.REPORT_VERBS.get(sent.lower(up.i)) and up.tag_.startswith("VB")
                                             and _subject(up) is not None):
                up = up.head
            d = _depth(up)        # Nested speech ("X said Y had warned ...") counts; nested evidence
        # verbs ("IS claimed this video shows ...") do not.
        src.extra["nested_ok"] = lemma not in lx.EVIDENCE_VERBS | {"record", "report", "hear", "decline", "expect",
                                                                   "believe", "think", "fear", "suspect", "hope"} and (
            src.ref in ("name", "definite") and (subj.pos_ == "PROPN" or ent is not None and ent.label_ in _ORGLIKE | {"PERSON"}
                                   or src.kind == "anonymous" or subj_low in lx.GOVERNMENT_WORDS
                                   # "the company has said ..." under a misparsed later clause
                                   or src.ref == "definite" and subj_low in lx.DEFINITE_BACKREF_NOUNS
                                   and lemma in ("say", "tell", "add", "state", "announce", "confirm", "claim")
                                   # "the local commander, Colonel Jean Mbeki, had said": named in apposition
                                   or src.extra.get("label") == "PERSON")
            # "One of them said a flight operations manager had told him ...": a person by role
            or lemma in ("say", "tell") and src.kind in _PEOPLE_KINDS and subj.tag_ == "NN" and (
                src.ref == "unresolved" and (subj_low in _ROLE_NOUNS or re.search(r"(?:er|or|ist|ant)$", subj_low))
                # "... told NewsChannel 9 that the train's engineer had told investigators ...": a person by role in
                # what they own or run
                or src.ref == "definite" and any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in subj.children)
                and (subj_low in _ROLE_NOUNS or subj_low == "head" or re.search(r"(?:er|or|ist|ant|ian)$", subj_low)))
            # "Mr Ortiz told investigators that his manager had said ...": a person by relation
            or lemma in ("say", "tell", "deny", "warn", "admit") and src.kind in _PEOPLE_KINDS
            and subj.tag_ == "NN" and (subj_low in _ROLE_NOUNS | _RELATION_NOUNS
                                       or re.search(r"(?:er|or|ist|ant)$", subj_low))
            and any(c.dep_ == "poss" and sent.lower(c.i) in ("his", "her", "their") for c in subj.children))
        listed = _listed_bodies(sent, subj) if src.kind in ("organization", "government") else []
        if len(listed) >= 2 and _strip_det(listed[0]) == src.name:
            # ("The Ghana National Association of Teachers (GNAT), the National Association of Graduate Teachers
            # (NAGRAT) and the Coalition of Concerned Teachers (CCT-GH) said": each body of the list speaks)
            if src.descriptor and any(_strip_det(o) in src.descriptor for o in listed[1:]):
                src.descriptor = None
            found.append((d, src))
            for other in listed[1:]:
                oname = _strip_det(other)
                o = RawSource(oname, _kind(oname, None, "ORG", other.split()[-1].lower(), False), None, src.cue,
                              src.via, src.quote, ref="name", head=other.split()[-1].lower(),
                              extra={"label": "ORG", "verb_i": src.extra.get("verb_i"), "nested_ok": True})
                found.append((d, o))
            continue
        split = _modifier_coordination(sent, subj, src) if " and " in src.name else None
        if split:
            found.extend((d, s) for s in split)  # ("The army and United Nations experts say ...")
            continue
        found.append((d, src))
        for co in src.extra.get("co_authors", ()):
            # "A 2023 study by the FAO and the Urban Unit estimated": each author the study names
            other = RawSource(co, src.kind, None, src.cue, src.via, src.quote, ref="name",
                              head=co.lower().split()[-1], extra={"nested_ok": src.extra.get("nested_ok", False)})
            found.append((d, other))
        # "Farmers in the region, including Ali Hassan, said": the named member speaks too.
        for p in (c for c in subj.children if c.dep_ == "prep" and sent.lower(c.i) == "including"):
            obs = [c for c in p.children if c.dep_ == "pobj"]
            for ob in obs + [c for o in obs for c in o.children if c.dep_ == "conj"]:
                named = ob if (e := _ent_of(doc, ob)) is not None and e.label_ in ("PERSON", "ORG") else next(
                    (a for a in ob.children if a.dep_ == "appos" and (e := _ent_of(doc, a)) is not None
                     and e.label_ in ("PERSON", "ORG")), None)
                member = _np(sent, named, sentence_has_anon=has_anon) if named is not None else None
                if member is not None and " and " not in member.name \
                        and not any(member.name == o.name for _d, o in found):
                    member.cue, member.quote, member.extra["nested_ok"] = src.cue, src.quote, src.extra["nested_ok"]
                    found.append((d, member))
        # "The Treasury and the Bank of England say ...": every coordinated subject speaks; so does every
        # person named in the apposition ("Vale's attorneys, Marcus Hale and Denise Park, dismissed ...").
        named_in_appos = [c for a in subj.children if a.dep_ == "appos" and a.pos_ == "PROPN"
                          and src.name.endswith(sent.tok(a.i)) for c in a.children
                          if c.dep_ == "conj" and c.pos_ == "PROPN"]
        one_named = subj.pos_ == "NOUN" and any(a.dep_ == "appos" and a.i > subj.i and (e := _ent_of(doc, a)) is not None
                                                 and e.label_ == "PERSON" and not any(c.dep_ == "conj" for c in a.children)
                                                 for a in subj.children)
        for cj in (c for c in [*subj.children, *named_in_appos] if c.dep_ == "conj"
                   and c.pos_ in ("PROPN", "NOUN") and not sent.in_quote[c.i]):
            if one_named and cj.pos_ == "NOUN" and cj.tag_ == "NN" and not any(x.dep_ == "det" for x in cj.children):
                continue  # "Chelagat's husband and manager, Evans Rotich, told": two roles of one named person
            other = _doc_or_np(sent, cj, has_anon)
            # (an indefinite description too: "residents and a local rescue group said")
            if other is not None and other.kind != "document" and (other.ref != "unresolved" or re.match(
                    r"(?i)an?\s", other.name) and sent.lower(cj.i) in _SPEAKER_NOUNS):
                other.cue, other.via, other.via_ref, other.quote = src.cue, src.via, src.via_ref, src.quote
                other.extra["nested_ok"] = src.extra["nested_ok"]
                used_subjects.add(cj.i)
                found.append((d, other))

        # "The state news agency X quoted a provincial official as saying ...", "Outlet Y, citing a military
        # source, said ...": the one the outlet quotes speaks too, through the outlet
        for cited in _cited_through_outlet(sent, t, lemma, subj, src, has_anon):
            if not any(cited.name.lower() == s.name.lower() for _d, s in found):
                found.append((d, cited))

    # "In a video posted on Instagram, a nurse was seen showing empty shelves": what the item shows, the
    # platform that carries it (someone who speaks in it, "In a video posted on X, the minister said", is
    # found above instead).
    if not found:
        m = _IN_MEDIA_SEEN.match(sent.text)
        if m and m.group("platform").lower() in lx.PLATFORMS:
            found.append((0, RawSource(m.group("platform"), "media", m.group("item").strip(), None, None, None,
                                       ref="name", head=m.group("noun").lower())))
    # "The claim was shared by Senator Mike Lee in a post on X": the one who spread it said it.
    if not found:
        for t in doc:
            if sent.lower(t.i) not in _SPREAD_VERBS or not _is_passive(t) or sent.in_quote[t.i]:
                continue
            sp = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
            agent = next((c for c in t.children if c.dep_ == "agent"), None)
            who = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if sp is None or who is None or sent.lower(sp.i) not in _CLAIM_NOUNS | {"message", "rumour", "rumor"}:
                continue
            if not (who.pos_ == "PROPN" or (e := _ent_of(doc, who)) is not None and e.label_ in ("PERSON", "ORG")):
                continue
            src = _np(sent, who, sentence_has_anon=has_anon)
            if src is not None:
                src.via = next((sent.tok(x.i).rstrip(".") for x in t.subtree if x.dep_ == "pobj"
                                and sent.lower(x.head.i) == "on" and sent.lower(x.i).rstrip(".") in lx.PLATFORMS), None)
                passive_aux = sent.lower(t.i - 1) in ("was", "were", "been")
                src.cue = sent.span(t.i - 1, agent.i) if passive_aux else sent.tok(t.i)
                src.quote = "indirect"
                found.append((_depth(t), src))
                break

    # Media and documents as subjects: "a video posted on YouTube appears to show".
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is not None and not found:
        subj = _subject(root)
        xc = next((c for c in root.children if c.dep_ == "xcomp"), None)
        verb_low = sent.lower(xc.i) if xc is not None else sent.lower(root.i)
        if subj is not None and sent.lower(subj.i) in lx.MEDIA_WORDS | lx.DOCUMENT_WORDS and \
                not _negated_or_future(root) and \
                lx.REPORT_VERBS.get(verb_low) in lx.EVIDENCE_VERBS | {"claim", "say", "suggest", "reveal",
                                                                      "indicate", "confirm", "report"}:
            src = _doc_or_np(sent, subj, has_anon)
            if src is not None:
                end = xc.i if xc is not None else root.i
                src.cue = sent.span(root.i, end)
                src.quote = "indirect" if not any(sent.in_quote) else "mixed"
                found.append((0, src))

    if not found:
        src = _surface_document_subject(sent) or _surface_present_speaker(sent, has_anon) or _surface_named_writer(sent)
        if src is not None:
            found.append((0, src))
    if not found and (" account" in text_low or " view" in text_low or " words" in text_low
                      or " admission" in text_low or " telling" in text_low or " estimation" in text_low
                      or " reckoning" in text_low or " recollection" in text_low):
        src = _possessed_account(sent, has_anon)
        if src is not None:
            found.append((0, src))
    if not found and ":" in sent.text and any(sent.in_quote):
        src = _colon_frame(sent, has_anon)
        if src is not None:
            found.append((0, src))
    if not found and ("poll" in text_low or "survey" in text_low):
        # "... above the median forecast in a Reuters poll of 11 analysts": whoever ran the poll.
        m = _POLL_BY.search(sent.text)
        if m and not sent.in_quote[next((i for i, (a, _b) in enumerate(sent.offsets) if a >= m.start(2)), 0)]:
            found.append((0, RawSource(m.group(2), "outlet" if m.group(2).lower() in lx.OUTLETS else "organization",
                                       None, m.group(0), None, "indirect", ref="name", head=m.group(3).lower())))

    m = _UNDERSTANDS.search(sent.text)
    if m and not sent.in_quote[next((i for i, (a, _b) in enumerate(sent.offsets) if a >= m.start(1)), 0)]:
        # "..., BBC Scotland understands.": the outlet's own reporting (the small model reads
        # "understands" as a plural noun or hangs the outlet's name on a place).
        src = RawSource(re.sub(r"^the\s+", "", m.group(1)), None, None, "understands", None, "indirect",
                        ref="name", head=m.group(1).split()[-1].lower())
        if _outlet_like(src) and not any(s.name.lower() == src.name.lower() for _d, s in found):
            # (beside the speakers it reports, "Some headteachers have privately warned ...")
            src.kind = "outlet"
            found.append((min((d for d, _s in found), default=0), src))
    for m in _DENIED_CLAIM.finditer(sent.text):
        # "..., a claim the prosecutor's office rejected": who rejects the claim answers it.
        k = next((i for i, (a, _b) in enumerate(sent.offsets) if a >= m.start("np")), None)
        words = m.group("np").split()
        if k is None or sent.in_quote[k] or not words or len(words) > 5:
            continue
        name = " ".join(words[1:] if words[0].lower() == "the" else words)
        head = re.sub(r"['’]s$", "", words[-1].lower())
        if name.lower() in ("it", "he", "she", "they") and not any(sent.in_quote):
            # ("X has been accused of ..., allegations it denies": the one accused, the sentence's subject, denies)
            root = next((t for t in doc if t.dep_ == "ROOT"), None)
            subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < k
                         and c.pos_ in ("NOUN", "PROPN")), None) if root is not None else None
            src = _doc_or_np(sent, subj, has_anon) if subj is not None else None
            if src is None:
                src = RawSource(name.lower(), None, None, None, None, None, ref="pronoun", head=name.lower())
            src.cue, src.quote = m.group("cue"), "indirect"
            if (src.descriptor or "").lower().startswith(("allegations", "accusations", "claims", "charges")):
                src.descriptor = None
            src.extra["nested_ok"] = True
            found.append((99, src))
            continue
        if not (name[:1].isupper() or head in lx.GOVERNMENT_WORDS | lx.ANONYMOUS_HEADS | {"office", "company", "club"}
                or head in _BODIES or head.rstrip("s") in _BODIES):
            continue
        definite = words[0].lower() == "the" and len(words) == 2 and head in ("company", "club", "firm", "group",
                                                                             "ministry", "government", "agency")
        src = RawSource(m.group("np") if definite else name, _kind(name, None, "ORG" if name[:1].isupper() else None,
                        head, False), None, m.group("cue"), None, "indirect", ref="definite" if definite else "name",
                        head=head)
        src.extra["nested_ok"] = True
        if not any(s.name.lower() == name.lower() for _d, s in found):
            found.append((99, src))
    for src in _surface_relative_speakers(sent):
        if not any(s.name.lower() == src.name.lower() or src.name.lower() in s.name.lower() for _d, s in found):
            src.extra["nested_ok"] = True
            found.append((99, src))

    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is not None and sent.lower(root.i) in ("declined", "declines", "refused", "refuses") and any(
            c.dep_ == "xcomp" and sent.lower(c.i) in ("comment", "elaborate", "answer") for c in root.children) \
            and not has_quote:
        # "X declined to comment on the testimony, saying ...": nothing is asserted (README)
        return [], info
    found = [(d, s) for d, s in found if not (s.cue == "according to" and _OWN_FIGURES.search(s.name)
                                             and any(o is not s for _d, o in found))]
    trail = _trailing_attribution(sent)
    if trail is not None:
        found = _with_trailing_speaker(sent, found, trail, has_anon)
    lead = _appositive_speaker(sent, has_anon)
    if lead is None and not found:
        lead = _description_then_name_speaker(sent, has_anon)
    if lead is not None and not any(s.name.lower() in lead.name.lower() or lead.name.lower() in s.name.lower()
                                    for _d, s in found):
        # (the outermost speaker: what the parse found under it stays only if it may nest)
        found = [(min((d for d, _s in found), default=0) - 1, lead), *found]

    if not found:
        item = _media_item_on_platform(sent) or _journalist_witness(sent)
        if item is not None:
            found = [(0, item)]
    found.sort(key=lambda x: x[0])
    if not found:
        return [], info
    _through_trailing_outlet(sent, found)
    top = found[0][0]
    out = [s for d, s in found if d == top or s.extra.get("nested_ok", False) or s.cue == "according to"]
    for s in out:
        _split_named(s, sent)
    out = out + _cited_sources(sent, out, has_anon) + _denied_reports(sent, out)
    copy_seen = _COPY_SEEN_BY.search(sent.text)
    if copy_seen is not None and not _not_outlet_name(copy_seen.group(1)):
        for s in out:
            if s.cue == "according to" and (s.kind == "document" or s.extra.get("doc")) and not s.via:
                # "According to a NADA notice dated October 21, a copy of which has been reviewed by The Indian
                # Express, ...": the outlet that saw the document
                s.via = _strip_det(copy_seen.group(1))
    uniq: list[RawSource] = []
    out = _joined_names(sent, out)
    for a in list(out):
        titled = _TITLE_BEFORE_NAME.match(a.name)
        if titled and a.kind != "person" and not {w.lower() for w in titled.group(2).split()} & _ORG_NAME_WORDS:
            # "Wexley and Fenland North MP Clare Ashdown wrote": the constituency and the title describe the person
            a.name, a.kind = titled.group(2), "person"
            a.descriptor = a.descriptor or titled.group(1)
            for b in list(out):
                if b is not a and re.search(rf"\b{re.escape(b.name)}\s+and\s+{re.escape(titled.group(1).split()[0])}",
                                            sent.text):
                    a.descriptor = f"{b.name} and {a.descriptor}"  # (the first half of "Wexley and Fenland North")
                    out.remove(b)
    for a in list(out):
        named = next((b for b in out if b is not a and b.name[:1].isupper() and (b.kind == "person" or b.kind in (
                          "government", "organization") and 2 <= len(b.name.split()) <= 3
                          and not set(b.name.lower().split()) & (_ORG_NAME_WORDS | lx.GOVERNMENT_WORDS)
                          and a.name.split()[-1].lower() in _ROLE_NOUNS)
                      and re.search(rf"(?i)\b{re.escape(_strip_det(a.name))},\s+(?:[A-Z][\w'’-]*\s+){{0,2}}"
                                    rf"{re.escape(b.name)}\b", sent.text)), None)
        if named is not None and a.ref != "pronoun" and (
                not a.name[:1].isupper() or a.name.split()[-1].lower() in _ROLE_NOUNS
                or a.kind not in ("organization", "government", "outlet") and "'s " in a.name):
            # "UNHCR's regional director for Asia and the Pacific, Clara Vandermeer, wrote ... and urged ...": the
            # role before the name describes her; it is not a second speaker
            named.descriptor = named.descriptor or a.name
            named.kind = "person"  # ("Nino Kavtaradze" read as a place)
            out.remove(a)
    for s in out:
        same = next((u for u in uniq if u.name.lower() == s.name.lower()), None)
        if same is None:
            uniq.append(s)
        elif same.via is None and s.via:
            # "denied the report and said in a post on X that ...": the channel of the later verb.
            same.via, same.via_ref = s.via, s.via_ref
    return uniq, info


def _through_trailing_outlet(sent: Sent, found: list) -> None:
    """'X said the talks had failed, TASS news agency reported.', '..., X said, according to Yonhap.': an outlet's
    closing attribution passes on the whole sentence, the speaker's words included: the outlet is a source and the
    speaker's channel (as with "X, citing Y, said")."""
    doc = sent.doc
    n = len(doc)
    outlets = []
    for _d, s in found:
        if not _outlet_like(s) or s.ref != "name":  # (not "according to the paper": a study's)
            continue
        v = s.extra.get("verb_i")
        if s.cue == "according to":
            # ", according to Yonhap."
            k = next((t.i for t in doc if sent.lower(t.i) == "according" and not sent.in_quote[t.i]
                      and s.name.lower() in sent.span(t.i, n - 1).lower()), None)
            if k is None or k == 0 or sent.tok(k - 1) != ",":
                continue
        elif v is not None and v < n and lx.REPORT_VERBS.get(sent.lower(v)) in ("report", "say") \
                and not sent.in_quote[v] and any(c.dep_ == "nsubj" for c in doc[v].children):
            # ", TASS news agency reported." (not "in remarks reported by the agency": that is the channel alone)
            k = v
            comma = next((j for j in range(v - 1, 0, -1) if sent.tok(j) == ","), None)
            if comma is None or any(doc[j].tag_.startswith("VB") for j in range(comma + 1, v)):
                continue
        else:
            continue
        # (only when after it: "..., Yonhap reported on Tuesday.")
        if any(doc[j].tag_.startswith("VB") and j != k or sent.in_quote[j] for j in range(k + 1, n)):
            continue
        outlets.append(s)
    for o in outlets:
        o.extra["nested_ok"] = True
        for _d, s in found:
            if s is not o and s.via is None and s.cue != "according to" and not _outlet_like(s) \
                    and s.extra.get("verb_i", n) < (o.extra.get("verb_i") or n):
                s.via = o.name


_CITED_HEADS = lx.ANONYMOUS_HEADS | lx.GOVERNMENT_WORDS | lx.PERSON_TITLES | lx.OUTLET_NOUNS | {
    "records", "data", "figures", "statistics", "documents", "report", "reports", "statement", "statements",
    "relatives", "families", "survivors", "police", "authorities", "group", "groups", "agency", "monitor",
    # written records ("citing a draft internal presentation", "citing a memo"), not a pending process ("citing an
    # ongoing investigation" gives a reason not to speak)
    "document", "memo", "memos", "letter", "presentation", "email", "emails", "filing", "filings", "study",
    "survey", "analysis", "minutes", "transcript", "audit", "assessment", "estimates", "projections"}
_INTERVIEWS = {"interviews", "interview", "conversations", "talks", "accounts"}


_OUTLET_NOUN_THEN = re.compile(rf"(?i)\b(?:{'|'.join(sorted(lx.OUTLET_NOUNS))})\s+")


def _after_outlet_noun(text: str, name: str) -> bool:
    """Whether the text names `name` right after an outlet noun ("the news agency Interfax"); one pattern for all
    names, as a pattern per name would be compiled afresh for most sentences."""
    low, n = name.lower(), len(name)
    for m in _OUTLET_NOUN_THEN.finditer(text):
        after = text[m.end():m.end() + n + 1]
        if after[:n].lower() == low and (len(after) == n or not (after[n].isalnum() or after[n] == "_")
                                         or not (low[-1:].isalnum() or low[-1:] == "_")):
            return True
    return False


def _cited_sources(sent: Sent, speakers: list, has_anon: bool) -> list[RawSource]:
    """Whom a speaker passes on, a source too: "The state news agency quoted a provincial official as saying
    ...", "The agency, citing a military source, said ...", "..., citing hospital records and interviews
    with relatives". An outlet that passes a source on is its channel. ("citing health reasons" gives a
    motive: only people, bodies and records are cited sources.)"""
    doc, out = sent.doc, []
    for src in speakers:
        v = src.extra.get("verb_i")
        if v is None or v >= len(doc):
            continue
        verb = doc[v]
        via = src.name if _outlet_like(src) or set(f"{src.descriptor or ''} {src.name}".lower().split()) & (
            lx.OUTLET_NOUNS | _OUTLET_TAILS | {"tribune", "herald", "gazette", "journal", "chronicle"}) or \
            _after_outlet_noun(sent.text, src.name) else None
        cited = []
        if sent.lower(v) == "quoted" and not _is_passive(verb) and any(
                c.dep_ == "prep" and sent.lower(c.i) == "as" and any(g.lower_ == "saying" for g in c.children)
                for c in verb.children):
            cited += [("as saying", c) for c in verb.children if c.dep_ == "dobj"]
        for t in doc:
            if sent.lower(t.i) != "citing" or sent.in_quote[t.i] or not (
                    t.i == v or v in {a.i for a in t.ancestors} or t.i < v and sent.tok(t.i - 1) == ","):
                continue
            for ob in (c for c in t.children if c.dep_ == "dobj"):
                for x in [ob, *(c for c in ob.children if c.dep_ == "conj")]:
                    if sent.lower(x.i) in _INTERVIEWS:
                        # (the parser may hang "with" on "citing")
                        cited += [(sent.span(t.i, p.i), g) for p in [*x.children, *t.children, *ob.children]
                                  if p.dep_ == "prep"
                                  and sent.lower(p.i) == "with" and p.i == x.i + 1
                                  for g in p.children if g.dep_ == "pobj"]
                    elif sent.lower(x.i) in _CITED_HEADS or (e := _ent_of(doc, x)) is not None \
                            and e.label_ in ("PERSON", "ORG"):
                        cited.append(("citing", x))
        for cue, tok in cited:
            if sent.in_quote[tok.i]:
                continue
            c = _doc_or_np(sent, tok, has_anon)
            if c is None or c.ref == "pronoun" or c.name.lower() == src.name.lower():
                continue
            if any(k.dep_ == "conj" for k in tok.children) and " and " in c.name:
                # (one source each: "citing hospital records and interviews with relatives")
                lo, hi = _subtree_bounds(tok, cut={"conj", "cc", "punct", "relcl", "appos"})
                hi = min([hi] + [k.i - 1 for k in tok.children if k.dep_ in ("cc", "conj") and k.i > tok.i])
                c.name = _strip_det(sent.span(lo, hi)) if c.kind == "document" else sent.span(lo, hi)
            c.cue, c.via, c.quote = cue, via, src.quote
            c.extra["nested_ok"] = True
            out.append(c)
    return out


def _denied_reports(sent: Sent, speakers: list) -> list[RawSource]:
    """"Meridane denied a report last month by trade publication BioPharma Ledger that ...", "dismissed a report in The
    Athletic": the outlet whose report the speaker answers is a source of the claim too."""
    doc, out = sent.doc, []
    for src in speakers:
        v = src.extra.get("verb_i")
        if v is None or v >= len(doc) or sent.lower(v) not in _ANSWERING_VERBS:
            continue
        verb = doc[v]
        obj = next((c for c in verb.children if c.dep_ == "dobj" and sent.lower(c.i) in ("report", "reports", "article",
                                                                                        "story", "stories")), None)
        if obj is None:
            continue
        for p in (c for c in [*obj.children, *verb.children] if c.dep_ == "prep" and c.i > obj.i
                  and sent.lower(c.i) in ("by", "in", "from")):
            ob = next((c for c in p.children if c.dep_ == "pobj" and c.pos_ == "PROPN" and not sent.in_quote[c.i]),
                      None)
            if ob is None or _public_body(sent, ob) or (e := _ent_of(doc, ob)) is not None and e.label_ in (
                    "GPE", "LOC", "NORP", "DATE"):
                continue  # (not "reports in Germany")
            name = _np_name(sent, ob)
            words = name.split()
            k = max((i for i, w in enumerate(words)
                     if w.lower() in _BROADCAST_NOUNS | {"publication", "site", "paper"}), default=-1)
            name = " ".join(words[k + 1:]) or name  # ("trade publication BioPharma Ledger")
            if name and name[:1].isupper():
                out.append(RawSource(name, "outlet", None, "report", None, "indirect", ref="name",
                                     head=name.split()[-1].lower(), extra={"verb_i": v, "nested_ok": True}))
            break
    return out


_ANSWERING_VERBS = {"denied", "denies", "deny", "rejected", "rejects", "dismissed", "dismisses", "disputed",
                    "disputes", "confirmed", "confirms", "contradicted"}


_DOC_HEADS = "|".join(sorted((re.escape(w) for w in lx.DOCUMENT_WORDS | lx.MEDIA_WORDS | {
    "reports", "studies", "surveys", "analyses", "polls", "letters", "memos"} if " " not in w), key=len, reverse=True))
_SURFACE_DOC = re.compile(
    r"^(?P<np>(?:(?:a|an|the|this|that|these|those|new|one|two|several|recent|latest|leaked|unconfirmed)\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:" + _DOC_HEADS + r")\b(?:\s+(?:of|from|by|on|in|posted|shared|published|released|"
    r"circulating|seen|obtained|filmed|taken|found)\b[^,;:\"]{0,80}?)?)"
    # (past a clause in commas: "The files, which include payment ledgers kept by the firm, show ...")
    r"(?:,\s+(?:which|that|obtained|sent|dated|seen|prepared|released|published|written|drawn|compiled|also)\b"
    r"[^;:\"]{0,200}?,)?\s+"
    r"(?P<cue>(?:appears?|appeared|seems?|seemed)\s+to\s+(?:show|confirm|suggest|indicate)|shows?|showed|found|finds|"
    r"suggests?|suggested|indicates?|indicated|points?\s+to|pointed\s+to|reveals?|revealed|concludes?|concluded|"
    r"puts?|says|said|claims?|claimed|describes?|described|records?|recorded|lists?|listed|sets?\s+out|"
    r"details?|detailed|notes?|noted|states?|stated|warns?|warned|estimates?|estimated|"
    # ("A risk register seen by the Guardian rated the programme 'red'", "a draft text ... provides for a halt")
    r"rates|rated|provides\s+for|provided\s+for)\b", re.I)


_PRESENT_CUE = re.compile(
    r"^(?P<np>(?:(?:the|some|many|several|other|most|two|three)\s+)?(?:[\w'’-]+\s+){0,2}?(?P<head>[\w'’-]+))\s+"
    r"(?P<cue>allege|alleges|say|says|claim|claims|contend|contends|argue|argues|insist|insists|maintain|"
    r"maintains|believe|believes|estimate|estimates|fear|fears|suspect|suspects)\s+(?:that\s+)?(?=\S)"
    # "In a paper published in X, researchers at the University of Y report that ...": an opening phrase and
    # the speakers' affiliation before a cue the small model read as a noun ("report", "note", "warn")
    r"|^(?:[^,\"“]{3,140},\s+)?(?P<np2>(?:(?:the|some|many|several|other|most|two|three)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?P<head2>researchers|scientists|authors|experts|economists|analysts|doctors|investigators|officials))"
    r"(?:\s+(?:at|from|in|of|with)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+(?:of\s+|and\s+|for\s+)?){1,6})?\s*"
    r"(?P<cue2>report|note|warn|conclude|argue|estimate|say|suggest)\s+that\s+(?=\S)", re.I)


_NAMED_WRITER = re.compile(r"^(?P<desc>(?:[\w'’.-]+\s+){0,6}?)(?P<name>(?-i:[A-Z][\w'’-]+)\s+(?-i:[A-Z][\w'’-]+))\s+"
                           r"(?P<cue>wrote|said|told|posted|tweeted|added|says|writes)\b")


def _listed_bodies(sent: Sent, subj) -> list[str]:
    """The named bodies of a subject written as a list ("A (X), B (Y) and C (Z)"), which the small parser hangs on
    the first as appositions; [] when the subject is no such list."""
    doc = sent.doc
    lo, hi = _subtree_bounds(subj)
    ents = [e for e in doc.ents
            if lo <= e.start and e.end - 1 <= hi and e.label_ == "ORG" and not sent.in_quote[e.start]]
    if len(ents) < 2 or not any(e.start <= subj.i < e.end for e in ents[:1]):
        return []
    for a, b in zip(ents, ents[1:], strict=False):
        gap = sent.text[sent.offsets[a.end - 1][1]:sent.offsets[b.start][0]]
        if not re.fullmatch(r"\s*(?:\([^()]{1,20}\))?\s*(?:,|,?\s+and|,?\s+&)\s*", gap):
            return []
        if "(" not in gap and sent.lower(b.start) != "the" or b.end - b.start < 3:
            return []  # (one body's name with commas: "the Department for Environment, Food and Rural Affairs")
    return [sent.span(e.start, e.end - 1) for e in ents]


def _surface_named_writer(sent: Sent) -> RawSource | None:
    """'Former Bafana Bafana midfielder Sizwe Ndlela wrote on X that ...' when the small model read the role as the
    verb: a sentence opening with a description and a person's name (a known given name) before a reporting verb."""
    if sent.in_quote and sent.in_quote[0]:
        return None
    m = _NAMED_WRITER.match(sent.text)
    if m is None or not _known_first_name(m.group("name").split()[0]):
        return None
    k = next((i for i, (a, _b) in enumerate(sent.offsets) if a >= m.start("cue")), None)
    if k is None or sent.in_quote[k]:
        return None
    lemma = lx.REPORT_VERBS.get(m.group("cue").lower(), "say")
    via, via_ref, audience = _via(sent, sent.doc[k], lemma)
    return RawSource(m.group("name"), "person", _strip_det(m.group("desc").strip()) or None, m.group("cue"), via,
                     _quote_kind(sent, k), ref="name", head=m.group("name").split()[-1].lower(),
                     extra={"label": "PERSON", "verb_i": k, "nested_ok": True}, via_ref=via_ref)


def _surface_present_speaker(sent: Sent, has_anon: bool) -> RawSource | None:
    """'Prosecutors allege Daniel Hurst moved ...' when the small model read "allege" as a
    noun: a sentence opening with a speaker noun and a present-tense reporting verb."""
    if sent.in_quote and sent.in_quote[0]:
        return None
    m = _PRESENT_CUE.match(sent.text)
    if not m:
        return None
    g = "" if m.group("np") else "2"
    head = m.group("head" + g).lower()
    np_ = m.group("np" + g)
    k = next((i for i, (a, _b) in enumerate(sent.offsets) if a >= m.end("np" + g)), None)
    if k is None or sent.doc[max(0, k - 1)].tag_ in ("VBD", "VBZ", "VBP", "MD"):
        return None  # the parse had a real verb there and found no source: trust it
    words = np_.split()
    if head in lx.ANONYMOUS_HEADS | lx.GOVERNMENT_WORDS | _RESEARCH_GROUPS | {"prosecution", "defence", "defense"}:
        first = words[0].lower()
        ref = "definite" if first == "the" and len(words) <= 3 and head in lx.DEFINITE_BACKREF_NOUNS else "name"
        anonymous = ref == "name" and head in lx.ANONYMOUS_HEADS and first in ("some", "many", "several", "two",
                                                                              "three", "other", "most") or has_anon
        name = np_ if ref == "definite" else _strip_det(np_)
        return RawSource(name, _kind(name, None, None, head, anonymous), None, m.group("cue" + g),
                         _opening_setting(sent, None) if g else None, "indirect", ref=ref, head=head)
    return None


_RELATIVE_CUE = re.compile(
    r"\b(?:that|which|whom|what)?\s*(?P<np>(?:the\s+)?(?:[\w'’.-]+\s+){0,3}?(?P<head>[\w'’.-]+))\s+"
    r"(?P<cue>say|says|said|estimate|estimates|estimated|believe|believes|believed|claim|claims|claimed|allege|"
    r"alleges|alleged|describe|describes|described|insist|insists|insisted|argue|argues|argued|maintain|maintains|"
    r"maintained|contend|contends|contended|suspect|suspects|suspected)\s+(?:as\s+)?"
    r"(?:is|are|was|were|would|will|has|have|had|never|could|may|might|can|did|does|do|should|still|cost|costs)\b")


def _surface_relative_speakers(sent: Sent) -> list[RawSource]:
    """'tarpaulins that investigators say never existed', 'which the Resolution Foundation
    estimates would cost', 'the $8.3bn the WHO estimates is needed': a reporting verb inside a
    relative clause, which the small model parses as an auxiliary or a plural noun."""
    out = []
    for m in _RELATIVE_CUE.finditer(sent.text):
        k = next((i for i, (a, _b) in enumerate(sent.offsets) if a >= m.start("cue")), None)
        if k is None or sent.in_quote[k] or sent.doc[k].dep_ in ("ROOT", "ccomp", "parataxis", "conj", "advcl"):
            continue  # a verb the parse read as such is handled by the parse
        head = m.group("head").lower()
        words = m.group("np").split()
        cut = max((i for i, w in enumerate(words) if w.lower() in ("that", "which", "whom", "what")
                   or re.search(r"[\d$£€]", w)), default=-1)
        words = words[cut + 1:]
        while words and words[0].lower() in ("the",):
            words = words[1:]
        caps = [w for w in words if w[:1].isupper()]
        if head in lx.ANONYMOUS_HEADS | lx.GOVERNMENT_WORDS | _RESEARCH_GROUPS and len(words) <= 3 and not caps:
            name = " ".join(words)
        elif caps and caps == words and len(words) <= 5:
            name = " ".join(words)
        else:
            continue
        name = next((PARSE_BACK.get(w, w) for w in [name]), name)
        kind = _kind(name, None, "ORG" if caps else None, head, head in lx.ANONYMOUS_HEADS and not caps)
        out.append(RawSource(name, kind, None, m.group("cue"), None, "indirect", ref="name", head=head))
    return out


def _surface_document_subject(sent: Sent) -> RawSource | None:
    """'A study of juniper wood from central Turkey points to ...' when the
    parser misread the verb: a document or media item opening the sentence."""
    if sent.in_quote and sent.in_quote[0]:
        return None
    m = _SURFACE_DOC.match(sent.text)
    if not m:
        return None
    np_ = m.group("np").strip()
    head = re.findall(r"[\w-]+", np_.lower())
    head_w = next((w for w in head if w in lx.DOCUMENT_WORDS | lx.MEDIA_WORDS or w.rstrip("s") in lx.DOCUMENT_WORDS), "")
    kind = "media" if head_w in lx.MEDIA_WORDS else "document"
    # (never a day or a month: "Videos posted on social media on Wednesday", "Footage posted on Monday on X")
    carrier = next((c for c in re.finditer(r"\b(?:on|by|from)\s+(?:the\s+)?((?:[A-Z][\w'’.&-]*\s*){1,5})", np_)
                    if c.group(1).split()[0].lower().strip(".") not in _TIME_WORDS | set(MONTHS)), None)
    # (also past the clause in commas: "Minutes of a site meeting, also seen by The Clarion, record ...")
    via = _phrase_via(np_) or _phrase_via(sent.text[:m.start("cue")])
    name = np_
    if carrier and kind == "media" and not via:
        name = carrier.group(1).strip()
    elif kind == "media" and re.search(r"\bon\s+social\s+media\b", np_, re.I):
        name = "social media"  # "Photographs shared on social media by local journalists showed ..."
    return RawSource(name, kind, np_, m.group("cue"), via, "indirect", ref="name", head=head_w)


_NP_START_TAGS = {"DT", "PRP$", "PRP", "JJ", "JJS", "JJR", "NN", "NNS", "NNP", "NNPS", "CD", "POS"}
_FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}


_BODIES = {"opposition", "government", "party", "alliance", "coalition", "campaign", "movement", "family",
           "committee", "commission", "council", "board", "panel", "union", "association", "federation"}
_OWN_FIGURES = re.compile(r"\b(?:it|they|its|their)\s+(?:own\s+)?(?:published|released|issued|compiled|gave|"
                          r"provided|figures|data|estimates)\b", re.I)
_POSTED_TEXTS = {"thread", "threads", "message", "messages", "update", "updates", "note", "comment", "comments",
                "letter", "statement", "tweet", "tweets", "post", "posts", "blog"}
_HABITUAL = {"routinely", "often", "usually", "typically", "frequently", "regularly", "habitually"}
_SUBORDINATORS = {"as", "because", "while", "whereas", "since", "although", "though", "if", "unless", "until",
                  "before", "after", "when", "once"}
_THING_PLURALS = {"plans", "rules", "proposals", "changes", "measures", "laws", "regulations", "guidelines",
                  "bills", "budgets", "contracts", "terms", "schemes", "projects", "designs", "models"}
_ANNOUNCERS = lx.GOVERNMENT_WORDS | lx.OUTLET_NOUNS | {"union", "unions", "company", "companies", "group", "groups",
                                                      "party", "parties", "club", "clubs", "council", "board"}


def _object_statement(sent: Sent, t, lemma: str, subj, people_like: bool) -> bool:
    """Verbs that report only with a clause, reporting with an object instead: "Residents described a
    frantic scramble", "the group posted screenshots ...", "the network published videos showing ...",
    "the union announced protests for Friday"."""
    objs = [c for c in t.children if c.dep_ == "dobj"]
    if not objs or subj is None or sent.in_quote[subj.i]:
        return False
    low = sent.lower(objs[0].i)
    if lemma in ("describe", "recount"):
        # ("Witnesses recounted a scene of panic": an account given, like "described")
        return people_like and sent.lower(subj.i) not in _PRONOUNS - lx.PERSON_PRONOUNS - {"they"}
    if lemma in ("post", "publish"):
        carried = low in lx.MEDIA_WORDS | lx.DOCUMENT_WORDS | lx.STATEMENT_NOUNS | _POSTED_TEXTS or any(
            sent.lower(k.i) in lx.MEDIA_WORDS for k in objs[0].subtree if k.head.i == objs[0].i or k.dep_ == "pobj")
        named = subj.pos_ == "PROPN" or _ent_of(sent.doc, subj) is not None or sent.lower(subj.i) in _ANNOUNCERS
        # ("ESA released the images on Tuesday": a release, unless what they show is said)
        shows = lemma == "post" or any(k.dep_ in ("acl", "relcl") and k.i > objs[0].i for k in objs[0].children)
        return carried and named and shows
    if lemma == "announce":
        return subj.pos_ == "PROPN" or _ent_of(sent.doc, subj) is not None or sent.lower(subj.i) in _ANNOUNCERS
    if lemma == "demand":
        # "Opposition leader Rekha Mahato demanded his immediate resignation": a named speaker's demand, in
        # the finite verb (not the protest of "relatives staged a protest, demanding the arrest of ...")
        e = _ent_of(sent.doc, subj)
        named = e is not None and e.label_ in ("PERSON", "ORG") or subj.pos_ == "PROPN" or any(
            a.dep_ == "appos" and (x := _ent_of(sent.doc, a)) is not None and x.label_ == "PERSON"
            for a in subj.children)  # ("Opposition leader in the assembly, Rekha Mahato, demanded")
        return t.tag_ in ("VBD", "VBZ", "VBP") and named
    return False


_NAME_CONNECTORS = {"de", "del", "da", "do", "dos", "of", "for", "and", "&", "the", "al", "el", "la", "le", "van",
                    "von", "der", "di"}
_NOT_BEFORE_NAME = {"in", "at", "of", "for", "from", "on", "to", "by", "with", "and", "or", "near", "outside",
                    "inside", "across", "between", "among", "than", "like", "including"}
_GENERIC_AFTER_NAME = {"union", "group", "network", "militia", "agency", "company", "firm", "charity", "monitor",
                       "newspaper", "daily", "broadcaster", "channel", "website", "outlet", "consultancy", "bank",
                       "lender", "insurer", "broker", "carrier", "airline", "operator", "movement", "organisation",
                       "organization", "collective", "campaign", "watchdog", "regulator", "startup", "nonprofit"}


def _sentence_initial_word(sent: Sent | None, name: str) -> bool:
    """Whether `name` opens the sentence with a word capitalised only for that, neither a name nor part of one
    ("Armed group says ...", "Rebel group says ...", not "Hamas group says ...")."""
    if sent is None or not len(sent.doc):
        return False
    first = sent.doc[0]
    return name.split()[0] == first.text and first.tag_ not in ("NNP", "NNPS") and not first.ent_type_


def _split_named(src: RawSource, sent: Sent | None = None) -> None:
    """'Syria's official news agency SANA', 'the reinsurance broker Aldgate Re', 'the SMAQ union': the
    proper name is the source; the words around it describe it (and let "the agency" find it later)."""
    if src.kind in ("person", "anonymous", "document", "media") or src.ref not in ("name", "definite") \
            or "\n" in src.name:
        return
    words = src.name.split()
    if words and words[0].lower() in _DETS:
        words = words[1:]
    if len(words) < 2:
        return
    proper = lambda w: w[:1].isupper() or w[:1].isdigit()  # noqa: E731
    k = len(words)
    while k > 0 and (proper(words[k - 1]) or words[k - 1].lower() in _NAME_CONNECTORS and k < len(words)):
        k -= 1
    while k < len(words) and words[k].lower() in _NAME_CONNECTORS:
        k += 1
    if 0 < k < len(words):
        before = words[k - 1].lower()
        title = words[-1].lower().strip(".,") in lx.PERSON_TITLES
        if before.isalpha() and before not in _NOT_BEFORE_NAME | _NAME_CONNECTORS and before not in _DETS and not title \
                and words[k][:1].isalpha() and not before.endswith(("ed", "ing")) \
                and not before.endswith(("'s", "’s")) and any(w[:1].islower() for w in words[:k]):
            src.descriptor = src.descriptor or " ".join(words[:k])
            src.name = " ".join(words[k:])
            src.ref = "name"
            return
    # "the SMAQ union", "the Wagner group": a name before a generic noun
    # (not "the UN agency": an umbrella body's agency is not the umbrella body; only written names)
    if words[-1] in _GENERIC_AFTER_NAME and len(words) >= 2 and not (
            set(words[:-1]) & {"UN", "U.N.", "EU", "AU", "NATO", "UN's"}):
        i = len(words) - 1
        j = i
        while j > 0 and proper(words[j - 1]):
            j -= 1
        if j < i and (j == 0 or words[j - 1].lower() in _DETS) and j + 0 < i \
                and not (j == 0 and _sentence_initial_word(sent, words[0])):
            if all(w[:1].isupper() for w in words[j:i]) and not words[i - 1].lower().endswith(_PLACE_PARTICIPLES):
                # (not "the Dublin-based company": where it is based, not its name)
                src.descriptor = src.descriptor or words[-1]
                src.name = " ".join(words[j:i])
                src.ref = "name"


_EXAMINATIONS = {"scan", "scans", "test", "tests", "x-ray", "x-rays", "mri", "check", "checks", "examination",
                 "examinations", "results", "screening", "biopsy"}
_PLACE_PARTICIPLES = ("-based", "-headquartered", "-listed", "-registered", "-owned", "-run", "-backed", "-born",
                      "-funded", "-controlled", "-led")


def _known_first_name(word: str) -> bool:
    key = _fold(word)
    return key in first_names.FEMALE_FIRST_NAMES or key in first_names.MALE_FIRST_NAMES


_MEDIA_ON_PLATFORM = re.compile(
    r"\b(?P<np>(?:an?|the|one|another|two|several)?\s*(?:[\w-]+\s+)?(?:video|videos|footage|clip|clips|images?|"
    r"photos?|photographs?|pictures?|posts?)\s+(?:that\s+(?:was|were|has\s+been|have\s+been)\s+)?(?:posted|shared|"
    r"circulating|circulated|uploaded|published|broadcast|aired)\s+(?:widely\s+)?"
    # ("A post shared more than 4,000 times on Facebook claimed ...")
    r"(?:(?:more\s+than\s+|over\s+|nearly\s+|about\s+|some\s+)?[\d,.]+(?:\s+(?:million|thousand))?\s+times\s+)?"
    r"(?:on|by)\s+(?:the\s+)?"
    r"(?P<platform>(?-i:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})|social\s+media))", re.I)
# (a post's words: "A post shared on Facebook claimed the branch would close")
_ITEM_SAID = re.compile(r"\s+(?:\w+\s+){0,2}?(claimed|claims|said|says|alleged|alleges|warned|warns|stated|states)\b")
_SHOWS = re.compile(r"\b(?:shows?|showed|showing|(?:appears?|appeared|seems?|seemed|purports?|purported)\s+to\s+show|"
                    r"purportedly\s+show(?:s|ed|ing)?)\b", re.I)


def _media_item_on_platform(sent: Sent) -> RawSource | None:
    """'A video circulating on X, which shows thick smoke ...', 'because of a video posted on Instagram that appears to
    show ...': a media item carried by a platform and shown to show something is a source even when the showing sits
    in a relative clause (the main clause says only that it was viewed, or why it matters). Only when the sentence has
    no other source."""
    m = _MEDIA_ON_PLATFORM.search(sent.text)
    said = _ITEM_SAID.match(sent.text, m.end()) if m is not None else None
    if m is None or not _SHOWS.search(sent.text, m.start()) and said is None:
        return None
    platform = m.group("platform")
    low = platform.lower()
    if not (low in lx.PLATFORMS or low in lx.OUTLETS or low == "social media"):
        return None
    k = next((i for i, (a, _b) in enumerate(sent.offsets) if a >= m.start()), None)
    if k is not None and sent.in_quote[k]:
        return None
    return RawSource(platform, "media", m.group("np").strip(), said.group(1) if said else "show", None, "indirect",
                     ref="name", head=low.split()[-1])


# A news organisation's own people as eyewitnesses: "..., an AFP journalist saw.", "A Reuters reporter saw ...",
# "AFP correspondents heard sustained gunfire" (the wire formula for what the outlet itself witnessed).
_WITNESS_NP = (r"(?P<np>(?:an?|the|two|three|several|other)?\s*(?:[A-Z][\w.&-]*\s+){1,2}(?:journalists?|correspondents?|"
               r"reporters?|photographers?|videographers?|cameram[ae]n|camera\s+crews?|teams?|stringers?)"
               r"(?:\s+(?:in|at|on|near)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?)")
_WITNESS_VERBS = r"(?:saw|heard|witnessed|observed|counted|watched|found)"
_WITNESS_TRAILING = re.compile(r",\s+" + _WITNESS_NP + r"\s+" + _WITNESS_VERBS + r"\s*\.?[\"”’']?\s*$")
_WITNESS_LEADING = re.compile(r"^(?:[A-Z][^,]{0,40},\s+)?" + _WITNESS_NP + r"\s+" + _WITNESS_VERBS + r"\b")


def _journalist_witness(sent: Sent) -> RawSource | None:
    """'Police fired tear gas at the crowd, an AFP journalist saw.': the outlet's reporter who saw it is the source
    (only a capitalised outlet before the noun: not "a local journalist", nor the reporter's own opinion)."""
    m = _WITNESS_TRAILING.search(sent.text) or _WITNESS_LEADING.search(sent.text)
    if m is None:
        return None
    k = next((i for i, (a, _b) in enumerate(sent.offsets) if a >= m.start("np")), None)
    if k is not None and sent.in_quote[k]:
        return None
    np_ = m.group("np").strip()
    outlet = next((w for w in re.findall(r"[A-Z][\w.&-]*", np_)), "")
    if outlet.lower() not in lx.OUTLETS and not outlet.isupper():
        return None
    return RawSource(np_, "anonymous", None, re.search(_WITNESS_VERBS + r"\b", sent.text[m.start("np"):]).group(0),
                     None, "indirect", ref="name", head=np_.lower().split()[-1])


def _description_then_name_speaker(sent: Sent, has_anon: bool) -> RawSource | None:
    """'In a post on LinkedIn, the trust's chief executive, Dr Simon Okonjo, said ...': a description, then the
    person's name between commas, right before a reporting verb the parser left without a subject (it hung the
    description on the opening phrase)."""
    doc = sent.doc
    n = len(doc)
    commas = [i for i in range(n) if sent.tok(i) == "," and not sent.in_quote[i]]
    for c1, c2 in zip(commas, commas[1:]):
        v = c2 + 1
        if v >= n or sent.in_quote[v] or not doc[v].tag_.startswith("VB"):
            continue
        lemma = lx.REPORT_VERBS.get(sent.lower(v))
        if lemma is None or lemma in lx.EVIDENCE_VERBS or any(c.dep_ in ("nsubj", "nsubjpass") for c in doc[v].children):
            continue
        e = _ent_of(doc, doc[c2 - 1])
        if e is None or e.label_ != "PERSON" or e.end != c2 or any(
                not (doc[i].pos_ == "PROPN" or doc[i].tag_ == "NNP") for i in range(c1 + 1, e.start)):
            continue  # (only a title may stand between the comma and the name: "Dr", "Mr")
        before = max([c for c in commas if c < c1], default=-1)
        desc = sent.span(before + 1, c1 - 1).strip()
        if not desc or len(desc.split()) > 8 or any(doc[i].tag_ in _FINITE_TAGS or sent.in_quote[i]
                                                   for i in range(before + 1, c1)):
            continue
        if not any(w.lower() in _ROLE_NOUNS | lx.ANONYMOUS_HEADS | lx.PERSON_TITLES for w in re.findall(r"[\w-]+", desc)):
            continue  # ("In Kharkiv, Ihor Terekhov, said" is no description)
        src = _np(sent, e.root, sentence_has_anon=has_anon)
        if src is None:
            return None
        src.name = sent.span(e.start, e.end - 1)
        src.kind = "person"
        src.descriptor = re.sub(r"(?i)^the\s+", "", desc)
        via, via_ref, audience = _via(sent, doc[v], lemma)
        if via is None:
            via = _opening_setting(sent, None)  # ("In a separate post on LinkedIn, ...")
        src.cue = _cue(sent, doc[v], lemma, audience, None)
        src.via, src.via_ref = via, via_ref
        src.quote = _quote_kind(sent, v)
        src.extra["verb_i"] = v
        return src
    return None


def _appositive_speaker(sent: Sent, has_anon: bool) -> RawSource | None:
    """'<Name>, <who they are>, <reporting verb> ...': the commonest way news introduces a speaker.
    The small parser often makes the name the root and the verb a modifier of something later
    ("Paul Devlin, general secretary of the GMB union, accused ministers of ..."), so the shape is
    read from the tokens, at the head of the sentence or after an opening phrase ("Outside the
    court, Tamara Hiltz, whose father ..., told CBC News ...")."""
    doc = sent.doc
    n = len(doc)
    commas = [i for i in range(n) if sent.tok(i) == "," and not sent.in_quote[i]]
    for c1, c2 in zip(commas, commas[1:]):
        e = _ent_of(doc, doc[c1 - 1]) if c1 > 0 else None
        if e is None or e.end != c1 or e.label_ not in ("PERSON", "ORG"):
            continue
        before = max([c for c in commas if c < e.start], default=-1)
        # "Lombarda coach Stefano Rinaldi, ...": a title or role may stand before the name
        if any(doc[i].tag_.startswith("VB") or doc[i].tag_ == "IN" or sent.in_quote[i]
               for i in range(before + 1, e.start)) or e.start - before > 8:
            continue  # ("The governor of the Bank of Ghana, Kwabena Asante, said": the bank is not the speaker)
        j = c1 + 1
        # "Tamara Hiltz, whose father was among them, told ...": a relative clause may have its own verb;
        # "X, asked about it on Thursday, said ...": so may a participle
        relative = sent.lower(j) in ("who", "whose", "which") or doc[j].tag_ in ("VBN", "VBD") and (
            sent.lower(j) in lx.REPORT_VERBS or sent.lower(j) in ("asked", "speaking", "pressed", "interviewed"))
        if c2 - c1 > 17 or c2 == c1 + 1 or any(doc[i].tag_ in _FINITE_TAGS and not relative or sent.in_quote[i]
                                               for i in range(j, c2)):
            continue
        v = c2 + 1
        if v >= n:
            return None
        lemma = lx.REPORT_VERBS.get(sent.lower(v))
        # ("Carla Moreno, who managed ..., claims in a lawsuit that ...": "claims" read as a plural noun)
        verb_like = doc[v].tag_.startswith("VB") or doc[v].tag_ == "NNS" and sent.lower(v).endswith("s") and (
            doc[v].dep_ == "ROOT" or v + 1 < n and sent.lower(v + 1) in ("that", "in", "on"))
        if lemma is None or sent.in_quote[v] or not verb_like or lemma in lx.EVIDENCE_VERBS and not (
                lemma in ("suggest", "indicate") and e.label_ == "PERSON"):
            return None
        if lemma in lx.CLAUSE_ONLY_VERBS and not any(c.dep_ in _CLAUSE_DEPS for c in doc[v].children) \
                and not any(sent.in_quote[i] for i in range(v, n)) \
                and not _object_statement(sent, doc[v], lemma, e.root, True):
            return None  # "X, who visited the site, declared three days of mourning": an act
        if lemma not in _ADJUNCT_SPEECH | {"accuse", "testify", "describe", "call", "praise", "defend", "suggest",
                                           "indicate"} and not (
                lemma in ("post", "publish") and _object_statement(sent, doc[v], lemma, e.root, True)):
            return None
        src = _np(sent, e.root, sentence_has_anon=has_anon)
        if src is None:
            return None
        src.name = sent.span(e.start, e.end - 1)
        if not relative:
            src.descriptor = src.descriptor or sent.span(c1 + 1, c2 - 1).strip() or None
        via, via_ref, audience = _via(sent, doc[v], lemma)
        src.cue = _cue(sent, doc[v], lemma, audience, None)
        src.via, src.via_ref = via, via_ref
        src.quote = _quote_kind(sent, v)
        src.extra["verb_i"] = v
        src.extra["nested_ok"] = True
        return src
    return None


def _trailing_attribution(sent: Sent) -> tuple[int, int, int] | None:
    """'<a clause>, <noun phrase> <said> [when, where, to whom].': the commonest shape of wire attribution.
    Long sentences often defeat the small parser here (the speaker read as one more place or
    victim, the verb as a second event), so the shape is read from the tokens, not the tree.
    Returns the noun phrase's bounds and the verb's index."""
    doc = sent.doc
    n = len(doc)
    end = n - 1
    perfect = None
    while end > 0 and (doc[end].is_punct or sent.in_quote[end]) and sent.tok(end) not in (",",):
        end -= 1
    # ("..., two witnesses told Reuters, in the latest violence in a three-year insurgency.": a closing phrase of
    # context after the attribution, with no verb of its own, is set aside)
    tail = next((c for c in range(end - 1, 2, -1) if sent.tok(c) == "," and not sent.in_quote[c]), None)
    if tail is not None and sent.lower(tail + 1) in ("in", "amid", "after", "during", "following", "despite") \
            and not any(doc[i].tag_ in _FINITE_TAGS or sent.in_quote[i] or doc[i].tag_ in ("WDT", "WP")
                        for i in range(tail + 1, end + 1)) \
            and any(lx.REPORT_VERBS.get(sent.lower(i)) in _TRAILING_SPEECH for i in range(max(0, tail - 4), tail)):
        end = tail - 1
    for v in range(end, 1, -1):
        low = sent.lower(v)
        if sent.in_quote[v]:
            return None
        if lx.REPORT_VERBS.get(low) in _TRAILING_SPEECH | {"show", "suggest", "indicate"} and (
                doc[v].tag_ in ("VBD", "VBZ", "VBP") or low in ("said", "says", "told", "added", "show")):
            break
        if lx.REPORT_VERBS.get(low) in _TRAILING_SPEECH | {"indicate"} and doc[v].tag_ == "VBN" and v > 2 \
                and sent.lower(v - 1) in ("has", "have", "had"):
            perfect = v  # "..., the work and pensions secretary has indicated."
            v -= 1
            break
        if doc[v].tag_ in _FINITE_TAGS or low in ("that", ",", ";", ":", "who", "which") and not (
                low == "," and v + 1 < n and doc[v + 1].tag_ == "VBG"):
            return None  # more than an adjunct after the verb (", adding ..." is allowed)
        if end - v > 14:
            return None
    else:
        return None
    k = v - 1
    top_v = v
    if sent.tok(k) == "," and k > 2:
        # "..., residents and the Nyaungbin PDF, a local resistance group, said.": an indefinite apposition
        # between commas right before the verb describes the speakers before it
        k1 = k - 1
        while k1 > 0 and sent.tok(k1) != "," and doc[k1].tag_ not in _FINITE_TAGS | {"VB"} and not sent.in_quote[k1] \
                and k - k1 <= 8:
            k1 -= 1
        if sent.tok(k1) == "," and sent.lower(k1 + 1) in ("a", "an") and k1 + 2 < k:
            v, k = k1, k1 - 1
    # ('"..., the last mile is always the hardest," one of the sources, a diplomat ..., said.': the quotation's
    # closing mark after its comma ends the phrase too)
    closing = ('"', "”", "’", "'")
    while k > 0 and sent.tok(k) != "," and not (sent.tok(k) in closing and sent.tok(k - 1) == ","):
        t = doc[k]
        if t.tag_ in _FINITE_TAGS | {"VB"} or sent.in_quote[k] or sent.lower(k) in ("that", "who", "which", "or"):
            return None
        k -= 1
        if v - k > 16:
            return None
    lo = k + 1
    if k <= 0 or lo >= v or sent.in_quote[k] and sent.tok(k) not in closing or doc[lo].tag_ not in _NP_START_TAGS:
        return None
    if lx.REPORT_VERBS.get(sent.lower(v)) in ("show", "suggest", "indicate") and not any(
            sent.lower(i) in lx.DOCUMENT_WORDS | lx.MEDIA_WORDS for i in range(lo, v)) and not (
            lx.REPORT_VERBS.get(sent.lower(v)) != "show" and sent.lower(v - 1) in _ROLE_NOUNS):
        return None  # "..., data compiled by Bloomberg show": only documents show (people may indicate)
    if not any(doc[i].pos_ in ("NOUN", "PROPN", "PRON") for i in range(lo, v)):
        return None
    if not any(doc[i].tag_.startswith("VB") for i in range(0, k)):
        return None  # a fragment, not a clause reported
    if perfect is not None:
        return lo, v - 1, perfect
    return lo, v - 1, top_v


def _with_trailing_speaker(sent: Sent, found: list, trail: tuple[int, int, int], has_anon: bool) -> list:
    """The speaker of a trailing attribution replaces whatever the parse hung on the same verb."""
    lo, hi, v = trail
    doc = sent.doc
    both = next((a for a in range(lo + 2, hi) if sent.lower(a) == "and" and doc[a + 1].tag_ in ("DT", "CD", "PRP$")
                 and doc[lo].tag_ in ("DT", "CD", "PRP$")), None)
    if both is not None:
        # "..., two witnesses and a health worker told Reuters": each speaks, through the same channel
        first = _with_trailing_speaker(sent, found, (lo, both - 1, v), has_anon)
        second = _with_trailing_speaker(sent, [], (both + 1, hi, v), has_anon)
        if first is not found and second:
            d, s = first[0]
            return [(d, s), *[(d, o) for _d, o in second if o.name.lower() != s.name.lower()], *first[1:]]
        return first
    phrase = sent.span(lo, hi).lower()
    partitive = re.match(r"(?:one|two|three|four|each|another|either|neither|some|several|many|most|both|none)\s+of\s",
                         phrase)
    for _d, s in found if partitive else ():
        if s.kind in ("person", "anonymous") and s.name.lower() != phrase and phrase.endswith(s.name.lower()):
            # ('"...," one of the sources, a diplomat briefed on the talks, said': the parser hung "one" on the
            # quotation and left "the sources")
            s.name, s.ref = sent.span(lo, hi).strip(" ,"), "unresolved"
    if any(s.name.lower() in phrase or phrase.endswith(_strip_det(s.name.lower())) for _d, s in found):
        return found
    inside = [i for i in range(lo, hi + 1) if not doc[i].is_punct]
    heads = [i for i in inside if not lo <= doc[i].head.i <= hi and doc[i].pos_ in ("NOUN", "PROPN", "PRON")]
    if sent.tok(hi) == ")" and hi - 2 >= lo and sent.tok(hi - 2) == "(":
        inside = [i for i in inside if i < hi - 2]
    head_i = heads[0] if len(heads) == 1 and heads[0] in inside else next(
        (i for i in reversed(inside) if doc[i].pos_ in ("NOUN", "PROPN", "PRON")), None)
    if head_i is None:
        return found
    src = _doc_or_np(sent, doc[head_i], has_anon)
    if src is None:
        return found
    if partitive and src.kind in ("person", "anonymous") and src.name.lower() != phrase:
        # ('"...," one of the sources, a diplomat briefed on the talks, said': the parser hung "one" on the quotation)
        src.name, src.ref = sent.span(lo, hi).strip(" ,"), "unresolved"
    if src.name.lower() not in phrase:
        name = sent.span(lo, hi)
        if sent.tok(hi) == ")" and hi - 2 >= lo and sent.tok(hi - 2) == "(":
            name = sent.span(lo, hi - 3)
        src.name = name.strip(" ,")
    lemma = lx.REPORT_VERBS.get(sent.lower(v))
    via, via_ref, audience = _via(sent, doc[v], lemma)
    src.cue = _cue(sent, doc[v], lemma, audience, None)
    src.via, src.via_ref = via or src.via, via_ref
    src.quote = _quote_kind(sent, v)
    src.extra["verb_i"] = v
    src.extra.setdefault("nested_ok", True)
    kept = [(d, s) for d, s in found if s.extra.get("verb_i") != v]
    top = min((d for d, _s in kept), default=0)
    others = []
    if _ONE_TITLE.match(phrase):
        # "the work and pensions secretary has indicated": one office whose name has an "and", not two speakers
        src.name, src.kind, src.ref, src.head = _strip_det(sent.span(lo, hi)), "person", "definite", phrase.split()[-1]
        return [(top, src), *kept]
    for cj in (c for c in doc[head_i].children if c.dep_ == "conj" and lo <= c.i <= hi and c.pos_ in ("NOUN", "PROPN")):
        # (every one of coordinated speakers: "..., including six children, residents and a local group said")
        other = _doc_or_np(sent, cj, has_anon)
        if other is not None and other.kind != "document" and other.name.lower() != src.name.lower() and (
                other.ref != "unresolved" or re.match(r"(?i)an?\s", other.name) and sent.lower(cj.i) in _SPEAKER_NOUNS):
            other.cue, other.via, other.via_ref, other.quote = src.cue, src.via, src.via_ref, src.quote
            other.extra["verb_i"], other.extra["nested_ok"] = v, True
            others.append((top, other))
    return [(top, src), *others, *kept]


# An office named with its own "and": "the work and pensions secretary", "the trade and industry minister".
_ONE_TITLE = re.compile(r"^(?:the\s+)?(?:shadow\s+|deputy\s+|former\s+|acting\s+)?[a-z-]+\s+and\s+[a-z-]+\s+"
                        r"(?:secretary|minister|commissioner|spokesman|spokeswoman|spokesperson|director|committee|"
                        r"chair|chairman|chairwoman)$")


def _depth(tok) -> int:
    d = 0
    while tok.head.i != tok.i and d < 50:
        tok = tok.head
        d += 1
    return d


_SELF_NAMED = re.compile(
    r"\b(?:calling|calls|called|describing|describes|styling|styles)\s+(?:itself|themselves)\s+(?:as\s+)?"
    r"[\"“‘']?((?:[A-Z0-9][\w'’&.-]*)(?:\s+(?:of|for|the|and|de|al)?\s*[A-Z0-9][\w'’&.-]*)*)")
_SELF_NAMING_HEADS = {"claim", "claims", "allegation", "allegations", "rumour", "rumours", "rumor", "rumors",
                      "message", "messages", "story"}  # (a self-named speaker itself is renamed in the pipeline)


def _self_named(sent: Sent, head, low: str) -> RawSource | None:
    """'A separate claim, posted on Facebook by a page calling itself "Free Pomerania News", said':
    the page speaks under the name it gives itself, through the platform it posted on."""
    if low not in _SELF_NAMING_HEADS | lx.MEDIA_WORDS or "itself" not in sent.text and "themselves" not in sent.text:
        return None
    lo, hi = _subtree_bounds(head)
    phrase = sent.span(lo, hi)
    m = _SELF_NAMED.search(phrase)
    if m is None:
        return None
    via = None
    pm = re.search(r"\b(?:on|via)\s+(?:the\s+)?([A-Z][\w]*(?:\s+[A-Z][\w]*)?)", phrase[:m.start()])
    if pm and pm.group(1).lower() in lx.PLATFORMS:
        via = pm.group(1)
    return RawSource(m.group(1).strip(" .,"), "organization", None, None, via, None, ref="name", head=low)


def _platform_of_page(sent: Sent, t) -> str | None:
    """The platform of "the group's Telegram channel", "the ministry's Facebook page"."""
    if sent.lower(t.i) not in ("channel", "channels", "page", "account", "feed", "profile"):
        return None
    return next((sent.tok(x.i) for x in t.children if x.dep_ in ("compound", "nmod", "amod")
                 and sent.lower(x.i) in lx.PLATFORMS), None)


def _doc_or_np(sent: Sent, head, has_anon: bool) -> RawSource | None:
    """A source; media items and documents carried by a named platform or
    author are named after it ("a video posted on YouTube" -> YouTube)."""
    low = sent.lower(head.i)
    named = _self_named(sent, head, low)
    if named is not None:
        return named
    if low in ("title", "caption", "headline", "description") and head.dep_ == "pobj" \
            and sent.lower(head.head.i) == "with":
        # "an identical clip posted on YouTube in 2021, with a title saying it showed ...": the title is the
        # item's, which its platform carries
        item = next((k for k in reversed(sent.doc[:head.head.i]) if sent.lower(k.i) in lx.MEDIA_WORDS
                     and k.pos_ == "NOUN" and not sent.in_quote[k.i]), None)
        if item is not None:
            return _doc_or_np(sent, item, has_anon)
    src = _np(sent, head, sentence_has_anon=has_anon)
    if src is None:
        return None
    if low in lx.MEDIA_WORDS | lx.DOCUMENT_WORDS and (src.extra.get("label") is None or head.tag_ in ("NN", "NNS")
                                                      or head.i == 0 and sent.tok(0)[1:].islower()):
        # (a common noun the NER took for a name: "Photographs released by ..." as PERSON)
        lo, hi = _subtree_bounds(head, cut={"relcl", "punct", "appos"})
        lo, hi = _trim(sent, lo, hi, head.i)
        for c in head.children:
            if c.dep_ == "acl" and c.tag_ == "VBG" and lx.REPORT_VERBS.get(sent.lower(c.i)) and c.i > head.i:
                hi = min(hi, c.i - 1)  # "documents showing that ...": the clause is what they say
        while hi + 1 < len(sent.doc) and sent.doc[hi + 1].dep_ == "appos" and lo <= sent.doc[hi + 1].head.i <= hi \
                and sent.doc[hi + 1].head.i != head.i and sent.doc[hi + 1].pos_ == "PROPN":
            hi = _subtree_bounds(sent.doc[hi + 1])[1]  # "a study published in the journal Science"
        phrase = sent.span(lo, hi)
        carrier = via = None
        kind_is_doc = low in lx.DOCUMENT_WORDS
        for t in sent.doc[lo:hi + 1]:
            if t.dep_ == "pobj" and t.head.dep_ in ("prep", "agent") and \
                    sent.lower(t.head.i) in ("on", "by", "from", "of", "in", "to", "via") \
                    and not _is_time(sent, t) \
                    and (t.pos_ == "PROPN" or _ent_of(sent.doc, t) or sent.lower(t.i) in lx.PLATFORMS
                         # "a report by the engineering firm Danso & Partners": the name in apposition
                         or any(x.dep_ == "appos" and x.pos_ == "PROPN" for x in t.children)
                         or sent.lower(t.i) in lx.OUTLET_NOUNS - {"paper"} and sent.lower(t.head.i) in ("on", "by")
                         or sent.lower(t.i) == "journal" and sent.lower(t.head.i) == "in"
                         or _platform_of_page(sent, t) is not None):
                ent = _ent_of(sent.doc, t)
                if ent is not None and ent.label_ not in _NAME_LABELS:
                    continue
                if (plat := _platform_of_page(sent, t)) is not None and sent.lower(t.head.i) in ("on", "via"):
                    # "a post on the group's Telegram channel", "a video posted on the ministry's Facebook page":
                    # the item is named after its platform
                    if carrier is None:
                        carrier = plat
                    continue
                ap = next((x for x in t.children if x.dep_ == "appos" and (x.pos_ == "PROPN" or _ent_of(sent.doc, x))), None)
                if ap is None and sent.lower(t.i) == "journal" and t.i + 1 < len(sent.doc) and \
                        sent.doc[t.i + 1].pos_ == "PROPN":
                    ap = sent.doc[t.i + 1]  # "in the journal Science", the name parsed apart
                    if hi == t.i:
                        hi = (_ent_of(sent.doc, ap).end - 1) if _ent_of(sent.doc, ap) is not None else ap.i
                        phrase = sent.span(lo, hi)
                if ap is None and sent.lower(t.i) in lx.OUTLET_NOUNS and t.i + 1 < len(sent.doc) \
                        and t.i + 1 == _subtree_bounds(t)[1] + 1 and sent.doc[t.i + 1].pos_ == "PROPN" \
                        and not _is_time(sent, sent.doc[t.i + 1]) \
                        and ((e2 := _ent_of(sent.doc, sent.doc[t.i + 1])) is None or e2.label_ in ("ORG", "PERSON")):
                    # "broadcast by state television RTA": the outlet's name the parser hung elsewhere
                    ap = sent.doc[t.i + 1]
                if ap is not None:
                    name = _np_name(sent, ap)  # "the state news agency SANA"
                elif t.pos_ != "PROPN" and ent is None and sent.lower(t.i) not in lx.PLATFORMS:
                    # "broadcast by state television", "on local radio": the whole noun phrase.
                    clo, chi = _subtree_bounds(t, cut={"relcl", "punct", "prep", "acl", "appos"})
                    name = _strip_det(sent.span(clo, chi))
                else:
                    name = _np_name(sent, t)
                prep = sent.lower(t.head.i)
                verb = sent.lower(t.head.head.i)
                if prep == "by" and verb in ("commissioned", "funded", "sponsored", "ordered", "requested"):
                    continue  # "commissioned by the GFA": who paid for it, not who wrote it
                if prep == "by" and verb == "carried" and any(
                        x.dep_ == "prt" or sent.lower(x.i) == "out" for x in t.head.head.children):
                    continue  # "a review carried out by the consultancy X": who did it, not a channel
                if (prep == "by" and verb in _SEEN_VERBS) or (
                        prep == "by" and low not in lx.MEDIA_WORDS and verb in ("carried", "aired", "broadcast", "run")) \
                        or (prep == "to" and verb in ("leaked", "provided", "sent")) \
                        or (prep == "in" and verb in ("published", "appeared", "reported")):
                    # "minutes seen by Euractiv", "a study published in Nature": the channel.
                    # ("figures obtained by the Liberal Democrats": a party is no channel)
                    if not (prep == "by" and _not_outlet_name(name)):
                        via = via or name
                    continue
                if carrier is None:
                    carrier = name
                    if prep == "by" and kind_is_doc:
                        # ("a study by the FAO and the Urban Unit": the other named authors)
                        co = [c for c in t.children if c.dep_ == "conj" and (c.pos_ == "PROPN" or (
                            (ce := _ent_of(sent.doc, c)) is not None and ce.label_ in ("ORG", "PERSON")))]
                        src.extra["co_authors"] = [_np_name(sent, c) for c in co]
                # ("a video posted on Facebook by the opposition coalition ...": the item is named after the platform
                # that carries it, whoever posted it, as every development annotation of the shape has it)
                continue
            if t.dep_ in ("compound", "poss") and t.head.i == head.i and (t.pos_ == "PROPN" or sent.lower(t.i) in lx.PLATFORMS) \
                    and carrier is None:
                carrier = _np_name(sent, t)
                if carrier.endswith("'s"):
                    carrier = carrier[:-2]
        kind = "media" if low in lx.MEDIA_WORDS else "document"
        if via is None:
            via = _seen_by_subject(sent, head)
        if via is None:
            # "An inspection report ..., which Ojo Andino has seen, found": the outlet that saw it.
            for c in head.subtree:
                vs = _subject(c) if c.dep_ == "relcl" and sent.lower(c.i) in _SEEN_VERBS and any(
                    x.dep_ == "dobj" and sent.lower(x.i) in ("which", "that") for x in c.children) else None
                if vs is not None and (vs.pos_ == "PROPN" or _ent_of(sent.doc, vs) is not None):
                    via = _np_name(sent, vs)
        rel = next((c for c in head.children if c.dep_ == "relcl" and c.i > head.i and sent.lower(c.i) in _SHARED_VERBS
                    | {"circulating", "spread", "went"}), None) if carrier is None and low in lx.MEDIA_WORDS else None
        for p in (c for c in rel.children if c.dep_ == "prep" and sent.lower(c.i) in ("on", "via")) if rel is not None else ():
            # "A video that circulated on TikTok appeared to show ...", "a clip which was posted on X shows":
            # the platform that carries it
            ob = next((c for c in p.children if c.dep_ == "pobj"), None)
            if ob is not None and (sent.lower(ob.i) in lx.PLATFORMS or _social_media(sent, ob)):
                carrier = "social media" if _social_media(sent, ob) else _np_name(sent, ob)
                phrase = sent.span(lo, _subtree_bounds(rel)[1])
                break
        hv = head.head
        if carrier is None and low in lx.MEDIA_WORDS and head.dep_ == "nsubj" and sent.lower(hv.i) in _SHARED_VERBS:
            # "Photographs shared on social media by ... showed": the parser made "shared" the verb.
            for p in (c for c in hv.children if c.dep_ == "prep" and sent.lower(c.i) in ("on", "via")):
                # (the first place, never a day: "Videos posted on social media on Wednesday showed")
                for ob in (c for c in p.children if c.dep_ == "pobj" and carrier is None and not _is_time(sent, c)):
                    if _social_media(sent, ob):
                        carrier = "social media"
                    elif sent.lower(ob.i) in lx.PLATFORMS or ob.pos_ == "PROPN":
                        carrier = _np_name(sent, ob)
        if carrier:
            out = RawSource(carrier, kind, phrase, None, via, None, ref="name", head=low)
            if src.extra.get("co_authors"):
                out.extra["co_authors"] = [c for c in src.extra["co_authors"] if c != carrier]
            return out
        if src.ref == "definite":
            src.kind = kind
            src.via = via
            return src
        return RawSource(phrase, kind, phrase, None, via, None, ref="name", head=low)
    return src


_JOINING_WORDS = ("and", "or", "&", "with")  # (a word that joins a second speaker to the first)
_TIME_BEFORE_VERB = re.compile(r"(?i)^(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today|"
                               r"earlier|later|also|previously|recently)$")


def _joined_names(sent: Sent, sources: list) -> list:
    """'according to the Disaster and Emergency Management Authority (AFAD)', 'the U.S. Food and Drug Administration',
    'Transport Scotland': the parser split one body's name at its "and" (or read its two words as two bodies). When
    "A and B" is one entity of the sentence, or the sentence writes "A and B" (or "A & B", "A B") as one run of
    capitalised words that ends as bodies' names end, it is one source."""
    ents = {re.sub(r"(?i)^the\s+", "", sent.span(e.start, e.end - 1)) for e in sent.doc.ents if e.label_ in ("ORG", "FAC")}
    out = list(sources)
    for a in list(out):
        for b in list(out):
            if a is b or a not in out or b not in out or a.cue != b.cue:
                continue
            joined = f"{a.name} and {b.name}"
            if joined in ents:
                a.name, a.kind = joined, b.kind or a.kind
                out.remove(b)
            elif (run := _one_body_run(a, b, sent.text)) is not None:
                a.name, a.kind = run, b.kind if b.kind == "government" else a.kind
                out.remove(b)
    return out


_NAME_ENDINGS = lx.BODY_NAME_ENDINGS | {"administration", "department", "directorate", "secretariat", "corporation",
                                        "company", "trust", "management"}


def _one_body_run(a: RawSource, b: RawSource, text: str) -> str | None:
    """'Tramways and Public Transport Union', 'Transport Scotland': two sources written as one run of capitalised
    words ending in a word that ends bodies' names (or a two-word body named after its nation)."""
    if {a.kind, b.kind} & {"document", "media"} or not a.name or not b.name:
        return None
    joined = next((f"{a.name}{glue}{b.name}" for glue in (" and ", " & ", " ")
                   if f"{a.name}{glue}{b.name}" in text), None)
    words = joined.split() if joined else []
    if not joined or not all(w[:1].isupper() or w in ("and", "&", "of", "for") for w in words):
        return None
    # (a body's name, whatever the tagger made of its halves: "Hostages and Missing Families Forum"; and a name
    # that opens as ministries' do: "Ministry of Roads and Highways"; or ends with its nation: "Fisheries and
    # Oceans Canada")
    if any(f" {pair} " in f" {joined} " for pair in _JOINED_PLACES):
        return joined  # ("NHS Dumfries and Galloway said": a body named after a place called "A and B")
    if words[-1].lower() in _NAME_ENDINGS | {"forum", "alliance", "coalition", "front", "movement", "network"} \
            or words[0].lower() in _BODY_OPENINGS and "of" in words[:3] and "person" not in {a.kind, b.kind} \
            or words[-1] in _NATIONS and "person" not in {a.kind, b.kind}:
        return joined
    return None


# Places whose names are "A and B": a body named after one is one source.
_JOINED_PLACES = {"Dumfries and Galloway", "Trinidad and Tobago", "Bosnia and Herzegovina", "Antigua and Barbuda",
                  "Saint Kitts and Nevis", "St Kitts and Nevis", "Turks and Caicos", "Jammu and Kashmir",
                  "Kensington and Chelsea", "Brighton and Hove", "Hammersmith and Fulham", "Barking and Dagenham",
                  "Tyne and Wear", "Saint Vincent and the Grenadines", "Sao Tome and Principe", "Wallis and Futuna",
                  "Daman and Diu", "Andaman and Nicobar", "Bath and North East Somerset", "Perth and Kinross",
                  "Argyll and Bute", "Cheshire West and Chester", "Hull and East Yorkshire", "Bedford and Luton"}
_BODY_OPENINGS = {"ministry", "department", "office", "bureau", "directorate", "secretariat", "commission", "agency"}
_NATIONS = {"Scotland", "Wales", "Ireland", "England", "Canada", "Australia", "Zealand", "Kenya", "Nigeria", "India"}


def _that_clause_below(verb) -> bool:
    """'writing in a note to clients that wage growth remains high': the reported clause, which the parser hung on
    the recipient as a relative clause."""
    return any(x.lower_ == "that" and x.dep_ == "mark" and x.head.dep_ in ("relcl", "ccomp") and x.head.i > x.i
               and x.head.i != verb.i and x.i > verb.i for x in verb.subtree)


def _person_named_before_verb(sent: Sent, subj, verb, untagged: dict):
    """'Huthi military spokesman Hamid al-Qadimi said', 'The candidate of the SDP, Senator Ibrahim Musa, on Saturday
    promised': a role, then the person's name right before the reporting verb. The small parser often makes the
    role the subject and scatters the name (a compound, an adverb, a second subject); the name is who speaks."""
    doc = sent.doc
    if subj is None:
        # ("In a call with analysts, managing director Anirudh Deshpande said": the parser left the verb without a
        # subject, the name hung on the opening phrase)
        lo = max(0, verb.i - 8)
        role = next((j for j in range(verb.i - 1, lo - 1, -1) if sent.lower(j) in _ROLE_NOUNS), None)
        if role is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None
        subj = doc[role]
    if subj.i >= verb.i or (e := _ent_of(doc, subj)) is not None and e.label_ == "PERSON":
        return None
    if not (sent.lower(subj.i) in _ROLE_NOUNS or subj.tag_ == "NN"
            or subj.tag_ == "NNP" and _ent_of(doc, subj) is None):  # ("the Special Adviser to the President")
        return None
    k = verb.i - 1
    while k > subj.i and (doc[k].tag_ in ("MD", "RB") or sent.lower(k) in ("has", "have", "had", "was", "is")):
        k -= 1
    # (an adverbial of time between the name and the verb: "..., on Saturday promised")
    for width in (2, 1):
        if k - width + 1 > subj.i and _TIME_BEFORE_VERB.match(sent.span(k - width + 1, k)):
            k -= width
            break
    if sent.tok(k) == ",":
        k -= 1
    e = _ent_of(doc, doc[k])
    person = e is not None and (e.label_ == "PERSON" or e.label_ in ("ORG", "NORP", "GPE") and _known_first_name(
        sent.tok(e.start)) and all(doc[j].tag_ == "NNP" for j in range(e.start, e.end)))
    if e is None and doc[k].tag_ == "NNP" and subj.i < k - 1:
        # ("... for the OPW Declan Fahy told": a known given name, then the surname, untagged by the model)
        first = k - 1 if _known_first_name(sent.tok(k - 1)) and doc[k - 1].tag_ == "NNP" else None
        if first is not None and first > subj.i and not any(doc[j].pos_ in ("VERB", "AUX") or sent.in_quote[j]
                                                            for j in range(subj.i, first)) \
                and sent.lower(first - 1) not in _JOINING_WORDS:
            untagged[k] = first
            return doc[k]
    if not person or e.end - 1 != k or e.end - e.start < 2 or e.start <= subj.i:
        return None
    if sent.lower(e.start - 1) in _JOINING_WORDS:
        return None  # ("The spokesman and Ruth Adeyemi said": two speakers)
    if any(sent.in_quote[j] or doc[j].pos_ in ("VERB", "AUX") for j in range(subj.i, e.start)):
        return None  # ("the minister who sacked Ann Lee said": the name belongs to another clause)
    return e.root
