"""Storing an extraction: idempotent, never half-written, never duplicating claims or sources."""

import pytest

from claims import extraction, services
from claims.models import Article, Attribution, Claim, ClaimTransition, Source

from .factories import ArticleFactory

pytestmark = pytest.mark.django_db

TEXT = (
    "Floods cut the main road\n\n"
    "Heavy rain flooded the main road on Monday.\n\n"
    '"At least 40 homes were damaged," Maria Lopez, the mayor, told Reuters.\n'
)


def fake_result(text: str, *, with_quote: bool = True) -> dict:
    first = "Heavy rain flooded the main road on Monday."
    second = '"At least 40 homes were damaged," Maria Lopez, the mayor, told Reuters.'
    claims = [
        {"text": first, "start": text.index(first), "end": text.index(first) + len(first), "checkworthiness": 0.8,
         "sources": [], "hedges": [], "unverifiable": False, "unverifiable_by": None},
    ]
    if with_quote:
        claims.append(
            {"text": second, "start": text.index(second), "end": text.index(second) + len(second),
             "checkworthiness": 0.9,
             "sources": [{"name": "Maria Lopez", "kind": "person", "descriptor": "the mayor", "cue": "told",
                          "via": "Reuters", "quote": "direct"}],
             "hedges": [], "unverifiable": False, "unverifiable_by": None}
        )
    return {"metadata": {"title": "Floods cut the main road", "published": "2024-03-04"}, "language": "en",
            "warnings": [], "claims": claims}


@pytest.fixture
def article():
    return ArticleFactory(original_text=TEXT, content_hash="h1", extraction_status=Article.ExtractionStatus.RECEIVED)


@pytest.fixture
def fake_extract(monkeypatch):
    calls = []

    def extract(text, *, time_budget=None):
        calls.append(text)
        return fake_result(text)

    monkeypatch.setattr(extraction, "extract", extract)
    return calls


def snapshot(article):
    return list(
        Claim.objects.filter(article=article)
        .order_by("ordinal")
        .values_list("ordinal", "start", "end", "text", "checkworthiness")
    ), list(Attribution.objects.filter(claim__article=article).values_list("source__name", "descriptor", "cue", "via"))


def test_it_stores_claims_with_spans_metadata_and_sources(article, fake_extract):
    services.run_extraction(article_id=article.pk)
    article.refresh_from_db()
    assert article.extraction_status == Article.ExtractionStatus.EXTRACTED
    assert (article.title, str(article.published)) == ("Floods cut the main road", "2024-03-04")
    claims = list(article.claims.order_by("ordinal"))
    assert [c.ordinal for c in claims] == [1, 2]
    for claim in claims:
        assert TEXT[claim.start : claim.end] == claim.text
    attribution = claims[1].attributions.get()
    assert (attribution.source.name, attribution.descriptor, attribution.via) == ("Maria Lopez", "the mayor", "Reuters")


def test_running_it_twice_leaves_the_same_claims_and_one_transition_each(article, fake_extract):
    services.run_extraction(article_id=article.pk)
    first = snapshot(article)
    ids = list(article.claims.values_list("pk", flat=True))
    services.run_extraction(article_id=article.pk)
    assert snapshot(article) == first
    assert list(article.claims.values_list("pk", flat=True)) == ids
    assert ClaimTransition.objects.filter(claim__article=article).count() == 2
    assert Source.objects.count() == 1


def test_the_same_source_in_two_articles_is_one_registry_entry(fake_extract):
    a = ArticleFactory(original_text=TEXT, content_hash="a")
    b = ArticleFactory(original_text=TEXT + "\nMore later.\n", content_hash="b")
    services.run_extraction(article_id=a.pk)
    services.run_extraction(article_id=b.pk)
    assert Source.objects.filter(name="Maria Lopez").count() == 1
    assert Attribution.objects.filter(source__name="Maria Lopez").count() == 2


def test_a_claim_in_the_workflow_survives_a_reextraction_that_no_longer_finds_it(article, monkeypatch, editor):
    monkeypatch.setattr(extraction, "extract", lambda text, time_budget=None: fake_result(text))
    services.run_extraction(article_id=article.pk)
    quoted = article.claims.get(ordinal=2)
    services.dismiss_claim(claim=quoted, actor=editor, reason="kept for the record")
    untouched = article.claims.get(ordinal=1)
    monkeypatch.setattr(extraction, "extract", lambda text, time_budget=None: fake_result(text, with_quote=False))
    services.run_extraction(article_id=article.pk)
    assert Claim.objects.filter(pk=quoted.pk).exists()
    assert Claim.objects.filter(pk=untouched.pk).exists()
    assert article.claims.count() == 2


def test_a_failure_leaves_the_article_failed_with_a_reason_and_no_claims(article, monkeypatch):
    def broken(text, time_budget=None):
        raise extraction.ExtractionError("the text has no sentences")

    monkeypatch.setattr(extraction, "extract", broken)
    services.run_extraction(article_id=article.pk)
    article.refresh_from_db()
    assert article.extraction_status == Article.ExtractionStatus.FAILED
    assert article.failure_reason == "the text has no sentences"
    assert article.claims.count() == 0


def test_a_result_that_cannot_be_stored_writes_nothing(article, monkeypatch):
    bad = fake_result(TEXT)
    bad["claims"][1]["start"], bad["claims"][1]["end"] = 10, 10_000  # outside the article
    monkeypatch.setattr(extraction, "extract", lambda text, time_budget=None: bad)
    with pytest.raises(ValueError):
        services.run_extraction(article_id=article.pk)
    assert article.claims.count() == 0
    assert Source.objects.count() == 0


def test_an_article_that_keeps_killing_its_worker_is_given_up(article, fake_extract, settings):
    settings.VERIFY_MAX_DELIVERIES = 3
    Article.objects.filter(pk=article.pk).update(
        extraction_status=Article.ExtractionStatus.EXTRACTING, extraction_attempts=3
    )
    services.run_extraction(article_id=article.pk)
    article.refresh_from_db()
    assert article.extraction_status == Article.ExtractionStatus.FAILED
    assert "gave up after 3 attempts" in article.failure_reason
    assert fake_extract == []


def test_a_gone_article_is_a_no_op(fake_extract):
    assert services.run_extraction(article_id=999_999) is None
    assert fake_extract == []
