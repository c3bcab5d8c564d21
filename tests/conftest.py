"""People on the desk as fixtures; articles and claims come from tests/factories.py."""

import pytest
from django.contrib.auth.models import Group

from claims import roles

from .factories import UserFactory


@pytest.fixture(autouse=True)
def desk_groups_and_scale(request):
    """Transactional tests flush every table, data-migration rows included; put them back."""
    uses_db = {"db", "transactional_db", "live_server"} & set(request.fixturenames)
    if uses_db or request.node.get_closest_marker("django_db"):
        from claims.bootstrap import ensure_groups_and_scale

        ensure_groups_and_scale()


def _member(username: str, group: str | None, **extra):
    user = UserFactory(username=username, **extra)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def fact_checker(db):
    return _member("alice", roles.FACT_CHECKERS, is_staff=True)


@pytest.fixture
def other_fact_checker(db):
    return _member("bob", roles.FACT_CHECKERS, is_staff=True)


@pytest.fixture
def editor(db):
    return _member("carol", roles.EDITORS, is_staff=True)


@pytest.fixture
def second_editor(db):
    return _member("dave", roles.EDITORS, is_staff=True)


@pytest.fixture
def outsider(db):
    return _member("mallory", None)


@pytest.fixture
def superuser(db):
    return _member("root", None, is_staff=True, is_superuser=True)
