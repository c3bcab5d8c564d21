"""Storing an extraction costs a fixed handful of statements, however many claims and sources the
article has, and the batched writes keep what the row-by-row ones did: ids, transitions, the
updated_at of unchanged claims, attributions left alone when they are the same, the registry."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims import services
from claims.models import Attribution, Claim, ClaimTransition, Source, SourceAlias

from .factories import ArticleFactory, SourceFactory

pytestmark = pytest.mark.django_db


def article_with(count: int):
    sentences = [f"Officials in district {k} said {k + 10} homes were damaged on Monday." for k in range(count)]
    return ArticleFactory(original_text="Storm damage\n\n" + "\n\n".join(sentences) + "\n")


def result_for(article, *, sources_per_claim: int = 2, checkworthiness: float = 0.5, names: str = "Agency") -> dict:
    text = article.original_text
    claims, at = [], 0
    while (start := text.find("Officials", at)) >= 0:
        end = text.index(".", start) + 1
        at = end
        k = len(claims)
        claims.append(
            {
                "start": start,
                "end": end,
                "checkworthiness": checkworthiness,
                "sources": [
                    {"name": f"{names} {k}-{j}", "kind": "organization", "cue": "said", "quote": "indirect"}
                    for j in range(sources_per_claim)
                ],
            }
        )
    return {"metadata": {"title": "Storm damage"}, "language": "en", "claims": claims}


def store_counting(article, result) -> int:
    with CaptureQueriesContext(connection) as queries:
        services.store_extraction(article_id=article.pk, result=result)
    return len(queries.captured_queries)


def test_the_statements_do_not_grow_with_claims_or_sources():
    small, large = article_with(2), article_with(40)
    few = store_counting(small, result_for(small))
    many = store_counting(large, result_for(large))
    assert many == few <= 12
    assert Claim.objects.filter(article=large).count() == 40
    assert Attribution.objects.filter(claim__article=large).count() == 80
    assert ClaimTransition.objects.filter(claim__article=large, to_status="new").count() == 40


def test_storing_the_same_result_again_is_a_few_reads_and_changes_nothing():
    article = article_with(30)
    result = result_for(article)
    services.store_extraction(article_id=article.pk, result=result)
    before = list(Claim.objects.filter(article=article).order_by("ordinal").values_list("pk", "ordinal", "updated_at"))
    attributions = sorted(Attribution.objects.filter(claim__article=article).values_list("pk", flat=True))
    assert store_counting(article, result) <= 10
    after = list(Claim.objects.filter(article=article).order_by("ordinal").values_list("pk", "ordinal", "updated_at"))
    assert after == before
    assert sorted(Attribution.objects.filter(claim__article=article).values_list("pk", flat=True)) == attributions
    assert ClaimTransition.objects.filter(claim__article=article).count() == 30


def test_only_the_claims_that_changed_get_a_new_updated_at_and_new_attributions():
    article = article_with(3)
    result = result_for(article)
    services.store_extraction(article_id=article.pk, result=result)
    first, second, third = Claim.objects.filter(article=article).order_by("ordinal")
    kept = list(second.attributions.values_list("pk", flat=True))
    result["claims"][0]["checkworthiness"] = 0.9
    result["claims"][2]["sources"] = [{"name": "Red Cross", "kind": "organization", "cue": "said"}]
    services.store_extraction(article_id=article.pk, result=result)
    again = {c.pk: c for c in Claim.objects.filter(article=article)}
    assert again[first.pk].checkworthiness == 0.9 and again[first.pk].updated_at > first.updated_at
    assert again[second.pk].updated_at == second.updated_at
    assert list(again[second.pk].attributions.values_list("pk", flat=True)) == kept
    assert list(again[third.pk].attributions.values_list("source__name", flat=True)) == ["Red Cross"]


def test_resolving_many_names_at_once_follows_the_one_name_rules():
    observatory = SourceFactory(
        name="Syrian Observatory for Human Rights", normalized_name="syrian observatory for human rights"
    )
    services.add_source_alias(source=observatory, name="the monitor")
    who = SourceFactory(name="WHO", normalized_name="who", kind=Source.Kind.ORGANIZATION)
    found = services.resolve_sources(
        names=[
            ("The Monitor", "person"),  # an alias
            ("WHO", "organization"),  # a registered name wins over the curated list
            ("ISIL", "person"),  # curated: the canonical source, the name recorded as its alias
            ("Islamic State", "organization"),
            ("Maria Lopez", "person"),  # new
            ("maria  lopez", "organization"),  # the same key: one source, the first kind
            ("Someone", "no such kind"),
            ("  ", "person"),  # nothing to resolve
        ]
    )
    key = services.normalize_source_name
    assert found[key("The Monitor")] == observatory
    assert found[key("WHO")] == who
    assert found[key("ISIL")] == found[key("Islamic State")] and found[key("ISIL")].name == "Islamic State"
    assert SourceAlias.objects.filter(source=found[key("ISIL")], name="ISIL").exists()
    assert (found[key("Maria Lopez")].name, found[key("Maria Lopez")].kind) == ("Maria Lopez", Source.Kind.PERSON)
    assert found[key("Someone")].kind == Source.Kind.ORGANIZATION
    assert len(found) == 6
    assert Source.objects.count() == 5
    for name in ("The Monitor", "WHO", "ISIL", "Islamic State", "Maria Lopez", "Someone"):
        assert services.resolve_source(name=name, kind="person") == found[key(name)]
    assert Source.objects.count() == 5
