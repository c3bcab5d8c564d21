"""The admin's "add article" form stores the article and queues extraction, or explains the refusal."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from claims.models import Article

pytestmark = pytest.mark.django_db
URL = "/admin/claims/article/add/"
GOOD = "Storm hits the coast\n\nA storm hit the coast on Monday, the weather service said.\n"


@pytest.fixture(autouse=True)
def queued(monkeypatch):
    ids = []
    monkeypatch.setattr("claims.services.enqueue_extraction", lambda *, article_id: ids.append(article_id) or True)
    return ids


def test_an_editor_adds_pasted_text(client, editor, queued, django_capture_on_commit_callbacks):
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, {"text": GOOD})
    article = Article.objects.get()
    assert response.status_code == 302
    assert response["Location"].endswith(f"/admin/claims/article/{article.pk}/change/")
    assert article.original_text == GOOD and article.submitted_by == editor
    assert queued == [article.pk]


def test_an_editor_uploads_a_file(client, editor):
    client.force_login(editor)
    upload = SimpleUploadedFile("storm.txt", GOOD.encode("utf-8"), content_type="text/plain")
    client.post(URL, {"text": "", "file": upload})
    article = Article.objects.get()
    assert (article.origin, article.filename) == ("file", "storm.txt")


@pytest.mark.parametrize(
    "payload, message",
    [
        ({"text": "   "}, "the article is empty"),
        ({"file": b"\x00\x01\x02binary"}, "binary file"),
        ({"file": b"caf\xe9 au lait"}, "not valid UTF-8"),
    ],
    ids=["empty", "binary", "invalid-utf8"],
)
def test_bad_input_shows_the_reason_and_writes_nothing(client, editor, payload, message):
    client.force_login(editor)
    data = dict(payload)
    if "file" in data:
        data["file"] = SimpleUploadedFile("bad.txt", data["file"])
    response = client.post(URL, data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Article.objects.count() == 0


def test_a_duplicate_links_to_the_article_already_there(client, editor):
    client.force_login(editor)
    client.post(URL, {"text": GOOD})
    first = Article.objects.get()
    response = client.post(URL, {"text": GOOD}, follow=True)
    assert f"already ingested as article {first.pk}" in response.content.decode()
    assert Article.objects.count() == 1


def test_a_fact_checker_cannot_add_articles(client, fact_checker):
    client.force_login(fact_checker)
    response = client.post(URL, {"text": GOOD})
    assert response.status_code == 403
    assert Article.objects.count() == 0
