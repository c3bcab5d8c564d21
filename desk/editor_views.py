"""The editor's side: articles and their progress, the review queue, assignment, the dashboard."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from claims import selectors as claim_selectors
from claims import services
from claims.models import Article, Claim

from . import forms, selectors
from .access import editor_required, get_claim_for
from .pagination import EstimatedCount
from .views import _sentence, act, claim_url, paginate, render_claim

S = Claim.Status


@require_GET
@editor_required
def articles(request):
    page = paginate(request, selectors.articles_overview())
    articles = selectors.article_counts(ids=[a.pk for a in page.object_list])
    rows = [{"article": a, "segments": selectors.progress_segments(a)} for a in articles]
    return render(request, "desk/articles.html", {"page": page, "rows": rows, "now": timezone.now()})


@require_GET
@editor_required
def article_detail(request, pk: int):
    article = get_object_or_404(Article, pk=pk)
    progress = claim_selectors.article_progress(article=article)
    claims = list(selectors.article_claims(article=article))
    for claim in claims:
        versions = sorted(claim.verdicts.all(), key=lambda v: v.version)
        claim.latest_verdict = versions[-1] if versions else None
        claim.source_names = [a.source.name for a in claim.attributions.all()]
    return render(
        request,
        "desk/article.html",
        {
            "article": article,
            "claims": claims,
            "progress": progress,
            "segments": selectors.progress_segments(progress),
            "status": claim_selectors.article_status(article=article),
        },
    )


@require_GET
@editor_required
def review_queue(request):
    page = paginate(request, selectors.review_queue())
    for claim in page.object_list:
        pending = [v for v in claim.verdicts.all() if v.state == "proposed"]
        claim.pending_verdict = max(pending, key=lambda v: v.version) if pending else None
    return render(request, "desk/review.html", {"page": page})


def _editor_claim(request, pk: int) -> Claim:
    return get_claim_for(request.user, pk)


def _next_after_review(request, claim: Claim) -> str:
    return reverse("desk:review") if request.POST.get("next") == "review" else claim_url(claim)


@require_POST
@editor_required
def claim_approve(request, pk: int):
    claim = _editor_claim(request, pk)
    form = forms.ApproveForm(request.POST, prefix="approve")
    note = form.cleaned_data["note"] if form.is_valid() else ""
    return act(
        request,
        claim,
        lambda: services.approve_verdict(claim=claim, actor=request.user, note=note),
        success="Approved: the verdict is published.",
        next_url=_next_after_review(request, claim),
    )


@require_POST
@editor_required
def claim_return(request, pk: int):
    claim = _editor_claim(request, pk)
    form = forms.ReasonForm(request.POST, prefix="return")
    if not form.is_valid():
        return render_claim(request, claim, status=400, return_form=form)
    return act(
        request,
        claim,
        lambda: services.return_claim(claim=claim, actor=request.user, reason=form.cleaned_data["reason"]),
        success="Returned to the fact-checker with your reason.",
        next_url=_next_after_review(request, claim),
    )


@require_POST
@editor_required
def claim_dismiss(request, pk: int):
    claim = _editor_claim(request, pk)
    form = forms.ReasonForm(request.POST, prefix="dismiss")
    if not form.is_valid():
        return render_claim(request, claim, status=400, dismiss_form=form)
    return act(
        request,
        claim,
        lambda: services.dismiss_claim(claim=claim, actor=request.user, reason=form.cleaned_data["reason"]),
        success="Claim dismissed.",
        next_url=_next_after_review(request, claim),
    )


@require_POST
@editor_required
def claim_reopen(request, pk: int):
    claim = _editor_claim(request, pk)
    form = forms.ReasonForm(request.POST, prefix="reopen")
    if not form.is_valid():
        return render_claim(request, claim, status=400, reopen_form=form)
    return act(
        request,
        claim,
        lambda: services.reopen_claim(claim=claim, actor=request.user, reason=form.cleaned_data["reason"]),
        success="Reopened for a correction; the published verdict stays in the history.",
    )


@require_POST
@editor_required
def claim_assign(request, pk: int):
    claim = _editor_claim(request, pk)
    form = forms.AssignForm(request.POST)
    if not form.is_valid():
        return render_claim(request, claim, status=400, assign_form=form)
    data = form.cleaned_data
    return act(
        request,
        claim,
        lambda: services.assign_claim(
            claim=claim,
            assignee=data["assignee"],
            actor=request.user,
            deadline=data.get("deadline"),
            reason=f"assigned to {data['assignee'].get_username()} by {request.user.get_username()}",
        ),
        success=f"Assigned to {data['assignee'].get_username()}.",
    )


@require_POST
@editor_required
def bulk_assign(request):
    form = forms.BulkAssignForm(request.POST, prefix="bulk")
    back = request.POST.get("next") or reverse("desk:unassigned")
    if not back.startswith("/desk/"):
        back = reverse("desk:unassigned")
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, _sentence(error))
        return redirect(back)
    data = form.cleaned_data
    try:
        result = services.bulk_assign(
            claims=data["claims"].order_by("id"),
            assignee=data["assignee"],
            actor=request.user,
            deadline=data.get("deadline"),
        )
    except services.ServiceError as exc:
        messages.error(request, _sentence(str(exc)))
        return redirect(back)
    if result.assigned:
        messages.success(request, f"{len(result.assigned)} claim(s) assigned to {data['assignee'].get_username()}.")
    for claim, reason in result.refused:
        messages.warning(request, f"Claim {claim.pk} was not assigned: {reason}.")
    return redirect(back)


def _total(counts) -> int | EstimatedCount:
    counts = list(counts)
    total = sum(int(n) for n in counts)
    return EstimatedCount(total) if any(isinstance(n, EstimatedCount) for n in counts) else total


@require_GET
@editor_required
def dashboard(request):
    per_status = selectors.claims_per_status()
    bar_width, row_height = 320, 30
    chart = [
        {**row, "y": i * row_height, "width": w, "value_x": round(126 + w, 1)}
        for i, row in enumerate(per_status)
        for w in [round(bar_width * row["percent"] / 100, 1)]
    ]
    return render(
        request,
        "desk/dashboard.html",
        {
            "per_status": per_status,
            "chart": chart,
            "chart_height": len(chart) * row_height,
            "chart_bar_width": bar_width,
            "total": _total(row["count"] for row in per_status),
            "median_days": selectors.MEDIAN_WINDOW.days,
            "state_times": selectors.median_time_in_state(since=timezone.now() - selectors.MEDIAN_WINDOW),
            "throughput": selectors.throughput_per_fact_checker(days=30),
            "overdue": selectors.overdue_claims().count(),
        },
    )
