"""The desk's two groups with their permissions, and the default verdict scale."""

from django.db import migrations


def create(apps, schema_editor):
    from claims.bootstrap import ensure_groups_and_scale

    ensure_groups_and_scale(apps)


def remove(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["fact-checkers", "editors"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create, remove)]
