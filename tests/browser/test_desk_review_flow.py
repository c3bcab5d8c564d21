"""The whole path in a real browser: take next, evidence, proposal, four eyes, approval, history."""

import os
import re

import pytest
from django.contrib.auth.models import Group

from claims import roles
from claims.models import Claim, ClaimTransition
from desk.testing import make_article
from tests.factories import UserFactory

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "1")

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "correct horse battery staple"
S = Claim.Status


def _person(username, group):
    user = UserFactory(username=username)
    user.groups.add(Group.objects.get(name=group))
    return user


def _sign_in(browser, live_server, username, screenshot=None):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)
    page = context.new_page()
    page.goto(f"{live_server.url}/desk/")
    assert "/accounts/login/" in page.url
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    if screenshot:
        screenshot(page, f"sign-in-{username}")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r"/desk/$"))
    return page


def _claim_id(page) -> int:
    return int(re.search(r"/desk/claims/(\d+)/", page.url).group(1))


def test_a_claim_goes_from_take_next_to_published_in_the_browser(chromium, live_server, screenshot):
    alice = _person("alice", roles.FACT_CHECKERS)
    _person("bob", roles.FACT_CHECKERS)
    _person("carol", roles.EDITORS)
    article, claims = make_article(
        title='Floods <script>document.title="owned"</script> cut the road', checkworthiness=[0.9, 0.8, 0.7, 0.6]
    )

    alice_page = _sign_in(chromium, live_server, "alice", screenshot)
    bob_page = _sign_in(chromium, live_server, "bob")
    screenshot(alice_page, "alice-empty-queue")

    # Both press "take next" at the same time: neither waits for the other's navigation.
    for page in (alice_page, bob_page):
        page.goto(f"{live_server.url}/desk/unassigned/")
    screenshot(alice_page, "unassigned")
    alice_page.get_by_role("button", name="Take next claim").click(no_wait_after=True)
    bob_page.get_by_role("button", name="Take next claim").click(no_wait_after=True)
    alice_page.wait_for_url(re.compile(r"/desk/claims/\d+/$"))
    bob_page.wait_for_url(re.compile(r"/desk/claims/\d+/$"))
    alice_claim, bob_claim = _claim_id(alice_page), _claim_id(bob_page)
    assert alice_claim != bob_claim
    assert {alice_claim, bob_claim} == {claims[0].pk, claims[1].pk}
    assert Claim.objects.get(pk=alice_claim).assignee == alice
    screenshot(alice_page, "alice-took-a-claim")
    screenshot(bob_page, "bob-took-another-claim")
    # The article text is shown as text: the script in the title never ran.
    assert alice_page.title() != "owned"
    assert alice_page.locator("mark#current-claim").count() == 1

    # Evidence, then a proposed verdict.
    page = alice_page
    page.get_by_label("Link").fill("https://city.example/flood-report.pdf")
    page.get_by_label("What it shows").fill("Page 4 lists 12 damaged homes.")
    page.get_by_label("This evidence").select_option("refutes")
    page.get_by_role("button", name="Add evidence").click()
    page.wait_for_selector("text=Evidence added to the ledger.")
    assert page.locator(".ledger li").count() == 1
    screenshot(page, "evidence-added")
    page.get_by_label("Mostly false").check()
    page.get_by_label("Explanation").fill("The city's report counts 12 damaged homes, not 40.")
    page.get_by_role("button", name="Propose verdict and send to review").click()
    page.wait_for_selector("text=is waiting for an editor")
    screenshot(page, "verdict-proposed")

    # The proposer cannot approve: no button, and the review pages refuse her.
    assert page.get_by_role("button", name="Approve and publish").count() == 0
    assert page.locator("#four-eyes").is_visible()
    response = page.goto(f"{live_server.url}/desk/review/")
    assert response.status == 403
    screenshot(page, "proposer-cannot-review")

    # An editor approves from the review queue.
    editor_page = _sign_in(chromium, live_server, "carol")
    editor_page.get_by_role("navigation", name="Main").get_by_role("link", name="Review").click()
    item = editor_page.locator(".review-item", has_text="Mostly false")
    screenshot(editor_page, "review-queue")
    item.get_by_role("button", name="Approve and publish").click()
    editor_page.wait_for_selector("text=Approved: the verdict is published.")
    screenshot(editor_page, "approved")

    # Published on the article page...
    editor_page.goto(f"{live_server.url}/desk/articles/{article.pk}/")
    row = editor_page.locator(f"#claim-{alice_claim}")
    assert "published" in row.inner_text() and "Mostly false" in row.inner_text()
    screenshot(editor_page, "article-page")

    # ...and the history shows every transition.
    row.get_by_role("link").click()
    editor_page.wait_for_url(re.compile(rf"/desk/claims/{alice_claim}/$"))
    history = [r.inner_text() for r in editor_page.locator("tr.transition").all()]
    expected = list(ClaimTransition.objects.filter(claim_id=alice_claim).values_list("to_status", flat=True))
    assert expected == [S.NEW, S.ASSIGNED, S.IN_PROGRESS, S.IN_REVIEW, S.PUBLISHED]
    assert len(history) == len(expected)
    for text, status in zip(history, ["new", "assigned", "in progress", "in review", "published"], strict=True):
        assert status in text
    assert "approved" in editor_page.locator("tr.verdict-version").inner_text()
    screenshot(editor_page, "history")

    # The dashboard draws its chart without any external script.
    editor_page.get_by_role("navigation", name="Main").get_by_role("link", name="Dashboard").click()
    assert editor_page.locator("svg.chart rect.bar").count() == 6
    screenshot(editor_page, "dashboard")
    editor_page.go_back()

    # Narrow screen: the same page stays usable on a phone-sized viewport.
    editor_page.set_viewport_size({"width": 375, "height": 800})
    screenshot(editor_page, "history-narrow-screen")
    assert editor_page.evaluate("document.documentElement.scrollWidth") <= 375
    for context_page in (alice_page, bob_page, editor_page):
        context_page.context.close()


def test_the_desk_can_be_used_with_the_keyboard(chromium, live_server, screenshot):
    _person("alice", roles.FACT_CHECKERS)
    make_article()
    page = _sign_in(chromium, live_server, "alice")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("n")  # the "take next" shortcut focuses the button
    assert page.evaluate("document.activeElement.textContent.trim()") == "Take next claim"
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/desk/claims/\d+/$"))
    screenshot(page, "took-with-keyboard")
    page.context.close()
