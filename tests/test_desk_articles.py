"""The editor's articles overview and article page."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from claims.models import Article, Claim
from desk.testing import make_article, publish

pytestmark = pytest.mark.django_db
S = Claim.Status


def test_it_shows_each_articles_progress_flags_and_age(client, editor, fact_checker, second_editor):
    article, (a, b, c, d) = make_article()
    publish(a, fact_checker, second_editor)
    Claim.objects.filter(pk=b.pk).update(status=S.IN_PROGRESS, assignee=fact_checker, unverifiable=True)
    Claim.objects.filter(pk=c.pk).update(hedges=["reportedly"])
    Article.objects.filter(pk=article.pk).update(created_at=timezone.now() - timedelta(hours=5))
    client.force_login(editor)
    response = client.get(reverse("desk:articles"))
    row = response.context["rows"][0]
    a_ = row["article"]
    assert (a_.n_claims, a_.n_new, a_.n_in_progress, a_.n_published, a_.n_unverifiable, a_.n_hedged) == (
        4,
        2,
        1,
        1,
        1,
        1,
    )
    assert {s["status"]: s["percent"] for s in row["segments"]}["new"] == 50.0
    html = response.content.decode()
    assert 'style="width: 25.0%"' in html and "5\xa0hours ago" in html


def test_the_overview_is_one_query_however_many_articles(client, editor, django_assert_max_num_queries):
    for n in range(12):
        make_article(title=f"Article {n}", sentences=(f"Claim one of {n}.", f"Claim two of {n}."))
    client.force_login(editor)
    # session, user, groups, the count for the paginator, and the one aggregated query
    with django_assert_max_num_queries(6):
        response = client.get(reverse("desk:articles"))
    assert len(response.context["rows"]) == 12


def test_an_article_page_lists_its_claims_in_order_with_status_and_verdict(client, editor, fact_checker, second_editor):
    article, (a, b, *_rest) = make_article()
    publish(b, fact_checker, second_editor, label="Mostly true")
    client.force_login(editor)
    response = client.get(reverse("desk:article", args=[article.pk]))
    assert [c.ordinal for c in response.context["claims"]] == [1, 2, 3, 4]
    html = response.content.decode()
    assert f'id="claim-{b.pk}" class="claim-status-published"' in html
    assert "Mostly true</span>" in html and "v1, approved" in html


def test_the_article_page_costs_the_same_queries_for_many_claims(client, editor, django_assert_max_num_queries):
    article, _ = make_article(sentences=tuple(f"Claim {i} states a number: {i}." for i in range(30)))
    client.force_login(editor)
    with django_assert_max_num_queries(12):
        assert client.get(reverse("desk:article", args=[article.pk])).status_code == 200


def test_an_empty_overview_says_how_to_add_an_article(client, editor):
    client.force_login(editor)
    html = client.get(reverse("desk:articles")).content.decode()
    assert "No articles yet." in html and "/admin/claims/article/add/" in html


def test_a_failed_extraction_says_why(client, editor):
    article, _ = make_article(sentences=())
    Article.objects.filter(pk=article.pk).update(extraction_status="failed", failure_reason="not an article")
    client.force_login(editor)
    html = client.get(reverse("desk:article", args=[article.pk])).content.decode()
    assert "Extraction failed: not an article" in html


def test_article_titles_are_escaped(client, editor):
    make_article(title="<script>alert(1)</script>")
    client.force_login(editor)
    html = client.get(reverse("desk:articles")).content.decode()
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
