"""Filters for the list endpoints (django-filter). Bad values answer 400 saying which parameter."""

from __future__ import annotations

import django_filters
from django.db.models import Exists, OuterRef, Q
from rest_framework.exceptions import PermissionDenied

from claims.models import Attribution, Claim, Source, SourceAlias, Verdict, VerdictRating, normalize_source_name

from . import queries
from .serializers import PUBLIC_STATUSES

BOOLEAN_CHOICES = [("true", "true"), ("false", "false")]


class ClaimFilter(django_filters.FilterSet):
    verdict = django_filters.CharFilter(
        method="filter_verdict", help_text='The current verdict\'s text, any case ("false", "Mostly true").'
    )
    source = django_filters.CharFilter(
        method="filter_source", help_text="A source's id, or its name or one of its aliases."
    )
    article = django_filters.NumberFilter(field_name="article_id", help_text="An article's id.")
    unverifiable = django_filters.ChoiceFilter(
        choices=BOOLEAN_CHOICES,
        method="filter_unverifiable",
        help_text="The article says the claim cannot be verified.",
    )
    hedged = django_filters.ChoiceFilter(
        choices=BOOLEAN_CHOICES, method="filter_hedged", help_text="The writer hedges the claim."
    )
    language = django_filters.CharFilter(field_name="language", help_text="The claim's language code, e.g. en.")
    published_since = django_filters.IsoDateTimeFilter(
        field_name="published_at", lookup_expr="gte", help_text="ISO 8601; claims approved at or after this time."
    )
    updated_since = django_filters.IsoDateTimeFilter(
        field_name="updated_at",
        lookup_expr="gte",
        help_text="ISO 8601; claims changed at or after this time, withdrawn and corrected ones included.",
    )
    q = django_filters.CharFilter(method="filter_q", help_text="Words in the claim's text or its article's title.")
    status = django_filters.ChoiceFilter(
        method="filter_status",
        choices=[(s, s) for s in PUBLIC_STATUSES],
        help_text="Public status; `unpublished` only matches for desk staff.",
    )
    workflow_status = django_filters.ChoiceFilter(
        method="filter_workflow_status",
        choices=Claim.Status.choices,
        help_text="Desk staff only: the workflow status (new, assigned, ..., dismissed).",
    )

    class Meta:
        model = Claim
        fields: list[str] = []

    def filter_verdict(self, queryset, name, value):
        # Resolve the label to rating ids first: joining on UPPER(label) inside the subquery
        # misleads PostgreSQL's planner into building every match before sorting (seconds at 1M claims).
        rating_ids = list(VerdictRating.objects.filter(label__iexact=value.strip()).values_list("pk", flat=True))
        current = Verdict.objects.filter(claim=OuterRef("pk"), state=Verdict.State.APPROVED, rating_id__in=rating_ids)
        return queryset.filter(Exists(current), status=Claim.Status.PUBLISHED)

    def filter_source(self, queryset, name, value):
        value = value.strip()
        if value.isdigit():
            source_ids = [int(value)]
        else:
            key = normalize_source_name(value)
            source_ids = list(
                Source.objects.filter(Q(normalized_name=key) | Q(aliases__normalized_name=key))
                .values_list("pk", flat=True)
                .distinct()
            )
        return queryset.filter(Exists(Attribution.objects.filter(claim=OuterRef("pk"), source_id__in=source_ids)))

    def filter_unverifiable(self, queryset, name, value):
        return queryset.filter(unverifiable=value == "true")

    def filter_hedged(self, queryset, name, value):
        return queryset.exclude(hedges=[]) if value == "true" else queryset.filter(hedges=[])

    def filter_q(self, queryset, name, value):
        return queries.text_search(queryset, value)

    def filter_status(self, queryset, name, value):
        if value == "published":
            return queryset.filter(status=Claim.Status.PUBLISHED)
        if value == "unpublished":
            return queryset.filter(published_at__isnull=True)
        if value == "withdrawn":
            return queryset.filter(published_at__isnull=False, status=Claim.Status.DISMISSED)
        return queryset.filter(published_at__isnull=False).exclude(
            status__in=[Claim.Status.PUBLISHED, Claim.Status.DISMISSED]
        )

    def filter_workflow_status(self, queryset, name, value):
        if not self.request or not getattr(self.request, "verify_staff", False):
            raise PermissionDenied("`workflow_status` is for desk staff; consumers filter by `status`")
        return queryset.filter(status=value)


class SourceFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_q", help_text="Part of the source's name or of an alias.")
    kind = django_filters.ChoiceFilter(choices=Source.Kind.choices)

    class Meta:
        model = Source
        fields: list[str] = []

    def filter_q(self, queryset, name, value):
        value = value.strip()
        alias = SourceAlias.objects.filter(source=OuterRef("pk"), name__icontains=value)
        return queryset.filter(Q(name__icontains=value) | Exists(alias))


class ArticleFilter(django_filters.FilterSet):
    extraction_status = django_filters.ChoiceFilter(
        choices=[(s, s) for s in ("received", "extracting", "extracted", "failed")]
    )

    class Meta:
        model = Claim.article.field.related_model
        fields: list[str] = []
