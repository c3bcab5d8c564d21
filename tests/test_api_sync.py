"""Incremental sync: cursor pages by (updated_at, id), no gaps or duplicates while claims keep
being published, and corrections or withdrawals come back in their new state."""

from datetime import timedelta

import pytest
from django.utils import timezone

from claims import services
from claims.models import Claim

from .api_factories import *  # noqa: F403
from .api_factories import make_published_claim, publish_through_workflow
from .factories import ClaimFactory, rating

pytestmark = pytest.mark.django_db
URL = "/api/v1/claims/"


def _stamp(claims):
    """Spread updated_at so the order is known (rows made in one go share a timestamp)."""
    base = timezone.now() - timedelta(hours=1)
    for offset, claim in enumerate(claims):
        Claim.objects.filter(pk=claim.pk).update(updated_at=base + timedelta(seconds=offset))


def _follow(client, url, params=None):
    seen, pages = [], 0
    response = client.get(url, params)
    while True:
        body = response.json()
        seen += [row["id"] for row in body["results"]]
        pages += 1
        if not body["next"]:
            return seen, body, pages
        response = client.get(body["next"])


def test_it_pages_in_updated_order_without_gaps_or_duplicates(api_client):
    claims = [make_published_claim() for _ in range(7)]
    _stamp(claims)
    seen, _, pages = _follow(api_client, URL, {"page_size": 3})
    assert seen == [c.pk for c in claims]
    assert pages == 3


def test_it_delivers_claims_published_during_a_sync_exactly_once(api_client):
    first = [make_published_claim() for _ in range(4)]
    _stamp(first)
    page = api_client.get(URL, {"page_size": 2}).json()
    got = [row["id"] for row in page["results"]]
    later = make_published_claim()  # published while the consumer is between pages
    response = api_client.get(page["next"])
    while True:
        body = response.json()
        got += [row["id"] for row in body["results"]]
        if not body["next"]:
            break
        response = api_client.get(body["next"])
    assert got == [c.pk for c in first] + [later.pk]
    assert len(got) == len(set(got))


def test_a_reopened_claim_comes_back_in_sync_as_correcting_without_a_verdict(api_client, fact_checker, editor):
    claim = publish_through_workflow(ClaimFactory(), checker=fact_checker, editor=editor, label="False")
    checkpoint = timezone.now().isoformat()
    services.reopen_claim(claim=claim, actor=editor, reason="new records from the city")
    rows = api_client.get(URL, {"updated_since": checkpoint}).json()["results"]
    assert [r["id"] for r in rows] == [claim.pk]
    assert rows[0]["status"] == "correcting"
    assert rows[0]["verdict"] is None
    assert [v["state"] for v in rows[0]["verdict_history"]] == ["withdrawn"]
    assert rows[0]["claimreview_url"] is None
    assert api_client.get(f"/api/v1/claims/{claim.pk}/claimreview").status_code == 404


def test_a_corrected_claim_comes_back_with_the_new_verdict_and_the_old_in_history(api_client, fact_checker, editor):
    claim = publish_through_workflow(ClaimFactory(), checker=fact_checker, editor=editor, label="False")
    claim = services.reopen_claim(claim=claim, actor=editor, reason="new records", assignee=fact_checker)
    checkpoint = timezone.now().isoformat()
    services.propose_verdict(claim=claim, actor=fact_checker, rating=rating("Mostly true"), explanation="Corrected.")
    services.approve_verdict(claim=claim, actor=editor, note="correction")
    row = api_client.get(URL, {"updated_since": checkpoint}).json()["results"][0]
    assert row["status"] == "published"
    assert row["verdict"]["rating"] == "Mostly true" and row["verdict"]["version"] == 2
    assert [(v["version"], v["state"]) for v in row["verdict_history"]] == [(1, "superseded"), (2, "current")]


def test_a_dismissed_once_published_claim_shows_as_withdrawn(api_client, fact_checker, editor):
    claim = publish_through_workflow(ClaimFactory(), checker=fact_checker, editor=editor)
    claim = services.reopen_claim(claim=claim, actor=editor, reason="wrong claim")
    services.dismiss_claim(claim=claim, actor=editor, reason="not a claim after all")
    row = api_client.get(f"{URL}{claim.pk}/").json()
    assert row["status"] == "withdrawn" and row["verdict"] is None
    assert [r["id"] for r in api_client.get(URL, {"status": "withdrawn"}).json()["results"]] == [claim.pk]


def test_the_settle_window_holds_back_rows_changed_a_moment_ago(api_client, settings):
    settings.VERIFY_API_SYNC_SETTLE_SECONDS = 30
    old = make_published_claim()
    _stamp([old])
    make_published_claim()  # updated just now
    assert [r["id"] for r in api_client.get(URL).json()["results"]] == [old.pk]
