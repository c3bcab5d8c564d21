"""Indexes the desk's screens need at 1,000,000 claims (measured with bench/scale.py).

- claims_attribution (source_id, claim_id) INCLUDE (descriptor): the Unassigned queue's source
  filter (a claim's source found without reading the attribution), a source's track record and
  its descriptors (index-only reads of one source's attributions);
- claims_verdict (claim_id) INCLUDE (rating_id) WHERE state = 'approved': track records read a
  claim's approved verdict from the index (the planner had chosen to read every verdict);
- claims_verdict (approved_at) INCLUDE (proposed_by_id) WHERE approved_at IS NOT NULL: the
  dashboard's verdicts approved per fact-checker in the last 30 days;
- claims_claimtransition (from_status, created_at, id): the dashboard's median time in each
  state reads the most recent stays that ended in one status;
- claims_article (created_at, id): the articles overview's order (newest first), so a deep
  page skips ids in the index alone.

PostgreSQL only (INCLUDE and partial indexes), built CONCURRENTLY so writes to the tables go
on meanwhile; elsewhere (SQLite in tests and development) this migration does nothing. The
models do not declare them (no AddIndex), so makemigrations leaves them alone.
"""

from django.db import migrations

from ._concurrent_indexes import concurrent_indexes

INDEXES = {
    "attribution_source_claim_idx": "claims_attribution (source_id, claim_id) INCLUDE (descriptor)",
    "verdict_approved_claim_idx": "claims_verdict (claim_id) INCLUDE (rating_id) WHERE state = 'approved'",
    "verdict_approved_at_idx": ("claims_verdict (approved_at) INCLUDE (proposed_by_id) WHERE approved_at IS NOT NULL"),
    "transition_leaving_idx": "claims_claimtransition (from_status, created_at, id)",
    "article_newest_idx": "claims_article (created_at, id)",
}


create, drop = concurrent_indexes(INDEXES)


class Migration(migrations.Migration):
    atomic = False  # CREATE INDEX CONCURRENTLY cannot run inside a transaction

    dependencies = [("claims", "0006_claim_queue_and_sync_indexes")]

    operations = [migrations.RunPython(create, drop)]
