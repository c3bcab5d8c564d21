"""ETag and 304 Not Modified on GET answers."""

import pytest

from claims.models import Claim

from .api_factories import *  # noqa: F403
from .api_factories import make_published_claim

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path", ["/api/v1/claims/", "/api/v1/claims/{id}/", "/api/v1/claims/{id}/claimreview", "/api/v1/sources/"]
)
def test_it_answers_304_to_a_matching_etag(api_client, path):
    claim = make_published_claim()
    url = path.format(id=claim.pk)
    first = api_client.get(url)
    assert first.status_code == 200
    etag = first["ETag"]
    assert etag.startswith('"') and etag.endswith('"')
    again = api_client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again["ETag"] == etag
    assert again.content == b""


def test_the_etag_changes_when_the_claim_does(api_client):
    claim = make_published_claim()
    etag = api_client.get(f"/api/v1/claims/{claim.pk}/")["ETag"]
    Claim.objects.filter(pk=claim.pk).update(unverifiable=True)
    changed = api_client.get(f"/api/v1/claims/{claim.pk}/", HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert changed["ETag"] != etag


def test_it_accepts_a_list_of_etags_and_weak_ones(api_client):
    claim = make_published_claim()
    etag = api_client.get(f"/api/v1/claims/{claim.pk}/")["ETag"]
    assert api_client.get(f"/api/v1/claims/{claim.pk}/", HTTP_IF_NONE_MATCH=f'"other", W/{etag}').status_code == 304


def test_it_varies_on_credentials(api_client):
    response = api_client.get("/api/v1/claims/")
    assert {"Accept", "Authorization", "Cookie"} <= {v.strip() for v in response["Vary"].split(",")}
