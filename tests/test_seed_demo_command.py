"""`manage.py seed_demo` sets up a working demo desk and is safe to run again."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from claims.models import Article, Claim, Verdict

pytestmark = pytest.mark.django_db(transaction=True)


def test_it_loads_the_seed_publishes_through_the_workflow_and_can_run_twice(capsys, monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "demo-pass-123")
    call_command("seed_demo")
    out = capsys.readouterr().out
    article = Article.objects.get()
    assert article.extraction_status == "extracted"
    assert article.claims.count() == 20
    for name in ("admin", "editor", "factchecker"):
        assert f"{name:12s} password: demo-pass-123" in out
        assert get_user_model().objects.get(username=name).check_password("demo-pass-123")
    published = Claim.objects.filter(status="published")
    assert published.count() == 3
    verdict = Verdict.objects.filter(claim__in=published).first()
    assert verdict.proposed_by.username == "factchecker" and verdict.approved_by.username == "editor"
    assert any(line.startswith("API key: ") and len(line) > 20 for line in out.splitlines())

    call_command("seed_demo")
    assert Article.objects.count() == 1
    assert Claim.objects.count() == 20
    assert Claim.objects.filter(status="published").count() == 3
    assert "already here as article" in capsys.readouterr().out
