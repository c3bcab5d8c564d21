"""Cheap language detection: script first, then stop-word rates.

Enough to tell English from what the English model cannot read; not a
general language identifier.
"""
from __future__ import annotations

import re

_SCRIPTS = [  # (first, last code point, language code guessed from the script)
    (0x0600, 0x06FF, "ar"), (0x0750, 0x077F, "ar"), (0xFB50, 0xFDFF, "ar"), (0xFE70, 0xFEFF, "ar"),
    (0x0590, 0x05FF, "he"), (0x0400, 0x04FF, "ru"), (0x0370, 0x03FF, "el"), (0x0900, 0x097F, "hi"),
    (0x0980, 0x09FF, "bn"), (0x0E00, 0x0E7F, "th"), (0x3040, 0x30FF, "ja"), (0xAC00, 0xD7AF, "ko"),
    (0x4E00, 0x9FFF, "zh"), (0x0530, 0x058F, "hy"), (0x10A0, 0x10FF, "ka"), (0x0A80, 0x0AFF, "gu"),
    (0x0B80, 0x0BFF, "ta"), (0x0700, 0x074F, "syr"), (0x0780, 0x07BF, "dv"),
]
# The most frequent function words of each language (from frequency lists);
# words shared between languages are left out.
_STOPWORDS = {
    "en": {"the", "and", "of", "to", "is", "was", "that", "for", "with", "on", "it", "as", "by", "are",
           "from", "has", "have", "were", "this", "which", "said", "he", "his", "their", "they", "be"},
    "fr": {"le", "les", "des", "du", "et", "est", "une", "dans", "pour", "qui", "que", "pas", "sur",
           "au", "aux", "avec", "il", "ont", "été", "sont", "ce", "cette", "selon", "mais", "ses"},
    "es": {"el", "los", "las", "del", "y", "es", "una", "por", "para", "con", "que", "su", "sus",
           "al", "lo", "como", "más", "pero", "fue", "ha", "han", "según", "este", "esta", "se"},
    "de": {"der", "die", "das", "und", "ist", "nicht", "mit", "den", "dem", "ein", "eine", "auf",
           "für", "von", "zu", "sich", "auch", "wurde", "sind", "wie", "bei", "nach", "aus", "dass"},
    "it": {"il", "di", "che", "della", "dei", "delle", "una", "per", "con", "sono", "è", "nel",
           "gli", "anche", "come", "alla", "più", "ha", "hanno", "stato", "questo", "secondo"},
    "pt": {"os", "das", "dos", "uma", "não", "com", "para", "por", "foi", "são", "mais", "pelo",
           "pela", "também", "ao", "à", "seu", "sua", "segundo", "disse", "ele", "mas", "em"},
    "nl": {"het", "een", "van", "en", "de", "niet", "zijn", "voor", "met", "op", "dat", "ook",
           "werd", "heeft", "hebben", "naar", "bij", "uit", "wordt", "volgens", "maar", "deze"},
    "tr": {"ve", "bir", "bu", "için", "ile", "da", "de", "olarak", "olan", "daha", "gibi", "çok"},
    "id": {"yang", "dan", "di", "ini", "itu", "dengan", "untuk", "tidak", "dari", "dalam", "akan"},
}
_WORD = re.compile(r"[^\W\d_]+")
SAMPLE = 20000


def detect(text: str) -> str:
    """A language code; "en" unless the text plainly is not English."""
    sample = text[:SAMPLE]
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        return "en"
    ascii_letters = sum(1 for c in letters if c < "\u0250")
    if ascii_letters < 0.6 * len(letters):
        counts: dict[str, int] = {}
        for c in letters:
            o = ord(c)
            if o < 0x250:
                continue
            for lo, hi, code in _SCRIPTS:
                if lo <= o <= hi:
                    counts[code] = counts.get(code, 0) + 1
                    break
        if counts:
            return max(counts, key=counts.get)
        return "und"
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < 8:
        return "en"
    rates = {lang: sum(1 for w in words if w in sw) / len(words) for lang, sw in _STOPWORDS.items()}
    best = max(rates, key=rates.get)
    if best != "en" and rates[best] > 0.12 and rates[best] > 1.6 * rates["en"]:
        return best
    return "en"
