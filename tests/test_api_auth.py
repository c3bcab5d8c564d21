"""API keys (hashed), sessions for staff, and 401 versus 403."""

import io

import pytest
from django.core.management import call_command
from rest_framework.test import APIClient
from rest_framework_api_key.models import APIKey

from .api_factories import *  # noqa: F403
from .api_factories import make_published_claim

pytestmark = pytest.mark.django_db
URL = "/api/v1/claims/"


def test_it_answers_401_with_a_challenge_without_credentials():
    response = APIClient().get(URL)
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Api-Key")
    assert "Api-Key" in response.json()["detail"]


def test_it_answers_401_for_a_wrong_key(api_key):
    client = APIClient()
    prefix = api_key[0].prefix
    client.credentials(HTTP_AUTHORIZATION=f"Api-Key {prefix}.not-the-secret")
    response = client.get(URL)
    assert response.status_code == 401
    assert response.json()["detail"] == "invalid API key"
    client.credentials(HTTP_AUTHORIZATION="Api-Key nodot")
    assert "malformed" in client.get(URL).json()["detail"]


def test_it_answers_401_for_a_revoked_key(api_key, api_client):
    row, _ = api_key
    row.revoked = True
    row.save()
    response = api_client.get(URL)
    assert response.status_code == 401
    assert "revoked" in response.json()["detail"]


def test_it_stores_only_a_hash_of_the_key(api_key):
    row, key = api_key
    assert key not in row.hashed_key and row.hashed_key.startswith("sha512$$")


def test_it_answers_403_to_a_signed_in_person_who_is_not_staff(outsider):
    client = APIClient()
    client.force_login(outsider)
    response = client.get(URL)
    assert response.status_code == 403
    assert "API-key consumers and desk staff" in response.json()["detail"]


def test_staff_use_their_session(staff_client):
    make_published_claim()
    assert staff_client.get(URL).status_code == 200


def test_a_session_write_needs_the_csrf_token(editor):
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(editor)
    response = client.post("/api/v1/articles/", {"text": "Some article text."}, format="json")
    assert response.status_code == 403
    assert "CSRF" in response.json()["detail"]


def test_create_api_key_prints_a_working_key_once():
    out, err = io.StringIO(), io.StringIO()
    call_command("create_api_key", "Newsroom X", stdout=out, stderr=err)
    key = out.getvalue().strip()
    assert "\n" not in key and "." in key
    assert "shown only this once" in err.getvalue()
    row = APIKey.objects.get(name="Newsroom X")
    assert row.hashed_key != key
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Api-Key {key}")
    assert client.get(URL).status_code == 200


def test_the_key_seed_demo_prints_works():
    _, key = APIKey.objects.create_key(name="demo consumer")  # what seed_demo does
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Api-Key {key}")
    assert client.get(URL).status_code == 200
