"""The evidence ledger and notes on the claim page."""

import pytest
from django.urls import reverse

from claims.models import Claim, ClaimNote, ClaimTransition, Evidence
from desk.testing import make_article

pytestmark = pytest.mark.django_db
S = Claim.Status


@pytest.fixture
def mine(fact_checker):
    _, (claim, *_rest) = make_article()
    Claim.objects.filter(pk=claim.pk).update(status=S.ASSIGNED, assignee=fact_checker)
    claim.refresh_from_db()
    return claim


def test_it_adds_evidence_and_the_first_piece_starts_the_work(client, fact_checker, mine):
    client.force_login(fact_checker)
    response = client.post(
        reverse("desk:claim_evidence", args=[mine.pk]),
        {
            "url": "https://city.example/report.pdf",
            "archive_url": "https://archive.example/abc",
            "note": "Page 4: 12 homes damaged.",
            "stance": "refutes",
        },
    )
    assert response.status_code == 302 and response["Location"].endswith("#evidence")
    evidence = Evidence.objects.get(claim=mine)
    assert (evidence.url, evidence.stance, evidence.added_by) == (
        "https://city.example/report.pdf",
        "refutes",
        fact_checker,
    )
    mine.refresh_from_db()
    assert mine.status == S.IN_PROGRESS
    t = ClaimTransition.objects.filter(claim=mine).latest("id")
    assert (t.from_status, t.to_status, t.actor) == (S.ASSIGNED, S.IN_PROGRESS, fact_checker)
    html = client.get(reverse("desk:claim", args=[mine.pk])).content.decode()
    assert "Page 4: 12 homes damaged." in html and "archived copy" in html


def test_it_refuses_evidence_with_nothing_in_it(client, fact_checker, mine):
    client.force_login(fact_checker)
    response = client.post(reverse("desk:claim_evidence", args=[mine.pk]), {"stance": "supports"})
    assert response.status_code == 400
    assert "Give a link, an archived copy or a note." in response.content.decode()
    assert not Evidence.objects.exists()
    mine.refresh_from_db()
    assert mine.status == S.ASSIGNED


def test_it_refuses_a_link_that_is_not_a_web_address(client, fact_checker, mine):
    client.force_login(fact_checker)
    response = client.post(
        reverse("desk:claim_evidence", args=[mine.pk]), {"url": "javascript:alert(1)", "stance": "supports"}
    )
    assert response.status_code == 400 and not Evidence.objects.exists()


def test_it_never_links_a_stored_javascript_url(client, fact_checker, mine):
    Evidence.objects.create(claim=mine, url="javascript:alert(1)", note="imported", added_by=fact_checker)
    client.force_login(fact_checker)
    html = client.get(reverse("desk:claim", args=[mine.pk])).content.decode()
    assert 'href="javascript:' not in html


def test_it_refuses_evidence_on_another_persons_claim(client, other_fact_checker, mine):
    client.force_login(other_fact_checker)
    response = client.post(reverse("desk:claim_evidence", args=[mine.pk]), {"note": "mine now", "stance": "supports"})
    assert response.status_code == 404 and not Evidence.objects.exists()


def test_an_editor_adds_evidence_without_starting_the_claim(client, editor, mine):
    client.force_login(editor)
    client.post(reverse("desk:claim_evidence", args=[mine.pk]), {"note": "See the 2019 audit.", "stance": "context"})
    assert Evidence.objects.get().added_by == editor
    mine.refresh_from_db()
    assert mine.status == S.ASSIGNED


def test_it_refuses_evidence_on_a_published_claim_with_a_message(client, editor, mine):
    Claim.objects.filter(pk=mine.pk).update(status=S.PUBLISHED)
    client.force_login(editor)
    response = client.post(
        reverse("desk:claim_evidence", args=[mine.pk]), {"note": "late", "stance": "context"}, follow=True
    )
    assert "reopen it to add evidence" in response.content.decode()
    assert not Evidence.objects.exists()


def test_it_adds_a_note(client, fact_checker, mine):
    client.force_login(fact_checker)
    response = client.post(reverse("desk:claim_note", args=[mine.pk]), {"body": "Called the mayor's office."})
    assert response["Location"].endswith("#notes")
    note = ClaimNote.objects.get()
    assert (note.claim, note.author, note.body) == (mine, fact_checker, "Called the mayor's office.")


def test_an_empty_note_is_refused(client, fact_checker, mine):
    client.force_login(fact_checker)
    response = client.post(reverse("desk:claim_note", args=[mine.pk]), {"body": "   "})
    assert response.status_code == 400 and not ClaimNote.objects.exists()
