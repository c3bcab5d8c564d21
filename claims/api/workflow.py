"""The editorial workflow over the API, for desk staff signed in (session with CSRF): approve or
return a proposed verdict (editors), propose a verdict (the fact-checker assigned to the claim).

Each view checks the input, finds the claim and calls the same service the desk calls; the
service decides everything else (two people per published verdict, which status allows what,
one winner when two people act at once). Its refusals map to status codes:
WorkflowPermissionError 403, ConflictError 409 (the claim is no longer in a state that allows
the action, often because someone acted first), any other WorkflowError 400. API keys get 403.
"""

from __future__ import annotations

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import status
from rest_framework.exceptions import NotFound, PermissionDenied, ValidationError
from rest_framework.response import Response

from claims import services
from claims.models import Claim, ClaimTransition
from desk.access import visible_claims

from .permissions import IsDeskMember, IsEditor
from .serializers import (
    ApproveInputSerializer,
    ProposeVerdictInputSerializer,
    ReturnInputSerializer,
    WorkflowConflictSerializer,
    WorkflowStateSerializer,
    workflow_state_to_dict,
)
from .views import ERRORS, BaseApi

SESSION_ONLY = [{"cookieAuth": []}]
RESPONSES = {
    200: WorkflowStateSerializer,
    400: OpenApiResponse(OpenApiTypes.OBJECT, description="Invalid input; the body says which field and why."),
    **ERRORS,
    409: OpenApiResponse(
        WorkflowConflictSerializer,
        description="The claim is no longer in a state that allows this (someone else acted first, or it "
        "was never waiting for it); the body says why and gives the claim's status now.",
    ),
}


class WorkflowActionApi(BaseApi):
    """One workflow action on one claim; subclasses say who may, what input and which service."""

    http_method_names = ["post", "options"]

    def visible(self, request):
        return Claim.objects.all()

    def get_claim(self, request, claim_id: int) -> Claim:
        claim = self.visible(request).select_related("assignee").filter(pk=claim_id).first()
        if claim is None:
            raise NotFound(f"no claim {claim_id}")
        return claim

    def run(self, request, claim_id: int, serializer_class, action, *, done: str) -> Response:
        claim = self.get_claim(request, claim_id)
        payload = serializer_class(data=request.data)
        payload.is_valid(raise_exception=True)
        try:
            action(claim, payload.validated_data)
        except services.ConflictError as exc:
            now = Claim.objects.filter(pk=claim.pk).values_list("status", flat=True).first()
            return Response({"detail": str(exc), "workflow_status": now}, status=status.HTTP_409_CONFLICT)
        except services.WorkflowPermissionError as exc:
            raise PermissionDenied(str(exc)) from None
        except services.WorkflowError as exc:
            raise ValidationError({"detail": str(exc)}) from None
        return Response(self.state(claim.pk, done=done))

    def state(self, claim_id: int, *, done: str) -> dict:
        claim = Claim.objects.select_related("assignee").get(pk=claim_id)
        verdict = claim.verdicts.select_related("rating", "proposed_by", "approved_by").order_by("-version").first()
        transition = ClaimTransition.objects.filter(claim_id=claim_id).select_related("actor").order_by("-id").first()
        return workflow_state_to_dict(claim, verdict=verdict, transition=transition, detail=done)


class ClaimApproveApi(WorkflowActionApi):
    permission_classes = [IsEditor]

    @extend_schema(
        operation_id="claims_approve",
        summary="Approve the claim's proposed verdict and publish it (editors)",
        description=(
            "Desk editors only, signed in (session; send the CSRF token). Never your own proposal: a "
            "second person must approve it (403). 409 if the claim is not waiting for review, e.g. "
            "another editor approved or returned it first. Fields other than `note` are ignored."
        ),
        request=ApproveInputSerializer,
        responses=RESPONSES,
        auth=SESSION_ONLY,
    )
    def post(self, request, claim_id: int):
        return self.run(
            request,
            claim_id,
            ApproveInputSerializer,
            lambda claim, data: services.approve_verdict(claim=claim, actor=request.user, note=data["note"]),
            done="approved: the verdict is published",
        )


class ClaimReturnApi(WorkflowActionApi):
    permission_classes = [IsEditor]

    @extend_schema(
        operation_id="claims_return",
        summary="Return the claim's proposed verdict to the fact-checker, with a reason (editors)",
        description=(
            "Desk editors only, signed in (session; send the CSRF token). `reason` is required. 409 if "
            "the claim is not waiting for review, e.g. another editor approved or returned it first. "
            "Fields other than `reason` are ignored."
        ),
        request=ReturnInputSerializer,
        responses=RESPONSES,
        auth=SESSION_ONLY,
    )
    def post(self, request, claim_id: int):
        return self.run(
            request,
            claim_id,
            ReturnInputSerializer,
            lambda claim, data: services.return_claim(claim=claim, actor=request.user, reason=data["reason"]),
            done="returned to the fact-checker",
        )


class ClaimProposeVerdictApi(WorkflowActionApi):
    permission_classes = [IsDeskMember]

    def visible(self, request):
        # As on the desk: a fact-checker asking for someone else's claim learns nothing about it (404).
        return visible_claims(request.user)

    @extend_schema(
        operation_id="claims_verdict",
        summary="Propose a verdict for review (the fact-checker assigned to the claim)",
        description=(
            "Signed in (session; send the CSRF token) as the desk member the claim is assigned to. "
            "The claim goes to review; an editor other than you approves or returns it. 409 if the "
            "claim is not assigned or in progress (e.g. already in review). Fields other than "
            "`rating` and `explanation` are ignored."
        ),
        request=ProposeVerdictInputSerializer,
        responses=RESPONSES,
        auth=SESSION_ONLY,
    )
    def post(self, request, claim_id: int):
        return self.run(
            request,
            claim_id,
            ProposeVerdictInputSerializer,
            lambda claim, data: services.propose_verdict(
                claim=claim, actor=request.user, rating=data["rating"], explanation=data["explanation"]
            ),
            done="verdict proposed; the claim is waiting for an editor",
        )
