"""The claim page: the claim in its article, its sources and flags, similar claims, history."""

import sys
import types
from dataclasses import dataclass

import pytest
from django.urls import reverse

from claims.models import Article, Claim, ClaimTransition, content_hash
from desk.highlight import highlighted_text
from desk.testing import attribute, make_article, publish

pytestmark = pytest.mark.django_db
S = Claim.Status


@pytest.fixture
def mine(fact_checker):
    article, claims = make_article()
    claim = claims[1]
    Claim.objects.filter(pk=claim.pk).update(
        status=S.ASSIGNED,
        assignee=fact_checker,
        hedges=["allegedly"],
        unverifiable=True,
        unverifiable_by="al-Araby al-Jadeed",
    )
    claim.refresh_from_db()
    return claim


def _page(client, user, claim):
    client.force_login(user)
    response = client.get(reverse("desk:claim", args=[claim.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_it_highlights_this_claim_and_marks_the_others(client, fact_checker, mine):
    html = _page(client, fact_checker, mine)
    assert '<mark class="claim-current" id="current-claim"' in html
    assert "&quot;At least 40 homes were damaged,&quot; Maria Lopez, the mayor, told Reuters.</mark>" in html
    assert html.count("data-claims=") == 3


def test_it_shows_an_article_containing_a_script_as_text(client, fact_checker):
    evil = 'The minister said <script>alert("x")</script> nothing & <b>everything</b>.'
    text = f"Title\n\n{evil}\n\nAnother <img src=x onerror=alert(1)> line.\n"
    article = Article.objects.create(
        original_text=text,
        content_hash=content_hash(text),
        title="<script>t()</script>",
        extraction_status=Article.ExtractionStatus.EXTRACTED,
    )
    start = text.index(evil)
    claim = Claim.objects.create(
        article=article,
        ordinal=1,
        text=evil,
        start=start,
        end=start + len(evil),
        assignee=fact_checker,
        status=S.ASSIGNED,
    )
    html = _page(client, fact_checker, claim)
    assert "<script>alert" not in html and "<img src=x" not in html and "<script>t()" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "&lt;script&gt;t()&lt;/script&gt;" in html


def test_highlighting_handles_overlapping_and_out_of_range_spans():
    @dataclass
    class Span:
        pk: int
        ordinal: int
        start: int
        end: int

    text = "abcdefghij<"
    outer, inner, beyond = Span(1, 1, 0, 8), Span(2, 2, 2, 4), Span(3, 3, 9, 50)
    html = str(highlighted_text(text=text, current=inner, claims=[outer, inner, beyond]))
    assert html == (
        '<span class="claim-other" title="claim 1" data-claims="1">ab</span>'
        '<mark class="claim-current" id="current-claim" tabindex="-1" aria-label="this claim, claim 2">cd</mark>'
        '<span class="claim-other" title="claim 1" data-claims="1">efgh</span>'
        "i"
        '<span class="claim-other" title="claim 3" data-claims="3">j&lt;</span>'
    )


def test_it_shows_sources_with_descriptor_via_and_track_record(client, fact_checker, other_fact_checker, editor, mine):
    attribute(mine, "Maria Lopez", descriptor="the mayor", via="Reuters", cue="told")
    _, others = make_article(title="Earlier article", sentences=("Maria Lopez said the dam was safe.",))
    attribute(others[0], "Maria Lopez", descriptor="the city's mayor")
    publish(others[0], other_fact_checker, editor, label="Mostly false")
    html = _page(client, fact_checker, mine)
    assert "Maria Lopez" in html and "described as “the mayor”" in html
    assert "via <strong>Reuters</strong>" in html
    assert '<span class="pill">Mostly false 1</span>' in html
    assert "elsewhere: the city&#x27;s mayor" in html


def test_it_shows_hedges_and_the_unverifiable_flag(client, fact_checker, mine):
    html = _page(client, fact_checker, mine)
    assert '<span class="flag flag-hedged">allegedly</span>' in html
    assert "cannot be verified (by al-Araby al-Jadeed)" in html


def test_it_shows_no_similar_claims_without_matching(client, fact_checker, mine, monkeypatch):
    monkeypatch.setitem(sys.modules, "claims.matching", None)  # import raises ImportError
    assert "No similar claims found." in _page(client, fact_checker, mine)


def test_it_shows_similar_claims_and_their_verdicts_when_matching_exists(client, fact_checker, mine, monkeypatch):
    @dataclass
    class Match:
        claim: Claim
        score: float
        verdict_label: str

    other = Claim.objects.exclude(pk=mine.pk).first()
    module = types.ModuleType("claims.matching")
    module.similar_claims = lambda *, claim, limit: [Match(claim=other, score=0.87, verdict_label="Mostly true")]
    monkeypatch.setitem(sys.modules, "claims.matching", module)
    html = _page(client, fact_checker, mine)
    assert other.text[:40] in html and "Mostly true" in html and "score 0.87" in html


def test_the_history_shows_every_transition_and_verdict_version(client, fact_checker, editor, mine):
    from claims import services
    from desk.testing import rating

    services.start_claim(claim=mine, actor=fact_checker)
    services.propose_verdict(claim=mine, actor=fact_checker, rating=rating("False"), explanation="First.")
    services.approve_verdict(claim=mine, actor=editor)
    services.reopen_claim(claim=mine, actor=editor, reason="new figures from the city")
    services.propose_verdict(claim=mine, actor=fact_checker, rating=rating("Mixed"), explanation="Second.")
    html = _page(client, editor, mine)
    assert html.count('<tr class="transition">') == ClaimTransition.objects.filter(claim=mine).count() == 6
    assert "new figures from the city" in html
    assert html.count('<tr class="verdict-version">') == 2
    assert "v1</td><td>False</td><td>approved" in html and "v2</td><td>Mixed</td><td>proposed" in html


def test_the_claim_page_has_labelled_forms_with_csrf(client, fact_checker, mine):
    html = _page(client, fact_checker, mine)
    assert html.count("csrfmiddlewaretoken") >= 3
    for field in ("id_url", "id_archive_url", "id_note", "id_explanation", "id_body"):
        assert f'<label for="{field}">' in html, field
    assert "<legend>Verdict</legend>" in html
