"""POST /api/v1/articles/ with bad text: a 4xx saying what is wrong and nothing stored, or 202 and
the text stored exactly as given. Never a 500."""

import json

import pytest

from claims.models import Article

from .api_factories import *  # noqa: F403
from .test_bad_input_samples import ACCEPTED, REFUSED_BYTES

pytestmark = pytest.mark.django_db
URL = "/api/v1/articles/"


@pytest.fixture(autouse=True)
def no_extraction(monkeypatch):
    monkeypatch.setattr("claims.services.enqueue_extraction", lambda *, article_id: True)


def post_raw(client, body: bytes, content_type="application/json"):
    return client.generic("POST", URL, body, content_type=content_type)


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "may not be blank"),
        ("  \n\t \r\n   \n", "give either `text`"),
        ("The mayor said\x00 40 homes were damaged.", "Null characters"),
        ("The mayor said" + "\x01\x02" * 10 + " 40 homes.", "binary"),
        ("The mayor said \ud800 40 homes.", "Surrogate"),
    ],
    ids=["empty", "whitespace-only", "nul-bytes", "control-characters", "lone-surrogate"],
)
def test_bad_text_answers_400_saying_why(api_client, text, message):
    body = json.dumps({"text": text}).encode()  # \u escapes: the JSON itself is valid
    response = post_raw(api_client, body)
    assert response.status_code == 400, response.content[:500]
    assert message.lower() in response.content.decode().lower()
    assert not Article.objects.exists()


@pytest.mark.parametrize("name", ["invalid-utf8", "mixed-encodings", "nul-bytes"])
def test_a_body_that_is_not_utf8_json_answers_400(api_client, name):
    content, _ = REFUSED_BYTES[name]
    body = b'{"text": "' + content + b'"}'
    response = post_raw(api_client, body)
    assert response.status_code == 400, response.content[:500]
    assert response["Content-Type"].startswith("application/json")
    assert not Article.objects.exists()


def test_garbage_instead_of_json_answers_400(api_client):
    for body in (b"{", b"\xff\xfe\x00", b"[1, 2, 3]", b'"just a string"', b"null"):
        response = post_raw(api_client, body)
        assert response.status_code == 400, (body, response.content[:300])
    assert not Article.objects.exists()


def test_a_form_encoded_body_with_invalid_utf8_answers_4xx_or_stores_valid_text(api_client):
    response = post_raw(
        api_client, b"text=The%20mayor%20said%20%FF%FE%2040%20homes.", "application/x-www-form-urlencoded"
    )
    assert response.status_code in (202, 400, 415), response.content[:300]
    for article in Article.objects.all():
        article.original_text.encode("utf-8")


def test_ten_megabytes_answers_4xx_not_500(api_client):
    text = REFUSED_BYTES["10-megabytes"][0].decode()
    response = post_raw(api_client, json.dumps({"text": text}).encode())
    assert response.status_code in (400, 413), response.content[:300]
    assert response["Content-Type"].startswith("application/json")
    assert "limit" in response.json()["detail"]
    assert not Article.objects.exists()


@pytest.mark.parametrize("name", ACCEPTED)
def test_odd_but_real_text_is_accepted_verbatim(api_client, name):
    response = api_client.post(URL, {"text": ACCEPTED[name]}, format="json")
    assert response.status_code == 202, response.content[:500]
    assert Article.objects.get().original_text == ACCEPTED[name]


def test_a_body_over_the_request_limit_answers_413_in_json(api_client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    response = post_raw(api_client, json.dumps({"text": "The mayor said 40 homes were damaged. " * 1_000}).encode())
    assert response.status_code == 413
    assert "over the limit of 10,000 bytes" in response.json()["detail"]
    assert not Article.objects.exists()


def test_wrong_types_answer_400(api_client):
    for payload in ({"text": 42}, {"text": ["a", "b"]}, {"text": {"x": 1}}, {"url": 7}, {"url": ["http://a.example"]}):
        response = api_client.post(URL, payload, format="json")
        assert response.status_code == 400, (payload, response.content[:300])
    assert not Article.objects.exists()


def test_an_article_within_the_size_limit_is_accepted_whatever_its_script_and_json_escaping(api_client, settings):
    # Python's json.dumps escapes every non-ASCII character as \uXXXX: six bytes of body per character.
    sentence = "قال الجيش يوم الاثنين إن أربعين شخصا قتلوا في شمال البلاد. "
    text = sentence * (settings.VERIFY_MAX_ARTICLE_BYTES // len(sentence.encode()) - 1)
    assert len(text.encode()) <= settings.VERIFY_MAX_ARTICLE_BYTES
    response = post_raw(api_client, json.dumps({"text": text}).encode())
    assert response.status_code == 202, response.content[:300]
