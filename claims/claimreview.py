"""schema.org ClaimReview for published claims, following Google's rules for fact checks.

- one ClaimReview per claim page, `url` on this site (`VERIFY_SITE_URL/claims/<id>/`);
- `claimReviewed` is the claim's own words, under 75 characters, never the verdict;
- `reviewRating`: `alternateName` is the verdict's text, `ratingValue` on a 1 (worst) to 5 (best)
  scale with `bestRating`/`worstRating`; a verdict without a number (Unverifiable) gives the
  text alone; `ratingExplanation` is the fact-checker's explanation;
- `itemReviewed` is a Claim whose `author` is the attributed source and whose `appearance` is
  the article it appeared in;
- `author` is the fact-checking organisation (VERIFY_ORGANIZATION_NAME / _URL);
- `datePublished` is when the first verdict was approved, `dateModified` the current one.

The builders take claims as loaded by `claims.api.queries.api_claims()` (attributions with their
sources, public verdicts with ratings, the article) and run no queries of their own.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone

from .models import Claim, Source, Verdict

SCHEMA_CONTEXT = "https://schema.org"
CLAIM_REVIEWED_MAX = 74  # "under 75 characters"
BEST_RATING, WORST_RATING = 5, 1
PERSON_KINDS = (Source.Kind.PERSON, Source.Kind.ANONYMOUS)


def site_url(path: str = "") -> str:
    return settings.VERIFY_SITE_URL.rstrip("/") + path


def claim_page_url(claim_id: int) -> str:
    return site_url(f"/claims/{claim_id}/")


def organization() -> dict:
    return {"@type": "Organization", "name": settings.VERIFY_ORGANIZATION_NAME, "url": settings.VERIFY_ORGANIZATION_URL}


def organization_site() -> str:
    return urlsplit(settings.VERIFY_ORGANIZATION_URL).netloc or urlsplit(settings.VERIFY_SITE_URL).netloc


def short_claim_text(text: str, *, limit: int = CLAIM_REVIEWED_MAX) -> str:
    """The claim's words in at most `limit` characters, cut at a word boundary with an ellipsis."""
    words = " ".join((text or "").split()).strip()
    if len(words) <= limit:
        return words
    cut = words[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:-\u2013\u2014\"'\u201c") + "\u2026"


def public_verdicts(claim: Claim) -> list[Verdict]:
    """Approved and superseded versions, oldest first (prefetched as `public_verdicts`)."""
    found = getattr(claim, "public_verdicts", None)
    if found is None:
        found = list(
            claim.verdicts.filter(state__in=[Verdict.State.APPROVED, Verdict.State.SUPERSEDED])
            .select_related("rating")
            .order_by("version")
        )
    return found


def current_verdict(claim: Claim) -> Verdict | None:
    """The verdict the public sees: the approved one, only while the claim is published."""
    if claim.status != Claim.Status.PUBLISHED:
        return None
    approved = [v for v in public_verdicts(claim) if v.state == Verdict.State.APPROVED]
    return approved[-1] if approved else None


def _iso(value: datetime | date | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    return value.isoformat()


def _claim_author(claim: Claim) -> dict | None:
    attributions = list(claim.attributions.all())
    if attributions:
        source = attributions[0].source
        kind = "Person" if source.kind in PERSON_KINDS else "Organization"
        return {"@type": kind, "name": source.name}
    if claim.article.outlet:
        return {"@type": "Organization", "name": claim.article.outlet}
    return None


def _appearance(claim: Claim) -> dict:
    article = claim.article
    work: dict = {"@type": "CreativeWork"}
    if article.url:
        work["url"] = article.url
    work["headline"] = article.title or article.display_title
    if article.published:
        work["datePublished"] = _iso(article.published)
    if article.outlet:
        work["publisher"] = {"@type": "Organization", "name": article.outlet}
    return work


def rating(verdict: Verdict) -> dict:
    result: dict = {"@type": "Rating", "alternateName": verdict.rating.label}
    if verdict.rating.rating_value is not None:
        result.update(ratingValue=verdict.rating.rating_value, bestRating=BEST_RATING, worstRating=WORST_RATING)
    result["ratingExplanation"] = verdict.explanation
    return result


def build_claim_review(claim: Claim, *, with_context: bool = True) -> dict | None:
    """The ClaimReview of a published claim, or None when the claim has no public verdict."""
    verdict = current_verdict(claim)
    if verdict is None:
        return None
    approvals = [v.approved_at for v in public_verdicts(claim) if v.approved_at]
    first = min(approvals) if approvals else verdict.approved_at
    claim_reviewed = short_claim_text(claim.text)
    if claim_reviewed.strip(" .!\u2026").lower() == verdict.rating.label.lower():
        # Never let the verdict stand in for the claim.
        claim_reviewed = short_claim_text(f"Claim in \u201c{claim.article.display_title}\u201d")
    item: dict = {"@type": "Claim", "text": claim.text}
    author = _claim_author(claim)
    if author:
        item["author"] = author
    if claim.article.published:
        item["datePublished"] = _iso(claim.article.published)
    item["appearance"] = _appearance(claim)
    review = {
        "@type": "ClaimReview",
        "url": claim_page_url(claim.pk),
        "claimReviewed": claim_reviewed,
        "datePublished": _iso(first),
        "dateModified": _iso(verdict.approved_at),
        "inLanguage": claim.language or "en",
        "author": organization(),
        "reviewRating": rating(verdict),
        "itemReviewed": item,
    }
    if with_context:
        review = {"@context": SCHEMA_CONTEXT, **review}
    return review


def build_data_feed(claims) -> dict:
    """A Data Commons style DataFeed of the ClaimReviews of `claims` (published ones only)."""
    elements = []
    for claim in claims:
        review = build_claim_review(claim, with_context=False)
        if review is None:
            continue
        elements.append(
            {
                "@type": "DataFeedItem",
                "dateCreated": review["datePublished"],
                "dateModified": review["dateModified"],
                "item": [review],
            }
        )
    return {
        "@context": SCHEMA_CONTEXT,
        "@type": "DataFeed",
        "name": f"{settings.VERIFY_ORGANIZATION_NAME} fact checks",
        "url": site_url("/api/v1/claimreview-feed"),
        "dateModified": _iso(timezone.now()),
        "dataFeedElement": elements,
    }
