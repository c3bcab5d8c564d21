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
from claims.models import Article, Attribution, Claim, ClaimTransition, Verdict

from .pagination import EstimatedCount

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
        # Straight from the attributions' (source, claim) index: the planner probes it for each
        # claim of the queue in order, or reads the source's claims, whichever is fewer rows.
        queue = queue.filter(pk__in=Attribution.objects.filter(source_id=source_id).values("claim_id"))
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
    """Claims per status. Statuses with more than ESTIMATE_STATUS_FROM claims (on PostgreSQL) are
    estimated from the planner's statistics (an EstimatedCount) rather than counted: counting
    1,000,000 claims took ~150 ms on every dashboard view. Open work is always counted exactly."""
    counts = status_counts()
    total = sum(int(n) for n in counts.values())
    top = max((int(n) for n in counts.values()), default=0)
    return [
        {
            "status": status,
            "label": S(status).label,
            "count": counts.get(status, 0),
            "percent": round(100 * int(counts.get(status, 0)) / top, 1) if top else 0,
            "share": round(100 * int(counts.get(status, 0)) / total, 1) if total else 0,
        }
        for status in STATUS_ORDER
    ]


ESTIMATE_STATUS_FROM = 20_000

# The planner's row estimate for the claims table (scaled to its current size, as the planner
# does) and the status column's most common values with their frequencies. Constant statement.
_STATUS_STATISTICS_SQL = """
    SELECT c.reltuples, c.relpages, pg_relation_size(c.oid) / current_setting('block_size')::int,
           s.most_common_vals::text::text[], s.most_common_freqs
    FROM pg_class c
    LEFT JOIN pg_stats s
      ON s.schemaname = c.relnamespace::regnamespace::name AND s.tablename = c.relname AND s.attname = 'status'
    WHERE c.oid = to_regclass(%s)
"""


def estimated_status_counts() -> dict[str, int]:
    """Claims per status as PostgreSQL's statistics (last ANALYZE) estimate them; {} when there are
    none (not PostgreSQL, never analysed)."""
    if connection.vendor != "postgresql":
        return {}
    with connection.cursor() as cursor:
        cursor.execute(_STATUS_STATISTICS_SQL, [Claim._meta.db_table])
        row = cursor.fetchone()
    if row is None:
        return {}
    reltuples, relpages, pages_now, values, freqs = row
    if reltuples is None or reltuples < 0 or not values:
        return {}
    rows = reltuples / relpages * pages_now if relpages else reltuples
    return {value: round(rows * freq) for value, freq in zip(values, freqs, strict=True)}


def status_counts() -> dict[str, int | EstimatedCount]:
    """Claims per status: exact where counting is cheap, an EstimatedCount where a status holds
    more than ESTIMATE_STATUS_FROM claims by the statistics."""
    estimates = estimated_status_counts()
    large = {status for status, n in estimates.items() if n >= ESTIMATE_STATUS_FROM}
    counted = Claim.objects.all()
    if large:  # an IN list the status index can serve (NOT IN would read the whole table)
        counted = counted.filter(status__in=[status for status in STATUS_ORDER if status not in large])
    exact = dict(counted.values_list("status").annotate(n=Count("id")).order_by())
    return {**exact, **{status: EstimatedCount(estimates[status]) for status in large}}


MEDIAN_WINDOW = timedelta(days=30)
MEDIAN_MAX_STAYS = 1_000


def median_time_in_state(*, since: datetime | None = None, max_stays: int = MEDIAN_MAX_STAYS) -> list[StateTime]:
    """How long claims stay in each status, from the transition rows: the time from entering a
    status to leaving it (the claim's next transition). Stays that have not ended are left out.

    Only stays that ended since `since` (default: the last 30 days) count, and per status at most
    the `max_stays` that ended most recently: a sample of a thousand gives the median within a
    few percent, and reading every transition of a month (~170,000 rows at 1M claims) took
    most of a second. Each stay's start is one index lookup of the claim's previous transition."""
    if since is None:
        since = timezone.now() - MEDIAN_WINDOW
    if connection.vendor == "postgresql":
        found = _median_durations_postgres(since=since, max_stays=max_stays)
    else:
        found = _median_durations_python(since=since, max_stays=max_stays)
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
# A stay in status X ends with a transition whose from_status is X; it began at the claim's
# previous transition. Run once per status, with the status a constant, so the most recent ends
# come straight from the (from_status, created_at) index; each start is one claim_id lookup.
_MEDIAN_STAY_SQL = """
    SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM (ended.created_at - began.created_at))),
           COUNT(*)
    FROM (
        SELECT id, claim_id, created_at FROM claims_claimtransition
        WHERE from_status = %s AND created_at >= %s
        ORDER BY created_at DESC, id DESC LIMIT %s
    ) ended
    CROSS JOIN LATERAL (
        SELECT earlier.created_at FROM claims_claimtransition earlier
        WHERE earlier.claim_id = ended.claim_id AND (earlier.created_at, earlier.id) < (ended.created_at, ended.id)
        ORDER BY earlier.created_at DESC, earlier.id DESC
        LIMIT 1
    ) began
"""


def _median_durations_postgres(*, since: datetime, max_stays: int) -> dict[str, tuple[float | None, int]]:
    found = {}
    with connection.cursor() as cursor:
        for status in STATUS_ORDER:
            cursor.execute(_MEDIAN_STAY_SQL, [status, since, max_stays])
            median, n = cursor.fetchone()
            if n:
                found[status] = (float(median) if median is not None else None, int(n))
    return found


def _median_durations_python(*, since: datetime, max_stays: int) -> dict[str, tuple[float | None, int]]:
    ends = []
    for status in STATUS_ORDER:
        ends += list(
            ClaimTransition.objects.filter(from_status=status, created_at__gte=since)
            .order_by("-created_at", "-id")
            .values_list("id", "claim_id", "from_status", "created_at")[:max_stays]
        )
    history: dict[int, list[tuple[datetime, int]]] = {}
    claim_ids = sorted({claim_id for _, claim_id, _, _ in ends})
    for first in range(0, len(claim_ids), 500):  # SQLite's bound on query parameters
        rows = ClaimTransition.objects.filter(claim_id__in=claim_ids[first : first + 500])
        for pk, claim_id, created_at in rows.values_list("id", "claim_id", "created_at"):
            history.setdefault(claim_id, []).append((created_at, pk))
    durations: dict[str, list[float]] = {}
    for pk, claim_id, status, ended in ends:
        earlier = [moment for moment in history.get(claim_id, []) if moment < (ended, pk)]
        if earlier:
            durations.setdefault(status, []).append((ended - max(earlier)[0]).total_seconds())
    return {status: (statistics.median(values), len(values)) for status, values in durations.items() if values}


def throughput_per_fact_checker(*, days: int = 30) -> list[dict]:
    """Per fact-checker: verdicts approved in the last `days` days, and claims open now."""
    since = timezone.now() - timedelta(days=days)
    User = get_user_model()
    people = list(User.objects.filter(is_active=True, groups__name=roles.FACT_CHECKERS).order_by("username").distinct())
    # Counted per (assignee, status) through the assignee index, never by joining every claim a
    # fact-checker ever had: at 1M claims that join read ~300,000 published claims per page view.
    held: dict[tuple[int, str], int] = {}
    if people:
        held = {
            (assignee, status): n
            for assignee, status, n in Claim.objects.filter(
                assignee__in=[p.pk for p in people], status__in=[*OPEN, S.IN_REVIEW]
            )
            .values_list("assignee", "status")
            .annotate(n=Count("id"))
            .order_by()
        }
    approved = dict(
        Verdict.objects.filter(approved_at__gte=since, proposed_by__isnull=False)
        .values_list("proposed_by")
        .annotate(n=Count("*"))  # COUNT(*): read from the approved_at index alone
        .order_by()
    )
    rows = [
        {
            "user": person,
            "approved": approved.get(person.pk, 0),
            "open": sum(held.get((person.pk, status), 0) for status in OPEN),
            "in_review": held.get((person.pk, S.IN_REVIEW), 0),
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
