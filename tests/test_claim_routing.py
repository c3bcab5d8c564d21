"""Automatic routing of an article's new claims: the least-loaded fact-checker first, nobody past
their capacity, one recorded transition and one notification per routed claim, in one
transaction of a fixed number of statements however many claims the article has."""

import pytest
from django.core import mail
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from claims import services
from claims.models import Claim, ClaimTransition

from .factories import ArticleFactory, ClaimFactory

pytestmark = pytest.mark.django_db


def article_with_claims(count: int):
    article = ArticleFactory()
    claims = [
        ClaimFactory(article=article, ordinal=k + 1, checkworthiness=round(0.9 - k / 100, 2)) for k in range(count)
    ]
    return article, claims


@override_settings(VERIFY_AUTO_ASSIGN=True, VERIFY_ROUTING_CAPACITY=3)
def test_claims_go_to_the_least_loaded_until_everyone_is_at_capacity(
    fact_checker, other_fact_checker, django_capture_on_commit_callbacks
):
    ClaimFactory(status=Claim.Status.ASSIGNED, assignee=fact_checker)  # alice starts with one claim
    article, claims = article_with_claims(7)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert services.route_new_claims(article_id=article.pk) == 5
    assigned = dict(Claim.objects.filter(article=article).values_list("ordinal", "assignee__username"))
    # Highest check-worthiness first, each to whoever has less work (a tie to the older account).
    assert assigned == {1: "bob", 2: "alice", 3: "bob", 4: "alice", 5: "bob", 6: None, 7: None}
    routed = Claim.objects.filter(article=article, status=Claim.Status.ASSIGNED)
    assert all(c.deadline and c.lease_expires_at for c in routed)
    transitions = ClaimTransition.objects.filter(claim__article=article, to_status=Claim.Status.ASSIGNED)
    assert sorted(transitions.values_list("claim__ordinal", flat=True)) == [1, 2, 3, 4, 5]
    assert set(transitions.values_list("from_status", "reason")) == {("new", "automatic routing")}
    assert sorted(m.to[0] for m in mail.outbox) == sorted([fact_checker.email] * 2 + [other_fact_checker.email] * 3)


@override_settings(VERIFY_AUTO_ASSIGN=True, VERIFY_ROUTING_CAPACITY=100)
def test_routing_costs_the_same_statements_for_two_claims_or_forty(fact_checker, other_fact_checker):
    counts = []
    for size in (2, 40):
        article, _ = article_with_claims(size)
        with CaptureQueriesContext(connection) as queries:
            assert services.route_new_claims(article_id=article.pk) == size
        counts.append(len(queries.captured_queries))
    assert counts[0] == counts[1] <= 8


@override_settings(VERIFY_AUTO_ASSIGN=True)
def test_routing_twice_assigns_each_claim_once(fact_checker):
    article, claims = article_with_claims(3)
    assert services.route_new_claims(article_id=article.pk) == 3
    assert services.route_new_claims(article_id=article.pk) == 0
    assert ClaimTransition.objects.filter(claim__article=article, to_status=Claim.Status.ASSIGNED).count() == 3
