"""A trigram index for claim matching's text prefilter (`text__icontains`, i.e. UPPER(text) LIKE).

PostgreSQL only; elsewhere (SQLite) this migration does nothing. If the pg_trgm extension cannot
be created (no privilege), the index is skipped with a message: matching still works, slower.
"""

from django.db import migrations, transaction

INDEX = "claim_text_upper_trgm_idx"


def create(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    try:
        with transaction.atomic(using=connection.alias):
            with connection.cursor() as cursor:
                cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except Exception as exc:  # no privilege to create extensions: keep the desk working
        print(f"\n  skipped {INDEX}: could not enable pg_trgm ({exc.__class__.__name__}: {exc})")
        return
    with connection.cursor() as cursor:
        cursor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON claims_claim USING gin (UPPER(text::text) gin_trgm_ops)"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("claims", "0003_article_fetching_status")]

    operations = [migrations.RunPython(create, drop)]
