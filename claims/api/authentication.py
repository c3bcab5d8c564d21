"""API keys: "Authorization: Api-Key <prefix>.<secret>", stored hashed by djangorestframework-api-key.

A valid key authenticates as an `ApiConsumer` (not a desk user). A request without credentials
gets 401 with `WWW-Authenticate: Api-Key`; a wrong, revoked or expired key gets 401 saying which;
a signed-in person who is not desk staff gets 403 (see permissions.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from rest_framework import authentication, exceptions
from rest_framework_api_key.models import APIKey
from rest_framework_api_key.permissions import KeyParser

from claims import roles


@dataclass(frozen=True)
class ApiConsumer:
    """Who a request with a valid API key acts as; shaped enough like a user for DRF."""

    key_id: str
    name: str

    is_authenticated = True
    is_anonymous = False
    is_active = True
    is_staff = False
    is_superuser = False

    @property
    def pk(self) -> str:
        return f"key:{self.key_id}"

    def get_username(self) -> str:
        return f"api key {self.name}"

    def __str__(self) -> str:
        return self.get_username()


class ApiKeyAuthentication(authentication.BaseAuthentication):
    keyword = KeyParser.keyword
    parser = KeyParser()

    def authenticate(self, request):
        header = request.META.get("HTTP_AUTHORIZATION", "")
        if not header:
            return None
        keyword, _, _ = header.partition(" ")
        if keyword.lower() != self.keyword.lower():
            return None
        key = (self.parser.get(request) or "").strip()
        if not key:
            raise exceptions.AuthenticationFailed(
                'give the key after "Api-Key ", e.g. "Authorization: Api-Key abc.def"'
            )
        prefix, dot, _ = key.partition(".")
        if not dot:
            raise exceptions.AuthenticationFailed("malformed API key: expected <prefix>.<secret>")
        api_key = APIKey.objects.filter(prefix=prefix).first()
        if api_key is None or not api_key.is_valid(key):
            raise exceptions.AuthenticationFailed("invalid API key")
        if api_key.revoked:
            raise exceptions.AuthenticationFailed("this API key has been revoked")
        if api_key.has_expired:
            raise exceptions.AuthenticationFailed("this API key has expired")
        return ApiConsumer(key_id=api_key.pk, name=api_key.name), api_key

    def authenticate_header(self, request) -> str:
        return f'{self.keyword} realm="api"'


def is_consumer(request) -> bool:
    return isinstance(getattr(request, "auth", None), APIKey)


def is_staff(request) -> bool:
    """Desk staff for the API: editors and superusers, signed in. A fact-checker is not: the API
    would show them every unpublished claim with its evidence (the desk shows them their own only)
    and let them ingest articles and manage every consumer's webhooks."""
    user = getattr(request, "user", None)
    return bool(
        not is_consumer(request)
        and user is not None
        and user.is_authenticated
        and user.is_active
        and roles.is_editor(user)
    )
