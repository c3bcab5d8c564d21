"""The source registry: one source per body across articles, found by name, alias or the
curated list; merging folds sources together without losing an attribution."""

import pytest
from django.core.management import call_command

from claims import services
from claims.models import Attribution, Source, SourceAlias

from .factories import ArticleFactory, AttributionFactory, ClaimFactory, SourceFactory, VerdictFactory, rating

pytestmark = pytest.mark.django_db
CHANGELIST = "/admin/claims/source/"


def extraction_with_sources(article, *sources):
    """An extraction result whose first claim cites `sources` (name, descriptor) in order."""
    text = article.original_text
    start = text.index("Heavy rain")
    end = text.index("said.") + len("said.")
    return {
        "metadata": {"title": "Floods"},
        "claims": [
            {
                "text": text[start:end],
                "start": start,
                "end": end,
                "checkworthiness": 0.8,
                "sources": [{"name": n, "kind": "organization", "descriptor": d, "cue": "said"} for n, d in sources],
            }
        ],
    }


def test_it_resolves_a_name_by_its_alias():
    source = services.resolve_source(name="Syrian Observatory for Human Rights", kind="organization")
    services.add_source_alias(source=source, name="the observatory")
    assert services.resolve_source(name="The Observatory", kind="organization") == source
    assert services.resolve_source(name="the Syrian Observatory for Human Rights", kind="organization") == source
    assert Source.objects.count() == 1


def test_it_resolves_curated_aliases_to_one_canonical_source():
    first = services.resolve_source(name="ISIL", kind="organization")
    assert first.name == "Islamic State"
    for name in ("IS", "ISIS", "the Islamic State group", "Islamic State", "Daesh"):
        assert services.resolve_source(name=name, kind="person") == first
    assert Source.objects.count() == 1
    assert set(first.aliases.values_list("name", flat=True)) == {
        "ISIL",
        "IS",
        "ISIS",
        "the Islamic State group",
        "Daesh",
    }


def test_curated_aliases_give_the_canonical_kind():
    assert services.resolve_source(name="AFP", kind="person").kind == Source.Kind.OUTLET
    assert services.resolve_source(name="Agence France-Presse", kind="person").name == "Agence France-Presse"
    assert Source.objects.count() == 1


def test_a_source_already_registered_under_an_acronym_keeps_its_attributions():
    who = SourceFactory(name="WHO", normalized_name="who", kind=Source.Kind.ORGANIZATION)
    # The exact name wins over the curated list until an editor merges the two.
    assert services.resolve_source(name="WHO", kind="organization") == who


def test_sources_are_shared_across_articles():
    one, two = ArticleFactory(), ArticleFactory()
    services.store_extraction(
        article_id=one.pk,
        result=extraction_with_sources(one, ("the Syrian Observatory for Human Rights", "the Britain-based monitor")),
    )
    services.store_extraction(
        article_id=two.pk,
        result=extraction_with_sources(two, ("Syrian Observatory for Human Rights", "a war monitor"), ("SOHR", "")),
    )
    [source] = Source.objects.all()
    assert source.attributions.count() == 3
    assert set(source.attributions.values_list("name_as_written", flat=True)) == {
        "the Syrian Observatory for Human Rights",
        "Syrian Observatory for Human Rights",
        "SOHR",
    }
    assert SourceAlias.objects.filter(source=source, name="SOHR").exists()
    from claims.selectors import source_descriptors

    assert sorted(source_descriptors(source=source)) == ["a war monitor", "the Britain-based monitor"]


def test_merge_moves_every_attribution_and_alias_and_keeps_the_old_name():
    keep = SourceFactory(name="Islamic State", normalized_name="islamic state", kind=Source.Kind.ORGANIZATION)
    fold = SourceFactory(name="Daesh group", normalized_name="daesh group", kind=Source.Kind.ORGANIZATION)
    services.add_source_alias(source=fold, name="the militants' group")
    kept = [AttributionFactory(source=keep, descriptor="the jihadist group") for _ in range(2)]
    moved = [AttributionFactory(source=fold, descriptor="the extremist group") for _ in range(3)]
    VerdictFactory(claim=moved[0].claim, state="approved", rating=rating("False"))
    moved[0].claim.status = "published"
    moved[0].claim.save()

    services.merge_sources(target=keep, others=[fold])

    assert not Source.objects.filter(pk=fold.pk).exists()
    assert Attribution.objects.filter(source=keep).count() == len(kept) + len(moved) == 5
    assert set(keep.aliases.values_list("name", flat=True)) == {"Daesh group", "the militants' group"}
    assert services.resolve_source(name="Daesh group", kind="organization") == keep
    from claims.selectors import source_descriptors, source_track_record

    assert set(source_descriptors(source=keep)) == {"the jihadist group", "the extremist group"}
    assert source_track_record(source=keep) == {"False": 1}


def test_an_editor_merges_sources_through_the_admin(client, editor):
    keep = SourceFactory(name="United Nations", normalized_name="united nations", kind=Source.Kind.ORGANIZATION)
    fold = SourceFactory(name="U.N. officials", normalized_name="u n officials", kind=Source.Kind.ORGANIZATION)
    AttributionFactory(source=keep)
    AttributionFactory(source=fold, descriptor="the world body")
    client.force_login(editor)
    selected = {"action": "merge", "_selected_action": [keep.pk, fold.pk]}

    form = client.post(CHANGELIST, selected)
    assert form.status_code == 200 and "Keep this source" in form.content.decode()

    done = client.post(CHANGELIST, {**selected, "apply": "1", "target": keep.pk}, follow=True)
    assert "Merged 1 source(s) into United Nations." in done.content.decode()
    assert list(Source.objects.values_list("name", flat=True)) == ["United Nations"]
    assert Attribution.objects.filter(source=keep).count() == 2
    assert keep.aliases.get().name == "U.N. officials"


def test_a_fact_checker_cannot_merge_sources(client, fact_checker):
    one, two = SourceFactory(), SourceFactory()
    client.force_login(fact_checker)
    client.post(CHANGELIST, {"action": "merge", "_selected_action": [one.pk, two.pk], "apply": "1", "target": one.pk})
    assert Source.objects.filter(pk__in=[one.pk, two.pk]).count() == 2


def test_the_source_page_shows_aliases_descriptors_and_track_record(client, editor):
    source = SourceFactory(name="Islamic State", normalized_name="islamic state", kind=Source.Kind.ORGANIZATION)
    services.add_source_alias(source=source, name="ISIS")
    attribution = AttributionFactory(source=source, descriptor="the jihadist group")
    claim = attribution.claim
    VerdictFactory(claim=claim, state="approved", rating=rating("Mostly false"))
    claim.status = "published"
    claim.save()
    client.force_login(editor)
    body = client.get(f"{CHANGELIST}{source.pk}/change/").content.decode()
    assert 'value="ISIS"' in body
    assert "the jihadist group" in body
    assert "Mostly false: 1" in body
    assert f"/admin/claims/claim/{claim.pk}/change/" in body
    listing = client.get(CHANGELIST).content.decode()
    assert "ISIS" in listing


def test_the_admin_refuses_an_alias_that_names_another_source(client, editor):
    source = SourceFactory(name="World Health Organization", normalized_name="world health organization")
    SourceFactory(name="WHO", normalized_name="who")
    client.force_login(editor)
    response = client.post(
        f"{CHANGELIST}{source.pk}/change/",
        {
            "name": source.name,
            "kind": "organization",
            "notes": "",
            "aliases-TOTAL_FORMS": "1",
            "aliases-INITIAL_FORMS": "0",
            "aliases-MIN_NUM_FORMS": "0",
            "aliases-MAX_NUM_FORMS": "1000",
            "aliases-0-name": "the WHO",
            "aliases-0-id": "",
            "aliases-0-source": source.pk,
        },
    )
    assert response.status_code == 200
    assert "merge the two instead" in response.content.decode()
    assert not SourceAlias.objects.exists()


def test_load_source_aliases_is_idempotent_and_reports_separate_sources():
    islamic_state = services.resolve_source(name="Islamic State", kind="organization")
    isis = SourceFactory(name="ISIS", normalized_name="isis", kind=Source.Kind.ORGANIZATION)
    AttributionFactory(source=isis)
    call_command("load_source_aliases", "--dry-run", verbosity=0)
    assert not SourceAlias.objects.exists()

    call_command("load_source_aliases", verbosity=0)
    aliases = set(islamic_state.aliases.values_list("name", flat=True))
    assert {"IS", "ISIL", "Islamic State group", "Daesh"} <= aliases
    assert "ISIS" not in aliases and Source.objects.filter(pk=isis.pk).exists()  # reported, not merged
    assert Source.objects.count() == 2  # sources nobody cited are not created
    count = SourceAlias.objects.count()

    call_command("load_source_aliases", verbosity=0)
    assert SourceAlias.objects.count() == count

    call_command("load_source_aliases", "--merge", verbosity=0)
    assert not Source.objects.filter(pk=isis.pk).exists()
    assert islamic_state.attributions.count() == 1
    assert services.resolve_source(name="ISIS", kind="organization") == islamic_state


def test_claims_keep_their_sources_when_an_article_is_extracted_again():
    article = ArticleFactory()
    result = extraction_with_sources(article, ("ISIS", "the jihadist group"))
    services.store_extraction(article_id=article.pk, result=result)
    services.store_extraction(article_id=article.pk, result=result)
    [source] = Source.objects.all()
    assert source.name == "Islamic State"
    assert Attribution.objects.get().source == source
    assert ClaimFactory._meta.model.objects.count() == 1
