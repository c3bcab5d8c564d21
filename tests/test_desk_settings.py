"""Each person's desk settings: emails on or off, languages, automatic routing."""

import pytest
from django.core import mail
from django.test import override_settings
from django.urls import reverse

from claims import services
from claims.models import Claim, DeskProfile
from desk.testing import make_article

pytestmark = pytest.mark.django_db


def test_it_saves_my_settings(client, fact_checker):
    client.force_login(fact_checker)
    response = client.post(reverse("desk:settings"), {"languages": "EN, ar ,en", "auto_assign": "on", "user": "999"})
    assert response.status_code == 302
    profile = DeskProfile.objects.get(user=fact_checker)
    assert (profile.email_notifications, profile.languages, profile.auto_assign) == (False, ["ar", "en"], True)
    html = client.get(reverse("desk:settings")).content.decode()
    assert 'value="ar, en"' in html and "Settings saved." in html


def test_it_refuses_something_that_is_not_a_language_code(client, fact_checker):
    client.force_login(fact_checker)
    response = client.post(reverse("desk:settings"), {"languages": "english, <b>"})
    assert response.status_code == 400
    assert "Not a language code: english, &lt;b&gt;" in response.content.decode()
    assert not DeskProfile.objects.filter(user=fact_checker, languages__len__gt=0).exists()


def test_turning_emails_off_stops_them(client, fact_checker, editor, django_capture_on_commit_callbacks):
    client.force_login(fact_checker)
    client.post(reverse("desk:settings"), {"languages": ""})
    _, (claim, *_rest) = make_article()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.assign_claim(claim=claim, assignee=fact_checker, actor=editor)
    assert mail.outbox == []


def test_emails_are_on_by_default(fact_checker, editor, django_capture_on_commit_callbacks):
    _, (claim, *_rest) = make_article()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.assign_claim(claim=claim, assignee=fact_checker, actor=editor)
    assert [m.to for m in mail.outbox] == [[fact_checker.email]]
    assert f"/desk/claims/{claim.pk}/" in mail.outbox[0].body


@override_settings(VERIFY_AUTO_ASSIGN=True)
def test_routing_follows_the_languages_people_set(client, fact_checker, other_fact_checker):
    client.force_login(fact_checker)
    client.post(reverse("desk:settings"), {"languages": "ar", "auto_assign": "on", "email_notifications": "on"})
    client.force_login(other_fact_checker)
    client.post(reverse("desk:settings"), {"languages": "en", "auto_assign": "on"})
    article, claims = make_article()
    Claim.objects.filter(pk=claims[0].pk).update(language="ar")
    services.route_new_claims(article_id=article.pk)
    assigned = dict(Claim.objects.values_list("pk", "assignee__username"))
    assert assigned[claims[0].pk] == "alice"
    assert {assigned[c.pk] for c in claims[1:]} == {"bob"}


@override_settings(VERIFY_AUTO_ASSIGN=True)
def test_routing_skips_people_who_turned_it_off(client, fact_checker, other_fact_checker):
    client.force_login(fact_checker)
    client.post(reverse("desk:settings"), {"languages": ""})  # auto_assign unticked
    article, claims = make_article()
    services.route_new_claims(article_id=article.pk)
    assert not Claim.objects.filter(assignee=fact_checker).exists()
    assert Claim.objects.filter(assignee=other_fact_checker).count() == len(claims)
