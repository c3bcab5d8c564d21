"""The editor's dashboard: claims per status, median time in each state, throughput."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from claims.models import Claim, ClaimTransition
from desk import selectors
from desk.testing import make_article, publish

pytestmark = pytest.mark.django_db
S = Claim.Status


def _at(claim, *moves):
    """Rewrite a claim's transitions to happen at the given minutes after a fixed start."""
    start = timezone.now() - timedelta(days=1)
    rows = list(ClaimTransition.objects.filter(claim=claim).order_by("id"))
    for row, minutes in zip(rows, moves, strict=True):
        ClaimTransition.objects.filter(pk=row.pk).update(created_at=start + timedelta(minutes=minutes))


def test_it_measures_the_median_time_in_each_state(fact_checker, editor):
    _, (a, b, c, _d) = make_article()
    publish(a, fact_checker, editor)
    publish(b, fact_checker, editor)
    publish(c, fact_checker, editor)
    # new -> assigned -> in progress -> in review -> published
    _at(a, 0, 10, 20, 80, 90)
    _at(b, 0, 30, 40, 160, 170)
    _at(c, 0, 50, 60, 70, 75)
    times = {row.status: row for row in selectors.median_time_in_state()}
    assert times[S.NEW].median == timedelta(minutes=30) and times[S.NEW].samples == 3
    assert times[S.ASSIGNED].median == timedelta(minutes=10)
    assert times[S.IN_PROGRESS].median == timedelta(minutes=60)
    assert times[S.IN_REVIEW].median == timedelta(minutes=10)
    assert S.PUBLISHED not in times  # nobody has left "published"


def test_it_counts_throughput_per_fact_checker(fact_checker, other_fact_checker, editor):
    _, (a, b, c, d) = make_article()
    publish(a, fact_checker, editor)
    publish(b, fact_checker, editor)
    publish(c, other_fact_checker, editor)
    Claim.objects.filter(pk=d.pk).update(status=S.IN_PROGRESS, assignee=other_fact_checker)
    rows = {row["user"].username: row for row in selectors.throughput_per_fact_checker(days=30)}
    assert (rows["alice"]["approved"], rows["alice"]["open"], rows["alice"]["percent"]) == (2, 0, 100.0)
    assert (rows["bob"]["approved"], rows["bob"]["open"]) == (1, 1)


def test_the_dashboard_draws_a_chart_without_external_scripts(client, editor, fact_checker):
    _, (a, *_rest) = make_article()
    publish(a, fact_checker, editor)
    client.force_login(editor)
    response = client.get(reverse("desk:dashboard"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "<svg" in html and 'class="bar status-published"' in html and "published: 1." in html
    assert '<script src="http' not in html
    assert {row["status"]: row["count"] for row in response.context["per_status"]} == {
        "new": 3,
        "assigned": 0,
        "in_progress": 0,
        "in_review": 0,
        "published": 1,
        "dismissed": 0,
    }


def test_the_dashboard_works_on_an_empty_desk(client, editor):
    client.force_login(editor)
    assert client.get(reverse("desk:dashboard")).status_code == 200
