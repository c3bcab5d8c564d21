"""`manage.py bench_data` fills the desk with realistic bench rows in bulk; `--reset` removes only those."""

import pytest
from django.core.management import call_command
from django.db.models import Count

from claims.models import (
    Article,
    Attribution,
    Claim,
    ClaimTransition,
    Source,
    SourceAlias,
    Verdict,
    normalize_source_name,
)

from .factories import ArticleFactory

pytestmark = pytest.mark.django_db
S = Claim.Status


def fill(**options):
    defaults = {"claims": 200, "articles": 20, "sources": 60, "seed": 7, "verbosity": 0}
    call_command("bench_data", **{**defaults, **options})


@pytest.fixture
def no_extraction(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("bench_data must not run extraction")

    monkeypatch.setattr("claims.extraction.extract", refuse)
    monkeypatch.setattr("claims.services.enqueue_extraction", refuse)


def test_it_creates_the_claims_and_articles_asked_for_without_extracting(no_extraction):
    fill()
    assert Claim.objects.count() == 200
    articles = Article.objects.all()
    assert articles.count() == 20
    assert all(a.filename.startswith("bench-") and a.extraction_status == "extracted" for a in articles)
    assert len({a.content_hash for a in articles}) == 20
    per_article = [a.n for a in Article.objects.annotate(n=Count("claims"))]
    assert min(per_article) >= 1 and len(set(per_article)) > 1, "claims per article vary"


def test_every_claim_is_the_exact_span_of_its_article(no_extraction):
    fill()
    for claim in Claim.objects.select_related("article"):
        assert claim.text == claim.article.original_text[claim.start : claim.end]
        assert claim.text[0].isupper() and claim.text.endswith(".")
        assert 0 <= claim.checkworthiness <= 1
    ordinals = Claim.objects.filter(article=Article.objects.first()).order_by("ordinal")
    assert [c.ordinal for c in ordinals] == list(range(1, ordinals.count() + 1))


def test_published_claims_have_an_approved_verdict_evidence_and_their_history(no_extraction):
    fill(published_share=0.5)
    published = Claim.objects.filter(status=S.PUBLISHED)
    assert 60 <= published.count() <= 140
    for claim in published.prefetch_related("verdicts", "transitions", "evidence"):
        verdicts = list(claim.verdicts.all())
        assert [(v.state, v.version) for v in verdicts] == [(Verdict.State.APPROVED, 1)]
        verdict = verdicts[0]
        assert verdict.rating.label and verdict.approved_by and verdict.proposed_by == claim.assignee
        assert verdict.approved_by != verdict.proposed_by
        assert claim.published_at == verdict.approved_at == claim.updated_at
        steps = [(t.from_status, t.to_status) for t in claim.transitions.all()]
        assert steps == [
            ("", S.NEW),
            (S.NEW, S.ASSIGNED),
            (S.ASSIGNED, S.IN_PROGRESS),
            (S.IN_PROGRESS, S.IN_REVIEW),
            (S.IN_REVIEW, S.PUBLISHED),
        ]
        assert claim.evidence.count() == 1
    assert not Verdict.objects.filter(state=Verdict.State.APPROVED).exclude(claim__status=S.PUBLISHED).exists()


def test_each_claim_ends_its_transitions_in_its_status(no_extraction):
    fill()
    assert ClaimTransition.objects.filter(to_status=S.NEW, from_status="").count() == 200
    for claim in Claim.objects.prefetch_related("transitions"):
        transitions = list(claim.transitions.all())
        assert transitions[-1].to_status == claim.status
        worked_on = claim.status in (S.ASSIGNED, S.IN_PROGRESS, S.IN_REVIEW, S.PUBLISHED)
        assert (claim.assignee_id is not None) == worked_on
    statuses = set(Claim.objects.values_list("status", flat=True))
    assert {S.NEW, S.PUBLISHED} <= statuses


def test_sources_have_aliases_and_attributions_name_them_in_the_claim(no_extraction):
    fill()
    assert Source.objects.count() == 60
    assert SourceAlias.objects.exists()
    for alias in SourceAlias.objects.all():
        assert alias.normalized_name == normalize_source_name(alias.name)
        assert not Source.objects.filter(normalized_name=alias.normalized_name).exists()
    attributions = Attribution.objects.select_related("claim", "source")
    assert attributions.count() > 50
    for attribution in attributions:
        assert attribution.name_as_written == attribution.source.name
        assert attribution.source.name in attribution.claim.text


def test_reset_removes_earlier_bench_data_and_keeps_the_desks_own(no_extraction):
    own = ArticleFactory()
    fill()
    fill(claims=100, articles=10, reset=True)
    assert Claim.objects.count() == 100
    assert Article.objects.filter(filename__startswith="bench-").count() == 10
    assert Article.objects.filter(pk=own.pk).exists()
    fill(claims=0, articles=0, reset=True)
    assert not Claim.objects.exists() and not Attribution.objects.exists() and not Verdict.objects.exists()
    assert list(Article.objects.all()) == [own]


def test_running_it_again_adds_more_distinct_articles(no_extraction):
    fill()
    fill()
    assert Claim.objects.count() == 400
    assert Article.objects.values("content_hash").distinct().count() == 40
    assert Source.objects.count() == 60, "the bench registry is reused"


def test_dry_run_writes_nothing(capsys):
    call_command("bench_data", claims=500, dry_run=True)
    assert "would write 42 articles, 500 claims" in capsys.readouterr().out
    assert not Article.objects.exists()
