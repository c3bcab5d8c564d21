"""The API's reads. Each list loads its rows in a fixed number of queries whatever the page size:
one for the rows (with their article joined) and one per prefetched relation."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet
from django.utils import timezone

from claims.models import Article, Attribution, Claim, Evidence, Source, SourceAlias, Verdict

PUBLIC_VERDICT_STATES = (Verdict.State.APPROVED, Verdict.State.SUPERSEDED)


def api_claims(*, include_unpublished: bool = False) -> QuerySet[Claim]:
    """Claims as the API shows them. Consumers see every claim that was ever published:
    published ones, and ones reopened for a correction or withdrawn since, so that a sync by
    `updated_since` learns about the change instead of seeing the claim vanish."""
    queryset = (
        Claim.objects.select_related("article")
        .defer("article__original_text", "article__extraction_warnings", "article__image_captions", "article__credits")
        .prefetch_related(
            Prefetch("attributions", queryset=Attribution.objects.select_related("source").order_by("ordinal")),
            Prefetch(
                "verdicts",
                queryset=Verdict.objects.filter(state__in=PUBLIC_VERDICT_STATES)
                .select_related("rating")
                .order_by("version"),
                to_attr="public_verdicts",
            ),
            Prefetch("evidence", queryset=Evidence.objects.order_by("created_at", "id")),
        )
    )
    if not include_unpublished:
        queryset = queryset.filter(published_at__isnull=False)
    return queryset


def settled(queryset: QuerySet[Claim]) -> QuerySet[Claim]:
    """Hold back rows changed in the last VERIFY_API_SYNC_SETTLE_SECONDS: a transaction that
    stamped updated_at earlier but commits later would otherwise land behind a sync cursor."""
    seconds = settings.VERIFY_API_SYNC_SETTLE_SECONDS
    if not seconds:
        return queryset
    return queryset.filter(updated_at__lte=timezone.now() - timedelta(seconds=seconds))


def published_claims() -> QuerySet[Claim]:
    return api_claims().filter(status=Claim.Status.PUBLISHED)


def api_articles(*, include_unpublished: bool = False, key_id: str | None = None) -> QuerySet[Article]:
    """Articles as the API shows them, each with its claims in order.

    Desk staff (`include_unpublished`) see every article with all its claims. A consumer sees an
    article when at least one of its claims was ever published, or when their own API key (`key_id`)
    submitted it; anything else is not there for them. In their own submissions they see every
    claim (with its coarse status); in anyone else's only the claims that were ever published, the
    ones the claims API shows them too: the rest are the desk's work in progress.
    """
    claims = Claim.objects.order_by("ordinal").only(
        "id",
        "article_id",
        "ordinal",
        "text",
        "start",
        "end",
        "status",
        "checkworthiness",
        "published_at",
        "unverifiable",
        "hedges",
        "language",
    )
    articles = Article.objects.defer("original_text")
    if not include_unpublished:
        visible = Exists(Claim.objects.filter(article=OuterRef("pk"), published_at__isnull=False))
        shown = Q(published_at__isnull=False)
        if key_id is not None:
            visible |= Q(submitted_by_key_id=key_id)
            shown |= Q(article__submitted_by_key_id=key_id)
        articles = articles.filter(visible)
        claims = claims.filter(shown)
    return articles.prefetch_related(Prefetch("claims", queryset=claims))


def api_sources(*, include_unpublished: bool = False) -> QuerySet[Source]:
    queryset = Source.objects.prefetch_related(Prefetch("aliases", queryset=SourceAlias.objects.order_by("name")))
    if not include_unpublished:
        queryset = queryset.filter(
            Exists(Attribution.objects.filter(source=OuterRef("pk"), claim__published_at__isnull=False))
        )
    return queryset


def track_records(source_ids: list[int]) -> dict[int, dict[str, int]]:
    """For each source, how many of its published claims carry each verdict (one query)."""
    records: dict[int, dict[str, int]] = {pk: {} for pk in source_ids}
    if not source_ids:
        return records
    rows = (
        Attribution.objects.filter(
            source_id__in=source_ids,
            claim__status=Claim.Status.PUBLISHED,
            claim__verdicts__state=Verdict.State.APPROVED,
        )
        .values("source_id", "claim__verdicts__rating__label", "claim__verdicts__rating__order")
        .annotate(claims=Count("claim", distinct=True))
        .order_by("source_id", "claim__verdicts__rating__order")
    )
    for row in rows:
        records[row["source_id"]][row["claim__verdicts__rating__label"]] = row["claims"]
    return records


def descriptors(source_ids: list[int]) -> dict[int, list[str]]:
    """The descriptors articles used for each source, most used first (one query)."""
    found: dict[int, list[str]] = {pk: [] for pk in source_ids}
    if not source_ids:
        return found
    rows = (
        Attribution.objects.filter(source_id__in=source_ids)
        .exclude(descriptor="")
        .values("source_id", "descriptor")
        .annotate(uses=Count("*"))  # COUNT(*): read from the (source, claim) INCLUDE (descriptor) index alone
        .order_by("source_id", "-uses", "descriptor")
    )
    for row in rows:
        found[row["source_id"]].append(row["descriptor"])
    return found


def text_search(queryset: QuerySet[Claim], query: str) -> QuerySet[Claim]:
    condition = Q()
    for word in query.split()[:10]:
        condition &= Q(text__icontains=word) | Q(article__title__icontains=word)
    return queryset.filter(condition)
