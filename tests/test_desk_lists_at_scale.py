"""Desk lists that stay cheap on big tables: deep pages fetched by id, status counts estimated."""

import pytest
from django.db import connection
from django.urls import reverse

from claims.models import Claim
from desk import pagination, selectors
from desk.pagination import EstimatedCount, capped_page
from desk.testing import make_article

pytestmark = pytest.mark.django_db
S = Claim.Status


def _sentences(n: int, offset: int = 0) -> tuple[str, ...]:
    return tuple(f"The council opened {offset + i + 2} new schools in Leeds last year." for i in range(n))


def test_a_deep_page_holds_the_same_rows_in_the_same_order(monkeypatch, django_assert_num_queries):
    for batch in range(3):
        make_article(sentences=_sentences(8, offset=10 * batch), checkworthiness=[0.5] * 8)
    queue = selectors.unassigned_claims()
    expected = [claim.pk for claim in queue[10:15]]
    monkeypatch.setattr(pagination, "DEFERRED_FROM_OFFSET", 5)
    page = capped_page(queue, "3", per_page=5)
    assert [claim.pk for claim in page] == expected
    assert page.number == 3 and page.has_next() and page.has_previous()
    with django_assert_num_queries(0):  # article and sources came with the page's rows
        assert all(claim.article.title and claim.attributions.all() is not None for claim in page)


def test_the_unassigned_queue_pages_deep_through_the_view(monkeypatch, client, fact_checker):
    for batch in range(7):  # 56 claims: three pages of 25
        make_article(sentences=_sentences(8, offset=10 * batch))
    monkeypatch.setattr(pagination, "DEFERRED_FROM_OFFSET", 1)
    client.force_login(fact_checker)
    shown = []
    for number in range(1, 4):
        response = client.get(reverse("desk:unassigned"), {"page": number})
        shown += [claim.pk for claim in response.context["page"]]
    assert shown == list(selectors.unassigned_claims().values_list("pk", flat=True))


def test_an_estimated_count_reads_as_an_estimate():
    count = EstimatedCount(612_345)
    assert str(count) == "about 612,000" and int(count) == 612_345 and float(count) == 612_345.0
    assert str(EstimatedCount(87)) == "about 87"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="statistics-based estimates are PostgreSQL's")
def test_large_statuses_are_estimated_and_open_work_counted_exactly(monkeypatch, fact_checker):
    make_article(sentences=_sentences(12))
    Claim.objects.filter(pk=Claim.objects.order_by("id").first().pk).update(status=S.ASSIGNED, assignee=fact_checker)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE claims_claim")
    monkeypatch.setattr(selectors, "ESTIMATE_STATUS_FROM", 5)
    counts = {row["status"]: row["count"] for row in selectors.claims_per_status()}
    assert isinstance(counts[S.NEW], EstimatedCount) and int(counts[S.NEW]) == 11
    assert counts[S.ASSIGNED] == 1 and counts[S.PUBLISHED] == 0
