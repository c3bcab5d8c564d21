"""Unassigned claims, filtered by article, source, flags and check-worthiness."""

import pytest
from django.urls import reverse

from claims.models import Claim
from desk.testing import attribute, make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def queue(fact_checker):
    first, (a, b, c, d) = make_article(checkworthiness=[0.9, 0.8, 0.4, 0.3])
    second, (e,) = make_article(
        title="A second article", sentences=("The port closed on Friday.",), checkworthiness=[0.85]
    )
    Claim.objects.filter(pk=b.pk).update(unverifiable=True, unverifiable_by="the ministry")
    Claim.objects.filter(pk=c.pk).update(hedges=["reportedly"])
    attribute(a, "Maria Lopez", descriptor="the mayor", via="Reuters")
    Claim.objects.filter(pk=d.pk).update(status=Claim.Status.ASSIGNED, assignee=fact_checker)
    return {"first": first, "second": second, "a": a, "b": b, "c": c, "d": d, "e": e}


def _listed(client, user, **params):
    client.force_login(user)
    response = client.get(reverse("desk:unassigned"), params)
    assert response.status_code == 200
    return [claim.pk for claim in response.context["page"].object_list]


def test_it_lists_only_new_unassigned_claims_most_checkworthy_first(client, fact_checker, queue):
    assert _listed(client, fact_checker) == [queue["a"].pk, queue["e"].pk, queue["b"].pk, queue["c"].pk]


def test_it_filters_by_article(client, fact_checker, queue):
    assert _listed(client, fact_checker, article=queue["second"].pk) == [queue["e"].pk]


def test_it_filters_by_source(client, fact_checker, queue):
    source = queue["a"].attributions.get().source
    assert _listed(client, fact_checker, source=source.pk) == [queue["a"].pk]


def test_it_filters_by_the_unverifiable_flag(client, fact_checker, queue):
    assert _listed(client, fact_checker, unverifiable="yes") == [queue["b"].pk]
    assert queue["b"].pk not in _listed(client, fact_checker, unverifiable="no")


def test_it_filters_hedged_claims(client, fact_checker, queue):
    assert _listed(client, fact_checker, hedged="yes") == [queue["c"].pk]
    assert queue["c"].pk not in _listed(client, fact_checker, hedged="no")


def test_it_filters_by_minimum_checkworthiness(client, fact_checker, queue):
    assert _listed(client, fact_checker, min_checkworthiness="0.75") == [queue["a"].pk, queue["e"].pk, queue["b"].pk]


def test_a_filter_with_no_match_says_how_to_clear_it(client, fact_checker, queue):
    client.force_login(fact_checker)
    html = client.get(reverse("desk:unassigned"), {"min_checkworthiness": "1"}).content.decode()
    assert "No unassigned claim matches these filters" in html and "Clear the filters" in html


def test_a_bad_filter_value_is_shown_not_crashed_on(client, fact_checker, queue):
    client.force_login(fact_checker)
    response = client.get(reverse("desk:unassigned"), {"min_checkworthiness": "7", "article": "999999"})
    assert response.status_code == 200
    assert response.context["form"].errors


def test_take_next_within_an_article_filter_takes_from_that_article(client, fact_checker, queue):
    client.force_login(fact_checker)
    html = client.get(reverse("desk:unassigned"), {"article": queue["second"].pk}).content.decode()
    assert f'name="article" value="{queue["second"].pk}"' in html
    response = client.post(reverse("desk:take_next"), {"article": queue["second"].pk})
    assert response["Location"] == reverse("desk:claim", args=[queue["e"].pk])


def test_editors_get_bulk_assignment_and_fact_checkers_do_not(client, fact_checker, editor, queue):
    client.force_login(fact_checker)
    assert 'id="bulk-assign"' not in client.get(reverse("desk:unassigned")).content.decode()
    client.force_login(editor)
    assert 'id="bulk-assign"' in client.get(reverse("desk:unassigned")).content.decode()


def test_the_list_costs_the_same_queries_for_many_claims(client, fact_checker, django_assert_max_num_queries):
    for n in range(4):
        _, claims = make_article(sentences=tuple(f"Article {n} claim {i}." for i in range(6)), title=f"Article {n}")
        for claim in claims:
            attribute(claim, f"Source {n}")
    client.force_login(fact_checker)
    with django_assert_max_num_queries(14):
        assert client.get(reverse("desk:unassigned")).status_code == 200


def test_it_filters_by_source_name_and_shows_the_article_title(client, fact_checker, queue):
    assert _listed(client, fact_checker, source="maria lopez") == [queue["a"].pk]
    client.force_login(fact_checker)
    response = client.get(reverse("desk:unassigned"), {"source": "Nobody Atall"})
    assert response.status_code == 200 and response.context["form"].errors
    html = client.get(reverse("desk:unassigned"), {"article": queue["second"].pk}).content.decode()
    assert "A second article" in html and "<select" not in html.split('name="article"')[0][-200:]


def test_counts_are_capped(fact_checker):
    from desk.pagination import capped_count

    make_article(sentences=tuple(f"Claim {i} is here." for i in range(6)))
    waiting = Claim.objects.filter(status=Claim.Status.NEW)
    assert (capped_count(waiting, cap=4).value, str(capped_count(waiting, cap=4))) == (4, "4+")
    assert str(capped_count(waiting, cap=10)) == "6"
