"""CSRF is enforced on every session POST (desk forms, admin, sign-in, session API writes), and API
keys cannot be used from a dump of the key table: the stored prefix and hash do not authenticate."""

import pytest
from django.test import Client
from django.urls import reverse
from rest_framework.test import APIClient
from rest_framework_api_key.models import APIKey

from claims.models import Article, Claim
from desk.testing import make_article

from .api_factories import *  # noqa: F403

pytestmark = pytest.mark.django_db
S = Claim.Status


@pytest.fixture
def claim(fact_checker):
    _, (claim,) = make_article(sentences=("The bridge cost 12 million euros.",))
    Claim.objects.filter(pk=claim.pk).update(status=S.IN_PROGRESS, assignee=fact_checker)
    return claim


DESK_POSTS = [
    ("desk:take_next", False, {}),
    ("desk:bulk_assign", False, {}),
    ("desk:settings", False, {"languages": "en"}),
    ("desk:claim_take", True, {}),
    ("desk:claim_start", True, {}),
    ("desk:claim_evidence", True, {"note": "x", "stance": "context"}),
    ("desk:claim_note", True, {"body": "x"}),
    ("desk:claim_propose", True, {"explanation": "x"}),
    ("desk:claim_approve", True, {}),
    ("desk:claim_return", True, {"return-reason": "x"}),
    ("desk:claim_dismiss", True, {"dismiss-reason": "x"}),
    ("desk:claim_reopen", True, {"reopen-reason": "x"}),
    ("desk:claim_assign", True, {}),
]


@pytest.mark.parametrize("name, per_claim, data", DESK_POSTS, ids=[n for n, _, _ in DESK_POSTS])
def test_desk_posts_without_the_csrf_token_are_refused(claim, editor, name, per_claim, data):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    url = reverse(name, args=[claim.pk]) if per_claim else reverse(name)
    response = client.post(url, data)
    assert response.status_code == 403
    assert b"CSRF" in response.content
    claim.refresh_from_db()
    assert (claim.status, claim.notes.count(), claim.evidence.count()) == (S.IN_PROGRESS, 0, 0)


def test_a_desk_post_with_the_token_goes_through(claim, fact_checker):
    client = Client(enforce_csrf_checks=True)
    client.force_login(fact_checker)
    client.get(reverse("desk:claim", args=[claim.pk]))
    token = client.cookies["csrftoken"].value
    response = client.post(reverse("desk:claim_note", args=[claim.pk]), {"body": "x", "csrfmiddlewaretoken": token})
    assert response.status_code == 302 and claim.notes.count() == 1


@pytest.mark.parametrize("url", ["/admin/claims/article/add/", "/admin/claims/claim/", "/admin/logout/"])
def test_admin_posts_need_the_token(editor, url):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    response = client.post(url, {"text": "The mayor said 40 homes were damaged.", "action": "assign_to_me"})
    assert response.status_code == 403
    assert not Article.objects.exists()


@pytest.mark.parametrize("url", ["/accounts/login/", "/admin/login/", "/accounts/logout/"])
def test_sign_in_and_out_need_the_token(editor, url):
    response = Client(enforce_csrf_checks=True).post(url, {"username": "carol", "password": "x"})
    assert response.status_code == 403


@pytest.mark.parametrize(
    "method, url, body",
    [
        ("post", "/api/v1/articles/", {"text": "The mayor said 40 homes were damaged."}),
        ("post", "/api/v1/webhooks/", {"url": "https://hooks.example.org/in", "events": ["claim.published"]}),
        ("patch", "/api/v1/webhooks/1/", {"name": "x"}),
        ("delete", "/api/v1/webhooks/1/", None),
    ],
)
def test_session_api_writes_need_the_token(editor, method, url, body):
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(editor)
    response = getattr(client, method)(url, body, format="json")
    assert response.status_code == 403
    assert "CSRF" in response.json()["detail"]
    assert not Article.objects.exists()


def test_api_key_writes_need_no_csrf_token(api_key, monkeypatch):
    monkeypatch.setattr("claims.services.enqueue_extraction", lambda *, article_id: True)
    client = APIClient(enforce_csrf_checks=True)
    client.credentials(HTTP_AUTHORIZATION=f"Api-Key {api_key[1]}")
    assert client.post("/api/v1/articles/", {"text": "The mayor said 40 homes."}, format="json").status_code == 202


# --------------------------------------------------------------------------- API keys from a dump


def test_a_dump_of_the_key_table_does_not_authenticate(api_key):
    row, key = api_key
    dumped = APIKey.objects.values("id", "prefix", "hashed_key", "name").get(pk=row.pk)
    assert key not in str(dumped)
    prefix, hashed = dumped["prefix"], dumped["hashed_key"]
    for credential in (
        prefix,
        hashed,
        f"{prefix}.{hashed}",
        f"{prefix}.{hashed.split('$')[-1]}",
        f"{prefix}.{prefix}",
        str(dumped["id"]),
        dumped["name"],
        f"{prefix}.",
        key.split(".", 1)[1],  # the secret without its prefix
    ):
        client = APIClient()
        client.credentials(HTTP_AUTHORIZATION=f"Api-Key {credential}")
        assert client.get("/api/v1/claims/").status_code == 401, credential
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Api-Key {key}")
    assert client.get("/api/v1/claims/").status_code == 200


def test_a_key_with_another_keys_prefix_does_not_authenticate(api_key):
    row, key = api_key
    _, other = APIKey.objects.create_key(name="other")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Api-Key {row.prefix}.{other.split('.', 1)[1]}")
    assert client.get("/api/v1/claims/").status_code == 401


def test_keys_are_hashed_with_a_slow_or_keyed_hash_not_stored(api_key):
    row, key = api_key
    assert row.hashed_key != key and key.split(".", 1)[1] not in row.hashed_key
    assert row.hashed_key.split("$", 1)[0] in ("sha512", "pbkdf2_sha256", "argon2")
