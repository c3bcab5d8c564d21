"""The desk's two groups with their permissions, and the default verdict scale."""

from django.db import migrations

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


def create(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations; the groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, table in (("fact-checkers", FACT_CHECKER_PERMS), ("editors", EDITOR_PERMS)):
        group, _ = Group.objects.get_or_create(name=group_name)
        for model, actions in table.items():
            for action in actions:
                perm = Permission.objects.get(content_type__app_label="claims", codename=f"{action}_{model}")
                group.permissions.add(perm)
    VerdictRating = apps.get_model("claims", "VerdictRating")
    for order, (label, value, description) in enumerate(SCALE, start=1):
        VerdictRating.objects.get_or_create(
            label=label, defaults={"rating_value": value, "description": description, "order": order}
        )


def remove(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["fact-checkers", "editors"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create, remove)]
