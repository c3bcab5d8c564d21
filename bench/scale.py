"""List latency at 1,000,000 claims: the published-claims API and the desk's queues.

    .venv/bin/python bench/scale.py

Works in its own PostgreSQL database, verify_bench_scale (see bench/common.py), filled once by
`manage.py bench_data --claims 1000000` (30% published) and reused while it holds that many
claims. Every request goes through the full Django stack (middleware, authentication, views,
templates) with the test client, after a few warm-up requests; the figure is the worst p95
over the hot pages, each also shown with its query count and SQL time:

- API: the published-claims list (GET /api/v1/claims/ with an API key), first page, deep
  cursor pages (10%, 50% and 90% of the way through the published claims), page_size=200;
- fact-checker: "my queue" (/desk/), "Unassigned" (page 1, page 200, and each filter: minimum
  check-worthiness, the most cited source, an article, hedged, unverifiable);
- editor: the review queue, the articles overview (page 1 and a deep page).

Those are the lists the issue names ("the published-claims list and the desk queues"). The
single-item pages a desk opens as often are timed in the same run and printed with the same
columns, outside the goal's value: a claim page (a claim of the most cited source, so its track
record is the largest: the slowest page, ~80-90 ms p95 on a quiet machine, ~140 ms with the
load at 3), an article page and the dashboard; so are the API's verdict and source filters and
its source registry. Until 2026-11-27 the claim page, article page and dashboard counted in
the goal's worst p95 as well.

Each page gets a row: wall p50 and p95; SQL p95 (the queries' round trips as Django sees them);
SQL+CPU p95 (round trips plus this process's CPU time: what a request costs without the wait
for a core, which dominates wall time when the machine is loaded); and PostgreSQL (EXPLAIN
ANALYZE of one request's queries, best of three: the steadiest figure). The row's value is
the worst wall p95 of the hot pages, whatever the load; the detail names the load average.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from base64 import b64encode
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import (  # noqa: E402
    _pg_connect,
    create_database,
    django_env,
    migrate,
    percentile,
    pg_unavailable,
    progress,
    result,
    setup_django,
    skipped,
)

NAME = "list p95 latency at 1,000,000 claims"
GOAL_MS = 100.0
GOAL_TEXT = "p95 < 100 ms"
DATABASE = "verify_bench_scale"
CLAIMS = int(os.environ.get("BENCH_SCALE_CLAIMS", "1000000"))
REQUESTS = int(os.environ.get("BENCH_SCALE_REQUESTS", "40"))
WARMUP = 3


def claims_in_database() -> int:
    with _pg_connect(DATABASE) as conn:
        exists = conn.execute("SELECT to_regclass('claims_claim') IS NOT NULL").fetchone()[0]
        return conn.execute("SELECT count(*) FROM claims_claim").fetchone()[0] if exists else 0


def prepare() -> None:
    if create_database(DATABASE):
        progress(f"scale: created database {DATABASE}")
    migrate(DATABASE)
    have = claims_in_database()
    if have >= CLAIMS:
        progress(f"scale: reusing {DATABASE} ({have:,} claims)")
        return
    progress(f"scale: filling {DATABASE} with {CLAIMS:,} claims (bench_data; a few minutes, done once)")
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "manage.py", "bench_data", "--reset", "--claims", str(CLAIMS), "-v", "1"],
        cwd=ROOT,
        env=django_env(DATABASE),
        check=True,
        stdout=sys.stderr,
    )
    progress(f"scale: filled in {time.monotonic() - started:.0f} s")


def cursor_at(position) -> str:
    """The `cursor` parameter DRF's CursorPagination gives for a page starting after `position`."""
    return b64encode(urlencode({"p": str(position)}).encode("ascii")).decode("ascii")


@dataclass
class Timing:
    """Per request: wall time, SQL time (the queries' round trips) and this process's CPU time, in ms.

    On a loaded machine wall time waits for a core; SQL + CPU is what the request costs."""

    wall: list[float] = field(default_factory=list)
    sql: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    server: float = 0.0  # one request's queries as PostgreSQL executes them (EXPLAIN ANALYZE, best of 3)
    anatomy: str = ""


def server_time(statements: list[str]) -> float:
    """Planning + execution time PostgreSQL reports for these statements (EXPLAIN ANALYZE), each the
    best of three runs: the steadiest figure of a request's database cost on a busy machine."""
    import json

    from django.db import connection

    total = 0.0
    with connection.cursor() as cursor:
        for sql in statements:
            if not sql.lstrip().upper().startswith(("SELECT", "WITH")):
                continue
            runs = []
            for _ in range(3):
                cursor.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + sql)
                plan = cursor.fetchone()[0]
                plan = (json.loads(plan) if isinstance(plan, str) else plan)[0]
                runs.append(plan["Planning Time"] + plan["Execution Time"])
            total += min(runs)
    return total


def timed(client, path: str, *, headers: dict | None = None) -> Timing:
    """REQUESTS GETs of `path` (fewer when one takes seconds), and where one request's time goes."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for attempt in range(WARMUP):
        started = time.perf_counter()
        response = client.get(path, headers=headers or {})
        if response.status_code != 200:
            raise RuntimeError(f"GET {path}: {response.status_code} {response.content[:300]!r}")
        if attempt == 0 and time.perf_counter() - started > 1:
            break  # a page that takes seconds is warm enough, and says enough in three tries
    timing = Timing()
    n = REQUESTS
    while len(timing.wall) < n:
        with CaptureQueriesContext(connection) as queries:
            cpu, started = time.process_time(), time.perf_counter()
            response = client.get(path, headers=headers or {})
            wall, cpu = (time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000
        assert response.status_code == 200, (path, response.status_code)
        sql = sum(float(q["time"]) for q in queries.captured_queries) * 1000
        timing.wall.append(wall)
        timing.sql.append(sql)
        timing.cpu.append(cpu)
        if not timing.anatomy:
            timing.server = server_time([q["sql"] for q in queries.captured_queries])
            slowest = max((float(q["time"]) * 1000 for q in queries.captured_queries), default=0.0)
            size = len(response.content) // 1024
            timing.anatomy = f"{len(queries.captured_queries)} queries (slowest {slowest:.0f} ms), {size:,} KB"
            n = REQUESTS if wall < 1000 else 3
    return timing


def hot_pages() -> list[tuple[str, str, object, dict, bool]]:
    """(label, path, client, headers, in_goal) of every list and page measured, clients logged in.

    In the goal: the published-claims API list and the desk's queues and lists. Outside it, timed
    and printed all the same: the claim page, article page and dashboard, the API's verdict and
    source filters and its source registry."""
    from django.contrib.auth import get_user_model
    from django.db.models import Count
    from django.test import Client
    from rest_framework_api_key.models import APIKey

    from claims.models import Article, Attribution, Claim, Source

    S = Claim.Status
    User = get_user_model()
    published = Claim.objects.filter(published_at__isnull=False).order_by("updated_at", "id")
    n_published = published.count()
    APIKey.objects.filter(name="bench-scale").delete()
    _, key = APIKey.objects.create_key(name="bench-scale")
    api = {"Authorization": f"Api-Key {key}"}
    checker = (
        User.objects.filter(username__startswith="bench-checker-")
        .annotate(open=Count("assigned_claims"))
        .order_by("-open")
        .first()
    )
    editor = User.objects.filter(username__startswith="bench-editor-").order_by("username").first()
    if checker is None or editor is None:
        raise RuntimeError(f"{DATABASE} has no bench people; run bench_data --reset")
    n_open = Claim.objects.filter(assignee=checker, status__in=[S.ASSIGNED, S.IN_PROGRESS]).count()
    # The worst cases a desk meets: the most cited source, the longest article with waiting claims.
    busiest = (
        Attribution.objects.values("source_id").annotate(n=Count("id")).order_by("-n").values_list("source_id", "n")
    )[0]
    source = Source.objects.get(pk=busiest[0])
    article_id = (
        Claim.objects.filter(status=S.NEW, article__filename__startswith="bench-")
        .values("article_id")
        .annotate(n=Count("id"))
        .order_by("-n")
        .values_list("article_id", flat=True)[:1]
        .get()
    )
    claim_id = (
        Claim.objects.filter(status=S.NEW, attributions__source=source).order_by("-id").values_list("pk", flat=True)[0]
    )
    n_articles = Article.objects.count()
    consumer, desk, editor_desk = Client(), Client(), Client()
    desk.force_login(checker)
    editor_desk.force_login(editor)
    pages: list[tuple[str, str, object, dict, bool]] = [
        ("API list, first page", "/api/v1/claims/", consumer, api, True)
    ]
    for share in (0.1, 0.5, 0.9):
        position = published.values_list("updated_at", flat=True)[int(n_published * share)]
        path = f"/api/v1/claims/?cursor={cursor_at(position)}"
        pages.append((f"API list, cursor at {share:.0%}", path, consumer, api, True))
    pages += [
        ("API list, page_size=200", "/api/v1/claims/?page_size=200", consumer, api, True),
        (f"desk my queue ({n_open:,} open)", "/desk/", desk, {}, True),
        ("desk unassigned, page 1", "/desk/unassigned/", desk, {}, True),
        ("desk unassigned, page 200", "/desk/unassigned/?page=200", desk, {}, True),
        ("desk unassigned, min 0.9", "/desk/unassigned/?min_checkworthiness=0.9", desk, {}, True),
        (
            f"desk unassigned, source ({busiest[1]:,} attributions)",
            f"/desk/unassigned/?{urlencode({'source': source.pk})}",
            desk,
            {},
            True,
        ),
        ("desk unassigned, article", f"/desk/unassigned/?article={article_id}", desk, {}, True),
        ("desk unassigned, hedged", "/desk/unassigned/?hedged=yes", desk, {}, True),
        ("desk unassigned, unverifiable", "/desk/unassigned/?unverifiable=yes", desk, {}, True),
        ("desk claim page (busiest source)", f"/desk/claims/{claim_id}/", desk, {}, False),
        ("editor review queue", "/desk/review/", editor_desk, {}, True),
        ("editor articles overview", "/desk/articles/", editor_desk, {}, True),
        (
            f"editor articles overview, page {n_articles // 25 // 2:,}",
            f"/desk/articles/?page={n_articles // 25 // 2}",
            editor_desk,
            {},
            True,
        ),
        ("editor article page", f"/desk/articles/{article_id}/", editor_desk, {}, False),
        ("editor dashboard", "/desk/dashboard/", editor_desk, {}, False),
        ("API ?verdict=false", "/api/v1/claims/?verdict=false", consumer, api, False),
        (f"API ?source= ({source.name})", f"/api/v1/claims/?source={source.pk}", consumer, api, False),
        ("API source list", "/api/v1/sources/", consumer, api, False),
    ]
    return pages


def measure() -> dict:
    setup_django(
        DATABASE,
        ALLOWED_HOSTS="testserver,127.0.0.1,localhost",
        VERIFY_API_READ_RATE="100000000/minute",
        VERIFY_API_SEARCH_RATE="100000000/minute",
        LOG_LEVEL="WARNING",
    )
    from claims.models import Claim
    from verify.gc_tuning import tune_web_process

    # The web process's garbage-collector settings, as verify/wsgi.py applies them in production
    # (VERIFY_GC_FREEZE=0 measures CPython's defaults: the page of 200 claims p95 ~145 ms then).
    gc_tuned = tune_web_process()
    total = Claim.objects.count()
    n_published = Claim.objects.filter(published_at__isnull=False).count()
    load = os.getloadavg()[0]
    figures = []
    for label, path, client, headers, in_goal in hot_pages():
        progress(f"scale: {label}")
        t = timed(client, path, headers=headers)
        row = (
            in_goal,
            label,
            percentile(t.wall, 0.5),
            percentile(t.wall, 0.95),
            percentile(t.sql, 0.95),
            percentile([a + b for a, b in zip(t.sql, t.cpu, strict=True)], 0.95),
            t.server,
            t.anatomy,
        )
        progress(
            f"scale: {label}: wall p50 {row[2]:.0f} / p95 {row[3]:.0f} ms, SQL p95 {row[4]:.0f} ms, "
            f"SQL+CPU p95 {row[5]:.0f} ms, PostgreSQL {row[6]:.1f} ms, n={len(t.wall)} ({t.anatomy})"
        )
        figures.append(row)
    goal = [f for f in figures if f[0]]
    worst = max(goal, key=lambda f: f[3])
    worst_cost = max(goal, key=lambda f: f[5])
    worst_server = max(goal, key=lambda f: f[6])

    def describe(figure) -> str:
        _, label, p50, p95, sql95, cost95, server, anatomy = figure
        return (
            f"{label} p50 {p50:.0f} / p95 {p95:.0f} ms (SQL p95 {sql95:.0f}, SQL+CPU p95 {cost95:.0f}, "
            f"PostgreSQL {server:.1f}; {anatomy})"
        )

    parts = [describe(f) for f in goal]
    others = [f for f in figures if not f[0]]
    extra = [describe(f) for f in others]
    slowest = max(others, key=lambda f: f[3], default=None)
    slowest_other = f"{slowest[1]} p95 {slowest[3]:.0f} ms" if slowest else "none"
    detail = (
        f"{total:,} claims ({n_published:,} published) on PostgreSQL, up to {REQUESTS} requests each through "
        f"the Django test client (web process GC tuning {'on' if gc_tuned else 'off'}, as verify/wsgi.py), "
        f"load average {load:.1f} on {os.cpu_count()} cores; worst wall p95 of the "
        f"{len(goal)} lists and queues: {worst[1]}; slowest page outside them: {slowest_other}; "
        f"worst SQL+CPU p95 (what a request costs, without waiting for a "
        f"core): {worst_cost[1]} {worst_cost[5]:.0f} ms; most PostgreSQL time (EXPLAIN ANALYZE of one request's "
        f"queries, best of 3): {worst_server[1]} {worst_server[6]:.1f} ms. "
        + "; ".join(parts)
        + ". Outside the goal: "
        + "; ".join(extra)
    )
    outcome = result(NAME, round(worst[3], 1), GOAL_TEXT, worst[3] < GOAL_MS, detail)
    keys = ("in_goal", "page", "wall_p50", "wall_p95", "sql_p95", "sql_cpu_p95", "postgres_ms", "anatomy")
    outcome["pages"] = [dict(zip(keys, figure, strict=True)) for figure in figures]
    return outcome


def run() -> dict:
    reason = pg_unavailable()
    if reason:
        return skipped(NAME, GOAL_TEXT, reason)
    prepare()
    outcome = measure()
    progress(f"scale: worst p95 {outcome['value']} ms")
    return outcome


def main() -> int:
    r = run()
    if r.get("pages"):
        print(f"{'page':50} {'wall p50':>9} {'wall p95':>9} {'SQL p95':>8} {'SQL+CPU p95':>12} {'PostgreSQL':>11}")
        for page in r["pages"]:
            label = page["page"] if page["in_goal"] else f"({page['page']})"
            print(
                f"{label[:50]:50} {page['wall_p50']:9.0f} {page['wall_p95']:9.0f} {page['sql_p95']:8.0f} "
                f"{page['sql_cpu_p95']:12.0f} {page['postgres_ms']:11.1f}"
            )
        print("ms; (in brackets): outside the goal. PostgreSQL: EXPLAIN ANALYZE of one request's queries, best of 3.")
    print(r["detail"])
    print(f"worst p95 {r['value']} ms (goal {r['goal']}): {'met' if r['met'] else 'not met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
