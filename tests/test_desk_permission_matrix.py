"""Every desk URL for every kind of person: anonymous, fact-checker A and B, editor, outsider.

Lists hide other people's claims, details refuse them (404, no hint they exist), editor pages
refuse non-editors (403), nobody without a role sees anything, and forged fields are ignored.
"""

import pytest
from django.urls import reverse

from claims.models import Claim, Evidence, Verdict
from desk.testing import make_article, rating

pytestmark = pytest.mark.django_db
S = Claim.Status

A_TEXT = "The bridge cost 12 million euros to build."
B_TEXT = "The mayor was elected in 2019 with 61 percent."
FREE_TEXT = "The stadium holds 40,000 people."


@pytest.fixture
def world(fact_checker, other_fact_checker, editor, outsider):
    article, (mine, theirs, free) = make_article(sentences=(A_TEXT, B_TEXT, FREE_TEXT))
    Claim.objects.filter(pk=mine.pk).update(status=S.IN_PROGRESS, assignee=fact_checker)
    Claim.objects.filter(pk=theirs.pk).update(status=S.IN_PROGRESS, assignee=other_fact_checker)
    return {
        "article": article,
        "mine": mine,
        "theirs": theirs,
        "free": free,
        "people": {
            "anonymous": None,
            "alice": fact_checker,
            "bob": other_fact_checker,
            "carol": editor,
            "mallory": outsider,
        },
    }


def _get(client, user, url):
    client.logout()
    if user is not None:
        client.force_login(user)
    return client.get(url)


def _post(client, user, url, data=None):
    client.logout()
    if user is not None:
        client.force_login(user)
    return client.post(url, data or {})


# (url name, needs a claim key or article, expected per person) for GET pages.
# alice's view of "theirs" is 404; bob's view of "mine" is 404.
GET_PAGES = [
    ("desk:home", None, {"alice": 200, "bob": 200, "carol": 200, "mallory": 403}),
    ("desk:unassigned", None, {"alice": 200, "bob": 200, "carol": 200, "mallory": 403}),
    ("desk:settings", None, {"alice": 200, "bob": 200, "carol": 200, "mallory": 403}),
    ("desk:claim", "mine", {"alice": 200, "bob": 404, "carol": 200, "mallory": 403}),
    ("desk:claim", "theirs", {"alice": 404, "bob": 200, "carol": 200, "mallory": 403}),
    ("desk:claim", "free", {"alice": 200, "bob": 200, "carol": 200, "mallory": 403}),
    ("desk:review", None, {"alice": 403, "bob": 403, "carol": 200, "mallory": 403}),
    ("desk:articles", None, {"alice": 403, "bob": 403, "carol": 200, "mallory": 403}),
    ("desk:article", "article", {"alice": 403, "bob": 403, "carol": 200, "mallory": 403}),
    ("desk:dashboard", None, {"alice": 403, "bob": 403, "carol": 200, "mallory": 403}),
]


def _url(world, name, key):
    return reverse(name, args=[world[key].pk]) if key else reverse(name)


@pytest.mark.parametrize("name,key,expected", GET_PAGES, ids=[f"{n}:{k}" for n, k, _ in GET_PAGES])
def test_it_gives_each_person_only_their_pages(client, world, name, key, expected):
    url = _url(world, name, key)
    response = _get(client, None, url)
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/?next=")
    for person, status in expected.items():
        response = _get(client, world["people"][person], url)
        assert response.status_code == status, f"{person} GET {url}"


POST_ACTIONS = [
    # (url name, claim key, editor-only?)
    ("desk:claim_take", "free", False),
    ("desk:claim_start", "theirs", False),
    ("desk:claim_evidence", "theirs", False),
    ("desk:claim_note", "theirs", False),
    ("desk:claim_propose", "theirs", False),
    ("desk:claim_approve", "theirs", True),
    ("desk:claim_return", "theirs", True),
    ("desk:claim_dismiss", "theirs", True),
    ("desk:claim_reopen", "theirs", True),
    ("desk:claim_assign", "theirs", True),
]


@pytest.mark.parametrize("name,key,editor_only", POST_ACTIONS, ids=[n for n, _, _ in POST_ACTIONS])
def test_it_refuses_actions_on_another_persons_claim(client, world, name, key, editor_only):
    url = reverse(name, args=[world[key].pk])
    before = Claim.objects.values_list("pk", "status", "assignee_id").order_by("pk")
    before = list(before)
    assert _post(client, None, url).status_code == 302  # to the login page
    assert _post(client, world["people"]["mallory"], url).status_code == 403
    if key == "theirs":
        response = _post(client, world["people"]["alice"], url, {"reason": "x", "body": "x", "note": "x"})
        assert response.status_code == (403 if editor_only else 404)
    assert list(Claim.objects.values_list("pk", "status", "assignee_id").order_by("pk")) == before
    assert not Evidence.objects.exists() and not Verdict.objects.exists()


@pytest.mark.parametrize("name", ["desk:take_next", "desk:bulk_assign"])
def test_it_refuses_queue_actions_to_people_without_a_role(client, world, name):
    url = reverse(name)
    assert _post(client, None, url).status_code == 302
    assert _post(client, world["people"]["mallory"], url).status_code == 403
    assert Claim.objects.get(pk=world["free"].pk).assignee is None


def test_it_refuses_bulk_assign_to_fact_checkers(client, world):
    response = _post(
        client,
        world["people"]["alice"],
        reverse("desk:bulk_assign"),
        {"bulk-claims": [world["free"].pk, world["theirs"].pk], "bulk-assignee": world["people"]["alice"].pk},
    )
    assert response.status_code == 403
    assert Claim.objects.get(pk=world["theirs"].pk).assignee == world["people"]["bob"]


def test_it_changes_nothing_on_get(client, world):
    for name, key, _ in POST_ACTIONS:
        response = _get(client, world["people"]["carol"], reverse(name, args=[world[key].pk]))
        assert response.status_code == 405, name
    for name in ("desk:take_next", "desk:bulk_assign"):
        assert _get(client, world["people"]["alice"], reverse(name)).status_code == 405
    assert Claim.objects.get(pk=world["free"].pk).status == S.NEW


def test_lists_hide_other_peoples_claims(client, world):
    alice_home = _get(client, world["people"]["alice"], reverse("desk:home")).content.decode()
    assert A_TEXT in alice_home and B_TEXT not in alice_home
    bob_home = _get(client, world["people"]["bob"], reverse("desk:home")).content.decode()
    assert B_TEXT in bob_home and A_TEXT not in bob_home
    unassigned = _get(client, world["people"]["alice"], reverse("desk:unassigned")).content.decode()
    assert FREE_TEXT in unassigned and A_TEXT not in unassigned and B_TEXT not in unassigned


def test_it_ignores_forged_fields_when_proposing(client, world):
    alice, bob = world["people"]["alice"], world["people"]["bob"]
    mine = world["mine"]
    response = _post(
        client,
        alice,
        reverse("desk:claim_propose", args=[mine.pk]),
        {
            "rating": rating("True").pk,
            "explanation": "The budget report says 12 million.",
            "status": "published",
            "assignee": bob.pk,
            "approved_by": alice.pk,
            "state": "approved",
            "published_at": "2020-01-01T00:00",
        },
    )
    assert response.status_code == 302
    mine.refresh_from_db()
    assert (mine.status, mine.assignee, mine.published_at) == (S.IN_REVIEW, alice, None)
    verdict = mine.verdicts.get()
    assert (verdict.state, verdict.approved_by, verdict.proposed_by) == (Verdict.State.PROPOSED, None, alice)


def test_it_ignores_a_forged_assignee_when_taking(client, world):
    alice, bob = world["people"]["alice"], world["people"]["bob"]
    free = world["free"]
    _post(client, alice, reverse("desk:claim_take", args=[free.pk]), {"assignee": bob.pk, "status": "published"})
    free.refresh_from_db()
    assert (free.status, free.assignee) == (S.ASSIGNED, alice)


def test_it_ignores_a_forged_author_on_evidence(client, world):
    alice, bob = world["people"]["alice"], world["people"]["bob"]
    mine = world["mine"]
    _post(
        client,
        alice,
        reverse("desk:claim_evidence", args=[mine.pk]),
        {"url": "https://example.org/budget", "stance": "supports", "added_by": bob.pk, "claim": world["theirs"].pk},
    )
    evidence = Evidence.objects.get()
    assert (evidence.claim_id, evidence.added_by) == (mine.pk, alice)


def test_a_fact_checker_cannot_post_editor_fields_through_the_claim_forms(client, world):
    alice = world["people"]["alice"]
    mine = world["mine"]
    _post(client, alice, reverse("desk:claim_note", args=[mine.pk]), {"body": "checked", "status": "dismissed"})
    mine.refresh_from_db()
    assert mine.status == S.IN_PROGRESS
