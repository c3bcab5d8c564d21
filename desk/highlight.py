"""The article text with one claim highlighted and the others marked, always escaped.

Claims may overlap (a quote inside a longer sentence), so the text is cut at every claim
boundary and each piece is wrapped according to the claims covering it. Every piece of the
original text goes through `escape`; only our own tags are marked safe.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

CURRENT_FIRST_PIECE = (
    '<mark class="claim-current" id="current-claim" tabindex="-1" aria-label="this claim, {}">{}</mark>'
)
CURRENT_PIECE = '<mark class="claim-current" aria-label="this claim, {}">{}</mark>'


def highlighted_text(*, text: str, current, claims: Iterable) -> SafeString:
    """`current` is the claim to highlight (or None); `claims` are all claims of the article."""
    spans = []
    for claim in claims:
        start, end = max(0, min(claim.start, len(text))), max(0, min(claim.end, len(text)))
        if end > start:
            spans.append((start, end, claim))
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    parts: list[str] = []
    current_opened = False
    for left, right in pairwise(cuts):
        piece = escape(text[left:right])
        covering = [c for s, e, c in spans if s <= left and right <= e]
        if current is not None and any(c.pk == current.pk for c in covering):
            # The first piece of the current claim carries the anchor the page scrolls to.
            template = CURRENT_PIECE if current_opened else CURRENT_FIRST_PIECE
            current_opened = True
            parts.append(format_html(template, f"claim {current.ordinal}", piece))
        elif covering:
            ordinals = ", ".join(str(c.ordinal) for c in sorted(covering, key=lambda c: c.ordinal))
            parts.append(
                format_html(
                    '<span class="claim-other" title="claim {}" data-claims="{}">{}</span>', ordinals, ordinals, piece
                )
            )
        else:
            parts.append(piece)
    return mark_safe("".join(parts))  # noqa: S308 - every part above is escaped or format_html  # nosec B308 B703
