"""Reads for the desk's screens. Each list is one query (plus fixed prefetches), never one per row."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.contrib.auth import get_user_model
from django.db import connection
from django.db.models import Count, F, Max, Q, QuerySet
from django.utils import timezone

from claims import roles
from claims.models import Article, Claim, ClaimTransition, Verdict

S = Claim.Status
OPEN = [S.ASSIGNED, S.IN_PROGRESS]
STATUS_ORDER = [S.NEW, S.ASSIGNED, S.IN_PROGRESS, S.IN_REVIEW, S.PUBLISHED, S.DISMISSED]


def my_queue(*, user) -> QuerySet[Claim]:
    """Claims I am working on: most check-worthy first, then the nearest deadline."""
    return (
        Claim.objects.filter(assignee=user, status__in=OPEN)
        .select_related("article")
        .order_by("-checkworthiness", F("deadline").asc(nulls_last=True), "id")
    )


def my_claims_in_review(*, user) -> QuerySet[Claim]:
    return Claim.objects.filter(assignee=user, status=S.IN_REVIEW).select_related("article").order_by("updated_at")


def unassigned_claims(
    *,
    article_id: int | None = None,
    source_id: int | None = None,
    unverifiable: bool | None = None,
    hedged: bool | None = None,
    min_checkworthiness: float | None = None,
) -> QuerySet[Claim]:
    queue = Claim.objects.filter(status=S.NEW, assignee__isnull=True)
    if article_id is not None:
        queue = queue.filter(article_id=article_id)
    if source_id is not None:
        queue = queue.filter(pk__in=Claim.objects.filter(attributions__source_id=source_id).values("pk"))
    if unverifiable is not None:
        queue = queue.filter(unverifiable=unverifiable)
    if hedged is True:
        queue = queue.exclude(hedges=[])
    elif hedged is False:
        queue = queue.filter(hedges=[])
    if min_checkworthiness is not None:
        queue = queue.filter(checkworthiness__gte=min_checkworthiness)
    return (
        queue.select_related("article")
        .prefetch_related("attributions__source")
        .order_by("-checkworthiness", F("deadline").asc(nulls_last=True), "id")
    )


def review_queue() -> QuerySet[Claim]:
    """Claims waiting for an editor, oldest proposal first."""
    return (
        Claim.objects.filter(status=S.IN_REVIEW)
        .select_related("article", "assignee")
        .prefetch_related("verdicts__rating", "verdicts__proposed_by")
        .order_by("updated_at", "id")
    )


def articles_overview() -> QuerySet[Article]:
    """Every article, newest first, without counts: page this, then call `article_counts` on
    the page's ids, so the claims of only those (~25) articles are aggregated."""
    return Article.objects.only("pk").order_by("-created_at", "-id")


def article_counts(*, ids: list[int]) -> list[Article]:
    """The articles with these ids, in this order, with their claims counted by status and
    flag in a single aggregated query."""
    if not ids:
        return []
    counts = {f"n_{status}": Count("claims", filter=Q(claims__status=status)) for status in STATUS_ORDER}
    rows = (
        Article.objects.filter(pk__in=ids)
        .annotate(
            n_claims=Count("claims"),
            n_unverifiable=Count("claims", filter=Q(claims__unverifiable=True)),
            n_hedged=Count("claims", filter=Q(claims__pk__isnull=False) & ~Q(claims__hedges=[])),
            **counts,
        )
        .defer("original_text")
    )
    by_id = {row.pk: row for row in rows}
    return [by_id[pk] for pk in ids if pk in by_id]


def progress_segments(row) -> list[dict]:
    """The progress bar of one annotated article (or a dict of counts): one segment per status."""
    total = getattr(row, "n_claims", 0) if not isinstance(row, dict) else row.get("total", 0)
    segments = []
    for status in STATUS_ORDER:
        n = getattr(row, f"n_{status}", 0) if not isinstance(row, dict) else row.get(status, 0)
        segments.append(
            {
                "status": status,
                "label": S(status).label,
                "count": n,
                "percent": round(100 * n / total, 1) if total else 0,
            }
        )
    return segments


def article_claims(*, article: Article) -> QuerySet[Claim]:
    return (
        article.claims.select_related("assignee")
        .prefetch_related("verdicts__rating", "attributions__source")
        .order_by("ordinal")
    )


# --------------------------------------------------------------------------- dashboard


@dataclass(frozen=True)
class StateTime:
    status: str
    label: str
    median: timedelta | None
    samples: int


def claims_per_status() -> list[dict]:
    counts = dict(Claim.objects.values_list("status").annotate(n=Count("id")).order_by())
    total = sum(counts.values())
    top = max(counts.values(), default=0)
    return [
        {
            "status": status,
            "label": S(status).label,
            "count": counts.get(status, 0),
            "percent": round(100 * counts.get(status, 0) / top, 1) if top else 0,
            "share": round(100 * counts.get(status, 0) / total, 1) if total else 0,
        }
        for status in STATUS_ORDER
    ]


MEDIAN_WINDOW = timedelta(days=30)
MEDIAN_MAX_ROWS = 200_000


def median_time_in_state(*, since: datetime | None = None, max_rows: int = MEDIAN_MAX_ROWS) -> list[StateTime]:
    """How long claims stay in each status, from the transition rows: the time from entering a
    status to the next transition of the same claim. Stays that have not ended are left out.

    Only transitions since `since` (default: the last 30 days) count, and at most the
    `max_rows` most recent of them. On PostgreSQL the medians are computed in the database
    (percentile_cont); elsewhere the bounded rows are read and the medians taken in Python."""
    if since is None:
        since = timezone.now() - MEDIAN_WINDOW
    if connection.vendor == "postgresql":
        found = _median_durations_postgres(since=since, max_rows=max_rows)
    else:
        found = _median_durations_python(since=since, max_rows=max_rows)
    result = []
    for status in STATUS_ORDER:
        median, samples = found.get(status, (None, 0))
        if status in (S.PUBLISHED, S.DISMISSED) and not samples:
            continue
        result.append(
            StateTime(
                status=status,
                label=S(status).label,
                median=timedelta(seconds=median) if samples and median is not None else None,
                samples=samples,
            )
        )
    return result


# A constant statement (the table is claims' own transition table); values are parameters.
_MEDIAN_DURATIONS_SQL = """
    WITH recent AS (
        SELECT id, claim_id, to_status, created_at FROM claims_claimtransition
        WHERE created_at >= %s ORDER BY created_at DESC, id DESC LIMIT %s
    ), stays AS (
        SELECT to_status, created_at,
               LEAD(created_at) OVER (PARTITION BY claim_id ORDER BY created_at ASC, id ASC) AS left_at
        FROM recent
    )
    SELECT to_status,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM (left_at - created_at))),
           COUNT(*)
    FROM stays WHERE left_at IS NOT NULL GROUP BY to_status
"""


def _median_durations_postgres(*, since: datetime, max_rows: int) -> dict[str, tuple[float | None, int]]:
    sql = _MEDIAN_DURATIONS_SQL
    with connection.cursor() as cursor:
        cursor.execute(sql, [since, max_rows])
        return {
            status: (float(median) if median is not None else None, int(n)) for status, median, n in cursor.fetchall()
        }


def _median_durations_python(*, since: datetime, max_rows: int) -> dict[str, tuple[float | None, int]]:
    recent = list(
        ClaimTransition.objects.filter(created_at__gte=since)
        .order_by("-created_at", "-id")
        .values_list("id", "claim_id", "to_status", "created_at")[:max_rows]
    )
    recent.sort(key=lambda row: (row[1], row[3], row[0]))
    durations: dict[str, list[float]] = {}
    for (_, claim_id, status, entered), following in zip(recent, recent[1:], strict=False):
        if following[1] != claim_id:
            continue
        durations.setdefault(status, []).append((following[3] - entered).total_seconds())
    return {status: (statistics.median(values), len(values)) for status, values in durations.items() if values}


def throughput_per_fact_checker(*, days: int = 30) -> list[dict]:
    """Per fact-checker: verdicts approved in the last `days` days, and claims open now."""
    since = timezone.now() - timedelta(days=days)
    User = get_user_model()
    people = (
        User.objects.filter(is_active=True, groups__name=roles.FACT_CHECKERS)
        .annotate(
            open_claims=Count("assigned_claims", filter=Q(assigned_claims__status__in=OPEN), distinct=True),
            in_review=Count("assigned_claims", filter=Q(assigned_claims__status=S.IN_REVIEW), distinct=True),
        )
        .order_by("username")
        .distinct()
    )
    approved = dict(
        Verdict.objects.filter(approved_at__gte=since, proposed_by__isnull=False)
        .values_list("proposed_by")
        .annotate(n=Count("id"))
        .order_by()
    )
    rows = [
        {
            "user": person,
            "approved": approved.get(person.pk, 0),
            "open": person.open_claims,
            "in_review": person.in_review,
        }
        for person in people
    ]
    top = max((row["approved"] for row in rows), default=0)
    for row in rows:
        row["percent"] = round(100 * row["approved"] / top, 1) if top else 0
    rows.sort(key=lambda row: (-row["approved"], row["user"].username))
    return rows


def overdue_claims(*, now: datetime | None = None) -> QuerySet[Claim]:
    now = now or timezone.now()
    return Claim.objects.filter(status__in=OPEN, assignee__isnull=False, deadline__lt=now).select_related(
        "assignee", "article"
    )


def latest_activity() -> datetime | None:
    return ClaimTransition.objects.aggregate(last=Max("created_at"))["last"]
