"""The permission matrix: every URL the resolver knows, for every kind of caller.

Callers: anonymous, alice and bob (fact-checkers; each has a claim of their own), carol (editor),
root (superuser), mallory (signed in, no role) and an API key. Desk URLs, admin URLs (generated
from the admin registry) and API URLs each have a table; `test_every_url_pattern_is_in_the_matrix`
walks the resolver and fails for any pattern no table covers, so a new URL cannot be forgotten.
"""

import json

import pytest
from django.contrib import admin
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import URLResolver, get_resolver
from rest_framework_api_key.models import APIKey

from claims.models import Claim, ClaimNote, ClaimTransition, DeskProfile, VerdictRating
from desk.testing import attribute, make_article, publish
from webhooks.models import Delivery, Subscription

from .api_factories import *  # noqa: F403

pytestmark = pytest.mark.django_db
S = Claim.Status
ROLES = ("anonymous", "apikey", "mallory", "alice", "bob", "carol", "root")
ALLOWED = {200, 201, 202, 204, 302, 400, 409}  # "let in": done, redirected after a message, or a form error


def walk(patterns, prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
        else:
            yield prefix + str(pattern.pattern)


@pytest.fixture
def world(fact_checker, other_fact_checker, editor, superuser, outsider):
    article, (mine, theirs, free, done) = make_article(
        sentences=(
            "The bridge cost 12 million euros to build.",
            "The mayor was elected in 2019 with 61 percent.",
            "The stadium holds 40,000 people.",
            "The river rose by three metres in six hours.",
        )
    )
    attribute(theirs, "Maria Lopez", descriptor="the mayor")
    Claim.objects.filter(pk=mine.pk).update(status=S.IN_PROGRESS, assignee=fact_checker)
    Claim.objects.filter(pk=theirs.pk).update(status=S.IN_PROGRESS, assignee=other_fact_checker)
    done = publish(done, fact_checker, editor)
    attribute(done, "Water Board", kind="organization")
    note = ClaimNote.objects.create(claim=theirs, author=other_fact_checker, body="bob's private lead")
    key_row, key = APIKey.objects.create_key(name="newsroom")
    _, other_key = APIKey.objects.create_key(name="other newsroom")
    subscription = Subscription.objects.create(
        url="https://hooks.example.org/in", events=["claim.published"], api_key=key_row
    )
    delivery = Delivery.objects.create(subscription=subscription, event="claim.published", payload={})
    people = {"alice": fact_checker, "bob": other_fact_checker, "carol": editor, "root": superuser, "mallory": outsider}
    return {
        "article": article,
        "mine": mine,
        "theirs": theirs,
        "free": free,
        "done": done,
        "note": note,
        "key": key,
        "other_key": other_key,
        "subscription": subscription,
        "delivery": delivery,
        "people": people,
        "source": done.attributions.first().source,
    }


def client_for(world, role):
    if role == "apikey":
        return Client(HTTP_AUTHORIZATION=f"Api-Key {world['key']}")
    client = Client()
    if role != "anonymous":
        client.force_login(world["people"][role])
    return client


def restore(world):
    Claim.objects.filter(pk=world["theirs"].pk).update(status=S.IN_PROGRESS, assignee=world["people"]["bob"])
    Claim.objects.filter(pk=world["mine"].pk).update(status=S.IN_PROGRESS, assignee=world["people"]["alice"])
    Claim.objects.filter(pk=world["free"].pk).update(status=S.NEW, assignee=None)


def check(status, expected, what, failures):
    ok = status in ALLOWED if expected == "allowed" else status == (302 if expected == "login" else expected)
    if not ok:
        failures.append(f"{what}: {status}, expected {expected}")


# --------------------------------------------------------------------------- desk

LOGIN = {"anonymous": "login", "apikey": "login", "mallory": 403}
DESK_PAGE = {**LOGIN, "alice": 200, "bob": 200, "carol": 200, "root": 200}
EDITOR_PAGE = {**LOGIN, "alice": 403, "bob": 403, "carol": 200, "root": 200}
# A claim of bob's: alice gets 404 (no hint it exists); editor actions give fact-checkers 403.
BOBS_CLAIM = {**LOGIN, "alice": 404, "bob": 200, "carol": 200, "root": 200}
BOBS_ACTION = {**LOGIN, "alice": 404, "bob": "allowed", "carol": "allowed", "root": "allowed"}
EDITOR_ACTION = {**LOGIN, "alice": 403, "bob": 403, "carol": "allowed", "root": "allowed"}
QUEUE_ACTION = {**LOGIN, "alice": "allowed", "bob": "allowed", "carol": "allowed", "root": "allowed"}

DESK = {
    # route: (method, object, expected per role)
    "desk/": ("GET", None, DESK_PAGE),
    "desk/unassigned/": ("GET", None, DESK_PAGE),
    "desk/settings/": ("GET", None, DESK_PAGE),
    "desk/review/": ("GET", None, EDITOR_PAGE),
    "desk/articles/": ("GET", None, EDITOR_PAGE),
    "desk/articles/<int:pk>/": ("GET", "article", EDITOR_PAGE),
    "desk/dashboard/": ("GET", None, EDITOR_PAGE),
    "desk/claims/<int:pk>/": ("GET", "theirs", BOBS_CLAIM),
    "desk/take-next/": ("POST", None, QUEUE_ACTION),
    "desk/assign/": ("POST", None, {**EDITOR_ACTION, "alice": 403, "bob": 403}),
    "desk/claims/<int:pk>/take/": ("POST", "theirs", BOBS_ACTION),
    "desk/claims/<int:pk>/start/": ("POST", "theirs", BOBS_ACTION),
    "desk/claims/<int:pk>/evidence/": ("POST", "theirs", BOBS_ACTION),
    "desk/claims/<int:pk>/notes/": ("POST", "theirs", BOBS_ACTION),
    "desk/claims/<int:pk>/propose/": ("POST", "theirs", BOBS_ACTION),
    "desk/claims/<int:pk>/approve/": ("POST", "theirs", EDITOR_ACTION),
    "desk/claims/<int:pk>/return/": ("POST", "theirs", EDITOR_ACTION),
    "desk/claims/<int:pk>/dismiss/": ("POST", "theirs", EDITOR_ACTION),
    "desk/claims/<int:pk>/reopen/": ("POST", "theirs", EDITOR_ACTION),
    "desk/claims/<int:pk>/assign/": ("POST", "theirs", EDITOR_ACTION),
}


def _route_url(route, obj):
    return "/" + route.replace("<int:pk>", str(obj.pk)) if obj is not None else "/" + route


def test_desk_urls(world):
    failures = []
    clients = {role: client_for(world, role) for role in ROLES}
    for route, (method, key, expected) in DESK.items():
        url = _route_url(route, world[key] if key else None)
        for role in ROLES:
            response = clients[role].generic(method, url)
            check(response.status_code, expected[role], f"{role} {method} {url}", failures)
            if expected[role] == "login" and not response.get("Location", "").startswith("/accounts/login/"):
                failures.append(f"{role} {method} {url}: not sent to the login page")
            restore(world)
    assert failures == []


# --------------------------------------------------------------------------- admin

NOT_STAFF = {"anonymous": "login", "apikey": "login", "mallory": "login"}
NOTHING = frozenset()
V, VA, VC = frozenset({"view"}), frozenset({"view", "add"}), frozenset({"view", "change"})
ALL = frozenset({"view", "add", "change", "delete"})
# What each staff role may do per registered model (bootstrap's group permissions and the
# ModelAdmin overrides). "root" may do ALL unless listed.
ADMIN_POLICY = {
    "claims.Article": {"alice": V, "bob": V, "carol": VA, "root": frozenset({"view", "add", "delete"})},
    "claims.Claim": {"alice": V, "bob": V, "carol": V, "root": V},
    "claims.Source": {"alice": V, "bob": V, "carol": VC, "root": ALL},
    "claims.VerdictRating": {"alice": V, "bob": V, "carol": V, "root": ALL},
    "claims.ClaimTransition": {"alice": V, "bob": V, "carol": V, "root": V},
    "claims.DeskProfile": {"alice": NOTHING, "bob": NOTHING, "carol": VC, "root": ALL},
    # Notes are written through the desk (services.add_note checks who may); the admin only shows them.
    "claims.ClaimNote": {"alice": V, "bob": V, "carol": V, "root": frozenset({"view", "delete"})},
    "webhooks.Subscription": {"alice": NOTHING, "bob": NOTHING, "carol": NOTHING, "root": ALL},
    "webhooks.Delivery": {"alice": NOTHING, "bob": NOTHING, "carol": NOTHING, "root": None},
    "auth.User": {"alice": NOTHING, "bob": NOTHING, "carol": NOTHING, "root": ALL},
    "auth.Group": {"alice": NOTHING, "bob": NOTHING, "carol": NOTHING, "root": ALL},
    "rest_framework_api_key.APIKey": {"alice": NOTHING, "bob": NOTHING, "carol": NOTHING, "root": None},
    "axes.AccessAttempt": {"alice": NOTHING, "bob": NOTHING, "carol": NOTHING, "root": None},
    "axes.AccessLog": {"alice": NOTHING, "bob": NOTHING, "carol": NOTHING, "root": None},
    "axes.AccessFailureLog": {"alice": NOTHING, "bob": NOTHING, "carol": NOTHING, "root": None},
}
# None: a third-party admin's own choice; root must get in (not 403) to view, the rest is theirs.
MODEL_ROUTES = (
    "",
    "add/",
    "<path:object_id>/history/",
    "<path:object_id>/delete/",
    "<path:object_id>/change/",
    "<path:object_id>/",
)
SITE_ROUTES = {
    "admin/": {**NOT_STAFF, "alice": 200, "bob": 200, "carol": 200, "root": 200},
    "admin/login/": {
        "anonymous": 200,
        "apikey": 200,
        "mallory": 200,
        "alice": 302,
        "bob": 302,
        "carol": 302,
        "root": 302,
    },
    "admin/logout/": None,  # POST only; tested with CSRF in test_security_csrf
    "admin/password_change/": {**NOT_STAFF, "alice": 200, "bob": 200, "carol": 200, "root": 200},
    "admin/password_change/done/": {**NOT_STAFF, "alice": 200, "bob": 200, "carol": 200, "root": 200},
    "admin/autocomplete/": {**NOT_STAFF, "alice": 403, "bob": 403, "carol": 403, "root": 403},  # no autocomplete fields
    "admin/jsi18n/": {**NOT_STAFF, "alice": 200, "bob": 200, "carol": 200, "root": 200},
    "admin/r/<path:content_type_id>/<path:object_id>/": None,  # view on site: no model defines get_absolute_url
    "admin/auth/user/<id>/password/": {**NOT_STAFF, "alice": 403, "bob": 403, "carol": 403, "root": 200},
    "admin/^(?P<app_label>auth|rest_framework_api_key|axes|claims|webhooks)/$": {
        **NOT_STAFF,
        "alice": 200,
        "bob": 200,
        "carol": 200,
        "root": 200,  # claims app page
    },
    "admin/(?P<url>.*)$": {**NOT_STAFF, "alice": 404, "bob": 404, "carol": 404, "root": 404},
}


def admin_objects(world):
    return {
        "claims.Article": world["article"].pk,
        "claims.Claim": world["theirs"].pk,
        "claims.Source": world["source"].pk,
        "claims.VerdictRating": VerdictRating.objects.first().pk,
        "claims.ClaimTransition": ClaimTransition.objects.filter(claim=world["theirs"]).first().pk,
        "claims.DeskProfile": DeskProfile.objects.get_or_create(user=world["people"]["bob"])[0].pk,
        "claims.ClaimNote": world["note"].pk,
        "webhooks.Subscription": world["subscription"].pk,
        "webhooks.Delivery": world["delivery"].pk,
        "auth.User": world["people"]["bob"].pk,
        "auth.Group": Group.objects.first().pk,
    }


def expected_admin(policy, role, op, *, hidden=False):
    if role in NOT_STAFF:
        return "login"
    allowed = policy[role]
    if allowed is None:
        return "root-any" if op != "view" else 200
    if op == "view":
        if not ({"view", "change"} & allowed):
            return 403
        return 302 if hidden else 200
    return 200 if op in allowed else 403


def test_every_registered_model_has_an_admin_policy():
    assert sorted(m._meta.label for m in admin.site._registry) == sorted(ADMIN_POLICY)


def test_admin_model_urls(world):
    failures = []
    clients = {role: client_for(world, role) for role in ROLES}
    objects = admin_objects(world)
    for label in sorted(ADMIN_POLICY):
        failures += _admin_model_failures(world, clients, objects, label)
    assert failures == []


def _admin_model_failures(world, clients, objects, label):
    failures = []
    policy = ADMIN_POLICY[label]
    app, model = label.lower().split(".")
    base = f"/admin/{app}/{model}/"
    pk = objects.get(label, 999_999)
    # bob's rights equal alice's outside the claims app; the admin sends every non-staff caller to
    # its login page before any model code runs, so one URL each is enough for them.
    roles = [r for r in ROLES if r != "bob" or label.startswith("claims.")]
    for role in roles:
        client = clients[role]
        # bob's claim, its history and its note are hidden from alice: "does not exist" (302).
        hidden = role == "alice" and label in ("claims.Claim", "claims.ClaimNote")
        if label == "claims.ClaimTransition" and role == "alice":
            hidden = True
        missing = pk == 999_999
        urls = (
            (base, "list"),
            (f"{base}add/", "add"),
            (f"{base}{pk}/change/", "view"),
            (f"{base}{pk}/history/", "view"),
            (f"{base}{pk}/delete/", "delete"),
        )
        for url, op in urls[:2] if role in NOT_STAFF else urls:
            status = client.get(url).status_code
            if op == "list":
                want = expected_admin(policy, role, "view")
            else:
                want = expected_admin(policy, role, op, hidden=hidden or missing)
                if want == 200 and missing:
                    want = 302
                if op == "delete" and want == 200 and hidden:
                    want = 302
            if missing and url.endswith("/history/") and role not in NOT_STAFF:
                want = 302  # the history view says "does not exist" before it checks permissions
            what = f"{role} GET {url}: {status}, expected {want}"
            if want == "root-any":
                ok = status in (200, 302, 403)
            elif want == "login":
                ok = status == 302 and "/admin/login/" in client.get(url)["Location"]
            else:
                ok = status == want
            if not ok:
                failures.append(what)
        if client.get(f"{base}{pk}/").status_code not in (301, 302):
            failures.append(f"{role} {base}{pk}/ does not redirect")
    return failures


def test_admin_site_urls(world):
    failures = []
    for route, spec in SITE_ROUTES.items():
        if spec is None:
            continue
        url = {
            "admin/^(?P<app_label>auth|rest_framework_api_key|axes|claims|webhooks)/$": "/admin/claims/",
            "admin/(?P<url>.*)$": "/admin/no-such-page/",
            "admin/auth/user/<id>/password/": f"/admin/auth/user/{world['people']['bob'].pk}/password/",
        }.get(route, "/" + route)
        for role in ROLES:
            check(client_for(world, role).get(url).status_code, spec[role], f"{role} GET {url}", failures)
    assert failures == []


def test_the_admin_lists_hide_other_fact_checkers_claims_and_notes(world, client):
    client.force_login(world["people"]["alice"])
    claims = client.get("/admin/claims/claim/").content.decode()
    assert world["theirs"].text not in claims and world["mine"].text in claims
    assert "bob&#x27;s private lead" not in client.get("/admin/claims/claimnote/").content.decode()
    transitions = client.get("/admin/claims/claimtransition/").content.decode()
    assert world["theirs"].text[:40] not in transitions


# --------------------------------------------------------------------------- API

API_READ = {"anonymous": 401, "mallory": 403, "alice": 403, "bob": 403, "apikey": 200, "carol": 200, "root": 200}
# Workflow actions on the published claim `done` (alice's): whoever is let in gets 409 (it is not in
# review any more), so the table shows who passes the role and visibility checks without changing it.
API_EDITOR_ACTION = {**API_READ, "apikey": 403, "carol": 409, "root": 409}
# Proposing: only the assignee; bob gets 404 for alice's claim (as on the desk), editors 403.
API_PROPOSE = {**API_READ, "apikey": 403, "alice": 409, "bob": 404, "carol": 403, "root": 403}
API = {
    # route: [(method, body, expected per role)]
    "api/v1/claims/": [("GET", None, API_READ)],
    "api/v1/claims/<int:claim_id>/": [("GET", None, API_READ)],
    "api/v1/claims/<int:claim_id>/claimreview": [("GET", None, API_READ)],
    "api/v1/claims/<int:claim_id>/approve": [("POST", {"note": "ok"}, API_EDITOR_ACTION)],
    "api/v1/claims/<int:claim_id>/return": [("POST", {"reason": "check the budget"}, API_EDITOR_ACTION)],
    "api/v1/claims/<int:claim_id>/verdict": [("POST", {"rating": "True", "explanation": "x"}, API_PROPOSE)],
    "api/v1/claimreview-feed": [("GET", None, API_READ)],
    "api/v1/factcheck/claims:search": [("GET", None, API_READ)],
    "api/v1/articles/": [
        ("GET", None, API_READ),
        ("POST", {"text": "   "}, {**API_READ, "apikey": 400, "carol": 400, "root": 400}),
    ],
    "api/v1/articles/<int:article_id>/": [("GET", None, API_READ)],
    "api/v1/sources/": [("GET", None, API_READ)],
    "api/v1/sources/<int:source_id>/": [("GET", None, API_READ)],
    "api/v1/webhooks/": [
        ("GET", None, API_READ),
        (
            "POST",
            {"url": "file:///etc/passwd", "events": ["claim.published"]},
            {**API_READ, "apikey": 400, "carol": 400, "root": 400},
        ),
    ],
    "api/v1/webhooks/<int:subscription_id>/deliveries/": [("GET", None, API_READ)],
    "api/v1/webhooks/<int:subscription_id>/": [
        ("GET", None, API_READ),
        ("PATCH", {"name": "renamed"}, API_READ),
        ("DELETE", None, {**API_READ, "apikey": 204, "carol": 404, "root": 404}),  # the key deletes it first
    ],
    "api/v1/^.*$": [
        (
            "GET",
            None,
            {
                **API_READ,
                "anonymous": 404,
                "mallory": 404,
                "alice": 404,
                "bob": 404,
                "apikey": 404,
                "carol": 404,
                "root": 404,
            },
        )
    ],
    "api/schema/": [("GET", None, {role: 200 for role in ROLES})],  # the public API description, like api/docs/
    "api/docs/": [("GET", None, {role: 200 for role in ROLES})],
}
OTHER = {
    "": [("GET", None, {role: 302 for role in ROLES})],
    "healthz": [("GET", None, {role: 200 for role in ROLES})],
    "accounts/login/": [("GET", None, {role: 200 for role in ROLES})],
    "accounts/logout/": [("POST", None, {role: 302 for role in ROLES})],
    "claims/<int:claim_id>/": [("GET", None, {role: 200 for role in ROLES})],  # public page of a published claim
}


def _api_url(world, route):
    done = world["done"]
    return "/" + (
        route.replace("<int:claim_id>", str(done.pk))
        .replace("<int:article_id>", str(world["article"].pk))
        .replace("<int:source_id>", str(world["source"].pk))
        .replace("<int:subscription_id>", str(world["subscription"].pk))
        .replace("^.*$", "no-such-thing/")
    )


def test_api_and_other_urls(world):
    failures = []
    clients = {role: client_for(world, role) for role in ROLES}
    for route, requests in (API | OTHER).items():
        url = _api_url(world, route)
        for method, body, expected in requests:
            for role in ROLES:
                data = "" if body is None else json.dumps(body)
                status = clients[role].generic(method, url, data, content_type="application/json").status_code
                check(status, expected[role], f"{role} {method} {url}", failures)
    assert failures == []


def test_another_api_key_cannot_reach_a_keys_subscription(world):
    client = Client(HTTP_AUTHORIZATION=f"Api-Key {world['other_key']}")
    url = f"/api/v1/webhooks/{world['subscription'].pk}/"
    assert client.get(url).status_code == 404
    assert client.delete(url).status_code == 404
    assert client.get(url + "deliveries/").status_code == 404
    assert Subscription.objects.filter(pk=world["subscription"].pk).exists()


def test_api_keys_do_not_open_the_desk_or_the_admin(world):
    client = client_for(world, "apikey")
    assert client.get("/desk/").status_code == 302
    assert client.get("/admin/claims/claim/").status_code == 302


# --------------------------------------------------------------------------- coverage


def covered_routes() -> set[str]:
    routes = set(DESK) | set(SITE_ROUTES) | set(API) | set(OTHER)
    for model in admin.site._registry:
        base = f"admin/{model._meta.app_label}/{model._meta.model_name}/"
        routes |= {base + suffix for suffix in MODEL_ROUTES}
    return routes


def test_every_url_pattern_is_in_the_matrix():
    missing = sorted(set(walk(get_resolver().url_patterns)) - covered_routes())
    assert missing == [], f"URL patterns with no row in the permission matrix: {missing}"
