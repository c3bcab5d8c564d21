"""The desk's groups with their permissions and the default verdict scale.

Used by migration 0002 (with the historical app registry) and by `seed_demo` and the test
suite (with the live one), so a desk whose tables were flushed can be set up again.
"""

from __future__ import annotations

FACT_CHECKER_PERMS = {
    "article": ["view"],
    "claim": ["view", "change"],
    "attribution": ["view"],
    "source": ["view"],
    "sourcealias": ["view"],
    "claimtransition": ["view"],
    "verdict": ["view"],
    "verdictrating": ["view"],
    "evidence": ["view", "add"],
    "claimnote": ["view", "add"],
}
EDITOR_PERMS = {
    "article": ["view", "add"],
    "claim": ["view", "change"],
    "attribution": ["view"],
    "source": ["view", "change"],
    "sourcealias": ["view", "add", "change", "delete"],
    "sourcemerge": ["view"],
    "claimtransition": ["view"],
    "verdict": ["view"],
    "verdictrating": ["view"],
    "evidence": ["view", "add"],
    "claimnote": ["view", "add"],
    "deskprofile": ["view", "change"],
}
SCALE = [
    ("False", 1, "The claim is inaccurate."),
    ("Mostly false", 2, "The claim has an element of truth but ignores facts that would give a different impression."),
    ("Mixed", 3, "The claim is partly accurate and partly inaccurate."),
    ("Mostly true", 4, "The claim is accurate but needs clarification or additional information."),
    ("True", 5, "The claim is accurate."),
    ("Unverifiable", None, "The claim cannot be independently verified with the evidence available."),
]


def ensure_groups_and_scale(apps=None) -> None:
    if apps is None:
        from django.apps import apps
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        if app_config.label in ("claims", "auth", "contenttypes"):
            # create_permissions skips app configs without a models module; historical
            # (migration) app configs have none, so lend them one for the call.
            models_module = getattr(app_config, "models_module", None)
            app_config.models_module = models_module or True
            create_permissions(app_config, apps=apps, verbosity=0)
            app_config.models_module = models_module
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, table in (("fact-checkers", FACT_CHECKER_PERMS), ("editors", EDITOR_PERMS)):
        group, _ = Group.objects.get_or_create(name=group_name)
        wanted = [
            Permission.objects.get(content_type__app_label="claims", codename=f"{action}_{model}")
            for model, actions in table.items()
            if _exists(apps, model)  # an early migration runs before later models exist
            for action in actions
        ]
        group.permissions.add(*wanted)
    VerdictRating = apps.get_model("claims", "VerdictRating")
    for order, (label, value, description) in enumerate(SCALE, start=1):
        VerdictRating.objects.get_or_create(
            label=label, defaults={"rating_value": value, "description": description, "order": order}
        )


def _exists(apps, model: str) -> bool:
    try:
        apps.get_model("claims", model)
    except LookupError:
        return False
    return True
