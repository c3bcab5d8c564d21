"""Input and output serializers, one pair per action.

Output serializers declare their fields (that is what the OpenAPI schema documents) and build
their representation directly from the prefetched rows, without a serializer per nested item:
the claims list is the hot path consumers poll, and this keeps it within a small factor of a
bare Django view (see bench/api.py).

Public claim status (the `status` field):
  published    the claim is published; `verdict` is its current verdict
  correcting   it was published and an editor reopened it for a correction; `verdict` is null
               until the correction is approved, the withdrawn verdict stays in `verdict_history`
  withdrawn    it was published and has since been dismissed; `verdict` is null
  unpublished  never published (only desk staff see these, with `workflow_status`)
"""

from __future__ import annotations

from rest_framework import serializers

from claims import claimreview
from claims.models import Article, Claim, Evidence, Source, Verdict, VerdictRating

from . import urls_for

PUBLIC_STATUSES = ("published", "correcting", "withdrawn", "unpublished")


def public_status(claim: Claim) -> str:
    if claim.status == Claim.Status.PUBLISHED:
        return "published"
    if claim.published_at is None:
        return "unpublished"
    if claim.status == Claim.Status.DISMISSED:
        return "withdrawn"
    return "correcting"


def _dt(value):
    return claimreview._iso(value)


# --------------------------------------------------------------------------- claims


class ArticleRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    outlet = serializers.CharField()
    url = serializers.CharField(help_text="Where the article was published, when known; may be empty.")
    published = serializers.DateField(allow_null=True)
    language = serializers.CharField()
    api_url = serializers.URLField()


class AttributionOutputSerializer(serializers.Serializer):
    source_id = serializers.IntegerField()
    name = serializers.CharField(help_text="The source's name in the registry.")
    kind = serializers.ChoiceField(choices=Source.Kind.choices)
    name_as_written = serializers.CharField()
    descriptor = serializers.CharField(help_text='How this article describes the source ("pro-regime newspaper").')
    cue = serializers.CharField(help_text='The attribution cue ("told", "according to").')
    via = serializers.CharField(help_text='The outlet or channel the source spoke through ("AFP", "Telegram").')
    quote = serializers.ChoiceField(choices=["direct", "indirect", "mixed"])
    api_url = serializers.URLField()


class VerdictOutputSerializer(serializers.Serializer):
    version = serializers.IntegerField()
    rating = serializers.CharField(help_text='The verdict\'s text ("False", "Unverifiable").')
    rating_value = serializers.IntegerField(allow_null=True, help_text="1 (worst) to 5 (best); null for no number.")
    explanation = serializers.CharField()
    approved_at = serializers.DateTimeField(allow_null=True, help_text="When an editor approved this version.")
    state = serializers.ChoiceField(
        choices=["current", "superseded", "withdrawn"],
        help_text="current: the verdict shown now; superseded: replaced by a correction; "
        "withdrawn: the claim was reopened or withdrawn after this version.",
    )


class EvidenceOutputSerializer(serializers.Serializer):
    url = serializers.CharField()
    archive_url = serializers.CharField()
    note = serializers.CharField()
    stance = serializers.ChoiceField(choices=Evidence.Stance.values)
    added_at = serializers.DateTimeField()


class ClaimOutputSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    api_url = serializers.URLField()
    page_url = serializers.URLField(help_text="The public claim page, which embeds the ClaimReview.")
    claimreview_url = serializers.URLField(allow_null=True)
    text = serializers.CharField()
    start = serializers.IntegerField(help_text="Offset of the claim in the article's original text.")
    end = serializers.IntegerField()
    language = serializers.CharField()
    status = serializers.ChoiceField(choices=PUBLIC_STATUSES, help_text="See the API description.")
    workflow_status = serializers.ChoiceField(
        choices=Claim.Status.values, allow_null=True, help_text="The desk's workflow status; desk staff only."
    )
    checkworthiness = serializers.FloatField()
    hedges = serializers.ListField(child=serializers.CharField())
    hedged = serializers.BooleanField()
    unverifiable = serializers.BooleanField(help_text="The article says the claim cannot be independently verified.")
    unverifiable_by = serializers.CharField()
    published_at = serializers.DateTimeField(allow_null=True, help_text="When the latest verdict was approved.")
    updated_at = serializers.DateTimeField()
    article = ArticleRefSerializer()
    sources = AttributionOutputSerializer(many=True)
    verdict = VerdictOutputSerializer(allow_null=True)
    verdict_history = VerdictOutputSerializer(many=True)
    evidence = EvidenceOutputSerializer(many=True)

    def to_representation(self, claim: Claim) -> dict:
        return claim_to_dict(claim, staff=bool(self.context.get("staff")))


def _verdict_dict(verdict: Verdict, state: str) -> dict:
    return {
        "version": verdict.version,
        "rating": verdict.rating.label,
        "rating_value": verdict.rating.rating_value,
        "explanation": verdict.explanation,
        "approved_at": _dt(verdict.approved_at),
        "state": state,
    }


def claim_to_dict(claim: Claim, *, staff: bool = False) -> dict:
    article = claim.article
    status = public_status(claim)
    current = claimreview.current_verdict(claim)
    history = []
    for verdict in claimreview.public_verdicts(claim):
        if verdict.state == Verdict.State.SUPERSEDED:
            state = "superseded"
        elif current is not None and verdict.pk == current.pk:
            state = "current"
        else:
            state = "withdrawn"
        history.append(_verdict_dict(verdict, state))
    return {
        "id": claim.pk,
        "api_url": urls_for.claim(claim.pk),
        "page_url": claimreview.claim_page_url(claim.pk),
        "claimreview_url": urls_for.claimreview(claim.pk) if current is not None else None,
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "language": claim.language,
        "status": status,
        "workflow_status": claim.status if staff else None,
        "checkworthiness": claim.checkworthiness,
        "hedges": list(claim.hedges or []),
        "hedged": bool(claim.hedges),
        "unverifiable": claim.unverifiable,
        "unverifiable_by": claim.unverifiable_by,
        "published_at": _dt(claim.published_at),
        "updated_at": _dt(claim.updated_at),
        "article": {
            "id": article.pk,
            "title": article.title,
            "outlet": article.outlet,
            "url": article.url,
            "published": article.published.isoformat() if article.published else None,
            "language": article.language,
            "api_url": urls_for.article(article.pk),
        },
        "sources": [
            {
                "source_id": a.source_id,
                "name": a.source.name,
                "kind": a.source.kind,
                "name_as_written": a.name_as_written,
                "descriptor": a.descriptor,
                "cue": a.cue,
                "via": a.via,
                "quote": a.quote,
                "api_url": urls_for.source(a.source_id),
            }
            for a in claim.attributions.all()
        ],
        "verdict": _verdict_dict(current, "current") if current is not None else None,
        "verdict_history": history,
        "evidence": [
            {
                "url": e.url,
                "archive_url": e.archive_url,
                "note": e.note,
                "stance": e.stance,
                "added_at": _dt(e.created_at),
            }
            for e in claim.evidence.all()
        ],
    }


# --------------------------------------------------------------------------- articles


class StrictCharField(serializers.CharField):
    """A string and nothing else: DRF's CharField would store the number 42 as the article "42"."""

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data)


class ArticleCreateInputSerializer(serializers.Serializer):
    text = StrictCharField(
        required=False, trim_whitespace=False, help_text="The article's text as published. Give text or url."
    )
    url = StrictCharField(
        required=False, max_length=2000, help_text="An http(s) URL to fetch the article from, in the background."
    )

    def validate(self, data):
        has_text = bool((data.get("text") or "").strip())
        has_url = bool((data.get("url") or "").strip())
        if has_text == has_url:
            raise serializers.ValidationError("give either `text` (the article) or `url` (where to fetch it), not both")
        return data


class ArticleAcceptedSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    api_url = serializers.URLField(help_text="Poll this for the extraction status and the claims.")
    extraction_status = serializers.CharField()
    detail = serializers.CharField()


class ArticleConflictSerializer(serializers.Serializer):
    detail = serializers.CharField()
    id = serializers.IntegerField(required=False, help_text="Only when you may read the article already on the desk.")
    api_url = serializers.URLField(
        required=False, help_text="The article already on the desk; only when you may read it (see the description)."
    )


class ArticleClaimSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    ordinal = serializers.IntegerField()
    text = serializers.CharField()
    start = serializers.IntegerField()
    end = serializers.IntegerField()
    checkworthiness = serializers.FloatField()
    status = serializers.ChoiceField(choices=PUBLIC_STATUSES)
    api_url = serializers.URLField(allow_null=True, help_text="The claim in the claims API, once published.")


class ArticleOutputSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    api_url = serializers.URLField()
    title = serializers.CharField()
    outlet = serializers.CharField()
    url = serializers.CharField()
    published = serializers.DateField(allow_null=True)
    language = serializers.CharField()
    origin = serializers.ChoiceField(choices=Article.Origin.values)
    extraction_status = serializers.ChoiceField(
        choices=["fetching", *Article.ExtractionStatus.values],
        help_text="fetching (a URL not fetched yet), received, extracting, extracted or failed.",
    )
    failure_reason = serializers.CharField()
    created_at = serializers.DateTimeField()
    extracted_at = serializers.DateTimeField(allow_null=True)
    claims = ArticleClaimSerializer(
        many=True,
        help_text="For a consumer, every claim of an article their API key submitted; of anyone else's "
        "article only the claims that were published (the ones the claims API shows).",
    )

    def to_representation(self, article: Article) -> dict:
        return article_to_dict(article)


def article_to_dict(article: Article) -> dict:
    """The article with the claims prefetched for it: queries.api_articles decides which claims a
    reader may see (a consumer sees only the published claims of an article they did not submit)."""
    awaiting = (
        article.origin == Article.Origin.URL
        and getattr(article, "awaiting_fetch", False)
        and article.extraction_status != Article.ExtractionStatus.FAILED
    )
    return {
        "id": article.pk,
        "api_url": urls_for.article(article.pk),
        "title": article.title,
        "outlet": article.outlet,
        "url": article.url,
        "published": article.published.isoformat() if article.published else None,
        "language": article.language,
        "origin": article.origin,
        "extraction_status": "fetching" if awaiting else article.extraction_status,
        "failure_reason": article.failure_reason,
        "created_at": _dt(article.created_at),
        "extracted_at": _dt(article.extracted_at),
        "claims": [
            {
                "id": c.pk,
                "ordinal": c.ordinal,
                "text": c.text,
                "start": c.start,
                "end": c.end,
                "checkworthiness": c.checkworthiness,
                "status": public_status(c),
                "api_url": urls_for.claim(c.pk) if c.published_at is not None else None,
            }
            for c in article.claims.all()
        ],
    }


# --------------------------------------------------------------------------- sources


class SourceOutputSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    api_url = serializers.URLField()
    name = serializers.CharField()
    kind = serializers.ChoiceField(choices=Source.Kind.choices)
    aliases = serializers.ListField(child=serializers.CharField())
    descriptors = serializers.ListField(child=serializers.CharField(), help_text="Most used first.")
    track_record = serializers.DictField(
        child=serializers.IntegerField(), help_text='Published claims per verdict, e.g. {"False": 3, "True": 1}.'
    )
    claims_url = serializers.URLField()
    updated_at = serializers.DateTimeField()

    def to_representation(self, source: Source) -> dict:
        records = self.context.get("track_records", {})
        descriptors = self.context.get("descriptors", {})
        return {
            "id": source.pk,
            "api_url": urls_for.source(source.pk),
            "name": source.name,
            "kind": source.kind,
            "aliases": [alias.name for alias in source.aliases.all()],
            "descriptors": descriptors.get(source.pk, []),
            "track_record": records.get(source.pk, {}),
            "claims_url": urls_for.claims_of_source(source.pk),
            "updated_at": _dt(source.updated_at),
        }


# --------------------------------------------------------------------------- Fact Check Tools


class FactCheckSearchInputSerializer(serializers.Serializer):
    query = serializers.CharField(required=False, allow_blank=True, max_length=500)
    languageCode = serializers.CharField(required=False, allow_blank=True, max_length=16)  # noqa: N815
    maxAgeDays = serializers.IntegerField(required=False, min_value=1, max_value=36500)  # noqa: N815
    pageSize = serializers.IntegerField(required=False, min_value=1, max_value=100, default=10)  # noqa: N815
    pageToken = serializers.CharField(required=False, allow_blank=True, max_length=500)  # noqa: N815


class FactCheckPublisherSerializer(serializers.Serializer):
    name = serializers.CharField()
    site = serializers.CharField()


class FactCheckReviewSerializer(serializers.Serializer):
    publisher = FactCheckPublisherSerializer()
    url = serializers.URLField()
    title = serializers.CharField()
    reviewDate = serializers.CharField()  # noqa: N815
    textualRating = serializers.CharField()  # noqa: N815
    languageCode = serializers.CharField()  # noqa: N815


class FactCheckClaimSerializer(serializers.Serializer):
    text = serializers.CharField()
    claimant = serializers.CharField(required=False)
    claimDate = serializers.CharField(required=False)  # noqa: N815
    claimReview = FactCheckReviewSerializer(many=True)  # noqa: N815


class FactCheckSearchOutputSerializer(serializers.Serializer):
    claims = FactCheckClaimSerializer(many=True)
    nextPageToken = serializers.CharField(required=False)  # noqa: N815


# --------------------------------------------------------------------------- ClaimReview (schema only)


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField()


# --------------------------------------------------------------------------- workflow actions (desk staff)
# Inputs name only what the caller may say; status, assignee, approved_by and the like in a body
# are not fields here, so they are dropped before any service sees them.


class RatingField(StrictCharField):
    """A rating of the verdict scale, by its label in any case; only ratings still in use.
    No max_length: DRF runs validators on the VerdictRating this returns, not on the text."""

    default_error_messages = {"unknown": "unknown rating {value!r}; use one of: {labels}"}

    def to_internal_value(self, data):
        label = super().to_internal_value(data).strip()
        active = list(VerdictRating.objects.filter(active=True).order_by("order", "id"))
        for rating in active:
            if rating.label.casefold() == label.casefold():
                return rating
        self.fail("unknown", value=label[:100], labels=", ".join(r.label for r in active))


class ApproveInputSerializer(serializers.Serializer):
    note = StrictCharField(
        required=False, allow_blank=True, max_length=5000, default="", help_text="Optional; kept with the verdict."
    )


class ReturnInputSerializer(serializers.Serializer):
    reason = StrictCharField(max_length=5000, help_text="Why the verdict goes back; the fact-checker reads this.")


class ProposeVerdictInputSerializer(serializers.Serializer):
    rating = RatingField(help_text='A label of the verdict scale, any case ("False", "Mostly true", "Unverifiable").')
    explanation = StrictCharField(max_length=20000, help_text="What the evidence shows; published with the verdict.")


class WorkflowVerdictSerializer(serializers.Serializer):
    version = serializers.IntegerField()
    rating = serializers.CharField()
    explanation = serializers.CharField()
    state = serializers.CharField(help_text="proposed, returned, approved or superseded.")
    proposed_by = serializers.CharField(allow_null=True)
    approved_by = serializers.CharField(allow_null=True)
    review_note = serializers.CharField(help_text="The editor's note on approval, or the reason it was returned.")


class WorkflowTransitionSerializer(serializers.Serializer):
    from_status = serializers.CharField()
    to_status = serializers.CharField()
    actor = serializers.CharField(allow_null=True)
    reason = serializers.CharField()
    at = serializers.DateTimeField()


class WorkflowStateSerializer(serializers.Serializer):
    detail = serializers.CharField(help_text="What was done.")
    id = serializers.IntegerField()
    api_url = serializers.URLField()
    workflow_status = serializers.ChoiceField(choices=Claim.Status.values)
    status = serializers.ChoiceField(choices=PUBLIC_STATUSES, help_text="The public status consumers see.")
    assignee = serializers.CharField(allow_null=True)
    verdict = WorkflowVerdictSerializer(allow_null=True, help_text="The latest verdict version, whatever its state.")
    last_transition = WorkflowTransitionSerializer(allow_null=True)


class WorkflowConflictSerializer(serializers.Serializer):
    detail = serializers.CharField()
    workflow_status = serializers.ChoiceField(
        choices=Claim.Status.values, allow_null=True, help_text="The claim's status now, in the database."
    )


def _username(user) -> str | None:
    return user.get_username() if user is not None else None


def workflow_state_to_dict(claim: Claim, *, verdict: Verdict | None, transition, detail: str) -> dict:
    return {
        "detail": detail,
        "id": claim.pk,
        "api_url": urls_for.claim(claim.pk),
        "workflow_status": claim.status,
        "status": public_status(claim),
        "assignee": _username(claim.assignee),
        "verdict": None
        if verdict is None
        else {
            "version": verdict.version,
            "rating": verdict.rating.label,
            "explanation": verdict.explanation,
            "state": verdict.state,
            "proposed_by": _username(verdict.proposed_by),
            "approved_by": _username(verdict.approved_by),
            "review_note": verdict.review_note,
        },
        "last_transition": None
        if transition is None
        else {
            "from_status": transition.from_status,
            "to_status": transition.to_status,
            "actor": _username(transition.actor),
            "reason": transition.reason,
            "at": _dt(transition.created_at),
        },
    }
