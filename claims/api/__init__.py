"""The consumer API under /api/v1/: one view per action, its own serializers, thin over
`claims.selectors` (reads) and `claims.services` (writes)."""
