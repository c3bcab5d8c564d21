"""The Django admin desk: articles with their claims, the claim workflow as actions, and the
source registry. Every action calls a service; the admin never writes workflow state itself."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.auth import get_user_model
from django.db.models import Count
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from . import roles, selectors, services
from .models import (
    Article,
    Attribution,
    Claim,
    ClaimNote,
    ClaimTransition,
    DeskProfile,
    Evidence,
    Source,
    SourceAlias,
    SourceMerge,
    Verdict,
    VerdictRating,
    normalize_source_name,
)

User = get_user_model()


def _visible_claims(user):
    from desk.access import visible_claims

    return visible_claims(user)


def _sources_line(claim: Claim) -> str:
    parts = []
    for a in claim.attributions.all():
        label = a.source.name
        if a.descriptor:
            label += f" ({a.descriptor})"
        if a.cue:
            label += f" — {a.cue}"
        if a.via:
            label += f" → {a.via}"
        parts.append(label)
    return "; ".join(parts)


# --------------------------------------------------------------------------- articles


class ArticleIngestForm(forms.Form):
    # strip=False: the article is stored exactly as received.
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 20, "cols": 100}), required=False, strip=False)
    file = forms.FileField(required=False, help_text="A UTF-8 text file; used instead of the text box if given.")

    def clean(self):
        data = super().clean()
        upload = data.get("file")
        try:
            if upload is not None:
                limit = services.settings.VERIFY_MAX_ARTICLE_BYTES
                raw = upload.read(limit + 1)
                data["text"] = services.decode_article_bytes(data=raw, name=upload.name)
                data["origin"], data["filename"] = Article.Origin.FILE, upload.name
            else:
                data["origin"], data["filename"] = Article.Origin.TEXT, ""
            services.validate_article_text(text=data.get("text") or "", name=data["filename"] or "the article")
        except services.IngestError as exc:
            raise forms.ValidationError(str(exc)) from None
        return data


class ClaimInline(admin.TabularInline):
    model = Claim
    extra = 0
    can_delete = False
    show_change_link = True
    fields = ("ordinal", "text", "sources", "hedges", "unverifiable", "unverifiable_by", "checkworthiness", "status")
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("attributions__source")

    @admin.display(description="sources")
    def sources(self, obj: Claim) -> str:
        return _sources_line(obj)


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ("display_title", "outlet", "published", "extraction_status", "claim_count", "created_at")
    list_filter = ("extraction_status", "origin", "outlet")
    search_fields = ("title", "original_text", "outlet", "byline")
    readonly_fields = (
        "title",
        "standfirst",
        "published",
        "byline",
        "outlet",
        "reading_time",
        "image_captions",
        "credits",
        "language",
        "extraction_status",
        "failure_reason",
        "extraction_warnings",
        "extraction_attempts",
        "extracted_at",
        "verification",
        "origin",
        "filename",
        "url",
        "submitted_by",
        "content_hash",
        "created_at",
        "original_text",
    )
    fieldsets = (
        ("Extraction", {"fields": ("extraction_status", "failure_reason", "extraction_warnings", "verification")}),
        (
            "Metadata",
            {
                "fields": (
                    "title",
                    "standfirst",
                    "published",
                    "byline",
                    "outlet",
                    "reading_time",
                    "image_captions",
                    "credits",
                    "language",
                )
            },
        ),
        ("As received", {"fields": ("origin", "filename", "url", "submitted_by", "created_at", "content_hash")}),
        ("Original text", {"classes": ("collapse",), "fields": ("original_text",)}),
    )
    inlines = [ClaimInline]
    actions = ["reextract"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_claims=Count("claims"))

    @admin.display(description="claims", ordering="_claims")
    def claim_count(self, obj: Article) -> int:
        return obj._claims

    @admin.display(description="verification")
    def verification(self, obj: Article) -> str:
        progress = selectors.article_progress(article=obj)
        parts = [f"{v} {k.replace('_', ' ')}" for k, v in progress.items() if v and k != "total"]
        return f"{selectors.article_status(article=obj)} — {progress['total']} claims: " + ", ".join(parts)

    def has_change_permission(self, request, obj=None):
        # Articles are never edited; the change page is a read-only view with the claims.
        return False

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj) or roles.has_desk_role(request.user)

    def add_view(self, request, form_url="", extra_context=None):
        if not self.has_add_permission(request):
            return self._forbidden(request)
        form = ArticleIngestForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            data = form.cleaned_data
            try:
                article = services.ingest_article(
                    text=data["text"],
                    origin=data["origin"],
                    filename=data["filename"],
                    submitted_by=request.user,
                    name=data["filename"] or "the article",
                )
            except services.DuplicateArticleError as exc:
                url = reverse("admin:claims_article_change", args=[exc.article.pk])
                messages.error(request, format_html('{} — <a href="{}">open it</a>', str(exc), url))
            except services.IngestError as exc:
                messages.error(request, str(exc))
            else:
                messages.success(request, f"Article {article.pk} stored; extraction is queued.")
                return HttpResponseRedirect(reverse("admin:claims_article_change", args=[article.pk]))
        context = {
            **self.admin_site.each_context(request),
            "title": "Add article",
            "form": form,
            "opts": self.model._meta,
            "has_view_permission": True,
        }
        return TemplateResponse(request, "admin/claims/article/ingest.html", context)

    def _forbidden(self, request):
        from django.core.exceptions import PermissionDenied

        raise PermissionDenied

    @admin.action(description="Extract claims again", permissions=["add"])
    def reextract(self, request, queryset):
        for article in queryset:
            services.request_reextraction(article=article)
        self.message_user(request, f"Extraction queued for {queryset.count()} article(s).")


# --------------------------------------------------------------------------- claims


class HedgedFilter(admin.SimpleListFilter):
    title = "hedged"
    parameter_name = "hedged"

    def lookups(self, request, model_admin):
        return (("yes", "hedged"), ("no", "not hedged"))

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.exclude(hedges=[])
        if self.value() == "no":
            return queryset.filter(hedges=[])
        return queryset


class HasSourcesFilter(admin.SimpleListFilter):
    title = "has sources"
    parameter_name = "has_sources"

    def lookups(self, request, model_admin):
        return (("yes", "with sources"), ("no", "without sources"))

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(attributions__isnull=False).distinct()
        if self.value() == "no":
            return queryset.filter(attributions__isnull=True)
        return queryset


class AttributionInline(admin.TabularInline):
    model = Attribution
    extra = 0
    can_delete = False
    fields = ("source", "name_as_written", "descriptor", "cue", "via", "quote")
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False


class TransitionInline(admin.TabularInline):
    model = ClaimTransition
    extra = 0
    can_delete = False
    fields = ("created_at", "from_status", "to_status", "actor", "reason")
    readonly_fields = fields
    verbose_name_plural = "history"

    def has_add_permission(self, request, obj=None):
        return False


class VerdictInline(admin.TabularInline):
    model = Verdict
    extra = 0
    can_delete = False
    fields = ("version", "rating", "explanation", "state", "proposed_by", "proposed_at", "approved_by", "approved_at")
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False


class EvidenceInline(admin.TabularInline):
    model = Evidence
    extra = 0
    can_delete = False
    fields = ("url", "archive_url", "stance", "note", "added_by", "created_at")
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False


class ReasonForm(forms.Form):
    reason = forms.CharField(widget=forms.Textarea(attrs={"rows": 3, "cols": 80}))


class AssignForm(forms.Form):
    assignee = forms.ModelChoiceField(queryset=User.objects.none(), label="Fact-checker")
    deadline = forms.DateTimeField(required=False, help_text="Optional, e.g. 2026-12-01 17:00")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = User.objects.filter(
            is_active=True, groups__name=roles.FACT_CHECKERS
        ).order_by("username")


class ProposeForm(forms.Form):
    rating = forms.ModelChoiceField(queryset=VerdictRating.objects.filter(active=True), label="Verdict")
    explanation = forms.CharField(widget=forms.Textarea(attrs={"rows": 4, "cols": 80}))


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ("short_text", "article", "status", "assignee", "checkworthiness", "unverifiable", "hedged", "sources")
    list_filter = ("status", "unverifiable", HedgedFilter, HasSourcesFilter, "article", "assignee")
    list_select_related = ("article", "assignee")
    search_fields = ("text", "article__title", "attributions__source__name", "unverifiable_by")
    ordering = ("-checkworthiness", "id")
    readonly_fields = (
        "article",
        "ordinal",
        "status",
        "assignee",
        "deadline",
        "lease_expires_at",
        "published_at",
        "text",
        "context",
        "span",
        "checkworthiness",
        "hedges",
        "unverifiable",
        "unverifiable_by",
        "language",
        "similar",
    )
    fields = readonly_fields
    inlines = [AttributionInline, VerdictInline, EvidenceInline, TransitionInline]
    actions = ["assign_to_me", "assign_to_fact_checker", "start", "propose", "approve", "return_for_work", "dismiss"]

    def get_queryset(self, request):
        # The desk's rule (desk.access): a fact-checker sees their own claims and unassigned new ones.
        queryset = super().get_queryset(request).prefetch_related("attributions__source")
        return queryset.filter(pk__in=_visible_claims(request.user).values("pk"))

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj) or roles.has_desk_role(request.user)

    def has_change_permission(self, request, obj=None):
        # Changes happen only through the workflow actions below.
        return False

    @admin.display(description="claim")
    def short_text(self, obj: Claim) -> str:
        return obj.text if len(obj.text) <= 90 else obj.text[:87] + "..."

    @admin.display(boolean=True)
    def hedged(self, obj: Claim) -> bool:
        return obj.is_hedged

    @admin.display(description="sources")
    def sources(self, obj: Claim) -> str:
        return _sources_line(obj)

    @admin.display(description="span")
    def span(self, obj: Claim) -> str:
        return f"{obj.start}–{obj.end}"

    @admin.display(description="in the article")
    def context(self, obj: Claim) -> str:
        text = obj.article.original_text
        before = text[max(0, obj.start - 400) : obj.start]
        after = text[obj.end : obj.end + 400]
        return format_html(
            '<div style="white-space:pre-wrap;max-width:60em">…{}<mark>{}</mark>{}…</div>',
            before,
            text[obj.start : obj.end],
            after,
        )

    @admin.display(description="similar claims")
    def similar(self, obj: Claim) -> str:
        """Claims in other articles that say the same thing, with their verdicts (claims.matching)."""
        try:
            from .matching import DEFAULT_THRESHOLD, SUGGEST_THRESHOLD, similar_claims
        except ImportError:
            return "—"
        matches = similar_claims(claim=obj, limit=5, threshold=SUGGEST_THRESHOLD)
        if not matches:
            return "none found"
        return format_html_join(
            "",
            '<div><a href="{}">{}</a> — <strong>{}</strong> · {} · {}{}</div>',
            (
                (
                    reverse("admin:claims_claim_change", args=[m.claim.pk]),
                    m.claim.text[:160],
                    m.verdict_label or m.claim.get_status_display(),
                    m.claim.article.display_title[:80],
                    f"{m.score:.0%}",  # format_html escapes arguments to text first
                    "" if m.score >= DEFAULT_THRESHOLD else " (possible match)",
                )
                for m in matches
            ),
        )

    # --- workflow actions: each calls a service per claim and reports what happened

    def _apply(self, request, queryset, verb: str, fn) -> None:
        done, refused = 0, []
        for claim in queryset:
            try:
                fn(claim)
                done += 1
            except services.ServiceError as exc:
                refused.append(f"claim {claim.pk}: {exc}")
        if done:
            self.message_user(request, f"{verb}: {done} claim(s).", messages.SUCCESS)
        for line in refused:
            self.message_user(request, line, messages.ERROR)

    def _form_step(self, request, queryset, form_class, title: str, action: str):
        """Show an intermediate form for an action; return the bound valid form once submitted."""
        if "apply" in request.POST:
            form = form_class(request.POST)
            if form.is_valid():
                return form, None
        else:
            form = form_class()
        context = {
            **self.admin_site.each_context(request),
            "title": title,
            "form": form,
            "queryset": queryset,
            "action": action,
            "action_checkbox_name": ACTION_CHECKBOX_NAME,
            "opts": self.model._meta,
        }
        return None, TemplateResponse(request, "admin/claims/claim/action_form.html", context)

    @admin.action(description="Assign to me")
    def assign_to_me(self, request, queryset):
        self._apply(
            request,
            queryset,
            "Assigned to you",
            lambda c: services.assign_claim(claim=c, assignee=request.user, actor=request.user),
        )

    @admin.action(description="Assign to a fact-checker…")
    def assign_to_fact_checker(self, request, queryset):
        form, page = self._form_step(request, queryset, AssignForm, "Assign claims", "assign_to_fact_checker")
        if page:
            return page
        person = form.cleaned_data["assignee"]
        self._apply(
            request,
            queryset,
            f"Assigned to {person}",
            lambda c: services.assign_claim(
                claim=c, assignee=person, actor=request.user, deadline=form.cleaned_data.get("deadline")
            ),
        )

    @admin.action(description="Start work")
    def start(self, request, queryset):
        self._apply(request, queryset, "Started", lambda c: services.start_claim(claim=c, actor=request.user))

    @admin.action(description="Propose a verdict…")
    def propose(self, request, queryset):
        form, page = self._form_step(request, queryset, ProposeForm, "Propose a verdict", "propose")
        if page:
            return page
        self._apply(
            request,
            queryset,
            "Verdict proposed",
            lambda c: services.propose_verdict(
                claim=c,
                actor=request.user,
                rating=form.cleaned_data["rating"],
                explanation=form.cleaned_data["explanation"],
            ),
        )

    @admin.action(description="Approve and publish")
    def approve(self, request, queryset):
        self._apply(request, queryset, "Published", lambda c: services.approve_verdict(claim=c, actor=request.user))

    @admin.action(description="Return with a reason…")
    def return_for_work(self, request, queryset):
        form, page = self._form_step(request, queryset, ReasonForm, "Return to the fact-checker", "return_for_work")
        if page:
            return page
        reason = form.cleaned_data["reason"]
        self._apply(
            request, queryset, "Returned", lambda c: services.return_claim(claim=c, actor=request.user, reason=reason)
        )

    @admin.action(description="Dismiss with a reason…")
    def dismiss(self, request, queryset):
        form, page = self._form_step(request, queryset, ReasonForm, "Dismiss claims", "dismiss")
        if page:
            return page
        reason = form.cleaned_data["reason"]
        self._apply(
            request, queryset, "Dismissed", lambda c: services.dismiss_claim(claim=c, actor=request.user, reason=reason)
        )


# --------------------------------------------------------------------------- sources


def _registry_clash(name: str, *, source: Source | None) -> str | None:
    """Why `name` cannot be a name of `source` in the registry, or None if it can."""
    key = normalize_source_name(name)
    if not key:
        return "a name needs at least one letter or digit"
    other = Source.objects.filter(normalized_name=key)
    if source is not None and source.pk:
        other = other.exclude(pk=source.pk)
    if other.exists():
        return f"{name!r} is the name of another source ({other.first()}); merge the two instead"
    alias = SourceAlias.objects.select_related("source").filter(normalized_name=key)
    if source is not None and source.pk:
        alias = alias.exclude(source=source)
    if alias.exists():
        return f"{name!r} is already an alias of {alias.first().source}; merge the two instead"
    return None


class AliasFormSet(forms.BaseInlineFormSet):
    """Aliases are unique across the registry; refuse clashes here instead of failing on save."""

    def clean(self):
        super().clean()
        own_key = normalize_source_name(self.instance.name)
        seen: set[str] = set()
        for form in self.forms:
            if not form.has_changed() and not form.instance.pk:
                continue
            if self.can_delete and self._should_delete_form(form):
                continue
            name = (form.cleaned_data or {}).get("name")
            if not name:
                continue
            key = normalize_source_name(name)
            problem = _registry_clash(name, source=self.instance)
            if problem is None and key == own_key:
                problem = f"{name!r} is already the source's own name"
            if problem is None and key in seen:
                problem = f"{name!r} is listed twice"
            if problem is not None:
                form.add_error("name", problem)
            seen.add(key)


class AliasInline(admin.TabularInline):
    model = SourceAlias
    formset = AliasFormSet
    extra = 1
    fields = ("name",)


class MergeInline(admin.TabularInline):
    """The sources folded into this one: the registry's audit trail (read-only)."""

    model = SourceMerge
    fk_name = "target"
    extra = 0
    can_delete = False
    fields = ("created_at", "merged_name", "merged_kind", "attributions_moved", "aliases_moved", "actor", "reason")
    readonly_fields = fields
    verbose_name = "merged source"
    verbose_name_plural = "merged into this source"

    def has_add_permission(self, request, obj=None):
        return False


class SourceForm(forms.ModelForm):
    class Meta:
        model = Source
        fields = ("name", "kind", "notes")

    def clean_name(self):
        name = self.cleaned_data["name"]
        problem = _registry_clash(name, source=self.instance)
        if problem is not None:
            raise forms.ValidationError(problem)
        return name


class MergeForm(forms.Form):
    target = forms.ModelChoiceField(queryset=Source.objects.none(), label="Keep this source")
    reason = forms.CharField(
        max_length=500, required=False, help_text="Kept with the merge record, e.g. 'same ministry, two spellings'."
    )

    def __init__(self, *args, queryset=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target"].queryset = queryset if queryset is not None else Source.objects.none()


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    form = SourceForm
    list_display = ("name", "kind", "alias_list", "attribution_count")
    list_filter = ("kind",)
    search_fields = ("name", "aliases__name", "attributions__descriptor")
    fields = ("name", "kind", "notes", "attributions_used", "descriptors", "track_record")
    readonly_fields = ("attributions_used", "descriptors", "track_record")
    inlines = [AliasInline, MergeInline]
    actions = ["merge"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_attributions=Count("attributions")).prefetch_related("aliases")

    @admin.display(description="aliases")
    def alias_list(self, obj: Source) -> str:
        return ", ".join(a.name for a in obj.aliases.all())

    @admin.display(description="attributions", ordering="_attributions")
    def attribution_count(self, obj: Source) -> int:
        return obj._attributions

    @admin.display(description="attributions")
    def attributions_used(self, obj: Source) -> str:
        if obj.pk is None:
            return "—"
        rows = list(
            obj.attributions.select_related("claim")
            .order_by("-claim__created_at", "-id")
            .values_list("claim_id", "claim__text", "name_as_written")[:10]
        )
        total = obj.attributions.count()
        if not rows:
            return "none yet"
        lines = format_html_join(
            "",
            '<div><a href="{}">{}</a> — as “{}”</div>',
            ((reverse("admin:claims_claim_change", args=[pk]), text[:120], written) for pk, text, written in rows),
        )
        more = format_html("<div>… and {} more</div>", total - len(rows)) if total > len(rows) else ""
        return format_html("<div>{} claim attribution(s)</div>{}{}", total, lines, more)

    @admin.display(description="descriptors used")
    def descriptors(self, obj: Source) -> str:
        return "; ".join(selectors.source_descriptors(source=obj)) or "—"

    @admin.display(description="track record (published claims by verdict)")
    def track_record(self, obj: Source) -> str:
        record = selectors.source_track_record(source=obj)
        return ", ".join(f"{label}: {n}" for label, n in record.items()) or "no published claims yet"

    @admin.action(description="Merge the selected sources into one…", permissions=["change"])
    def merge(self, request, queryset):
        if queryset.count() < 2:
            self.message_user(request, "Select at least two sources to merge.", messages.ERROR)
            return None
        form = MergeForm(request.POST if "apply" in request.POST else None, queryset=queryset)
        if "apply" in request.POST and form.is_valid():
            target = form.cleaned_data["target"]
            others = [s for s in queryset if s.pk != target.pk]
            services.merge_sources(
                target=target, others=others, actor=request.user, reason=form.cleaned_data["reason"]
            )
            self.message_user(request, f"Merged {len(others)} source(s) into {target}.", messages.SUCCESS)
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": "Merge sources",
            "form": form,
            "queryset": queryset,
            "action": "merge",
            "action_checkbox_name": ACTION_CHECKBOX_NAME,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/claims/claim/action_form.html", context)


@admin.register(VerdictRating)
class VerdictRatingAdmin(admin.ModelAdmin):
    list_display = ("label", "rating_value", "order", "active")
    list_editable = ("order", "active")


@admin.register(ClaimTransition)
class ClaimTransitionAdmin(admin.ModelAdmin):
    """The audit trail: read-only."""

    list_display = ("created_at", "claim", "from_status", "to_status", "actor", "reason")
    list_filter = ("to_status", "actor")
    search_fields = ("claim__text", "reason")
    list_select_related = ("claim", "actor")

    def get_queryset(self, request):
        return super().get_queryset(request).filter(claim__in=_visible_claims(request.user))

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(DeskProfile)
class DeskProfileAdmin(admin.ModelAdmin):
    list_display = ("user", "languages", "email_notifications", "auto_assign")


@admin.register(ClaimNote)
class ClaimNoteAdmin(admin.ModelAdmin):
    """Read-only: notes are written on the desk, where services.add_note checks who may; an admin
    add form would let anyone with the permission write a note as someone else on any claim."""

    list_display = ("created_at", "claim", "author", "body")
    list_select_related = ("claim", "author")
    readonly_fields = ("claim", "author", "body", "created_at")

    def get_queryset(self, request):
        return super().get_queryset(request).filter(claim__in=_visible_claims(request.user))

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
admin.site.site_header = "verify — claim and source verification desk"
admin.site.site_title = "verify"
admin.site.index_title = "Desk administration"
