"""“Take next” on PostgreSQL is one statement: it claims the row, records the transition, returns the claim.

The statement count is what keeps 16 fact-checkers pressing "take next" at once fast (bench/take_next.py);
what it does must still be everything the three statements did.
"""

from datetime import timedelta

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from claims import roles, services
from claims.models import Claim, ClaimTransition
from desk.testing import make_article

S = Claim.Status

needs_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="the single statement is PostgreSQL's; run with DATABASE_URL=postgres://...",
)


@needs_postgresql
@pytest.mark.django_db
def test_taking_a_claim_is_one_statement(fact_checker):
    make_article(checkworthiness=[0.3, 0.95, 0.5, 0.4])
    roles.is_fact_checker(fact_checker)  # the role lookup is cached on the user, once per request
    with CaptureQueriesContext(connection) as queries:
        claim = services.take_next_claim(user=fact_checker)
    assert claim is not None
    assert len(queries) == 1, [q["sql"] for q in queries]


@needs_postgresql
@pytest.mark.django_db
def test_finding_the_queue_empty_is_one_statement_and_records_nothing(fact_checker):
    roles.is_fact_checker(fact_checker)
    with CaptureQueriesContext(connection) as queries:
        assert services.take_next_claim(user=fact_checker) is None
    assert len(queries) == 1
    assert not ClaimTransition.objects.exists()


@pytest.mark.django_db
def test_the_claim_returned_is_the_one_stored_with_its_lease_and_transition(fact_checker):
    _, (_low, high, *_rest) = make_article(checkworthiness=[0.3, 0.95, 0.5, 0.4])
    Claim.objects.filter(pk=high.pk).update(hedges=["reportedly"])
    before = timezone.now()
    claim = services.take_next_claim(user=fact_checker)
    after = timezone.now()
    stored = Claim.objects.get(pk=high.pk)
    assert claim.pk == high.pk
    for field in Claim._meta.concrete_fields:  # every column, converted as the ORM would
        assert getattr(claim, field.attname) == getattr(stored, field.attname), field.name
    assert claim.hedges == ["reportedly"]
    assert (claim.status, claim.assignee_id) == (S.ASSIGNED, fact_checker.pk)
    lease = timedelta(hours=settings.VERIFY_LEASE_HOURS)
    assert before + lease <= claim.lease_expires_at <= after + lease
    hours = timedelta(hours=settings.VERIFY_DEFAULT_DEADLINE_HOURS)
    assert before + hours <= claim.deadline <= after + hours
    assert before <= claim.updated_at <= after
    (transition,) = ClaimTransition.objects.filter(claim=high, to_status=S.ASSIGNED)
    assert (transition.from_status, transition.to_status, transition.actor, transition.reason) == (
        S.NEW,
        S.ASSIGNED,
        fact_checker,
        "took next claim",
    )
    assert before <= transition.created_at <= after


@pytest.mark.django_db
def test_a_deadline_already_set_is_kept(fact_checker):
    _, (claim, *_rest) = make_article(checkworthiness=[0.9, 0.1, 0.1, 0.1])
    set_by_editor = timezone.now() + timedelta(days=3)
    Claim.objects.filter(pk=claim.pk).update(deadline=set_by_editor)
    assert services.take_next_claim(user=fact_checker).deadline == set_by_editor


@pytest.mark.django_db
def test_ties_go_to_the_nearest_deadline_then_the_oldest(fact_checker):
    _, claims = make_article(checkworthiness=[0.5, 0.5, 0.5, 0.5])
    soon, later = timezone.now() + timedelta(hours=2), timezone.now() + timedelta(days=2)
    Claim.objects.filter(pk=claims[2].pk).update(deadline=later)
    Claim.objects.filter(pk=claims[3].pk).update(deadline=soon)
    taken = [services.take_next_claim(user=fact_checker).pk for _ in claims]
    assert taken == [claims[3].pk, claims[2].pk, claims[0].pk, claims[1].pk]


@pytest.mark.django_db
def test_taking_from_one_article_leaves_the_others_alone(fact_checker):
    make_article(checkworthiness=[0.99, 0.99, 0.99, 0.99])
    article, (low, high, *_rest) = make_article(title="Bus fares", checkworthiness=[0.2, 0.6, 0.1, 0.1])
    assert services.take_next_claim(user=fact_checker, article_id=article.pk).pk == high.pk
    assert services.take_next_claim(user=fact_checker, article_id=article.pk).pk == low.pk
