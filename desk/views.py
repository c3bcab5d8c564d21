"""The fact-checker's desk: queues, "take next", and the claim page with its actions.

Views are thin: check who is asking, parse a form, call a service or a selector, render.
"""

from __future__ import annotations

import logging

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from claims import roles, services
from claims import selectors as claim_selectors
from claims.models import Claim, Verdict

from . import forms, selectors
from . import services as desk_services
from .access import desk_member_required, get_claim_for
from .highlight import highlighted_text
from .pagination import capped_count, capped_page

logger = logging.getLogger(__name__)
S = Claim.Status
PAGE_SIZE = 25


def paginate(request, queryset, per_page: int = PAGE_SIZE):
    """A page that fetches per_page + 1 rows and counts at most 1,001 (see desk.pagination)."""
    return capped_page(queryset, request.GET.get("page"), per_page=per_page)


def claim_url(claim) -> str:
    return reverse("desk:claim", args=[claim.pk])


def act(request, claim: Claim, action, *, success: str, next_url: str | None = None):
    """Run a service call for a POST; its refusal becomes a message, a lost race a 409 page."""
    try:
        action()
    except services.ConflictError as exc:
        return render(
            request,
            "desk/conflict.html",
            {"claim": claim, "message": str(exc), "next_url": next_url or claim_url(claim)},
            status=409,
        )
    except services.ServiceError as exc:
        messages.error(request, _sentence(str(exc)))
    else:
        messages.success(request, success)
    return redirect(next_url or claim_url(claim))


def _sentence(text: str) -> str:
    text = text.strip()
    return (text[:1].upper() + text[1:]).rstrip(".") + "."


# --------------------------------------------------------------------------- queues


@require_GET
@desk_member_required
def home(request):
    user = request.user
    page = paginate(request, selectors.my_queue(user=user))
    context = {
        "page": page,
        "in_review": selectors.my_claims_in_review(user=user)[:20],
        "unassigned_count": capped_count(Claim.objects.filter(status=S.NEW, assignee__isnull=True)),
        "is_fact_checker": roles.is_fact_checker(user),
        "is_editor": roles.is_editor(user),
    }
    if context["is_editor"]:
        context["review_count"] = capped_count(Claim.objects.filter(status=S.IN_REVIEW))
    return render(request, "desk/home.html", context)


@require_GET
@desk_member_required
def unassigned(request):
    form = forms.UnassignedFilterForm(request.GET or None)
    filters = form.filters() if request.GET else {}
    page = paginate(request, selectors.unassigned_claims(**{k: v for k, v in filters.items() if v is not None}))
    is_editor = roles.is_editor(request.user)
    return render(
        request,
        "desk/unassigned.html",
        {
            "form": form,
            "page": page,
            "filtered": any(v is not None for v in filters.values()),
            "article_filter": filters.get("article_id"),
            "article_filter_title": form.article_title,
            "is_fact_checker": roles.is_fact_checker(request.user),
            "is_editor": is_editor,
            "assign_form": forms.AssignForm(prefix="bulk") if is_editor else None,
        },
    )


@require_POST
@desk_member_required
def take_next(request):
    form = forms.TakeNextForm(request.POST)
    article_id = form.cleaned_data.get("article") if form.is_valid() else None
    try:
        claim = services.take_next_claim(user=request.user, article_id=article_id)
    except services.ServiceError as exc:
        messages.error(request, _sentence(str(exc)))
        return redirect("desk:unassigned")
    if claim is None:
        messages.info(request, "Nothing left to take: every claim is assigned. Check back after the next article.")
        return redirect("desk:unassigned")
    messages.success(request, f"Claim {claim.pk} is yours now.")
    return redirect(claim_url(claim))


# --------------------------------------------------------------------------- the claim page


def _similar_claims(claim: Claim) -> list:
    try:
        from claims.matching import similar_claims
    except ImportError:
        return []
    try:
        return list(similar_claims(claim=claim, limit=5))
    except Exception:  # matching is optional; the claim page must not fail because of it
        logger.exception("claim %s: similar claims failed", claim.pk)
        return []


def _sources(claim: Claim) -> list[dict]:
    rows = []
    for attribution in claim.attributions.select_related("source").order_by("ordinal"):
        rows.append(
            {
                "attribution": attribution,
                "source": attribution.source,
                "track_record": claim_selectors.source_track_record(source=attribution.source),
                "other_descriptors": [
                    d
                    for d in claim_selectors.source_descriptors(source=attribution.source)[:5]
                    if d != attribution.descriptor
                ],
            }
        )
    return rows


def claim_context(request, claim: Claim, **bound_forms) -> dict:
    user = request.user
    is_editor = roles.is_editor(user)
    is_assignee = claim.assignee_id == user.pk
    verdicts = list(claim.verdicts.select_related("rating", "proposed_by", "approved_by").order_by("-version"))
    pending = next((v for v in verdicts if v.state == Verdict.State.PROPOSED), None)
    article_claims = list(claim.article.claims.only("pk", "start", "end", "ordinal").order_by("start"))
    open_for_work = claim.status in (S.ASSIGNED, S.IN_PROGRESS)
    can_work = open_for_work and (is_assignee or is_editor)
    context = {
        "claim": claim,
        "article": claim.article,
        "article_html": highlighted_text(text=claim.article.original_text, current=claim, claims=article_claims),
        "article_claim_count": len(article_claims),
        "sources": _sources(claim),
        "similar": _similar_claims(claim),
        "evidence": claim.evidence.select_related("added_by"),
        "notes": claim.notes.select_related("author"),
        "transitions": claim.transitions.select_related("actor"),
        "verdicts": verdicts,
        "pending_verdict": pending,
        "is_editor": is_editor,
        "is_assignee": is_assignee,
        "can_take": roles.is_fact_checker(user) and claim.status == S.NEW and claim.assignee_id is None,
        "can_start": is_assignee and claim.status == S.ASSIGNED,
        "can_work": can_work,
        "can_propose": is_assignee and open_for_work,
        "can_review": is_editor and claim.status == S.IN_REVIEW and pending is not None,
        "own_proposal": pending is not None and pending.proposed_by_id == user.pk,
        "can_dismiss": is_editor and claim.status in (S.NEW, S.ASSIGNED, S.IN_PROGRESS, S.IN_REVIEW),
        "can_reopen": is_editor and claim.status == S.PUBLISHED,
        "can_assign": is_editor and claim.status in (S.NEW, S.ASSIGNED, S.IN_PROGRESS),
        "evidence_form": bound_forms.get("evidence_form") or forms.EvidenceForm(),
        "note_form": bound_forms.get("note_form") or forms.NoteForm(),
        "propose_form": bound_forms.get("propose_form") or forms.ProposeVerdictForm(),
        "approve_form": forms.ApproveForm(prefix="approve"),
        "return_form": bound_forms.get("return_form") or forms.ReasonForm(prefix="return"),
        "dismiss_form": bound_forms.get("dismiss_form") or forms.ReasonForm(prefix="dismiss"),
        "reopen_form": bound_forms.get("reopen_form") or forms.ReasonForm(prefix="reopen"),
    }
    if context["can_assign"]:
        context["assign_form"] = bound_forms.get("assign_form") or forms.AssignForm(
            initial={"assignee": claim.assignee_id}
        )
    return context


def render_claim(request, claim: Claim, status: int = 200, **bound_forms):
    if bound_forms:
        messages.error(request, "Please correct the form below.")
    return render(request, "desk/claim.html", claim_context(request, claim, **bound_forms), status=status)


@require_GET
@desk_member_required
def claim_detail(request, pk: int):
    claim = get_claim_for(request.user, pk)
    return render_claim(request, claim)


@require_POST
@desk_member_required
def claim_take(request, pk: int):
    claim = get_claim_for(request.user, pk)
    return act(
        request,
        claim,
        lambda: services.assign_claim(claim=claim, assignee=request.user, actor=request.user, reason="took this claim"),
        success="The claim is yours now.",
    )


@require_POST
@desk_member_required
def claim_start(request, pk: int):
    claim = get_claim_for(request.user, pk)
    return act(request, claim, lambda: services.start_claim(claim=claim, actor=request.user), success="Work started.")


@require_POST
@desk_member_required
def claim_add_evidence(request, pk: int):
    claim = get_claim_for(request.user, pk)
    form = forms.EvidenceForm(request.POST)
    if not form.is_valid():
        return render_claim(request, claim, status=400, evidence_form=form)
    data = form.cleaned_data
    return act(
        request,
        claim,
        lambda: desk_services.add_evidence(
            claim=claim,
            actor=request.user,
            url=data["url"],
            archive_url=data["archive_url"],
            note=data["note"],
            stance=data["stance"],
        ),
        success="Evidence added to the ledger.",
        next_url=claim_url(claim) + "#evidence",
    )


@require_POST
@desk_member_required
def claim_add_note(request, pk: int):
    claim = get_claim_for(request.user, pk)
    form = forms.NoteForm(request.POST)
    if not form.is_valid():
        return render_claim(request, claim, status=400, note_form=form)
    return act(
        request,
        claim,
        lambda: services.add_note(claim=claim, actor=request.user, body=form.cleaned_data["body"]),
        success="Note added.",
        next_url=claim_url(claim) + "#notes",
    )


@require_POST
@desk_member_required
def claim_propose(request, pk: int):
    claim = get_claim_for(request.user, pk)
    form = forms.ProposeVerdictForm(request.POST)
    if not form.is_valid():
        return render_claim(request, claim, status=400, propose_form=form)
    data = form.cleaned_data
    return act(
        request,
        claim,
        lambda: services.propose_verdict(
            claim=claim, actor=request.user, rating=data["rating"], explanation=data["explanation"]
        ),
        success=f"Verdict “{data['rating']}” proposed; the claim is waiting for an editor.",
    )


# --------------------------------------------------------------------------- settings


@require_http_methods(["GET", "POST"])
@desk_member_required
def desk_settings(request):
    profile = services.ensure_profile(user=request.user)
    if request.method == "POST":
        form = forms.DeskSettingsForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            services.update_desk_profile(
                user=request.user,
                email_notifications=data["email_notifications"],
                languages=data["languages"],
                auto_assign=data["auto_assign"],
            )
            messages.success(request, "Settings saved.")
            return redirect("desk:settings")
        status = 400
    else:
        form = forms.DeskSettingsForm(
            initial={
                "email_notifications": profile.email_notifications,
                "auto_assign": profile.auto_assign,
                "languages": ", ".join(profile.languages or []),
            }
        )
        status = 200
    return render(
        request,
        "desk/settings.html",
        {
            "form": form,
            "profile": profile,
            "has_email": bool(request.user.email),
            "is_fact_checker": roles.is_fact_checker(request.user),
        },
        status=status,
    )
