"""Fetch an article from a URL (through the address checks in `claims.urlsafety`) and take its
main text out of the HTML with trafilatura."""

from __future__ import annotations

import re
from dataclasses import dataclass

import trafilatura
from django.conf import settings

from . import urlsafety
from .urlsafety import FetchError, UnsafeURLError

__all__ = ["FetchError", "FetchedArticle", "UnsafeURLError", "fetch_article", "html_to_article_text"]

ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8"
_CHARSET = re.compile(r"charset=([\w.:-]+)", re.IGNORECASE)


@dataclass(frozen=True)
class FetchedArticle:
    url: str
    final_url: str
    title: str
    text: str


def _decode(body: bytes, content_type: str) -> str:
    match = _CHARSET.search(content_type or "")
    if match:
        try:
            return body.decode(match.group(1), errors="replace")
        except LookupError:
            pass
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return trafilatura.utils.decode_file(body)


def html_to_article_text(html: str, *, url: str = "") -> tuple[str, str]:
    """(title, article text) of a page: the title on the first line, then the main text."""
    document = trafilatura.bare_extraction(
        html, url=url or None, include_comments=False, include_tables=False, with_metadata=True
    )
    if document is None:
        return "", ""
    data = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    title = (data.get("title") or "").strip()
    body = (data.get("text") or "").strip()
    if not body:
        return title, ""
    text = f"{title}\n\n{body}\n" if title and not body.startswith(title) else f"{body}\n"
    return title, text


def fetch_article(url: str) -> FetchedArticle:
    """Fetch `url` and return its main text; UnsafeURLError or FetchError say why not."""
    response = urlsafety.request(
        "GET",
        url,
        headers={"Accept": ACCEPT},
        timeout=settings.VERIFY_URL_FETCH_TIMEOUT,
        max_bytes=settings.VERIFY_URL_FETCH_MAX_BYTES,
    )
    if response.status != 200:
        raise FetchError(f"the page answered HTTP {response.status}")
    content_type = response.headers.get("content-type", "").lower()
    kind = content_type.split(";", 1)[0].strip()
    raw = _decode(response.body, content_type)
    if kind in ("text/html", "application/xhtml+xml") or (not kind and raw.lstrip()[:1] == "<"):
        title, text = html_to_article_text(raw, url=response.url)
    elif kind == "text/plain":
        title, text = "", raw
    else:
        raise FetchError(f"the page is {kind or 'of no stated type'}, not an HTML or text article")
    if not text.strip():
        raise FetchError("no article text found on the page")
    return FetchedArticle(url=url, final_url=response.url, title=title, text=text)
