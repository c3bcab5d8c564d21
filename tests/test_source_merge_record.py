"""Merging sources leaves a record: who folded which source into which, when, why and what moved."""

import pytest

from claims import services
from claims.models import Source, SourceMerge

from .factories import AttributionFactory, SourceFactory

pytestmark = pytest.mark.django_db
CHANGELIST = "/admin/claims/source/"


def org(name):
    return SourceFactory(name=name, normalized_name=name.lower(), kind=Source.Kind.ORGANIZATION)


def test_a_merge_records_the_folded_source_and_what_moved(editor):
    keep, fold = org("World Health Organization"), org("WHO officials")
    services.add_source_alias(source=fold, name="the health agency")
    AttributionFactory.create_batch(3, source=fold)
    fold_pk = fold.pk

    services.merge_sources(target=keep, others=[fold], actor=editor, reason="same agency")

    record = SourceMerge.objects.get()
    assert (record.target, record.merged_source_id, record.merged_name, record.merged_kind) == (
        keep,
        fold_pk,
        "WHO officials",
        Source.Kind.ORGANIZATION,
    )
    assert (record.attributions_moved, record.aliases_moved) == (3, 1)
    assert (record.actor, record.reason) == (editor, "same agency")
    assert record.created_at is not None


def test_earlier_merges_survive_when_their_target_is_merged_in_turn(editor):
    first, second, third = org("Islamic State"), org("ISIS fighters"), org("Daesh")
    services.merge_sources(target=second, others=[third], actor=editor)
    services.merge_sources(target=first, others=[second], actor=editor)

    assert list(SourceMerge.objects.order_by("id").values_list("merged_name", "target__name")) == [
        ("Daesh", "Islamic State"),
        ("ISIS fighters", "Islamic State"),
    ]


def test_merging_a_source_into_itself_records_nothing(editor):
    keep = org("Reuters")
    services.merge_sources(target=keep, others=[keep], actor=editor)
    assert not SourceMerge.objects.exists()


def test_the_admin_merge_keeps_the_reason_and_the_source_page_shows_the_record(client, editor):
    keep, fold = org("United Nations"), org("U.N. officials")
    AttributionFactory(source=fold)
    client.force_login(editor)
    client.post(
        CHANGELIST,
        {
            "action": "merge",
            "_selected_action": [keep.pk, fold.pk],
            "apply": "1",
            "target": keep.pk,
            "reason": "one body, two spellings",
        },
    )

    record = SourceMerge.objects.get()
    assert (record.actor, record.reason, record.attributions_moved) == (editor, "one body, two spellings", 1)
    page = client.get(f"{CHANGELIST}{keep.pk}/change/").content.decode()
    assert "merged into this source" in page.lower()
    assert "U.N. officials" in page and "one body, two spellings" in page
