"""Forms name only the fields a person may set; anything else posted (status, assignee,
approved_by ...) is never read, so a forged field cannot change a claim."""

from __future__ import annotations

import re

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q

from claims import roles
from claims.models import Article, Claim, Evidence, Source, VerdictRating, normalize_source_name

YES_NO = [("", "any"), ("yes", "yes"), ("no", "no")]


def _yes_no(value: str) -> bool | None:
    return {"yes": True, "no": False}.get(value)


class UnassignedFilterForm(forms.Form):
    """Filters for the Unassigned list. Article and source are typed, not picked from a list:
    a <select> of every article with waiting claims ran to ~80,000 options at 1M claims."""

    article = forms.IntegerField(
        required=False,
        min_value=1,
        label="Article",
        widget=forms.NumberInput(attrs={"placeholder": "article id", "min": "1", "inputmode": "numeric"}),
    )
    source = forms.CharField(
        required=False,
        max_length=300,
        label="Source",
        widget=forms.TextInput(attrs={"placeholder": "name, alias or id"}),
    )
    unverifiable = forms.ChoiceField(choices=YES_NO, required=False, label="Unverifiable flag")
    hedged = forms.ChoiceField(choices=YES_NO, required=False, label="Hedged")
    min_checkworthiness = forms.FloatField(
        required=False,
        min_value=0,
        max_value=1,
        label="Check-worthiness at least",
        widget=forms.NumberInput(attrs={"step": "0.05", "min": "0", "max": "1", "placeholder": "0.0 to 1.0"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.article_title: str | None = None
        self._article: Article | None = None
        self._source: Source | None = None

    def clean_article(self):
        pk = self.cleaned_data.get("article")
        if pk is None:
            return None
        article = Article.objects.filter(pk=pk).first()
        if article is None:
            raise forms.ValidationError("No article has this id.")
        self._article = article
        self.article_title = article.display_title
        self.fields["article"].help_text = article.display_title
        return article

    def clean_source(self):
        text = (self.cleaned_data.get("source") or "").strip()
        if not text:
            return None
        source = None
        if text.isdigit():
            source = Source.objects.filter(pk=int(text)).first()
        if source is None:
            key = normalize_source_name(text)
            if key:
                source = (
                    Source.objects.filter(normalized_name=key).first()
                    or Source.objects.filter(aliases__normalized_name=key).first()
                )
        if source is None:
            raise forms.ValidationError(f"No source is named “{text}”. Give its name, an alias or its id.")
        self._source = source
        self.fields["source"].help_text = f"{source.name} (id {source.pk})"
        return source

    def filters(self) -> dict:
        if not self.is_valid():
            return {}
        data = self.cleaned_data
        return {
            "article_id": data["article"].pk if data.get("article") else None,
            "source_id": data["source"].pk if data.get("source") else None,
            "unverifiable": _yes_no(data.get("unverifiable") or ""),
            "hedged": _yes_no(data.get("hedged") or ""),
            "min_checkworthiness": data.get("min_checkworthiness"),
        }


class TakeNextForm(forms.Form):
    article = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)


class EvidenceForm(forms.Form):
    url = forms.URLField(
        required=False,
        max_length=2000,
        label="Link",
        assume_scheme="https",
        widget=forms.URLInput(attrs={"placeholder": "https://"}),
    )
    archive_url = forms.URLField(
        required=False,
        max_length=2000,
        label="Archived copy",
        assume_scheme="https",
        widget=forms.URLInput(attrs={"placeholder": "https://web.archive.org/..."}),
    )
    note = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3}), label="What it shows")
    stance = forms.ChoiceField(choices=Evidence.Stance.choices, initial=Evidence.Stance.CONTEXT, label="This evidence")

    def clean(self):
        data = super().clean()
        if not (data.get("url") or data.get("archive_url") or (data.get("note") or "").strip()):
            raise forms.ValidationError("Give a link, an archived copy or a note.")
        return data


class NoteForm(forms.Form):
    body = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), label="Note", max_length=10000)


class ProposeVerdictForm(forms.Form):
    rating = forms.ModelChoiceField(
        queryset=VerdictRating.objects.filter(active=True).order_by("order", "id"),
        empty_label=None,
        widget=forms.RadioSelect,
        label="Verdict",
    )
    explanation = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 5}),
        label="Explanation",
        max_length=20000,
        help_text="What the evidence shows; this is published with the verdict.",
    )


class ReasonForm(forms.Form):
    reason = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), label="Reason", max_length=5000)

    LABELS = {
        "return": "Why return it (the fact-checker reads this)",
        "dismiss": "Why dismiss it",
        "reopen": "What needs correcting",
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"].label = self.LABELS.get(self.prefix or "", "Reason")


class ApproveForm(forms.Form):
    note = forms.CharField(
        required=False, widget=forms.Textarea(attrs={"rows": 2}), label="Note (optional)", max_length=5000
    )


def desk_people():
    User = get_user_model()
    return (
        User.objects.filter(is_active=True)
        .filter(Q(groups__name=roles.FACT_CHECKERS) | Q(groups__name=roles.EDITORS))
        .distinct()
        .order_by("username")
    )


class AssignForm(forms.Form):
    assignee = forms.ModelChoiceField(queryset=get_user_model().objects.none(), label="Assign to")
    deadline = forms.DateTimeField(
        required=False,
        label="Deadline (optional)",
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = desk_people()
        self.fields["assignee"].label_from_instance = lambda u: u.get_full_name() or u.get_username()


class BulkAssignForm(AssignForm):
    claims = forms.ModelMultipleChoiceField(
        queryset=Claim.objects.all(),
        label="Claims",
        error_messages={"required": "Tick at least one claim."},
    )


LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(-[a-z0-9]{2,8})?$")


class DeskSettingsForm(forms.Form):
    email_notifications = forms.BooleanField(
        required=False, label="Email me when a claim is assigned to me, returned, approved or overdue"
    )
    auto_assign = forms.BooleanField(required=False, label="Give me claims by automatic routing")
    languages = forms.CharField(
        required=False,
        label="Languages I check",
        help_text="Language codes separated by commas, e.g. en, ar, fr. Leave empty to receive every language.",
        max_length=200,
    )

    def clean_languages(self) -> list[str]:
        codes = [code.strip().lower() for code in (self.cleaned_data.get("languages") or "").split(",") if code.strip()]
        wrong = [code for code in codes if not LANGUAGE_CODE.match(code)]
        if wrong:
            raise forms.ValidationError(f"Not a language code: {', '.join(wrong)}. Use codes such as en, ar, fr.")
        return sorted(set(codes))
