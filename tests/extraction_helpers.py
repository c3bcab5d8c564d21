"""Small readers over `extract()` for the extraction tests: the claim that holds a phrase, its sources."""

from claims.extraction import extract


def claim_with(text: str, needle: str) -> dict:
    """The claim containing `needle` when `text` is the body of an article under a one-word title."""
    return next(c for c in extract("Headline\n\n" + text)["claims"] if needle in c["text"])


def source_names(text: str, needle: str) -> list[str]:
    return [s["name"] for s in claim_with(text, needle)["sources"]]


def sources_with_via(text: str, needle: str) -> list[tuple[str, str | None]]:
    return [(s["name"], s.get("via")) for s in claim_with(text, needle)["sources"]]
