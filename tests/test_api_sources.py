"""GET /api/v1/sources/: the registry with aliases, descriptors and track record."""

import pytest

from claims.models import SourceAlias

from .api_factories import *  # noqa: F403
from .api_factories import make_published_claim
from .factories import AttributionFactory, ClaimFactory, SourceFactory

pytestmark = pytest.mark.django_db
URL = "/api/v1/sources/"


def test_it_lists_sources_with_aliases_descriptors_and_track_record(api_client):
    first = make_published_claim(label="False", source_name="Islamic State")
    source = first.attributions.get().source
    make_published_claim(label="False", source_name="Islamic State")
    make_published_claim(label="True", source_name="Islamic State")
    SourceAlias.objects.create(source=source, name="IS")
    body = api_client.get(URL).json()["results"]
    [row] = [r for r in body if r["id"] == source.pk]
    assert row["name"] == "Islamic State"
    assert row["aliases"] == ["IS"]
    assert row["descriptors"] == ["the mayor"]
    assert row["track_record"] == {"False": 2, "True": 1}
    assert row["claims_url"].endswith(f"/api/v1/claims/?source={source.pk}")
    assert api_client.get(f"{URL}{source.pk}/").json() == row


def test_consumers_see_only_sources_of_published_claims(api_client, staff_client):
    make_published_claim(source_name="Maria Lopez")
    hidden = SourceFactory(name="Internal Tip", normalized_name="internal tip")
    AttributionFactory(claim=ClaimFactory(), source=hidden)
    assert "Internal Tip" not in [r["name"] for r in api_client.get(URL).json()["results"]]
    assert api_client.get(f"{URL}{hidden.pk}/").status_code == 404
    assert "Internal Tip" in [r["name"] for r in staff_client.get(URL).json()["results"]]


def test_it_searches_names_and_aliases(api_client):
    claim = make_published_claim(source_name="Islamic State")
    make_published_claim(source_name="Maria Lopez")
    SourceAlias.objects.create(source=claim.attributions.get().source, name="Daesh")
    assert [r["name"] for r in api_client.get(URL, {"q": "daesh"}).json()["results"]] == ["Islamic State"]
    assert [r["name"] for r in api_client.get(URL, {"kind": "person"}).json()["results"]] == [
        "Islamic State",
        "Maria Lopez",
    ]
