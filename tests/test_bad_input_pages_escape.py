"""Text with scripts and event handlers, in an article, its claims, sources, verdicts, evidence and
notes, shows as text on every desk, admin and public page: nothing in it becomes markup."""

from html.parser import HTMLParser

import pytest
from django.urls import reverse

from claims import services
from claims.models import Article, Claim, content_hash
from desk.testing import attribute, make_article, rating

from .test_bad_input_samples import HTML_ATTACK, RTL_AND_MIXED

pytestmark = pytest.mark.django_db

SCRIPT = '<script>alert("owned")</script>'
IMG = "<img src=x onerror=alert(1)>"
BOLD = '<b onmouseover="alert(2)">40 homes</b>'
SVG = "<svg onload=alert(4)>"
CLAIM_SENTENCES = (
    f"The mayor said {BOLD} were damaged {IMG}, officials told Reuters.",
    f"{SCRIPT}The army sent {SVG} two helicopters, the ministry said.",
    "The river rose by three metres \u202ein six hours\u202c, قال الجيش يوم الاثنين.",
)


class MarkupFinder(HTMLParser):
    """Collects what a browser would treat as markup coming from our payloads."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self._script_type: str | None = None

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name.startswith("on") and "alert" in (value or ""):
                self.problems.append(f"<{tag} {name}={value!r}>")
            if name in ("src", "href") and (value or "").strip().lower().startswith("javascript:"):
                self.problems.append(f"<{tag} {name}={value!r}>")
        if tag == "script":
            self._script_type = dict(attrs).get("type") or "text/javascript"

    def handle_endtag(self, tag):
        if tag == "script":
            self._script_type = None

    def handle_data(self, data):
        if self._script_type is not None and "alert" in data and self._script_type != "application/ld+json":
            self.problems.append(f"script ({self._script_type}) with {data[:60]!r}")


def assert_no_injected_markup(response, where):
    assert response.status_code == 200, f"{where}: {response.status_code}"
    html = response.content.decode()
    finder = MarkupFinder()
    finder.feed(html)
    assert finder.problems == [], where
    for raw in (SCRIPT, IMG, SVG, BOLD):
        assert raw not in html, f"{where}: {raw} unescaped"


@pytest.fixture
def world(fact_checker, editor, superuser):
    article, claims = make_article(sentences=CLAIM_SENTENCES, title=SCRIPT + "Floods " + IMG, outlet=SVG + "Daily")
    Article.objects.filter(pk=article.pk).update(
        byline=BOLD, standfirst=IMG, failure_reason=SCRIPT, extraction_warnings=[SCRIPT], image_captions=[IMG]
    )
    failed_text = HTML_ATTACK + RTL_AND_MIXED
    Article.objects.create(
        original_text=failed_text,
        content_hash=content_hash(failed_text),
        extraction_status=Article.ExtractionStatus.FAILED,
        failure_reason=f"internal error: {SCRIPT}{IMG}",
    )
    mine, published, other = claims
    attribute(mine, SCRIPT + "Maria Lopez", descriptor=IMG, via=SVG, cue=BOLD)
    attribute(published, "Ministry " + IMG, descriptor=SCRIPT)
    services.assign_claim(claim=mine, assignee=fact_checker, actor=editor)
    services.start_claim(claim=mine, actor=fact_checker)
    services.add_evidence(claim=mine, actor=fact_checker, url="https://example.org/a?q=%3Cscript%3E", note=SCRIPT + IMG)
    services.add_note(claim=mine, actor=fact_checker, body=BOLD + SCRIPT)
    services.propose_verdict(claim=mine, actor=fact_checker, rating=rating("False"), explanation=SCRIPT + IMG)
    services.assign_claim(claim=published, assignee=fact_checker, actor=editor)
    services.start_claim(claim=published, actor=fact_checker)
    services.add_evidence(claim=published, actor=fact_checker, note=SVG + SCRIPT, url="https://example.org/<b>")
    services.propose_verdict(claim=published, actor=fact_checker, rating=rating("True"), explanation=IMG + SCRIPT)
    services.approve_verdict(claim=published, actor=editor, note=SCRIPT)
    return {"article": article, "mine": mine, "published": published, "other": other, "editor": editor}


def test_desk_pages_show_it_as_text(client, world, fact_checker, editor):
    client.force_login(fact_checker)
    for url in (reverse("desk:home"), reverse("desk:unassigned"), reverse("desk:claim", args=[world["mine"].pk])):
        assert_no_injected_markup(client.get(url), url)
    client.force_login(editor)
    for url in (
        reverse("desk:home"),
        reverse("desk:review"),
        reverse("desk:articles"),
        reverse("desk:article", args=[world["article"].pk]),
        reverse("desk:dashboard"),
        reverse("desk:unassigned"),
        reverse("desk:claim", args=[world["mine"].pk]),
        reverse("desk:claim", args=[world["published"].pk]),
        reverse("desk:claim", args=[world["other"].pk]),
    ):
        assert_no_injected_markup(client.get(url), url)


def test_admin_pages_show_it_as_text(client, world, superuser):
    client.force_login(superuser)
    article, mine, published = world["article"], world["mine"], world["published"]
    source = mine.attributions.first().source
    failed = Article.objects.get(extraction_status=Article.ExtractionStatus.FAILED)
    for url in (
        "/admin/claims/article/",
        f"/admin/claims/article/{article.pk}/change/",
        f"/admin/claims/article/{failed.pk}/change/",
        "/admin/claims/article/?q=script",
        "/admin/claims/claim/",
        f"/admin/claims/claim/{mine.pk}/change/",
        f"/admin/claims/claim/{published.pk}/change/",
        "/admin/claims/source/",
        f"/admin/claims/source/{source.pk}/change/",
        "/admin/claims/claimtransition/",
        "/admin/claims/claimnote/",
    ):
        assert_no_injected_markup(client.get(url), url)


def test_the_admin_action_forms_show_it_as_text(client, world, superuser):
    client.force_login(superuser)
    response = client.post(
        "/admin/claims/claim/", {"action": "dismiss", "_selected_action": [world["mine"].pk, world["other"].pk]}
    )
    assert_no_injected_markup(response, "dismiss form")


def test_the_public_claim_page_shows_it_as_text(client, world):
    url = reverse("public-claim", args=[world["published"].pk])
    response = client.get(url)
    assert_no_injected_markup(response, url)
    html = response.content.decode()
    assert "\\u003cscript\\u003e" in html  # inside the JSON-LD, escaped so it cannot close the element


def test_the_api_answers_it_as_json_data(client, world, editor):
    from rest_framework.test import APIClient

    api = APIClient()
    api.force_login(editor)
    response = api.get(f"/api/v1/claims/{world['published'].pk}/", HTTP_ACCEPT="text/html")
    # The browsable API is HTML too: the JSON inside it must be escaped.
    assert_no_injected_markup(response, "browsable API")
    data = api.get(f"/api/v1/claims/{world['published'].pk}/", HTTP_ACCEPT="application/json").json()
    assert SCRIPT in data["text"]  # data is data: stored and served exactly


def test_a_dismissed_claim_reason_shows_as_text(client, world, editor):
    services.dismiss_claim(claim=world["other"], actor=editor, reason=SCRIPT + IMG)
    client.force_login(editor)
    url = reverse("desk:claim", args=[world["other"].pk])
    assert_no_injected_markup(client.get(url), url)
    assert Claim.objects.get(pk=world["other"].pk).status == Claim.Status.DISMISSED
