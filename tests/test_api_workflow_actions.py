"""Workflow actions through the API: POST claims/{id}/approve, /return and /verdict.

Desk staff signed in (session, CSRF enforced) call the same services as the desk: editors approve
or return a proposed verdict, the assigned fact-checker proposes one. Each answers 200 with the
claim's workflow state, 400 for bad input, 401/403 for the wrong caller, 404 for an unknown (or,
for a fact-checker, someone else's) claim and 409 when the claim's state no longer allows it.
Every change is one ClaimTransition row with its actor; a refused call changes nothing.
"""

import pytest
from rest_framework.test import APIClient

from claims import services
from claims.models import Claim, ClaimTransition, Verdict
from desk.testing import make_article, rating, to_review

from .api_factories import *  # noqa: F403

pytestmark = pytest.mark.django_db
S = Claim.Status


def url(claim_or_id, action: str) -> str:
    pk = getattr(claim_or_id, "pk", claim_or_id)
    return f"/api/v1/claims/{pk}/{action}"


def as_user(user) -> APIClient:
    client = APIClient()
    client.force_login(user)
    return client


@pytest.fixture
def claims(fact_checker, other_fact_checker):
    """alice's claim waiting for review, alice's claim in progress, bob's claim in progress."""
    _, (waiting, working, bobs) = make_article(
        sentences=(
            "The bridge cost 12 million euros to build.",
            "The mayor was elected in 2019 with 61 percent.",
            "The stadium holds 40,000 people.",
        )
    )
    to_review(waiting, fact_checker)
    for claim, person in ((working, fact_checker), (bobs, other_fact_checker)):
        services.assign_claim(claim=claim, assignee=person, actor=person)
        services.start_claim(claim=claim, actor=person)
    return {"waiting": waiting, "working": working, "bobs": bobs}


def moves(claim) -> list[tuple[str, str, str, str]]:
    rows = ClaimTransition.objects.filter(claim=claim).order_by("id").select_related("actor")
    return [(t.from_status, t.to_status, t.actor.username if t.actor else "", t.reason) for t in rows]


def snapshot(claim):
    claim.refresh_from_db()
    verdicts = list(claim.verdicts.order_by("version").values_list("version", "state", "approved_by", "review_note"))
    return claim.status, claim.assignee_id, claim.published_at, verdicts, moves(claim)


# --------------------------------------------------------------------------- happy paths


def test_an_editor_approves_and_the_claim_is_published(editor, claims):
    claim = claims["waiting"]
    before = moves(claim)
    response = as_user(editor).post(url(claim, "approve"), {"note": "solid records"}, format="json")
    assert response.status_code == 200, response.content
    body = response.json()
    assert (body["id"], body["workflow_status"], body["status"]) == (claim.pk, "published", "published")
    assert body["verdict"] | {"explanation": ""} == {
        "version": 1,
        "rating": "False",
        "explanation": "",
        "state": "approved",
        "proposed_by": "alice",
        "approved_by": "carol",
        "review_note": "solid records",
    }
    assert body["last_transition"]["from_status"] == "in_review" and body["last_transition"]["actor"] == "carol"
    claim.refresh_from_db()
    assert claim.status == S.PUBLISHED and claim.published_at is not None
    assert moves(claim) == [*before, ("in_review", "published", "carol", "solid records")]
    assert Verdict.objects.get(claim=claim).approved_by == editor


def test_approving_without_a_note_is_fine(superuser, claims):
    response = as_user(superuser).post(url(claims["waiting"], "approve"), {}, format="json")
    assert response.status_code == 200, response.content
    assert moves(claims["waiting"])[-1] == ("in_review", "published", "root", "approved")


def test_an_editor_returns_with_a_reason(editor, claims):
    claim = claims["waiting"]
    before = moves(claim)
    response = as_user(editor).post(url(claim, "return"), {"reason": "  Cite the budget page.  "}, format="json")
    assert response.status_code == 200, response.content
    body = response.json()
    assert (body["workflow_status"], body["status"], body["assignee"]) == ("in_progress", "unpublished", "alice")
    assert (body["verdict"]["state"], body["verdict"]["review_note"]) == ("returned", "Cite the budget page.")
    assert moves(claim) == [*before, ("in_review", "in_progress", "carol", "Cite the budget page.")]


def test_the_assigned_fact_checker_proposes_a_verdict(fact_checker, claims):
    claim = claims["working"]
    before = moves(claim)
    body = {"rating": "mostly TRUE", "explanation": "The 2019 results say 61.2 percent."}
    response = as_user(fact_checker).post(url(claim, "verdict"), body, format="json")
    assert response.status_code == 200, response.content
    answer = response.json()
    assert answer["workflow_status"] == "in_review"
    assert (answer["verdict"]["rating"], answer["verdict"]["state"], answer["verdict"]["proposed_by"]) == (
        "Mostly true",
        "proposed",
        "alice",
    )
    verdict = Verdict.objects.get(claim=claim)
    assert (verdict.rating, verdict.explanation, verdict.proposed_by) == (
        rating("Mostly true"),
        "The 2019 results say 61.2 percent.",
        fact_checker,
    )
    assert moves(claim) == [*before, ("in_progress", "in_review", "alice", "proposed Mostly true")]


def test_form_encoded_bodies_work_too(editor, claims):
    response = as_user(editor).post(url(claims["waiting"], "return"), {"reason": "More sources."})
    assert response.status_code == 200, response.content


# --------------------------------------------------------------------------- 400


@pytest.mark.parametrize(
    "action, body, field",
    [
        ("return", {}, "reason"),
        ("return", {"reason": "   "}, "reason"),
        ("return", {"reason": 42}, "reason"),
        ("return", {"reason": "x" * 5001}, "reason"),
        ("return", {"reason": "nul \x00 byte"}, "reason"),
        ("approve", {"note": ["a", "list"]}, "note"),
        ("approve", {"note": "x" * 5001}, "note"),
    ],
)
def test_bad_editor_input_is_400_saying_which_field(editor, claims, action, body, field):
    claim = claims["waiting"]
    before = snapshot(claim)
    response = as_user(editor).post(url(claim, action), body, format="json")
    assert response.status_code == 400
    assert field in response.json() and response.json()[field][0]
    assert snapshot(claim) == before


@pytest.mark.parametrize(
    "body, field, says",
    [
        ({"explanation": "Records."}, "rating", "required"),
        ({"rating": "Pants on fire", "explanation": "Records."}, "rating", "use one of: False, Mostly false, Mixed"),
        ({"rating": 3, "explanation": "Records."}, "rating", "valid string"),
        ({"rating": "False"}, "explanation", "required"),
        ({"rating": "False", "explanation": " \n "}, "explanation", "blank"),
        ({"rating": "False", "explanation": "x" * 20001}, "explanation", "20000"),
    ],
)
def test_bad_verdict_input_is_400_saying_which_field(fact_checker, claims, body, field, says):
    claim = claims["working"]
    before = snapshot(claim)
    response = as_user(fact_checker).post(url(claim, "verdict"), body, format="json")
    assert response.status_code == 400
    assert says in response.json()[field][0]
    assert snapshot(claim) == before


def test_a_retired_rating_is_refused(fact_checker, claims):
    rating("Mixed").__class__.objects.filter(label="Mixed").update(active=False)
    response = as_user(fact_checker).post(
        url(claims["working"], "verdict"), {"rating": "Mixed", "explanation": "Records."}, format="json"
    )
    assert response.status_code == 400 and "unknown rating 'Mixed'" in response.json()["rating"][0]


def test_a_body_that_is_not_json_is_400(editor, claims):
    response = as_user(editor).post(url(claims["waiting"], "return"), "{not json", content_type="application/json")
    assert response.status_code == 400 and "JSON" in response.json()["detail"]


# --------------------------------------------------------------------------- 401 / 403


@pytest.mark.parametrize("action", ["approve", "return", "verdict"])
def test_api_keys_only_read(api_client, claims, action):
    claim = claims["waiting"] if action != "verdict" else claims["working"]
    before = snapshot(claim)
    response = api_client.post(
        url(claim, action), {"reason": "x", "rating": "False", "explanation": "x"}, format="json"
    )
    assert response.status_code == 403
    assert "read-only" in response.json()["detail"]
    assert snapshot(claim) == before


@pytest.mark.parametrize("action", ["approve", "return", "verdict"])
def test_anonymous_callers_are_asked_to_sign_in(claims, action):
    response = APIClient().post(url(claims["waiting"], action), {"reason": "x"}, format="json")
    assert response.status_code == 401 and "sign in" in response.json()["detail"]


@pytest.mark.parametrize("action", ["approve", "return", "verdict"])
def test_people_without_a_desk_role_are_refused(outsider, claims, action):
    response = as_user(outsider).post(url(claims["waiting"], action), {"reason": "x"}, format="json")
    assert response.status_code == 403


@pytest.mark.parametrize("action", ["approve", "return"])
def test_fact_checkers_cannot_approve_or_return(fact_checker, claims, action):
    claim = claims["waiting"]
    before = snapshot(claim)
    response = as_user(fact_checker).post(url(claim, action), {"reason": "x"}, format="json")
    assert response.status_code == 403 and response.json()["detail"] == "only editors can approve or return verdicts"
    assert snapshot(claim) == before


def test_an_editor_cannot_approve_their_own_proposal(editor, second_editor):
    _, (claim,) = make_article(sentences=("The bridge cost 12 million euros to build.",))
    to_review(claim, editor)  # an editor may take and check a claim too; the proposer is then carol
    before = snapshot(claim)
    response = as_user(editor).post(url(claim, "approve"), {}, format="json")
    assert response.status_code == 403
    assert "a second person must approve it" in response.json()["detail"]
    assert snapshot(claim) == before
    assert as_user(second_editor).post(url(claim, "approve"), {}, format="json").status_code == 200


def test_only_the_assignee_proposes(editor, claims):
    # An editor sees every claim, so this is the service's refusal, not a 404.
    response = as_user(editor).post(
        url(claims["working"], "verdict"), {"rating": "False", "explanation": "x"}, format="json"
    )
    assert response.status_code == 403 and "assigned fact-checker" in response.json()["detail"]


def test_session_calls_need_the_csrf_token(editor, claims):
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(editor)
    response = client.post(url(claims["waiting"], "return"), {"reason": "x"}, format="json")
    assert response.status_code == 403 and "CSRF" in response.json()["detail"]
    client.get("/accounts/login/")  # any page with a form sets the CSRF cookie
    token = client.cookies["csrftoken"].value
    response = client.post(url(claims["waiting"], "return"), {"reason": "x"}, format="json", HTTP_X_CSRFTOKEN=token)
    assert response.status_code == 200, response.content


# --------------------------------------------------------------------------- 404


@pytest.mark.parametrize("action", ["approve", "return", "verdict"])
def test_unknown_claims_are_404(editor, action):
    response = as_user(editor).post(url(999_999, action), {"reason": "x"}, format="json")
    assert response.status_code == 404 and response.json()["detail"] == "no claim 999999"


def test_a_fact_checker_learns_nothing_about_another_persons_claim(fact_checker, claims):
    claim = claims["bobs"]
    before = snapshot(claim)
    response = as_user(fact_checker).post(url(claim, "verdict"), {"rating": "False", "explanation": "x"}, format="json")
    assert response.status_code == 404
    assert snapshot(claim) == before


def test_get_is_not_an_action(editor, claims):
    assert as_user(editor).get(url(claims["waiting"], "approve")).status_code == 405


# --------------------------------------------------------------------------- 409


def test_approving_a_claim_someone_just_returned_is_409(editor, second_editor, claims):
    claim = claims["waiting"]
    services.return_claim(claim=claim, actor=second_editor, reason="not yet")
    before = snapshot(claim)
    response = as_user(editor).post(url(claim, "approve"), {}, format="json")
    assert response.status_code == 409
    assert response.json() == {
        "detail": "cannot move a claim that is in progress to published",
        "workflow_status": "in_progress",
    }
    assert snapshot(claim) == before


def test_returning_a_published_claim_is_409(editor, fact_checker, second_editor, claims):
    claim = claims["working"]
    services.propose_verdict(claim=claim, actor=fact_checker, rating=rating("True"), explanation="Records.")
    services.approve_verdict(claim=claim, actor=second_editor)
    before = snapshot(claim)
    response = as_user(editor).post(url(claim, "return"), {"reason": "too late"}, format="json")
    assert response.status_code == 409 and response.json()["workflow_status"] == "published"
    assert snapshot(claim) == before


def test_proposing_twice_is_409(fact_checker, claims):
    claim = claims["waiting"]
    before = snapshot(claim)
    response = as_user(fact_checker).post(url(claim, "verdict"), {"rating": "True", "explanation": "x"}, format="json")
    assert response.status_code == 409 and response.json()["workflow_status"] == "in_review"
    assert snapshot(claim) == before


def test_approving_twice_is_409_and_records_one_move(editor, second_editor, claims):
    claim = claims["waiting"]
    assert as_user(editor).post(url(claim, "approve"), {}, format="json").status_code == 200
    response = as_user(second_editor).post(url(claim, "approve"), {}, format="json")
    assert response.status_code == 409 and response.json()["workflow_status"] == "published"
    assert [m for m in moves(claim) if m[0] == "in_review"] == [("in_review", "published", "carol", "approved")]


# --------------------------------------------------------------------------- mass assignment


def test_fields_a_caller_may_not_set_are_ignored(editor, second_editor, fact_checker, other_fact_checker, claims):
    forged = {
        "status": "dismissed",
        "workflow_status": "dismissed",
        "assignee": other_fact_checker.pk,
        "approved_by": second_editor.pk,
        "proposed_by": other_fact_checker.pk,
        "state": "approved",
        "published_at": "2020-01-01T00:00:00Z",
        "version": 7,
    }
    response = as_user(fact_checker).post(
        url(claims["working"], "verdict"), {"rating": "False", "explanation": "Records.", **forged}, format="json"
    )
    assert response.status_code == 200, response.content
    verdict = Verdict.objects.get(claim=claims["working"])
    assert (verdict.version, verdict.state, verdict.proposed_by, verdict.approved_by) == (
        1,
        "proposed",
        fact_checker,
        None,
    )
    response = as_user(editor).post(url(claims["waiting"], "approve"), {"note": "ok", **forged}, format="json")
    assert response.status_code == 200, response.content
    claim = claims["waiting"]
    claim.refresh_from_db()
    verdict = Verdict.objects.get(claim=claim)
    assert (claim.status, claim.assignee, verdict.approved_by, verdict.proposed_by) == (
        S.PUBLISHED,
        fact_checker,
        editor,
        fact_checker,
    )
    assert claim.published_at.year != 2020


# --------------------------------------------------------------------------- the services' other refusals


def test_other_workflow_refusals_are_400_with_the_services_message(editor, claims):
    # In review with no proposed verdict cannot happen through the services; the service refuses it
    # with a plain WorkflowError (not a ConflictError), which the API passes on as a 400.
    claim = claims["working"]
    Claim.objects.filter(pk=claim.pk).update(status=S.IN_REVIEW)
    response = as_user(editor).post(url(claim, "approve"), {}, format="json")
    assert response.status_code == 400
    assert response.json() == {"detail": "this claim has no proposed verdict to review"}


# --------------------------------------------------------------------------- the schema


def test_the_schema_documents_the_actions_with_their_409():
    schema = APIClient().get("/api/schema/?format=json").json()
    for action, required in (("approve", []), ("return", ["reason"]), ("verdict", ["explanation", "rating"])):
        operation = schema["paths"][f"/api/v1/claims/{{claim_id}}/{action}"]["post"]
        body = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
        assert schema["components"]["schemas"][body].get("required", []) == required
        assert operation["operationId"] == f"claims_{action}"
        assert {"200", "400", "401", "403", "404", "409"} <= set(operation["responses"])
        assert operation["responses"]["409"]["content"]["application/json"]["schema"]["$ref"].endswith(
            "/WorkflowConflict"
        )
        assert operation["security"] == [{"cookieAuth": []}]
