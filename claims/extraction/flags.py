"""Hedges, the unverifiable flag and check-worthiness of one sentence."""
from __future__ import annotations

import re

from . import lexicon as lx

_AUX_RX = re.compile(r"^(is|are|was|were|has been|have been|had been|being) ")


def _hedge_pattern(h: str) -> str:
    m = _AUX_RX.match(h)
    if m:
        # "is widely believed to", "are also said to": one adverb may come between.
        rest = h[m.end():]
        return (re.escape(m.group(1)).replace(r"\ ", r"\s+") + r"\s+(?:[a-z]+ly\s+|also\s+|still\s+|now\s+)?"
                + re.escape(rest).replace(r"\ ", r"\s+"))
    return re.escape(h).replace(r"\ ", r"\s+")


_HEDGE_RX = re.compile(
    r"(?<![\w-])(?:" + "|".join(_hedge_pattern(h) for h in sorted(set(lx.HEDGES), key=len, reverse=True))
    + r")(?![\w-])", re.I)
_UNVERIFIABLE_RX = [re.compile(p, re.I) for p in lx.UNVERIFIABLE_PATTERNS]
_PARTICLE = r"(?:(?:al|el|ad|an|as|ash|at|az|ibn|bin|de|van|von|da|di|le|la|du)[\s-])?"
_BY_AGENT = re.compile(
    r"\s+by\s+(?P<who>(?:the\s+)?" + _PARTICLE + r"[A-Z\u00c0-\u024f][\w'’.&-]*(?:[\s-]+(?:[A-Z\u00c0-\u024f][\w'’.&-]*|al|el|of|for|de|du|the|and))*)")
_SUBJECT_BEFORE = re.compile(
    r"(?P<who>(?:The\s+)?" + _PARTICLE + r"[A-Z\u00c0-\u024f][\w'’.&-]*"
    r"(?:[\s-]+(?:[A-Z\u00c0-\u024f][\w'’.&-]*|al|el|of|for|de|the))*)"
    r"\s*(?:,[^,]{1,60},\s*)?$")
_NUM = re.compile(r"\d")
_UNVERIFIED_WORD = re.compile(r"\bunverifi(?:ed|able)\b", re.I)
# "the weapons were unverified": a flag only about the claim itself.
_REACHED = re.compile(r"reached\s+for\s+comment", re.I)
# "unverified" as the object of a warning ("not to share unverified footage", "warned against
# unverified rumours", "the spread of unverified claims") says nothing about this claim.
_CAUTION_BEFORE = re.compile(
    r"\b(?:share|sharing|shared|spread|spreading|circulat\w*|repost\w*|forward\w*|amplif\w*|believ\w*|trust\w*|"
    r"rel(?:y|ying|ied)\s+on|ignor\w*|avoid\w*|against|beware\s+of|wary\s+of|warn\w*\s+(?:of|about)|"
    r"caution\w*\s+(?:of|about))\s+(?:[\w'’-]+\s+){0,2}$", re.I)


_IF = re.compile(r"\b(?:if|unless)\b(?!\s+(?:any|not|at\s+all|ever|anything|so|only|necessary|needed)\b)", re.I)
_NOT_COND_IF = re.compile(r"\b(?:as|even|what|asked|ask|asks|asking|wonder|wondered|know|see|check|checked)\s+$", re.I)
_ABILITY_ADVERB = re.compile(r"\s+(?:barely|hardly|scarcely|no\s+longer|not\s+even|only\s+just|no\s+more)\b", re.I)
_ONLY_REL = re.compile(r"\bonly\s+(?:[\w'-]+\s+){0,3}(?:that|which|who|whom)\s+$", re.I)
_REL_OR_CONJ = {"that", "which", "who", "whom", "whose", "what", "and", "but", "or", "nor", "yet", "so", "also",
                "still", "even", "therefore", "thus"}


def _conditional(text: str, m) -> bool:
    """The modal at m is the consequence of an "if"/"unless" clause of its own clause."""
    clause = re.split(r"[;:]|\.\s", text[:m.start()])[-1]
    for c in _IF.finditer(clause):
        if not _NOT_COND_IF.search(clause[:c.start()]):
            return True
    after = re.match(r"[^,;:]*", text[m.end():]).group(0)
    return any(not _NOT_COND_IF.search(after[:c.start()]) for c in _IF.finditer(after))


def _own_clause(between: str) -> bool:
    """Between an earlier hedge and a "could": a clause break after which "could" has a subject of
    its own ("..., where repairs could", "..., and the coach said the defender could"), not a
    relative pronoun or a shared subject ("..., a finding that could", "... but could")."""
    if "," not in between:
        return False
    words = re.findall(r"[\w'’-]+", between.split(",")[-1])
    return len(words) >= 2 and words[-1].lower() not in _REL_OR_CONJ


# A verb of perception or discrimination after an ability "could": "could already hear",
# "could be told apart", "could be distinguished" report what was possible, not a guess.
_PERCEIVE_AFTER = re.compile(
    r"\s+(?:only\s+|still\s+|barely\s+|hardly\s+|clearly\s+|already\s+|just\s+|now\s+|easily\s+)?"
    r"(?:see|hear|feel|smell|afford|remember|recall|watch|detect|spot|distinguish|do\s+(?:nothing|little)\b|be\s+(?:seen|heard|told\s+apart|distinguished|"
    r"recogni[sz]ed|identified|detected|spotted|traced|felt))\b", re.I)
# A newsroom's check and what it could establish: "Reuters could verify only two of the videos",
# "the BBC could independently confirm the location", "only one claim could be verified", "the
# video could be geolocated to". (A passive "could be confirmed next week" stays a guess.)
_VERIFY_AFTER = re.compile(
    r"\s+(?:only\s+|independently\s+|partly\s+|partially\s+|fully\s+|also\s+)*(?:(?:verify|confirm|corroborate|"
    r"authenticate|geolocate|establish)\b|be\s+(?:independently\s+|fully\s+|partly\s+)?(?:verified|corroborated|"
    r"authenticated|geolocated)\b)", re.I)
_PREVENTABLE_AFTER = re.compile(
    r"\s+(?:easily\s+|so\s+easily\s+|all\s+)?(?:been\s+(?:easily\s+)?(?:avoided|prevented|averted|stopped|saved|rescued|"
    r"evacuated|out|spared|caught|treated)|(?:saved|prevented|avoided|averted|stopped|escaped|got\s+out|"
    r"rescued|evacuated|warned)\b)", re.I)
# A capability shown by a test or a study: "researchers showed the toy could be coaxed into",
# "the audit demonstrated that the lock could be opened", "tests have proven the seal could be broken".
# (The present "the poll shows the government could be ousted" stays a projection.)
_SHOWN_BEFORE = re.compile(
    r"\b(?:showed|shown|demonstrated|proved|proven)\s+(?:that\s+)?[^,;]{0,60}$", re.I)
_PASSIVE_AFTER = re.compile(r"\s+(?:still\s+|easily\s+|reliably\s+)?be\s+(?:\w+ed|told\s+apart|\w+en)\b", re.I)
# Permission given to a person: "tell me I could push the button", "told them they could go home".
_PERMISSION_BEFORE = re.compile(
    r"\b(?:tell|tells|told|telling|assured|assure|promised|promise)\s+(?:me|him|her|them|us|you)\s+(?:that\s+)?"
    r"(?:i|he|she|they|we|you)\s+$", re.I)
# A person's offer or promise of what they can do ("he said he could make that go away", "she
# told them she could help"): ability, not a guess about a fact.
_OFFER = re.compile(r"\b(?:i|he|she|we|you)\s+$", re.I)
_OFFER_AFTER = re.compile(
    r"\s+(?:make\s+(?:it|that|this|them|things|the\s+\w+)\s+(?:go\s+away|disappear|happen)|help\b|fix\s+(?:it|that|this|things)\b|"
    r"sort\s+(?:it|that|this|things)\s+out|arrange\b|guarantee\b|get\s+(?:it|that|this|them|you|him|her)\s+(?:done|dropped|approved))",
    re.I)
# The verb, not the adjective: "has also alleged irregularities", "what the families had suspected".
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had|having)\s+(?:(?:also|long|already|repeatedly|previously|since|"
                             r"never|always|often|now|\w+ly)\s+)?$", re.I)
_PERSON_SUBJECT_BEFORE = re.compile(
    r"(?:\b(?:he|she|they|we|i|you|who)|(?:^|(?:^|\s)[a-z][\w'’-]*\s+|,\s+)(?!(?:The|A|An|This|That|These|Those|His|Her|Its|Their|Our|My|Your|Some|Any|Several|Many|"
    r"Two|Three|Four|Five|One|In|On|For|Of|Over|After|Amid|Among|Despite|With|Without|By|From|About|Against|"
    r"Following|During|Under|Both|All|No|Each|Every|Other|Such)\b)[A-Z][\w'’-]*(?<!['’]s)(?<!['’]))\s+(?:also\s+)?$")
# A negative subject negates the modal as "not" does: "nobody could say when", "none of the crew could swim".
_NEG_SUBJECT = re.compile(r"\b(?:nobody|no\s+one|nothing|none(?:\s+of\s+[^,;]{1,40})?|neither(?:\s+[^,;]{1,40})?|"
                          r"no\s+[a-z]+)\s+$", re.I)
# A speaker, a body or a filing as the subject of the verb "alleged": "the lawsuit alleged negligence",
# "prosecutors alleged bribery", "the ministry alleged interference".
_ALLEGE_SUBJECTS = (lx.GOVERNMENT_WORDS | lx.DOCUMENT_WORDS | lx.ANONYMOUS_HEADS | lx.STATEMENT_NOUNS
                    | lx.OUTLET_NOUNS) - {"leaked", "count", "order", "security", "data", "index", "people", "person"}
_PREV_WORD = re.compile(r"\b([a-z][\w-]*)\s+(?:also\s+)?$")
# "so" of a purpose clause ("so that states could report"), not of degree ("so far", "so much").
_SO_PURPOSE = re.compile(r"\bso\s+(?!(?:far|much|many|long|well|often|few|little|too|very|\w+ly)\b)(?:that\s+)?[^,]*$")


def hedges(text: str) -> list[str]:
    """Hedge words as written, in order, without repeats."""
    out, seen = [], set()
    last_end = 0
    # The wording of the unverifiable flag ("Neither side's claims could be verified") holds no hedge.
    unver = [m.span() for rx in _UNVERIFIABLE_RX if re.search(r"could|can|may|might", rx.pattern)
             for m in rx.finditer(text)] if re.search(r"verif|confirm|corroborat|authenticat", text, re.I) else []
    for m in _HEDGE_RX.finditer(text):
        h = re.sub(r"\s+", " ", m.group(0))
        if h.lower() in seen:
            continue
        # "may have" only as a hedge of a past event, not "may have to".
        if h.lower() in ("may have", "might have", "could have") and re.match(r"\s+to\b", text[m.end():]):
            continue
        # The counterfactual of a harm that was preventable ("the deaths could have been avoided",
        # "he could have been out of the house in minutes", "a warning could have saved lives")
        # asserts that it was possible, not a guess at what happened.
        if h.lower() == "could have" and _PREVENTABLE_AFTER.match(text[m.end():]):
            continue
        # "May" the month is no hedge.
        if h[:1] == "M" and h.lower().startswith(("may", "might")) and (
                m.start() > 0 or re.match(r"\s+\d", text[m.end():]) or not re.match(
                    r"\s+(?:be|have|not|also|well|never|soon|yet|still|even|take|prove|need)\b",
                    text[m.start() + len(h.split()[0]):])):
            continue  # "May" the month or a name ("May, who resigned in 2019, said ...")
        low = h.lower()
        if low.split()[0] in ("could", "may", "might") and any(a <= m.start() < b for a, b in unver):
            continue
        # Raised passives need a verb after "to": "cases were reported to the CDC" is no hedge.
        if re.search(r"\bto$", low) and low.split()[0] in ("is", "are", "was", "were", "has", "have", "had", "being") \
                and re.match(r"\s+(?:the|a|an|his|her|its|their|our|my|this|that|these|those|\d)\b|\s+[A-Z]", text[m.end():]):
            continue
        # Comparative likelihood ("less likely to", "more likely than") states a fact about risk.
        if low == "likely" and re.search(r"\b(?:more|less|most|least)\s+$", text[:m.start()], re.I) and (
                not re.search(r"\bmost\s+$", text[:m.start()], re.I)
                or re.match(r"\s+(?:to|than|among|of)\b", text[m.end():])):
            # ... but the superlative estimate ("the most likely partners", "will most likely
            # rise", "most likely advanced") is a hedge; "were most likely to report" compares.
            continue
        # Epistemic "could": not negated ("could not verify" is ability), not a purpose
        # clause ("so that states could report"), not inside a conditional ("if ... could"),
        # and not after another hedge, whose scope it falls in ("are said to ... but could be").
        # A modal as the consequence of a conditional, whether the "if" clause comes first
        # ("If talks fail, prices may rise") or after ("prices may rise if talks fail").
        if low in ("may", "might", "may be", "might be") and _conditional(text, m):
            continue
        if low == "could":
            before = text[:m.start()]
            if out and not re.search(r"(?:;|\band\s+that\b)", text[last_end:m.start()], re.I) \
                    and not _own_clause(text[last_end:m.start()]):
                continue  # inside the scope of the earlier hedge ("are said to ... and could be")
            after = text[m.end():]
            if re.match(r"\s*(?:not\b|n't|never\b)", after) or _NEG_SUBJECT.search(before) or _SO_PURPOSE.search(before) \
                    or _conditional(text, m):
                continue
            # Ability with a degree or negative adverb ("could barely stand", "could no longer
            # manage", "could hardly believe") and the evaluative "the only one that could".
            if _ABILITY_ADVERB.match(after) or _ONLY_REL.search(before):
                continue
            # Time and purpose clauses ("before it could start cutting", "until they could
            # leave", "in order that") and past ability ("residents could hear explosions").
            if re.search(r"\b(?:before|until|till|once|in\s+order\s+that|as\s+(?:soon|far|much|long|best|fast|quickly))"
                         r"\s+(?:as\s+)?[^,;]{0,40}$", before, re.I) \
                    or _PERCEIVE_AFTER.match(after) \
                    or re.search(r"\bwhether\b[^,;]{0,60}$", before, re.I) \
                    or re.search(r"\b(?:all|everything|anything|whatever|nothing|what)\s+"
                                 r"(?:it|they|he|she|we|i|you)\s+$", before, re.I):
                continue  # ... an embedded question ("asked whether she could") or "all it could"
            if (_SHOWN_BEFORE.search(before) and _PASSIVE_AFTER.match(after)) or _PERMISSION_BEFORE.search(before) \
                    or _VERIFY_AFTER.match(after) \
                    or (_OFFER.search(before) and _OFFER_AFTER.match(after)):
                continue  # a capability shown, a permission given, a person's offer
        if low in ("alleged", "suspected", "claimed") and (_PERFECT_BEFORE.search(text[:m.start()]) or (
                low == "alleged" and (_PERSON_SUBJECT_BEFORE.search(text[:m.start()]) or (
                    (pw := _PREV_WORD.search(text[:m.start()])) and pw.group(1) in _ALLEGE_SUBJECTS)))):
            continue  # the verb with its own object ("Dawn has alleged irregularities", "had suspected")
        if low in ("alleged",) and re.match(
                r"\s*(?:,|that\b|in\b|on\b|at\b|to\b|during\b|before\b|the\b|a\b|an\b|his\b|her\b|their\b|its\b|"
                r"he\b|she\b|they\b|it\b|this\b|these\b|those\b|\.|$)", text[m.end():], re.I):
            continue  # the verb ("Phiri alleged in a post that ..."), a cue and not a hedge
        if low == "might" and (re.match(r"\s*(?:[.,;:]|and\b|of\b|$)", text[m.end():]) or re.search(
                r"\b(?:military|economic|naval|financial|industrial|political|its|their|his|her|full|all\s+its)\s+$",
                text[:m.start()], re.I)):
            continue  # the noun ("Russia's military might")
        if low == "likely" and re.match(r"\s+voters\b", text[m.end():], re.I) or low == "likely" and re.search(
                r"\b(?:as|equally|twice|times)\s+$", text[:m.start()], re.I):
            continue  # "likely voters" is a polling term; "twice as likely" a comparison
        if re.search(r"\baccused\s+of$", low):
            # A charge ("are accused of conspiracy to defraud") is a fact about the case; an
            # accusation of an act ("is accused of creating fake invoices") keeps its distance.
            if not re.match(r"\s+(?:\w+ly\s+)?\w+ing\b", text[m.end():]) or re.match(
                    r"\s+wrongdoing", text[m.end():], re.I) or re.search(r"\bnot\s+(?:\w+\s+)?$", text[:m.start()]):
                continue
        seen.add(low)
        out.append(h)
        last_end = m.end()
    return out


def unverifiable(text: str) -> tuple[bool, str | None, str | None]:
    """(flag, who says so, matched phrase)."""
    for rx in _UNVERIFIABLE_RX:
        m = rx.search(text)
        if not m:
            continue
        if _REACHED.search(text[m.start():m.end() + 40]):
            continue
        if _UNVERIFIED_WORD.fullmatch(m.group(0)) and _CAUTION_BEFORE.search(text[max(0, m.start() - 60):m.start()]):
            continue  # "asked people not to share unverified footage": a warning, not this claim's status
        who = None
        after = _BY_AGENT.match(text, m.end())
        if after:
            who = after.group("who")
        else:
            before = _SUBJECT_BEFORE.search(text[max(0, m.start() - 80):m.start()].rstrip())
            if before and not re.search(r"[a-z]$", before.group("who").split()[-1][:1]):
                cand = before.group("who").strip()
                first = cand.split()[0].lower()
                if first == "the" and len(cand.split()) > 1 and cand.split()[1][:1].isupper():
                    first = ""  # "The Guardian was unable to verify", not "The video"
                if first not in ("it", "this", "that", "the", "but", "and", "which", "these", "those",
                                 "we", "they", "he", "she", "claims", "however"):
                    who = cand
        if who:
            who = re.sub(r"^the\s+", "", who.strip(" .,;"))
        return True, who or None, m.group(0)
    return False, None, None


def checkworthiness(doc, sent_text: str, n_sources: int, hedge_list: list[str]) -> float:
    """0..1: how much the sentence is a checkable statement of fact."""
    low = sent_text.lower()
    words = re.findall(r"[a-z']+", low)
    score = 0.45
    if _NUM.search(sent_text):
        score += 0.15
    ents = [e for e in doc.ents if e.label_ not in ("ORDINAL",)] if doc is not None else []
    score += min(0.2, 0.06 * len(ents))
    tags = [t.tag_ for t in doc] if doc is not None else []
    if any(t in lx.FACTUAL_VERB_TAGS for t in tags):
        score += 0.1
    if n_sources:
        score += 0.05
    modals = sum(1 for w in words if w in lx.MODAL_WORDS)
    if modals:
        score -= 0.18 + 0.05 * (modals - 1)
    if re.search(r"(?:^|[\s\"'])if\b", low) and re.search(r"\b(?:will|would|could|might)\b", low):
        score -= 0.25
    opinion = sum(1 for w in words if w in lx.OPINION_WORDS)
    score -= 0.1 * min(opinion, 3)
    pred = sum(1 for w in words if w in lx.PREDICTION_WORDS)
    score -= 0.12 * min(pred, 2)
    if hedge_list:
        score -= 0.08
    if sent_text.rstrip("\"' )").endswith("?"):
        score -= 0.3
    if re.search(r"\b(?:i|we)\s+(?:think|believe|feel|hope)\b", low):
        score -= 0.2
    if len(words) < 5:
        score -= 0.15
    return round(max(0.0, min(1.0, score)), 3)
