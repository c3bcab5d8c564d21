"""A small curated list of names that well-known sources go by ("IS" for "Islamic State").

Pure data and lookups, no database: `claims.services.resolve_source` consults it when the
registry has no alias row for a name, `load_source_aliases` writes it into the registry, and
`claims.matching` reads acronyms from it. Keep it to organisations whose short names are
unambiguous in news copy; an acronym that means two things ("ICC": the court or the cricket
council) does not belong here.

Keys are compared after `claims.models.normalize_source_name` (case, accents, punctuation and
a leading "the" ignored), so "U.N.", "the UN" and "UN" need not all be listed: "U.N." and "UN"
differ ("u n" and "un"), so both are.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# (canonical name, kind, aliases). The canonical name is what a new source is created as.
CURATED: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("United Nations", "organization", ("UN", "U.N.")),
    ("World Health Organization", "organization", ("WHO", "World Health Organisation")),
    (
        "Islamic State",
        "organization",
        (
            "IS",
            "ISIS",
            "ISIL",
            "Islamic State group",
            "Islamic State of Iraq and Syria",
            "Islamic State of Iraq and the Levant",
            "Daesh",
        ),
    ),
    ("Agence France-Presse", "outlet", ("AFP", "Agence France Presse")),
    ("Associated Press", "outlet", ("AP", "The Associated Press")),
    ("European Union", "organization", ("EU", "E.U.")),
    ("International Monetary Fund", "organization", ("IMF",)),
    ("NATO", "organization", ("North Atlantic Treaty Organization", "North Atlantic Treaty Organisation", "Nato")),
    ("UNICEF", "organization", ("United Nations Children's Fund", "UN Children's Fund")),
    (
        "UNHCR",
        "organization",
        ("UN refugee agency", "United Nations High Commissioner for Refugees", "UN High Commissioner for Refugees"),
    ),
    ("UNRWA", "organization", ("UN Relief and Works Agency", "United Nations Relief and Works Agency")),
    (
        "OCHA",
        "organization",
        (
            "UN Office for the Coordination of Humanitarian Affairs",
            "United Nations Office for the Coordination of Humanitarian Affairs",
        ),
    ),
    ("World Food Programme", "organization", ("WFP", "World Food Program", "UN World Food Programme")),
    ("International Atomic Energy Agency", "organization", ("IAEA",)),
    (
        "Organisation for the Prohibition of Chemical Weapons",
        "organization",
        ("OPCW", "Organization for the Prohibition of Chemical Weapons"),
    ),
    ("International Committee of the Red Cross", "organization", ("ICRC",)),
    ("Doctors Without Borders", "organization", ("MSF", "Médecins Sans Frontières", "Medecins Sans Frontieres")),
    ("Human Rights Watch", "organization", ("HRW",)),
    ("Amnesty International", "organization", ("Amnesty",)),
    (
        "Syrian Observatory for Human Rights",
        "organization",
        ("SOHR", "Britain-based Syrian Observatory for Human Rights"),
    ),
    (
        "Centers for Disease Control and Prevention",
        "government",
        ("CDC", "US Centers for Disease Control and Prevention"),
    ),
    ("Federal Bureau of Investigation", "government", ("FBI",)),
    ("Central Intelligence Agency", "government", ("CIA",)),
    ("BBC", "outlet", ("British Broadcasting Corporation",)),
    ("Reuters", "outlet", ("Reuters news agency", "Thomson Reuters")),
)


def normalize_source_name(name: str) -> str:
    """Registry key for a source name: case, accents, punctuation and leading articles ignored.

    Lives here, in a module without Django, so claims.matching can use it in pure functions;
    claims.models re-exports it for the registry.
    """
    text = unicodedata.normalize("NFKD", name or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    words = re.findall(r"\w+", text)
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


_key = normalize_source_name


@dataclass(frozen=True)
class CuratedSource:
    name: str
    kind: str
    aliases: tuple[str, ...]

    @property
    def key(self) -> str:
        return _key(self.name)


SOURCES: tuple[CuratedSource, ...] = tuple(CuratedSource(n, k, a) for n, k, a in CURATED)

# normalised name or alias -> its curated source
_BY_KEY: dict[str, CuratedSource] = {}
for _source in SOURCES:
    for _name in (_source.name, *_source.aliases):
        _k = _key(_name)
        if _k in _BY_KEY and _BY_KEY[_k] is not _source:
            raise ValueError(f"curated alias {_name!r} names two sources")
        _BY_KEY[_k] = _source


def lookup(key: str) -> CuratedSource | None:
    """The curated source a normalised name (`normalize_source_name`) stands for, if any."""
    return _BY_KEY.get(key)


def acronyms() -> dict[str, str]:
    """All-capital short names ("WHO", "IMF") -> the canonical long name, for text matching."""
    out: dict[str, str] = {}
    for source in SOURCES:
        names = (source.name, *source.aliases)
        long_name = next((n for n in names if len(n.split()) >= 2), None)
        if long_name is None:
            continue
        for name in names:
            if re.fullmatch(r"[A-Z]{2,6}", name):
                out[name] = long_name
    return out
