"""Read ClaimReview the way crawlers do: extruct takes the JSON-LD out of the HTML and pyld
expands it against a saved copy of the schema.org context (tests/data), never the network."""

from __future__ import annotations

import json
from pathlib import Path

import extruct
from pyld import jsonld

CONTEXT_FILE = Path(__file__).parent / "data" / "schemaorg-context.jsonld"
SCHEMA_CONTEXT_URLS = {"https://schema.org", "https://schema.org/", "http://schema.org", "http://schema.org/"}
S = "http://schema.org/"


def offline_loader(url, options=None):
    if url in SCHEMA_CONTEXT_URLS:
        return {"contextUrl": None, "documentUrl": url, "document": json.loads(CONTEXT_FILE.read_text())}
    raise jsonld.JsonLdError(f"no network in tests: {url}", "jsonld.LoadDocumentError", code="loading document failed")


def json_ld_blocks(html: str, base_url: str) -> list[dict]:
    return extruct.extract(html, base_url=base_url, syntaxes=["json-ld"], uniform=True)["json-ld"]


def expand(document: dict) -> list[dict]:
    return jsonld.expand(document, {"documentLoader": offline_loader})


def value(node: dict, prop: str):
    """The single value of `schema:prop` in an expanded node (a literal, an @id or a node)."""
    values = node.get(S + prop)
    if not values:
        return None
    assert len(values) == 1, f"{prop} has {len(values)} values"
    item = values[0]
    if "@value" in item:
        return item["@value"]
    if set(item) == {"@id"}:
        return item["@id"]
    return item


def types(node: dict) -> list[str]:
    return [t.removeprefix(S) for t in node.get("@type", [])]
