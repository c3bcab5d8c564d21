"""`manage.py ingest` with bad files: a clear message on stderr and nothing written, or the text
stored exactly as given. Never a traceback."""

import pytest
from django.core.management import CommandError, call_command

from claims.models import Article

from .test_bad_input_samples import ACCEPTED, REFUSED_BYTES

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_extraction(monkeypatch):
    monkeypatch.setattr("claims.services.enqueue_extraction", lambda *, article_id: True)


@pytest.mark.parametrize("name", REFUSED_BYTES)
def test_it_refuses_bad_files_with_a_message_and_writes_nothing(tmp_path, capsys, name):
    content, message = REFUSED_BYTES[name]
    path = tmp_path / f"{name}.txt"
    path.write_bytes(content)
    with pytest.raises(CommandError, match="1 file"):
        call_command("ingest", str(path))
    err = capsys.readouterr().err
    assert message in err and str(path) in err
    assert "Traceback" not in err
    assert not Article.objects.exists()


@pytest.mark.parametrize("name", ACCEPTED)
def test_it_stores_odd_but_real_text_verbatim(tmp_path, name):
    path = tmp_path / f"{name}.txt"
    path.write_bytes(ACCEPTED[name].encode("utf-8"))
    call_command("ingest", str(path), verbosity=0)
    assert Article.objects.get().original_text == ACCEPTED[name]


def test_a_bad_file_in_a_batch_does_not_stop_the_good_ones(tmp_path, capsys):
    for name, (content, _) in REFUSED_BYTES.items():
        (tmp_path / f"{name}.txt").write_bytes(content)
    (tmp_path / "good.txt").write_text(ACCEPTED["right-to-left-and-mixed-scripts"], encoding="utf-8")
    with pytest.raises(CommandError, match=f"{len(REFUSED_BYTES)} file"):
        call_command("ingest", str(tmp_path))
    assert Article.objects.count() == 1
