"""The admin's "add article" form with bad input, pasted or uploaded: the page explains the refusal
and nothing is written, or the text is stored exactly as given. Never a 500."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from claims.models import Article

from .test_bad_input_samples import ACCEPTED, REFUSED_BYTES

pytestmark = pytest.mark.django_db
URL = "/admin/claims/article/add/"


@pytest.fixture(autouse=True)
def signed_in_editor(client, editor, monkeypatch):
    monkeypatch.setattr("claims.services.enqueue_extraction", lambda *, article_id: True)
    client.force_login(editor)


@pytest.mark.parametrize("name", REFUSED_BYTES)
def test_an_uploaded_bad_file_shows_the_reason_and_writes_nothing(client, name):
    content, message = REFUSED_BYTES[name]
    response = client.post(URL, {"text": "", "file": SimpleUploadedFile(f"{name}.txt", content)})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Article.objects.exists()


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "empty"),
        ("  \n\t \r\n   \n", "empty"),
        ("The mayor said\x00 40 homes were damaged.", "Null characters are not allowed"),
        ("The mayor said" + "\x01\x02" * 10 + " 40 homes.", "binary"),
    ],
    ids=["empty", "whitespace-only", "nul-bytes", "control-characters"],
)
def test_pasted_bad_text_shows_the_reason_and_writes_nothing(client, text, message):
    response = client.post(URL, {"text": text})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Article.objects.exists()


def test_pasted_text_over_the_limit_is_refused_without_a_500(client, settings):
    settings.VERIFY_MAX_ARTICLE_BYTES = 1_000
    response = client.post(URL, {"text": "The mayor said 40 homes were damaged. " * 100})
    assert response.status_code == 200
    assert "size limit" in response.content.decode()
    assert not Article.objects.exists()


def test_ten_megabytes_pasted_are_refused_with_the_reason(client):
    response = client.post(URL, {"text": REFUSED_BYTES["10-megabytes"][0].decode()})
    assert response.status_code == 200
    assert "size limit" in response.content.decode()
    assert not Article.objects.exists()


def test_a_body_over_the_request_limit_is_a_400_not_a_500(client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    response = client.post(URL, {"text": "The mayor said 40 homes were damaged. " * 1_000})
    assert response.status_code == 400
    assert not Article.objects.exists()


def test_a_forged_form_body_with_invalid_utf8_does_not_fail(client):
    body = b"text=" + b"The%20mayor%20said%20%FF%FE%20" + b"40%20homes%20were%20damaged."
    response = client.post(URL, body, content_type="application/x-www-form-urlencoded")
    assert response.status_code in (200, 302)
    for article in Article.objects.all():
        assert article.original_text.encode("utf-8")  # stored as valid Unicode


@pytest.mark.parametrize("name", ACCEPTED)
def test_odd_but_real_text_is_stored_verbatim(client, name):
    response = client.post(URL, {"text": ACCEPTED[name]})
    assert response.status_code == 302
    assert Article.objects.get().original_text == ACCEPTED[name]


@pytest.mark.parametrize("name", ACCEPTED)
def test_odd_but_real_files_are_stored_verbatim(client, name):
    upload = SimpleUploadedFile(f"{name}.txt", ACCEPTED[name].encode("utf-8"), content_type="text/plain")
    response = client.post(URL, {"text": "", "file": upload})
    assert response.status_code == 302
    assert Article.objects.get().original_text == ACCEPTED[name]
