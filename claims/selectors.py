"""Reads that more than one screen needs: queues, article progress, source records."""

from __future__ import annotations

from django.db.models import Count, Q, QuerySet

from .models import Article, Attribution, Claim, Source, Verdict


def source_descriptors(*, source: Source) -> list[str]:
    """The distinct descriptors articles have used for a source, most used first."""
    rows = (
        Attribution.objects.filter(source=source)
        .exclude(descriptor="")
        .values("descriptor")
        .annotate(uses=Count("*"))  # COUNT(*): read from the (source, claim) index alone
        .order_by("-uses", "descriptor")
    )
    return [row["descriptor"] for row in rows]


def source_track_record(*, source: Source) -> dict[str, int]:
    """How many of the source's published claims carry each verdict."""
    rows = (
        Verdict.objects.filter(
            state=Verdict.State.APPROVED,
            claim__status=Claim.Status.PUBLISHED,
            claim__attributions__source=source,
        )
        .values("rating__label", "rating__order")
        .annotate(claims=Count("claim", distinct=True))
        .order_by("rating__order")
    )
    return {row["rating__label"]: row["claims"] for row in rows}


def article_progress(*, article: Article) -> dict[str, int]:
    """Claims of an article per workflow status, plus flag counts; every status is present."""
    counts = {status: 0 for status in Claim.Status.values}
    for row in article.claims.values("status").annotate(n=Count("id")):
        counts[row["status"]] = row["n"]
    flags = article.claims.aggregate(
        total=Count("id"),
        unverifiable=Count("id", filter=Q(unverifiable=True)),
        hedged=Count("id", filter=~Q(hedges=[])),
    )
    return {**counts, **flags}


def article_status(*, article: Article) -> str:
    """An article's verification status, derived from its claims."""
    if article.extraction_status != Article.ExtractionStatus.EXTRACTED:
        return article.extraction_status
    progress = article_progress(article=article)
    open_claims = sum(progress[s] for s in ("new", "assigned", "in_progress", "in_review"))
    if progress["total"] == 0:
        return "no claims"
    if open_claims == 0:
        return "verified"
    if progress["new"] == progress["total"]:
        return "not started"
    return "in verification"


def claims_with_sources() -> QuerySet[Claim]:
    return Claim.objects.select_related("article", "assignee").prefetch_related("attributions__source")
