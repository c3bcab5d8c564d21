"""An index for the API's source list at 1,000,000 claims (measured with bench/scale.py).

- claims_source (updated_at, id): the list's cursor order. The list keeps the sources of published
  claims (an EXISTS per source); walking the sources in this order, PostgreSQL checks them one by
  one until the page is full, instead of checking every source in the registry and sorting.

PostgreSQL only, built CONCURRENTLY like 0007; elsewhere (SQLite) this migration does nothing. The
model does not declare it (no AddIndex), so makemigrations leaves it alone.
"""

from django.db import migrations

from ._concurrent_indexes import concurrent_indexes

INDEXES = {
    "source_sync_idx": "claims_source (updated_at, id)",
}


create, drop = concurrent_indexes(INDEXES)


class Migration(migrations.Migration):
    atomic = False  # CREATE INDEX CONCURRENTLY cannot run inside a transaction

    dependencies = [("claims", "0007_desk_scale_indexes")]

    operations = [migrations.RunPython(create, drop)]
