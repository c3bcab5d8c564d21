"""Benchmark: requests per second of the published-claims list (GET /api/v1/claims/, through
DRF: API-key auth, throttle, filters, cursor pagination, serializer, ETag) against a bare Django
view that returns the same rows from the same query as JSON, in the same run, on a database of
10,000 published claims (each with an attribution, an approved verdict and evidence).

    .venv/bin/python bench/api.py            # prints a summary and the ratio
    .venv/bin/python bench/api.py --json     # prints the result dict as JSON

`run()` returns {"name", "value" (the ratio), "goal" (0.5), "met", "detail"}. It runs the
measurement in a child process with its own throw-away SQLite database (BENCH_DATABASE_URL
overrides it), so it never writes into the desk's own database.

Both sides are called in-process through RequestFactory (no network, no middleware), so the
ratio measures what the API adds on top of the query and the JSON.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOAL = 0.5
CLAIMS = int(os.environ.get("BENCH_CLAIMS", "10000"))
SECONDS = float(os.environ.get("BENCH_SECONDS", "2.0"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))


def run() -> dict:
    """Measure in a child process (its own settings and database) and return the result."""
    env = {**os.environ}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    completed = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--json"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    if completed.returncode != 0:
        return {
            "name": "api claims list vs bare Django view (req/s ratio)",
            "value": 0.0,
            "goal": GOAL,
            "met": False,
            "detail": f"benchmark crashed: {completed.stderr.strip()[-2000:]}",
        }
    return json.loads(completed.stdout.strip().splitlines()[-1])


def _setup_django(db_path: str) -> None:
    os.environ["DATABASE_URL"] = os.environ.get("BENCH_DATABASE_URL") or f"sqlite:///{db_path}"
    os.environ.setdefault("SECRET_KEY", "bench-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz")
    os.environ["DEBUG"] = "0"
    os.environ["ALLOWED_HOSTS"] = "testserver"
    os.environ["VERIFY_API_READ_RATE"] = "100000000/s"
    os.environ["VERIFY_API_SYNC_SETTLE_SECONDS"] = "0"
    os.environ["VERIFY_AUTO_ASSIGN"] = "0"
    os.environ["LOG_LEVEL"] = "WARNING"
    os.environ.pop("REDIS_URL", None)
    os.environ["DJANGO_SETTINGS_MODULE"] = "verify.settings"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def _populate(count: int) -> None:
    from datetime import timedelta

    from django.db import transaction
    from django.utils import timezone

    from claims.models import Article, Attribution, Claim, Evidence, Source, Verdict, VerdictRating, content_hash

    if Claim.objects.filter(status=Claim.Status.PUBLISHED).count() >= count:
        return
    ratings = list(VerdictRating.objects.all())
    now = timezone.now() - timedelta(days=1)
    per_article = 100
    with transaction.atomic():
        sources = Source.objects.bulk_create(
            [Source(name=f"Source {i}", normalized_name=f"source {i}", kind="person") for i in range(200)]
        )
        articles = Article.objects.bulk_create(
            [
                Article(
                    original_text=f"Article {i}\n\n" + "A sentence of the article. " * 200,
                    content_hash=content_hash(f"bench article {i}"),
                    title=f"Article {i}",
                    outlet="The Bench Times",
                    url=f"https://news.example.org/{i}",
                    published=now.date(),
                    extraction_status="extracted",
                    language="en",
                )
                for i in range((count + per_article - 1) // per_article)
            ]
        )
        claims = Claim.objects.bulk_create(
            [
                Claim(
                    article=articles[i // per_article],
                    ordinal=i % per_article + 1,
                    text=f"At least {i} homes were damaged when the river burst its banks, the mayor said.",
                    start=(i % per_article) * 10,
                    end=(i % per_article) * 10 + 9,
                    checkworthiness=0.7,
                    hedges=["reportedly"] if i % 5 == 0 else [],
                    status="published",
                    published_at=now + timedelta(seconds=i),
                )
                for i in range(count)
            ],
            batch_size=2000,
        )
        Attribution.objects.bulk_create(
            [
                Attribution(
                    claim=c,
                    source=sources[i % len(sources)],
                    ordinal=1,
                    cue="told",
                    via="Reuters",
                    descriptor="the mayor",
                )
                for i, c in enumerate(claims)
            ],
            batch_size=2000,
        )
        Verdict.objects.bulk_create(
            [
                Verdict(
                    claim=c,
                    version=1,
                    rating=ratings[i % len(ratings)],
                    explanation="Records show otherwise.",
                    state="approved",
                    approved_at=now + timedelta(seconds=i),
                )
                for i, c in enumerate(claims)
            ],
            batch_size=2000,
        )
        Evidence.objects.bulk_create(
            [
                Evidence(claim=c, url=f"https://records.example.org/{i}", note="records", stance="refutes")
                for i, c in enumerate(claims)
            ],
            batch_size=2000,
        )


def bare_view(request):
    """The same rows from the same query, as JSON, with nothing else: no DRF, no auth."""
    from django.http import JsonResponse

    from claims.api import queries
    from claims.api.serializers import claim_to_dict

    rows = queries.api_claims().order_by("updated_at", "id")[:50]
    return JsonResponse({"results": [claim_to_dict(claim) for claim in rows]})


def _rate(call, seconds: float) -> float:
    done, started = 0, time.perf_counter()
    while True:
        response = call()
        assert response.status_code == 200, response.status_code
        done += 1
        elapsed = time.perf_counter() - started
        if elapsed >= seconds:
            return done / elapsed


def measure() -> dict:
    with tempfile.TemporaryDirectory(prefix="verify-bench-") as folder:
        _setup_django(str(Path(folder) / "bench.sqlite3"))
        _populate(CLAIMS)
        from django.test import RequestFactory
        from rest_framework_api_key.models import APIKey

        from claims.api.views import ClaimListApi
        from claims.models import Claim

        published = Claim.objects.filter(status=Claim.Status.PUBLISHED).count()
        _, key = APIKey.objects.create_key(name="bench")
        factory = RequestFactory()
        api_view = ClaimListApi.as_view()

        def api_call():
            return api_view(factory.get("/api/v1/claims/", HTTP_AUTHORIZATION=f"Api-Key {key}"))

        def bare_call():
            return bare_view(factory.get("/bench/bare/"))

        api_rows = json.loads(api_call().content)["results"]
        bare_rows = json.loads(bare_call().content)["results"]
        assert [r["id"] for r in api_rows] == [r["id"] for r in bare_rows], "not the same rows"
        for _ in range(20):
            api_call()
            bare_call()
        api_rates, bare_rates = [], []
        for _ in range(ROUNDS):
            bare_rates.append(_rate(bare_call, SECONDS))
            api_rates.append(_rate(api_call, SECONDS))
        api_rate, bare_rate = max(api_rates), max(bare_rates)
        ratio = api_rate / bare_rate
        from django.db import connection

        return {
            "name": "api claims list vs bare Django view (req/s ratio)",
            "value": round(ratio, 3),
            "goal": GOAL,
            "met": ratio >= GOAL,
            "detail": (
                f"{published:,} published claims on {connection.vendor}; page of 50: "
                f"API {api_rate:.1f} req/s, bare Django view {bare_rate:.1f} req/s "
                f"(best of {ROUNDS} rounds of {SECONDS:.0f}s each)"
            ),
        }


if __name__ == "__main__":
    result = measure()
    if "--json" in sys.argv:
        print(json.dumps(result))
    else:
        print(result["detail"])
        print(f"API ratio: {result['value']:.2f} (goal >= {GOAL}) {'met' if result['met'] else 'NOT met'}")
