"""Who may do what on the desk. Groups are created by migration 0002."""

from __future__ import annotations

FACT_CHECKERS = "fact-checkers"
EDITORS = "editors"


def _in_group(user, name: str) -> bool:
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    cache = getattr(user, "_verify_group_names", None)
    if cache is None:
        cache = set(user.groups.values_list("name", flat=True))
        user._verify_group_names = cache
    return name in cache


def is_editor(user) -> bool:
    return bool(user is not None and user.is_authenticated and user.is_active and user.is_superuser) or _in_group(
        user, EDITORS
    )


def is_fact_checker(user) -> bool:
    return _in_group(user, FACT_CHECKERS)


def has_desk_role(user) -> bool:
    return is_editor(user) or is_fact_checker(user)
