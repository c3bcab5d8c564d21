"""Schemathesis over the workflow actions, signed in as an editor: no 5xx, responses match the schema.

tests/test_api_schema_fuzz.py fuzzes every operation with an API key, which these actions refuse
(403) before reading the body; here the bodies reach the serializers and the services. The claims
are put back in review (or in progress) before each example, so that valid input can succeed.
"""

import pytest
import schemathesis
from django.core.wsgi import get_wsgi_application
from django.test import Client
from django.utils.crypto import get_random_string
from hypothesis import HealthCheck, settings

from claims import services
from claims.models import Claim, Verdict
from desk.testing import make_article, to_review

from .api_factories import *  # noqa: F403
from .test_api_schema_fuzz import CHECKS, keep_test_connection  # noqa: F401 (a fixture)

S = Claim.Status
schema = schemathesis.openapi.from_wsgi("/api/schema/?format=json", get_wsgi_application()).include(
    operation_id=["claims_approve", "claims_return", "claims_verdict"]
)


@pytest.fixture
def desk(db, editor, fact_checker, keep_test_connection):  # noqa: F811
    _, (waiting, own) = make_article(
        sentences=("The bridge cost 12 million euros to build.", "The stadium holds 40,000 people.")
    )
    to_review(waiting, fact_checker)
    services.assign_claim(claim=own, assignee=editor, actor=editor)  # editors may check claims too
    client = Client()
    client.force_login(editor)
    token = get_random_string(32)  # a CSRF secret, sent as the cookie and the header, as a browser would
    cookies = {"sessionid": client.cookies["sessionid"].value, "csrftoken": token}
    return {"cookies": cookies, "headers": {"X-CSRFToken": token}, "waiting": waiting, "own": own}


def reset(desk) -> None:
    Claim.objects.filter(pk=desk["waiting"].pk).update(status=S.IN_REVIEW, published_at=None)
    Verdict.objects.filter(claim=desk["waiting"]).update(
        state=Verdict.State.PROPOSED, approved_by=None, approved_at=None, review_note=""
    )
    Claim.objects.filter(pk=desk["own"].pk).update(status=S.ASSIGNED)
    Verdict.objects.filter(claim=desk["own"]).delete()


@pytest.mark.django_db
@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_workflow_actions_match_their_schema_as_an_editor(case, desk):
    reset(desk)
    claim = desk["own"] if case.operation.path.endswith("/verdict") else desk["waiting"]
    case.path_parameters = {"claim_id": claim.pk}
    case.cookies = {**(case.cookies or {}), **desk["cookies"]}
    body = case.body
    rating = body.get("rating") if isinstance(body, dict) else None
    if claim == desk["own"] and isinstance(rating, str) and len(rating) % 2:
        # The scale is data, not an enum in the schema: give half the examples a real rating so that
        # the explanation is what gets fuzzed and valid proposals reach the service.
        case.body = {**body, "rating": "mostly false"}
    response = case.call_and_validate(headers=desk["headers"], checks=CHECKS)
    if case.method == "POST":  # signed in with the CSRF token, on a claim that exists: past those checks
        assert response.status_code not in (401, 403, 404), response.text
