"""Who may call the API: API-key consumers and desk staff (by session). 401 means "say who you
are" (no or bad credentials); 403 means "we know who you are and the answer is no"."""

from __future__ import annotations

from rest_framework import exceptions, permissions

from claims import roles

from .authentication import is_consumer, is_staff


class IsConsumerOrStaff(permissions.BasePermission):
    message = "this API is for API-key consumers and desk staff; your account is neither"

    def has_permission(self, request, view) -> bool:
        if is_consumer(request) or is_staff(request):
            return True
        if not (request.user and request.user.is_authenticated):
            raise exceptions.NotAuthenticated(
                'authentication required: send "Authorization: Api-Key <key>" or sign in as desk staff'
            )
        return False


class IsStaff(permissions.BasePermission):
    message = "only desk staff may do this"

    def has_permission(self, request, view) -> bool:
        if is_staff(request):
            return True
        if not (request.user and request.user.is_authenticated):
            raise exceptions.NotAuthenticated("authentication required: sign in as desk staff")
        return False


class _DeskActor(permissions.BasePermission):
    """A signed-in desk member acting through their session; API keys only read."""

    consumer_message = "API keys are read-only; workflow actions need a desk member signed in (session)"

    def allows(self, user) -> bool:  # pragma: no cover - each subclass says who
        raise NotImplementedError

    def has_permission(self, request, view) -> bool:
        if is_consumer(request):
            raise exceptions.PermissionDenied(self.consumer_message)
        if not (request.user and request.user.is_authenticated):
            raise exceptions.NotAuthenticated("authentication required: sign in on the desk")
        return self.allows(request.user)


class IsEditor(_DeskActor):
    message = "only editors can approve or return verdicts"

    def allows(self, user) -> bool:
        return roles.is_editor(user)


class IsDeskMember(_DeskActor):
    message = "only fact-checkers and editors on the desk can do this"

    def allows(self, user) -> bool:
        return roles.has_desk_role(user)
