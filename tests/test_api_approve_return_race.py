"""Approve and return pressed at the same moment on one claim, through the API: exactly one 200,
the other 409 with the claim's new status, and one transition out of review, by the winner.

Two threads, each with its own client and its own database connection, released together by a
barrier (the helper the service-level race test in tests/faults uses). Needs PostgreSQL.
"""

import pytest
from django.db import connection
from rest_framework.test import APIClient

from claims.models import Claim, ClaimTransition, Verdict
from desk.testing import make_article, to_review

from .api_factories import *  # noqa: F403
from .faults.test_concurrent_review import _race

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs PostgreSQL: SQLite serialises all writers and its in-memory test database is not shared "
        "between threads, so two requests cannot race; run with DATABASE_URL=postgres://...",
    ),
    pytest.mark.django_db(transaction=True),
]
ROUNDS = 12


def _signed_in(user) -> APIClient:
    client = APIClient()
    client.force_login(user)
    return client


def test_approve_and_return_at_once_answer_one_200_and_one_409(fact_checker, editor, second_editor):
    approver, returner = _signed_in(editor), _signed_in(second_editor)
    for round_ in range(ROUNDS):
        _, (claim,) = make_article(
            sentences=(f"The bridge cost {round_ + 12} million euros to build.",), title=f"Bridge costs, part {round_}"
        )
        to_review(claim, fact_checker)
        url = f"/api/v1/claims/{claim.pk}/"
        approve, give_back = _race(
            lambda u=url: approver.post(u + "approve", {"note": "solid"}, format="json"),
            lambda u=url: returner.post(u + "return", {"reason": "cite the budget"}, format="json"),
        )
        assert approve[0] == give_back[0] == "ok", (approve, give_back)  # no exception, no 5xx raised
        statuses = (approve[1].status_code, give_back[1].status_code)
        assert sorted(statuses) == [200, 409], (statuses, approve[1].content, give_back[1].content)

        claim.refresh_from_db()
        winner, loser = (approve[1], give_back[1]) if statuses[0] == 200 else (give_back[1], approve[1])
        assert winner.json()["workflow_status"] == claim.status
        assert loser.json()["workflow_status"] == claim.status and loser.json()["detail"].startswith("cannot move")

        moves = ClaimTransition.objects.filter(claim=claim, from_status=Claim.Status.IN_REVIEW)
        assert moves.count() == 1
        verdict = Verdict.objects.get(claim=claim)
        if statuses[0] == 200:
            assert (claim.status, verdict.state, verdict.approved_by) == ("published", "approved", editor)
            assert (moves.get().to_status, moves.get().actor) == ("published", editor)
        else:
            assert (claim.status, verdict.state, verdict.approved_by) == ("in_progress", "returned", None)
            assert (moves.get().to_status, moves.get().actor) == ("in_progress", second_editor)
