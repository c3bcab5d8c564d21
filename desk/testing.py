"""Helpers for the desk's tests: articles with realistic, non-overlapping claim spans."""

from __future__ import annotations

from claims import services
from claims.models import Article, Attribution, Claim, ClaimTransition, Source, VerdictRating, content_hash

SENTENCES = (
    "Heavy rain flooded the main road into the city on Monday, officials said.",
    '"At least 40 homes were damaged," Maria Lopez, the mayor, told Reuters.',
    "The army reportedly sent two helicopters to the area.",
    "The river rose by three metres in six hours, according to the water board.",
)


def make_article(*, sentences=SENTENCES, title: str = "Floods cut the main road", checkworthiness=None, **fields):
    """An extracted article whose claims are its sentences, each with its exact span."""
    text = title + "\n\n" + "\n\n".join(sentences) + "\n"
    article = Article.objects.create(
        original_text=text,
        content_hash=content_hash(text),
        title=title,
        outlet=fields.pop("outlet", "The Daily Example"),
        extraction_status=Article.ExtractionStatus.EXTRACTED,
        **fields,
    )
    claims = []
    for ordinal, sentence in enumerate(sentences, start=1):
        start = text.index(sentence)
        worth = checkworthiness[ordinal - 1] if checkworthiness else max(0.05, round(0.9 - 0.1 * ordinal, 2))
        claim = Claim.objects.create(
            article=article,
            ordinal=ordinal,
            text=sentence,
            start=start,
            end=start + len(sentence),
            checkworthiness=worth,
        )
        ClaimTransition.objects.create(claim=claim, from_status="", to_status=Claim.Status.NEW, reason="extracted")
        claims.append(claim)
    return article, claims


def attribute(claim: Claim, name: str, *, descriptor: str = "", via: str = "", cue: str = "said", kind="person"):
    source, _ = Source.objects.get_or_create(normalized_name=name.lower(), defaults={"name": name, "kind": kind})
    ordinal = claim.attributions.count() + 1
    return Attribution.objects.create(
        claim=claim, source=source, ordinal=ordinal, name_as_written=name, cue=cue, descriptor=descriptor, via=via
    )


def rating(label: str = "False") -> VerdictRating:
    return VerdictRating.objects.get(label=label)


def to_review(claim: Claim, checker, *, label: str = "False") -> Claim:
    services.assign_claim(claim=claim, assignee=checker, actor=checker)
    services.start_claim(claim=claim, actor=checker)
    services.propose_verdict(claim=claim, actor=checker, rating=rating(label), explanation="Records say 12 homes.")
    claim.refresh_from_db()
    return claim


def publish(claim: Claim, checker, editor, *, label: str = "False") -> Claim:
    to_review(claim, checker, label=label)
    services.approve_verdict(claim=claim, actor=editor)
    claim.refresh_from_db()
    return claim
