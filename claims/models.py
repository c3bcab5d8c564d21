"""The desk's data: articles as received, the claims extracted from them, their sources,
and the verification workflow around each claim.

Writes go through `claims.services`; models hold single-row invariants and derived values.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from .source_aliases import normalize_source_name  # noqa: F401 (re-exported for the registry)


def content_hash(text: str) -> str:
    """The article's identity for de-duplication: the same words, whatever the white space."""
    folded = re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()




class Article(models.Model):
    class ExtractionStatus(models.TextChoices):
        FETCHING = "fetching", "fetching"  # a URL article whose page has not been fetched yet
        RECEIVED = "received", "received"
        EXTRACTING = "extracting", "extracting"
        EXTRACTED = "extracted", "extracted"
        FAILED = "failed", "failed"

    class Origin(models.TextChoices):
        TEXT = "text", "text"
        FILE = "file", "file"
        URL = "url", "URL"
        API = "api", "API"

    original_text = models.TextField(help_text="The article exactly as received; never altered.")
    content_hash = models.CharField(max_length=64, unique=True, editable=False)
    origin = models.CharField(max_length=8, choices=Origin.choices, default=Origin.TEXT)
    filename = models.CharField(max_length=255, blank=True)
    url = models.URLField(max_length=2000, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    submitted_by_key = models.ForeignKey(
        "rest_framework_api_key.APIKey",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The API key that submitted the article through the API, if one did; that consumer may read it.",
    )

    title = models.CharField(max_length=1000, blank=True)
    standfirst = models.TextField(blank=True)
    published = models.DateField(null=True, blank=True)
    byline = models.CharField(max_length=500, blank=True)
    outlet = models.CharField(max_length=300, blank=True)
    reading_time = models.CharField(max_length=100, blank=True)
    image_captions = models.JSONField(default=list, blank=True)
    credits = models.JSONField(default=list, blank=True)
    language = models.CharField(max_length=16, blank=True)
    extraction_warnings = models.JSONField(default=list, blank=True)

    extraction_status = models.CharField(
        max_length=12, choices=ExtractionStatus.choices, default=ExtractionStatus.RECEIVED, db_index=True
    )
    failure_reason = models.TextField(blank=True)
    extraction_attempts = models.PositiveIntegerField(default=0)
    extraction_queued_at = models.DateTimeField(null=True, blank=True)
    extraction_started_at = models.DateTimeField(null=True, blank=True)
    extracted_at = models.DateTimeField(null=True, blank=True)

    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.title or f"Article {self.pk}"

    @property
    def display_title(self) -> str:
        return self.title or (self.original_text.strip().splitlines() or [""])[0][:120] or f"Article {self.pk}"


class Source(models.Model):
    class Kind(models.TextChoices):
        PERSON = "person", "person"
        ORGANIZATION = "organization", "organization"
        OUTLET = "outlet", "outlet"
        GOVERNMENT = "government", "government"
        MEDIA = "media", "media"
        DOCUMENT = "document", "document"
        ANONYMOUS = "anonymous", "anonymous"

    name = models.CharField(max_length=300)
    normalized_name = models.CharField(max_length=300, unique=True, editable=False)
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.ORGANIZATION)
    notes = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.normalized_name = normalize_source_name(self.name)
        super().save(*args, **kwargs)


class SourceAlias(models.Model):
    """Another name the same source goes by ("IS" for "Islamic State"); unique across the registry."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=300)
    normalized_name = models.CharField(max_length=300, unique=True, editable=False)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "source aliases"

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.normalized_name = normalize_source_name(self.name)
        super().save(*args, **kwargs)


class SourceMerge(models.Model):
    """One source folded into another: who, when, why, and what moved (merges cannot be undone).

    The merged source's row is gone afterwards, so its name, kind and id are kept here as text.
    """

    target = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="merges")
    merged_source_id = models.PositiveBigIntegerField()
    merged_name = models.CharField(max_length=300)
    merged_kind = models.CharField(max_length=16, choices=Source.Kind.choices)
    attributions_moved = models.PositiveIntegerField(default=0)
    aliases_moved = models.PositiveIntegerField(default=0)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    reason = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.merged_name} → {self.target}"


class Claim(models.Model):
    class Status(models.TextChoices):
        NEW = "new", "new"
        ASSIGNED = "assigned", "assigned"
        IN_PROGRESS = "in_progress", "in progress"
        IN_REVIEW = "in_review", "in review"
        PUBLISHED = "published", "published"
        DISMISSED = "dismissed", "dismissed"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="claims")
    ordinal = models.PositiveIntegerField(help_text="Position of the claim in its article, from 1.")
    text = models.TextField()
    start = models.PositiveIntegerField(help_text="Offset of the first character in the original text.")
    end = models.PositiveIntegerField(help_text="Offset after the last character in the original text.")
    checkworthiness = models.FloatField(default=0.0)
    hedges = models.JSONField(default=list, blank=True)
    unverifiable = models.BooleanField(default=False)
    unverifiable_by = models.CharField(max_length=300, blank=True)
    language = models.CharField(max_length=16, default="en")

    status = models.CharField(max_length=12, choices=Status.choices, default=Status.NEW)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="assigned_claims"
    )
    deadline = models.DateTimeField(null=True, blank=True)
    lease_expires_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["article_id", "ordinal"]
        constraints = [
            models.UniqueConstraint(fields=["article", "ordinal"], name="claim_unique_ordinal_per_article"),
            models.UniqueConstraint(fields=["article", "start", "end"], name="claim_unique_span_per_article"),
            models.CheckConstraint(condition=Q(end__gt=models.F("start")), name="claim_span_not_empty"),
            models.CheckConstraint(
                condition=Q(checkworthiness__gte=0) & Q(checkworthiness__lte=1), name="claim_checkworthiness_0_1"
            ),
        ]
        indexes = [
            models.Index(fields=["status", "-checkworthiness", "id"], name="claim_queue_idx"),
            models.Index(fields=["assignee", "status"], name="claim_assignee_idx"),
            models.Index(fields=["updated_at", "id"], name="claim_sync_idx"),
            models.Index(fields=["status", "published_at", "id"], name="claim_published_idx"),
            # The desk's "Unassigned" queue and "take next", measured at 1,000,000 claims.
            models.Index(
                models.F("checkworthiness").desc(),
                models.F("deadline").asc(),  # ascending puts NULLs last on PostgreSQL already
                models.F("id"),
                name="claim_unassigned_idx",
                condition=Q(status="new", assignee__isnull=True),
            ),
            # Consumers' incremental sync walks only claims that were ever published.
            models.Index(fields=["updated_at", "id"], name="claim_public_sync_idx", condition=Q(published_at__isnull=False)),
        ]

    def __str__(self) -> str:
        return self.text[:80]

    @property
    def is_hedged(self) -> bool:
        return bool(self.hedges)

    @property
    def current_verdict(self) -> "Verdict | None":
        return self.verdicts.order_by("-version").first()


class Attribution(models.Model):
    class Quote(models.TextChoices):
        DIRECT = "direct", "direct"
        INDIRECT = "indirect", "indirect"
        MIXED = "mixed", "mixed"

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="attributions")
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="attributions")
    ordinal = models.PositiveSmallIntegerField(default=1)
    name_as_written = models.CharField(max_length=300, blank=True)
    cue = models.CharField(max_length=200, blank=True)
    descriptor = models.CharField(max_length=500, blank=True)
    via = models.CharField(max_length=300, blank=True)
    quote = models.CharField(max_length=8, choices=Quote.choices, default=Quote.INDIRECT)

    class Meta:
        ordering = ["claim_id", "ordinal"]
        constraints = [
            models.UniqueConstraint(fields=["claim", "ordinal"], name="attribution_unique_ordinal_per_claim"),
        ]

    def __str__(self) -> str:
        via = f" via {self.via}" if self.via else ""
        return f"{self.source} ({self.cue}{via})"


class ClaimTransition(models.Model):
    """One recorded change of a claim's workflow status: who, when, from, to, why."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="transitions")
    from_status = models.CharField(max_length=12, blank=True)
    to_status = models.CharField(max_length=12)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reason = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.claim_id}: {self.from_status or '-'} -> {self.to_status}"


class VerdictRating(models.Model):
    """The verdict scale (editable by admins). `rating_value` None means no number (Unverifiable)."""

    label = models.CharField(max_length=100, unique=True)
    rating_value = models.PositiveSmallIntegerField(null=True, blank=True)
    description = models.CharField(max_length=300, blank=True)
    order = models.PositiveSmallIntegerField(default=0)
    active = models.BooleanField(default=True)

    class Meta:
        ordering = ["order", "id"]

    def __str__(self) -> str:
        return self.label


class Verdict(models.Model):
    """One version of a claim's verdict. A correction adds a version; earlier ones stay."""

    class State(models.TextChoices):
        PROPOSED = "proposed", "proposed"
        RETURNED = "returned", "returned"
        APPROVED = "approved", "approved"
        SUPERSEDED = "superseded", "superseded"

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="verdicts")
    version = models.PositiveIntegerField()
    rating = models.ForeignKey(VerdictRating, on_delete=models.PROTECT, related_name="verdicts")
    explanation = models.TextField()
    state = models.CharField(max_length=12, choices=State.choices, default=State.PROPOSED)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="proposed_verdicts"
    )
    proposed_at = models.DateTimeField(auto_now_add=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="approved_verdicts"
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    review_note = models.TextField(blank=True)

    class Meta:
        ordering = ["claim_id", "version"]
        constraints = [
            models.UniqueConstraint(fields=["claim", "version"], name="verdict_unique_version_per_claim"),
        ]

    def __str__(self) -> str:
        return f"{self.rating} (v{self.version})"


class Evidence(models.Model):
    class Stance(models.TextChoices):
        SUPPORTS = "supports", "supports"
        REFUTES = "refutes", "refutes"
        CONTEXT = "context", "gives context"

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="evidence")
    url = models.URLField(max_length=2000, blank=True)
    archive_url = models.URLField(max_length=2000, blank=True)
    note = models.TextField(blank=True)
    stance = models.CharField(max_length=10, choices=Stance.choices, default=Stance.CONTEXT)
    added_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name_plural = "evidence"

    def __str__(self) -> str:
        return self.url or self.note[:60]


class ClaimNote(models.Model):
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    body = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return self.body[:60]


class DeskProfile(models.Model):
    """Per-person desk preferences: the languages a fact-checker works in, email on or off."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="desk_profile")
    languages = models.JSONField(default=list, blank=True, help_text='Language codes, e.g. ["en", "ar"].')
    email_notifications = models.BooleanField(default=True)
    auto_assign = models.BooleanField(default=True, help_text="Receive claims from automatic routing.")

    def __str__(self) -> str:
        return f"profile of {self.user}"
