"""Who sees what on the desk. Every view goes through one of these; object checks live here.

- Nobody without a role sees anything (403).
- A fact-checker sees claims assigned to them and unassigned new claims; anything else is 404,
  so that asking for another person's claim by id tells nothing about it.
- Editors (and superusers) see everything.
"""

from __future__ import annotations

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.db.models import Q, QuerySet
from django.shortcuts import get_object_or_404, render

from claims import roles
from claims.models import Claim


def _forbidden(request, message: str):
    return render(request, "desk/forbidden.html", {"message": message}, status=403)


def desk_member_required(view):
    """Signed in and in the fact-checkers or editors group."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not roles.has_desk_role(request.user):
            return _forbidden(request, "Your account has no role on the desk yet. Ask an editor to add you.")
        return view(request, *args, **kwargs)

    return wrapper


def editor_required(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not roles.is_editor(request.user):
            if roles.has_desk_role(request.user):
                return _forbidden(request, "This page is for editors.")
            return _forbidden(request, "Your account has no role on the desk yet. Ask an editor to add you.")
        return view(request, *args, **kwargs)

    return wrapper


def visible_claims(user) -> QuerySet[Claim]:
    """The claims this person may open."""
    if roles.is_editor(user):
        return Claim.objects.all()
    if roles.is_fact_checker(user):
        return Claim.objects.filter(Q(assignee=user) | Q(status=Claim.Status.NEW, assignee__isnull=True))
    return Claim.objects.none()


def get_claim_for(user, pk: int, *, related: tuple[str, ...] = ()) -> Claim:
    """The claim if this person may see it, else 404 (never 403: no hint that it exists)."""
    return get_object_or_404(visible_claims(user).select_related("article", "assignee", *related), pk=pk)
