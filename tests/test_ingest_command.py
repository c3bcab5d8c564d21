"""`manage.py ingest` stores articles and refuses bad files clearly, writing nothing for them."""

import pytest
from django.core.management import CommandError, call_command

from claims.models import Article

pytestmark = pytest.mark.django_db

GOOD = "Storm hits the coast\n\nA storm hit the coast on Monday, the weather service said.\n"


@pytest.fixture(autouse=True)
def no_extraction(monkeypatch):
    # These tests are about storing; extraction has its own tests.
    monkeypatch.setattr("claims.services.enqueue_extraction", lambda *, article_id: True)


def ingest(*paths, **options):
    return call_command("ingest", *[str(p) for p in paths], **options)


def test_it_stores_a_file_verbatim(tmp_path, capsys):
    path = tmp_path / "storm.txt"
    path.write_text(GOOD, encoding="utf-8")
    ingest(path)
    article = Article.objects.get()
    assert article.original_text == GOOD
    assert article.filename == "storm.txt"
    assert article.extraction_status == Article.ExtractionStatus.RECEIVED
    assert f"stored as article {article.pk}" in capsys.readouterr().out


def test_it_stores_every_text_file_of_a_folder(tmp_path):
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(f"{GOOD}\nItem {i}.\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    ingest(tmp_path)
    assert Article.objects.count() == 3


def test_it_refuses_the_same_article_twice_and_names_the_first(tmp_path, capsys):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(GOOD, encoding="utf-8")
    second.write_text(GOOD.replace(" ", "  "), encoding="utf-8")  # same words, other white space
    ingest(first)
    article = Article.objects.get()
    with pytest.raises(CommandError):
        ingest(second)
    assert Article.objects.count() == 1
    assert f"already ingested as article {article.pk}" in capsys.readouterr().err


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "the file is empty"),
        (b"   \n\t\n", "the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("Caf\u00e9 au lait".encode("latin-1") + b" is served here.", "not valid UTF-8"),
    ],
    ids=["empty", "whitespace-only", "binary", "invalid-utf8"],
)
def test_it_refuses_bad_files_and_writes_nothing(tmp_path, capsys, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(CommandError, match="1 file"):
        ingest(path)
    assert message in capsys.readouterr().err
    assert Article.objects.count() == 0


def test_it_refuses_a_file_over_the_size_limit(tmp_path, capsys, settings):
    settings.VERIFY_MAX_ARTICLE_BYTES = 1000
    path = tmp_path / "big.txt"
    path.write_text("Word " * 400, encoding="utf-8")
    with pytest.raises(CommandError):
        ingest(path)
    assert "over the size limit of 1,000 bytes" in capsys.readouterr().err
    assert Article.objects.count() == 0


def test_it_stores_the_good_files_of_a_mixed_batch_and_still_fails(tmp_path, capsys):
    good, bad = tmp_path / "good.txt", tmp_path / "empty.txt"
    good.write_text(GOOD, encoding="utf-8")
    bad.write_bytes(b"")
    with pytest.raises(CommandError, match="1 file"):
        ingest(good, bad)
    assert Article.objects.count() == 1
    assert "1 stored, 1 refused" in capsys.readouterr().out


def test_it_reports_a_missing_path(tmp_path, capsys):
    with pytest.raises(CommandError):
        ingest(tmp_path / "nope.txt")
    assert "no such file or folder" in capsys.readouterr().err


def test_dry_run_writes_nothing(tmp_path, capsys):
    path = tmp_path / "storm.txt"
    path.write_text(GOOD, encoding="utf-8")
    ingest(path, dry_run=True)
    assert Article.objects.count() == 0
    assert "would be stored" in capsys.readouterr().out
