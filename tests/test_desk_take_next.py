"""“Take next”: the most check-worthy unassigned claim goes to exactly one person."""

import threading

import pytest
from django.contrib.auth.models import Group
from django.db import connection, connections
from django.urls import reverse

from claims import roles, services
from claims.models import Claim, ClaimTransition
from desk.testing import make_article
from tests.factories import UserFactory

S = Claim.Status


@pytest.mark.django_db
def test_it_gives_me_the_most_checkworthy_claim_and_opens_it(client, fact_checker):
    _, (low, high, *_rest) = make_article(checkworthiness=[0.3, 0.95, 0.5, 0.4])
    client.force_login(fact_checker)
    response = client.post(reverse("desk:take_next"))
    assert response.status_code == 302 and response["Location"] == reverse("desk:claim", args=[high.pk])
    high.refresh_from_db()
    assert (high.status, high.assignee) == (S.ASSIGNED, fact_checker)
    transition = ClaimTransition.objects.filter(claim=high).latest("id")
    assert (transition.from_status, transition.to_status, transition.actor) == (S.NEW, S.ASSIGNED, fact_checker)


@pytest.mark.django_db
def test_it_says_so_when_nothing_is_left(client, fact_checker):
    client.force_login(fact_checker)
    response = client.post(reverse("desk:take_next"), follow=True)
    assert "Nothing left to take" in response.content.decode()


@pytest.mark.django_db
def test_an_editor_who_is_not_a_fact_checker_is_told_why(client, editor):
    make_article()
    client.force_login(editor)
    response = client.post(reverse("desk:take_next"), follow=True)
    assert "Only fact-checkers take claims from the queue." in response.content.decode()
    assert not Claim.objects.filter(assignee=editor).exists()


@pytest.mark.django_db
def test_two_people_in_turn_get_different_claims(client, fact_checker, other_fact_checker):
    make_article()
    client.force_login(fact_checker)
    first = client.post(reverse("desk:take_next"))["Location"]
    client.force_login(other_fact_checker)
    second = client.post(reverse("desk:take_next"))["Location"]
    assert first != second


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="needs PostgreSQL: SQLite serialises all writers, so it cannot show concurrent take-next; "
    "run with DATABASE_URL=postgres://...",
)
@pytest.mark.django_db(transaction=True)
def test_sixteen_people_taking_at_once_get_each_claim_exactly_once():
    group = Group.objects.get(name=roles.FACT_CHECKERS)
    people = [UserFactory(username=f"checker{i}") for i in range(16)]
    for person in people:
        person.groups.add(group)
    sentences = tuple(f"Claim {i}: the council spent {i} million on roads." for i in range(40))
    _, claims = make_article(sentences=sentences, checkworthiness=[0.5] * 40)
    barrier = threading.Barrier(len(people))
    taken: dict[str, list[int]] = {}
    errors: list[BaseException] = []

    def work(person):
        try:
            barrier.wait(timeout=30)
            mine = []
            while (claim := services.take_next_claim(user=person)) is not None:
                mine.append(claim.pk)
            taken[person.username] = mine
        except BaseException as exc:  # surfaced below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=work, args=(person,)) for person in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    all_taken = [pk for pks in taken.values() for pk in pks]
    assert sorted(all_taken) == sorted(c.pk for c in claims), "every claim taken exactly once"
    assert len(taken) == 16
    for person in people:
        assert set(Claim.objects.filter(assignee=person).values_list("pk", flat=True)) == set(taken[person.username])
    assigned_rows = ClaimTransition.objects.filter(claim__in=claims, to_status=S.ASSIGNED)
    assert assigned_rows.count() == 40
    assert not Claim.objects.filter(pk__in=[c.pk for c in claims], status=S.NEW).exists()
