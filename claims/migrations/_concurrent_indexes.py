"""PostgreSQL-only indexes built without blocking writes, for migrations that set `atomic = False`.

Django's migration loader skips modules whose name starts with "_", so this is a helper, not a
migration. SQLite (the embedded default) gets none of these indexes: its tables stay small.
"""


def concurrent_indexes(indexes: dict[str, str]):
    """(create, drop) functions for RunPython: `indexes` maps an index name to "table (columns) ..."."""

    def create(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        with schema_editor.connection.cursor() as cursor:
            for name, definition in indexes.items():
                cursor.execute(f"CREATE INDEX CONCURRENTLY IF NOT EXISTS {name} ON {definition}")

    def drop(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        with schema_editor.connection.cursor() as cursor:
            for name in indexes:
                cursor.execute(f"DROP INDEX CONCURRENTLY IF EXISTS {name}")

    return create, drop
