"""My queue: my open claims, most check-worthy first, then the nearest deadline."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from claims.models import Claim
from desk.testing import make_article

pytestmark = pytest.mark.django_db
S = Claim.Status


def test_it_orders_my_queue_by_checkworthiness_then_deadline(client, fact_checker):
    sentences = ("Claim low worth.", "Claim high worth, late.", "Claim high worth, soon.", "Claim mid worth.")
    _, claims = make_article(sentences=sentences, checkworthiness=[0.2, 0.9, 0.9, 0.5])
    now = timezone.now()
    deadlines = [now + timedelta(days=1), now + timedelta(days=5), now + timedelta(days=2), None]
    for claim, deadline in zip(claims, deadlines, strict=True):
        Claim.objects.filter(pk=claim.pk).update(status=S.ASSIGNED, assignee=fact_checker, deadline=deadline)
    client.force_login(fact_checker)
    response = client.get(reverse("desk:home"))
    assert [c.text for c in response.context["page"].object_list] == [
        "Claim high worth, soon.",
        "Claim high worth, late.",
        "Claim mid worth.",
        "Claim low worth.",
    ]


def test_it_leaves_out_claims_in_review_from_the_queue_but_lists_them(client, fact_checker):
    _, (working, waiting, *_rest) = make_article()
    Claim.objects.filter(pk=working.pk).update(status=S.IN_PROGRESS, assignee=fact_checker)
    Claim.objects.filter(pk=waiting.pk).update(status=S.IN_REVIEW, assignee=fact_checker)
    client.force_login(fact_checker)
    response = client.get(reverse("desk:home"))
    assert list(response.context["page"].object_list) == [working]
    assert list(response.context["in_review"]) == [waiting]
    assert "Waiting for an editor" in response.content.decode()


def test_an_empty_queue_says_what_to_do(client, fact_checker):
    client.force_login(fact_checker)
    html = client.get(reverse("desk:home")).content.decode()
    assert "Your queue is empty" in html and "Take next claim" in html


def test_it_paginates_a_long_queue(client, fact_checker):
    sentences = tuple(f"Claim number {i} is a fact." for i in range(30))
    _, claims = make_article(sentences=sentences, checkworthiness=[0.5] * 30)
    Claim.objects.filter(pk__in=[c.pk for c in claims]).update(status=S.ASSIGNED, assignee=fact_checker)
    client.force_login(fact_checker)
    first = client.get(reverse("desk:home"))
    assert len(first.context["page"].object_list) == 25 and "Page 1 of 2" in first.content.decode()
    second = client.get(reverse("desk:home") + "?page=2")
    assert len(second.context["page"].object_list) == 5


def test_the_queue_costs_the_same_queries_for_many_claims(client, fact_checker, django_assert_max_num_queries):
    for n in range(3):
        _, claims = make_article(sentences=tuple(f"Article {n} claim {i}." for i in range(8)), title=f"Article {n}")
        Claim.objects.filter(pk__in=[c.pk for c in claims]).update(status=S.ASSIGNED, assignee=fact_checker)
    client.force_login(fact_checker)
    with django_assert_max_num_queries(12):
        assert client.get(reverse("desk:home")).status_code == 200
