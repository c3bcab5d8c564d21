"""Every write to the desk goes through here: ingestion, extraction, the claim workflow and the
source registry. Views, admin actions, API views, commands and tasks all call these functions.

Each function takes keyword arguments only, runs in a transaction, checks the state it starts
from and records what it changed. Workflow moves use conditional UPDATEs so that two people
acting on one claim at once get one winner and one ConflictError, never a mixed state.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import IntegrityError, connection, transaction
from django.db.models import Count, F, Q
from django.utils import timezone

from . import roles
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
    content_hash,
    normalize_source_name,
)

if TYPE_CHECKING:
    from rest_framework_api_key.models import APIKey

logger = logging.getLogger(__name__)
User = get_user_model()
S = Claim.Status


class ServiceError(Exception):
    """A request the desk refuses, with a message fit to show the person who made it."""


class IngestError(ServiceError):
    pass


class DuplicateArticleError(IngestError):
    def __init__(self, article: Article):
        self.article = article
        super().__init__(f"this article was already ingested as article {article.pk}")


class WorkflowError(ServiceError):
    pass


class WorkflowPermissionError(WorkflowError):
    pass


class ConflictError(WorkflowError):
    """Someone else changed the claim first; the caller's view of it is stale."""


# --------------------------------------------------------------------------- ingestion

# Control characters that never occur in text (tab, newline, carriage return and form feed do).
_BINARY_CONTROL = {chr(c) for c in range(32) if chr(c) not in "\t\n\r\f"} | {"\x7f"}


def decode_article_bytes(*, data: bytes, name: str = "input") -> str:
    """Turn uploaded or read bytes into article text, refusing what is not a text article."""
    limit = settings.VERIFY_MAX_ARTICLE_BYTES
    if len(data) > limit:
        raise IngestError(f"{name}: {len(data):,} bytes is over the size limit of {limit:,} bytes")
    if not data.strip():
        raise IngestError(f"{name}: the file is empty")
    if b"\x00" in data:
        raise IngestError(f"{name}: this looks like a binary file (it contains NUL bytes), not a text article")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise IngestError(
            f"{name}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at position {exc.start}); "
            "save the article as UTF-8 and try again"
        ) from None
    return text


def validate_article_text(*, text: str, name: str = "input") -> str:
    if text is None or not text.strip():
        raise IngestError(f"{name}: the article is empty")
    size = len(text.encode("utf-8", errors="surrogatepass"))
    limit = settings.VERIFY_MAX_ARTICLE_BYTES
    if size > limit:
        raise IngestError(f"{name}: {size:,} bytes is over the size limit of {limit:,} bytes")
    controls = sum(1 for ch in text[:200_000] if ch in _BINARY_CONTROL)
    if "\x00" in text or controls > 8:
        raise IngestError(f"{name}: this looks like binary data, not a text article")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise IngestError(f"{name}: the text contains unpaired surrogate characters; it is not valid Unicode") from None
    return text


@dataclass(frozen=True)
class IngestResult:
    article: Article
    created: bool


def ingest_article(
    *,
    text: str,
    origin: str = Article.Origin.TEXT,
    filename: str = "",
    url: str = "",
    submitted_by=None,
    submitted_by_key: APIKey | None = None,
    name: str = "input",
) -> Article:
    """Store an article exactly as received and queue its extraction once the row is committed.

    Raises IngestError for input that is not an article and DuplicateArticleError (carrying the
    existing article) for one that is already on the desk. `submitted_by_key` is the API key of the
    consumer who sent it through the API; that consumer may then read it and all its claims.
    """
    validate_article_text(text=text, name=name)
    digest = content_hash(text)
    existing = Article.objects.filter(content_hash=digest).first()
    if existing is not None:
        raise DuplicateArticleError(existing)
    try:
        with transaction.atomic():
            article = Article.objects.create(
                original_text=text,
                content_hash=digest,
                origin=origin,
                filename=filename[:255],
                url=url,
                submitted_by=submitted_by if submitted_by is not None and submitted_by.is_authenticated else None,
                submitted_by_key=submitted_by_key,
            )
            transaction.on_commit(lambda: enqueue_extraction(article_id=article.pk), robust=True)
    except IntegrityError:
        # Another request stored the same article between our check and our insert.
        existing = Article.objects.filter(content_hash=digest).first()
        if existing is None:
            raise
        raise DuplicateArticleError(existing) from None
    logger.info("article %s stored (%s, %d characters); extraction queued", article.pk, origin, len(text))
    return article


def enqueue_extraction(*, article_id: int) -> bool:
    """Queue extraction; if the broker is down the article stays `received` for the sweeper."""
    from .tasks import extract_article

    try:
        extract_article.delay(article_id)
    except Exception as exc:  # the broker's errors are many and transport specific
        logger.warning("article %s: could not queue extraction (%s); the sweeper will retry", article_id, exc)
        return False
    # The sweeper reads this to tell "never queued" (broker was down) from "queued, waiting its turn".
    Article.objects.filter(pk=article_id).update(extraction_queued_at=timezone.now())
    return True


def request_reextraction(*, article: Article) -> None:
    transaction.on_commit(lambda: enqueue_extraction(article_id=article.pk), robust=True)


# --------------------------------------------------------------------------- extraction


def _parse_date(value: Any) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _clip(value: Any, length: int) -> str:
    return (str(value) if value is not None else "")[:length]


def run_extraction(*, article_id: int) -> Article | None:
    """Extract an article's claims and store them, idempotently.

    The parse runs outside any transaction (it is slow); the write runs in one transaction
    holding the article's row lock, so two runs at once serialise and the second finds
    nothing to change. A claim the fact-checkers already work on is never deleted.
    """
    from . import extraction

    article = Article.objects.filter(pk=article_id).first()
    if article is None:
        logger.info("article %s: gone before extraction; nothing to do", article_id)
        return None
    if article.extraction_status == Article.ExtractionStatus.FETCHING:
        logger.info("article %s: its page is not fetched yet; extraction waits for it", article_id)
        return article
    if article.extraction_attempts >= settings.VERIFY_MAX_DELIVERIES and article.extraction_status in (
        Article.ExtractionStatus.EXTRACTING,
        Article.ExtractionStatus.RECEIVED,
    ):
        mark_extraction_failed(
            article_id=article_id,
            reason=f"gave up after {article.extraction_attempts} attempts: the worker stopped each time",
        )
        return Article.objects.get(pk=article_id)
    Article.objects.filter(pk=article_id).update(
        extraction_status=Article.ExtractionStatus.EXTRACTING,
        extraction_started_at=timezone.now(),
        extraction_attempts=F("extraction_attempts") + 1,
    )
    logger.info("article %s: extraction started", article_id)
    try:
        result = extraction.extract(article.original_text, time_budget=settings.VERIFY_EXTRACTION_TIME_BUDGET)
    except extraction.ExtractionError as exc:
        mark_extraction_failed(article_id=article_id, reason=str(exc) or exc.__class__.__name__)
        return Article.objects.get(pk=article_id)
    return store_extraction(article_id=article_id, result=result)


def mark_extraction_failed(*, article_id: int, reason: str) -> None:
    with transaction.atomic():
        article = Article.objects.select_for_update().filter(pk=article_id).first()
        if article is None or article.extraction_status == Article.ExtractionStatus.EXTRACTED:
            # A concurrent run already finished this article; its result stands.
            return
        article.extraction_status = Article.ExtractionStatus.FAILED
        article.failure_reason = reason[:2000]
        article.save(update_fields=["extraction_status", "failure_reason", "updated_at"])
    logger.warning("article %s: extraction failed: %s", article_id, reason)


def _untouched_claim_ids(claim_ids: list[int]) -> set[int]:
    """Those of the claims nobody has worked on yet (new, unassigned, no verdict, evidence or note)."""
    if not claim_ids:
        return set()
    return set(
        Claim.objects.filter(
            pk__in=claim_ids, status=S.NEW, assignee__isnull=True, verdicts=None, evidence=None, notes=None
        ).values_list("pk", flat=True)
    )


@transaction.atomic
def store_extraction(*, article_id: int, result: dict) -> Article:
    """Write an extraction under the article's row lock, in a fixed handful of statements
    whatever the number of claims and sources (bulk inserts and updates, one lookup for all
    the sources), so that storing costs little next to the parse. Running it again with the
    same result changes nothing: the same claims keep their ids and their one transition."""
    article = Article.objects.select_for_update().get(pk=article_id)
    meta = result.get("metadata") or {}
    article.title = _clip(meta.get("title"), 1000)
    article.standfirst = meta.get("standfirst") or ""
    article.published = _parse_date(meta.get("published"))
    article.byline = _clip(meta.get("byline"), 500)
    article.outlet = _clip(meta.get("outlet"), 300)
    article.reading_time = _clip(meta.get("reading_time"), 100)
    article.image_captions = list(meta.get("image_captions") or [])
    article.credits = list(meta.get("credits") or [])
    article.language = _clip(result.get("language") or "", 16)
    article.extraction_warnings = list(result.get("warnings") or [])

    existing = {(c.start, c.end): c for c in article.claims.all()}
    wanted = []
    for item in result.get("claims") or []:
        start, end = int(item["start"]), int(item["end"])
        if not (0 <= start < end <= len(article.original_text)):
            raise ValueError(f"claim span {start}:{end} is outside the article")
        wanted.append(item)
    wanted_keys = {(int(i["start"]), int(i["end"])) for i in wanted}

    stale = [claim for key, claim in existing.items() if key not in wanted_keys]
    untouched = _untouched_claim_ids([c.pk for c in stale])
    if untouched:
        Claim.objects.filter(pk__in=untouched).delete()
    kept_stale = [c for c in stale if c.pk not in untouched]
    if len(existing) > len(untouched):
        # Ordinals are unique per article; park them out of the way before renumbering.
        article.claims.update(ordinal=F("ordinal") + 1_000_000)

    language = article.language or "en"
    created: list[Claim] = []
    renumbered: list[Claim] = []
    changed_claims: list[Claim] = []
    changed_fields: set[str] = set()
    cited: list[tuple[Claim, list[dict]]] = []
    ordinal = 0
    for item in wanted:
        ordinal += 1
        key = (int(item["start"]), int(item["end"]))
        fields = {
            "text": article.original_text[key[0] : key[1]],
            "checkworthiness": min(1.0, max(0.0, float(item.get("checkworthiness") or 0.0))),
            "hedges": list(item.get("hedges") or []),
            "unverifiable": bool(item.get("unverifiable")),
            "unverifiable_by": _clip(item.get("unverifiable_by"), 300),
            "language": language,
        }
        claim = existing.get(key)
        if claim is None:
            claim = Claim(article=article, start=key[0], end=key[1], ordinal=ordinal, **fields)
            created.append(claim)
        else:
            changed = [name for name, value in fields.items() if getattr(claim, name) != value]
            for name in changed:
                setattr(claim, name, fields[name])
            # The ordinal was parked in the database above, so it is always written back;
            # updated_at moves only when the claim itself changed, so API sync sees real changes only.
            claim.ordinal = ordinal
            if changed:
                changed_claims.append(claim)
                changed_fields.update(changed)
            else:
                renumbered.append(claim)
        cited.append((claim, item.get("sources") or []))
    for claim in sorted(kept_stale, key=lambda c: c.start):
        ordinal += 1
        claim.ordinal = ordinal
        renumbered.append(claim)

    if renumbered:
        Claim.objects.bulk_update(renumbered, ["ordinal"])
    if changed_claims:
        now = timezone.now()
        for claim in changed_claims:
            claim.updated_at = now
        Claim.objects.bulk_update(changed_claims, ["ordinal", *sorted(changed_fields), "updated_at"])
    if created:
        Claim.objects.bulk_create(created)  # PostgreSQL and SQLite hand back the new ids
        ClaimTransition.objects.bulk_create(
            ClaimTransition(claim=claim, from_status="", to_status=S.NEW, reason="extracted") for claim in created
        )
    _store_attributions(cited=cited, created={c.pk for c in created})

    article.extraction_status = Article.ExtractionStatus.EXTRACTED
    article.failure_reason = ""
    article.extracted_at = timezone.now()
    article.save(
        update_fields=[
            "title",
            "standfirst",
            "published",
            "byline",
            "outlet",
            "reading_time",
            "image_captions",
            "credits",
            "language",
            "extraction_warnings",
            "extraction_status",
            "failure_reason",
            "extracted_at",
            "updated_at",
        ]
    )
    transaction.on_commit(lambda: route_new_claims(article_id=article.pk), robust=True)
    logger.info("article %s: extracted, %d claims", article_id, ordinal)
    return article


def _store_attributions(*, cited: list[tuple[Claim, list[dict]]], created: set[int]) -> None:
    """Each claim's sources, in order; a claim whose attributions are already these is left alone.

    All the article's sources are resolved together and the attributions of the claims that
    changed are replaced in one delete and one insert.
    """
    sources = resolve_sources(
        names=[
            ((src.get("name") or "").strip(), src.get("kind") or Source.Kind.ORGANIZATION)
            for _, cited_sources in cited
            for src in cited_sources
        ]
    )
    rows_by_claim: dict[int, list[tuple]] = {}
    for claim, cited_sources in cited:
        rows = []
        for src in cited_sources:
            name = (src.get("name") or "").strip()
            key = normalize_source_name(name)
            if not key:
                continue
            quote = src.get("quote") if src.get("quote") in Attribution.Quote.values else Attribution.Quote.INDIRECT
            rows.append(
                (
                    sources[key].pk,
                    _clip(name, 300),
                    _clip(src.get("cue"), 200),
                    _clip(src.get("descriptor"), 500),
                    _clip(src.get("via"), 300),
                    quote,
                )
            )
        rows_by_claim[claim.pk] = rows
    current: dict[int, list[tuple]] = {}
    earlier = [pk for pk in rows_by_claim if pk not in created]
    if earlier:
        for claim_id, *row in (
            Attribution.objects.filter(claim_id__in=earlier)
            .order_by("claim_id", "ordinal")
            .values_list("claim_id", "source_id", "name_as_written", "cue", "descriptor", "via", "quote")
        ):
            current.setdefault(claim_id, []).append(tuple(row))
    replaced = [pk for pk, rows in rows_by_claim.items() if current.get(pk, []) != rows]
    stale = [pk for pk in replaced if pk in current]
    if stale:
        Attribution.objects.filter(claim_id__in=stale).delete()
    Attribution.objects.bulk_create(
        Attribution(
            claim_id=pk,
            ordinal=i,
            source_id=r[0],
            name_as_written=r[1],
            cue=r[2],
            descriptor=r[3],
            via=r[4],
            quote=r[5],
        )
        for pk in replaced
        for i, r in enumerate(rows_by_claim[pk], start=1)
    )


def resolve_sources(*, names: Iterable[tuple[str, str]]) -> dict[str, Source]:
    """`resolve_source` for many (name, kind) pairs at once, keyed by normalised name.

    The same rules in a few statements: one lookup of aliases, one of source names, one insert
    of the new plain names (in name order, so two workers adding the same new sources wait
    for each other instead of deadlocking) and one read back. A name on the curated list that
    is not registered yet goes through `resolve_source`, which records the alias. A name that
    normalises to nothing is left out.
    """
    from . import source_aliases

    wanted: dict[str, tuple[str, str]] = {}  # the first name and kind an article gives each key
    for name, kind in names:
        key = normalize_source_name(name)
        if key and key not in wanted:
            wanted[key] = (name, kind)
    if not wanted:
        return {}
    found = {
        alias.normalized_name: alias.source
        for alias in SourceAlias.objects.select_related("source").filter(normalized_name__in=list(wanted))
    }
    unknown = [key for key in wanted if key not in found]
    if unknown:
        found.update((s.normalized_name, s) for s in Source.objects.filter(normalized_name__in=unknown))
    new: dict[str, tuple[str, str]] = {}
    for key, (name, kind) in wanted.items():
        if key in found:
            continue
        curated = source_aliases.lookup(key)
        if curated is not None and key != curated.key:
            found[key] = resolve_source(name=name, kind=kind)
        else:
            new[key] = (name, kind if kind in Source.Kind.values else Source.Kind.ORGANIZATION)
    if new:
        Source.objects.bulk_create(
            sorted(
                (
                    Source(name=name[:300], normalized_name=normalize_source_name(name[:300]), kind=kind)
                    for name, kind in new.values()
                ),
                key=lambda s: s.normalized_name,
            ),
            ignore_conflicts=True,  # another worker added it first: read it back below
        )
        found.update((s.normalized_name, s) for s in Source.objects.filter(normalized_name__in=list(new)))
        for key, (name, kind) in new.items():
            if key not in found:  # e.g. a name cut at 300 characters that normalises differently
                found[key] = resolve_source(name=name, kind=kind)
    return found


def resolve_source(*, name: str, kind: str) -> Source:
    """Find a source in the registry by its name or one of its aliases, or add it.

    Order: an alias row, a source of that name, then the curated list in
    `claims.source_aliases` ("ISIL" -> "Islamic State"): the canonical source is found or
    created and the name is recorded as its alias, so the next lookup is a plain alias hit.
    """
    from . import source_aliases

    key = normalize_source_name(name)
    alias = SourceAlias.objects.select_related("source").filter(normalized_name=key).first()
    if alias is not None:
        return alias.source
    curated = source_aliases.lookup(key)
    if curated is not None and key != curated.key and not Source.objects.filter(normalized_name=key).exists():
        source = resolve_source(name=curated.name, kind=curated.kind)
        try:
            add_source_alias(source=source, name=name[:300])
        except ServiceError as exc:  # e.g. a concurrent run recorded it first; the source is right either way
            logger.info("curated alias %r for %s not recorded: %s", name, source, exc)
        return source
    if kind not in Source.Kind.values:
        kind = Source.Kind.ORGANIZATION
    try:
        with transaction.atomic():
            source, _ = Source.objects.get_or_create(normalized_name=key, defaults={"name": name[:300], "kind": kind})
    except IntegrityError:
        source = Source.objects.get(normalized_name=key)
    return source


@transaction.atomic
def add_source_alias(*, source: Source, name: str) -> SourceAlias:
    key = normalize_source_name(name)
    if not key:
        raise ServiceError("an alias needs at least one letter or digit")
    if key == source.normalized_name:
        raise ServiceError(f"{name!r} is already the source's own name")
    other = Source.objects.filter(normalized_name=key).exclude(pk=source.pk).first()
    if other is not None:
        raise ServiceError(f"{name!r} is the name of another source ({other.pk}); merge the two instead")
    alias, created = SourceAlias.objects.get_or_create(normalized_name=key, defaults={"source": source, "name": name})
    if not created and alias.source_id != source.pk:
        raise ServiceError(f"{name!r} is already an alias of {alias.source}")
    return alias


@transaction.atomic
def merge_sources(*, target: Source, others: Iterable[Source], actor=None, reason: str = "") -> Source:
    """Fold `others` into `target`: their attributions and aliases move, their names become aliases.

    Each merge is recorded (SourceMerge): the merged row is deleted, so the record keeps its name.
    """
    target = Source.objects.select_for_update().get(pk=target.pk)
    for other in others:
        if other.pk == target.pk:
            continue
        other = Source.objects.select_for_update().get(pk=other.pk)
        moved = Attribution.objects.filter(source=other).update(source=target)
        aliases_moved = SourceAlias.objects.filter(source=other).update(source=target)
        # Earlier merges into `other` stay on record: deleting it would otherwise cascade to them.
        SourceMerge.objects.filter(target=other).update(target=target)
        SourceMerge.objects.create(
            target=target,
            merged_source_id=other.pk,
            merged_name=other.name,
            merged_kind=other.kind,
            attributions_moved=moved,
            aliases_moved=aliases_moved,
            actor=actor,
            reason=_clip(reason, 500),
        )
        old_name, old_key = other.name, other.normalized_name
        notes = other.notes
        other.delete()
        if old_key != target.normalized_name:
            SourceAlias.objects.get_or_create(normalized_name=old_key, defaults={"source": target, "name": old_name})
        if notes:
            target.notes = (target.notes + "\n" + notes).strip()
        logger.info("source %s merged into %s by %s (%d attributions moved)", old_name, target.name, actor, moved)
    target.save()
    return target


# --------------------------------------------------------------------------- workflow


def _record(
    *, claim: Claim, from_status: str, to_status: str, actor=None, reason: str = "", notify: bool = True
) -> ClaimTransition:
    transition = ClaimTransition.objects.create(
        claim=claim, from_status=from_status, to_status=to_status, actor=actor, reason=reason
    )
    if not notify:  # e.g. taking a claim yourself: nobody else needs to hear about it
        return transition
    from .notifications import notify_transition

    transition_id = transition.pk
    transaction.on_commit(lambda: notify_transition(transition_id=transition_id), robust=True)
    return transition


def _move(*, claim: Claim, allowed_from: Iterable[str], to: str, actor, reason: str = "", **fields) -> Claim:
    """Move a claim if (and only if) it is still in one of `allowed_from`; record the move."""
    current = _check_status(claim=claim, allowed_from=allowed_from, to=to)
    fields["updated_at"] = timezone.now()
    changed = Claim.objects.filter(pk=claim.pk, status=current).update(status=to, **fields)
    if changed != 1:
        raise ConflictError("someone changed this claim at the same moment; reload it and try again")
    _record(claim=claim, from_status=current, to_status=to, actor=actor, reason=reason)
    claim.refresh_from_db()
    return claim


def _check_status(*, claim: Claim, allowed_from: Iterable[str], to: str) -> str:
    """The claim's status now, in the database; ConflictError if the move is not allowed from it."""
    current = Claim.objects.filter(pk=claim.pk).values_list("status", flat=True).first()
    if current is None:
        raise WorkflowError("this claim no longer exists")
    if current not in list(allowed_from):
        raise ConflictError(
            f"cannot move a claim that is {S(current).label} to {S(to).label}"
            + (" (someone changed it meanwhile)" if claim.status != current else "")
        )
    return current


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise WorkflowPermissionError(message)


def _require_reason(reason: str, what: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise WorkflowError(f"give a reason to {what}")
    return reason


def _lease_expiry() -> datetime:
    return timezone.now() + timedelta(hours=settings.VERIFY_LEASE_HOURS)


@transaction.atomic
def assign_claim(*, claim: Claim, assignee, actor, deadline: datetime | None = None, reason: str = "") -> Claim:
    """Give a claim to a fact-checker. Editors assign anyone; a fact-checker may take a new claim."""
    _require(roles.is_fact_checker(assignee) or roles.is_editor(assignee), f"{assignee} is not on the desk")
    self_take = actor is not None and assignee.pk == actor.pk and roles.is_fact_checker(actor)
    _require(roles.is_editor(actor) or self_take, "only editors can assign claims to other people")
    allowed = [S.NEW, S.ASSIGNED, S.IN_PROGRESS] if roles.is_editor(actor) else [S.NEW]
    return _move(
        claim=claim,
        allowed_from=allowed,
        to=S.ASSIGNED,
        actor=actor,
        reason=reason or f"assigned to {assignee.get_username()}",
        assignee=assignee,
        deadline=deadline or claim.deadline or timezone.now() + timedelta(hours=settings.VERIFY_DEFAULT_DEADLINE_HOURS),
        lease_expires_at=_lease_expiry(),
    )


_TOOK_NEXT = "took next claim"

# One statement takes the next claim on PostgreSQL: it picks the row (SKIP LOCKED, so concurrent
# takers each get a different claim without waiting for one another), assigns it, records the
# transition and returns the claim. One round trip instead of five (BEGIN, UPDATE, INSERT, COMMIT,
# SELECT); a single statement is atomic on its own, so no explicit transaction is needed.
# The order is the partial index claim_unassigned_idx's; ascending deadlines put NULLs last.
_TAKE_NEXT_SQL = """
WITH picked AS (
    SELECT id FROM claims_claim
     WHERE status = %(new)s AND assignee_id IS NULL
       AND (%(article)s::bigint IS NULL OR article_id = %(article)s::bigint)
     ORDER BY checkworthiness DESC, deadline ASC, id ASC
     LIMIT 1
       FOR UPDATE SKIP LOCKED
), taken AS (
    UPDATE claims_claim AS claim
       SET status = %(assigned)s, assignee_id = %(user)s, lease_expires_at = %(lease)s,
           deadline = COALESCE(claim.deadline, %(deadline)s), updated_at = %(now)s
      FROM picked
     WHERE claim.id = picked.id AND claim.status = %(new)s AND claim.assignee_id IS NULL
 RETURNING claim.*
), recorded AS (
    INSERT INTO claims_claimtransition (claim_id, from_status, to_status, actor_id, reason, created_at)
    SELECT id, %(new)s, %(assigned)s, %(user)s, %(reason)s, %(now)s FROM taken
)
SELECT * FROM taken
"""


def take_next_claim(*, user, article_id: int | None = None) -> Claim | None:
    """Assign the most check-worthy unassigned claim to `user`; two people never get the same one.

    The order is the Unassigned list's: check-worthiness, then the nearest deadline, then age.
    The claim gets a lease and a transition row (new -> assigned, by `user`, "took next claim").
    """
    _require(roles.is_fact_checker(user), "only fact-checkers take claims from the queue")
    now = timezone.now()
    deadline = now + timedelta(hours=settings.VERIFY_DEFAULT_DEADLINE_HOURS)
    if connection.vendor == "postgresql":
        params = {
            "new": S.NEW,
            "assigned": S.ASSIGNED,
            "user": user.pk,
            "lease": _lease_expiry(),
            "deadline": deadline,
            "now": now,
            "article": article_id,
            "reason": _TOOK_NEXT,
        }
        # raw() builds the Claim from the RETURNING row with the fields' own converters (JSON etc.).
        return next(iter(Claim.objects.raw(_TAKE_NEXT_SQL, params)), None)
    queue = Claim.objects.filter(status=S.NEW, assignee__isnull=True)
    if article_id is not None:
        queue = queue.filter(article_id=article_id)
    queue = queue.order_by("-checkworthiness", F("deadline").asc(nulls_last=True), "id")
    for _attempt in range(20):
        with transaction.atomic():
            claim = queue.first()
            if claim is None:
                return None
            changed = Claim.objects.filter(pk=claim.pk, status=S.NEW, assignee__isnull=True).update(
                status=S.ASSIGNED,
                assignee=user,
                lease_expires_at=_lease_expiry(),
                deadline=claim.deadline or deadline,
                updated_at=now,
            )
            if changed == 1:
                _record(
                    claim=claim,
                    from_status=S.NEW,
                    to_status=S.ASSIGNED,
                    actor=user,
                    reason=_TOOK_NEXT,
                    notify=False,
                )
                claim.refresh_from_db()
                return claim
        # Someone else took it between our read and our conditional update: try the next one.
    return None


@transaction.atomic
@transaction.atomic
def start_claim(*, claim: Claim, actor) -> Claim:
    _require_assignee(claim=claim, actor=actor, message="only the assigned fact-checker can start this claim")
    return _move(
        claim=claim, allowed_from=[S.ASSIGNED], to=S.IN_PROGRESS, actor=actor, lease_expires_at=_lease_expiry()
    )


@transaction.atomic
def propose_verdict(*, claim: Claim, actor, rating: VerdictRating, explanation: str) -> Verdict:
    _require_assignee(claim=claim, actor=actor, message="only the assigned fact-checker can propose a verdict")
    explanation = (explanation or "").strip()
    if not explanation:
        raise WorkflowError("a verdict needs an explanation")
    if not rating.active:
        raise WorkflowError(f"the rating {rating} is no longer in use")
    claim = _move(
        claim=claim, allowed_from=[S.ASSIGNED, S.IN_PROGRESS], to=S.IN_REVIEW, actor=actor, reason=f"proposed {rating}"
    )
    version = (claim.verdicts.order_by("-version").values_list("version", flat=True).first() or 0) + 1
    return Verdict.objects.create(
        claim=claim, version=version, rating=rating, explanation=explanation, proposed_by=actor
    )


def _lock(claim: Claim) -> None:
    """Hold the claim's row until commit, so that a check and the move after it see one state.

    Without it an approve and a return at the same moment both pass the status check, and the
    loser finds the verdict already decided and fails with a misleading error, not a ConflictError.
    """
    list(Claim.objects.select_for_update().filter(pk=claim.pk).values_list("pk", flat=True))


def _require_assignee(*, claim: Claim, actor, message: str) -> None:
    """Lock the row and check the assignee stored now, not the caller's copy.

    The caller's copy may predate a reassignment; the status-guarded update in `_move` would not
    notice one, so a fact-checker whose claim was just given to someone else could still act on it.
    """
    # One statement: lock the row and read the assignee it holds now.
    stored = Claim.objects.select_for_update().filter(pk=claim.pk).values_list("assignee_id", flat=True).first()
    _require(stored is not None and stored == getattr(actor, "pk", None), message)


def _pending_verdict(claim: Claim) -> Verdict:
    verdict = claim.verdicts.filter(state=Verdict.State.PROPOSED).order_by("-version").first()
    if verdict is None:
        raise WorkflowError("this claim has no proposed verdict to review")
    return verdict


@transaction.atomic
def approve_verdict(*, claim: Claim, actor, note: str = "") -> Verdict:
    _require(roles.is_editor(actor), "only editors can approve verdicts")
    _lock(claim)
    _check_status(claim=claim, allowed_from=[S.IN_REVIEW], to=S.PUBLISHED)
    verdict = _pending_verdict(claim)
    _require(verdict.proposed_by_id != actor.pk, "you proposed this verdict; a second person must approve it")
    now = timezone.now()
    _move(
        claim=claim,
        allowed_from=[S.IN_REVIEW],
        to=S.PUBLISHED,
        actor=actor,
        reason=note or "approved",
        published_at=now,
    )
    claim.verdicts.filter(state=Verdict.State.APPROVED).update(state=Verdict.State.SUPERSEDED)
    verdict.state = Verdict.State.APPROVED
    verdict.approved_by = actor
    verdict.approved_at = now
    verdict.review_note = note
    verdict.save(update_fields=["state", "approved_by", "approved_at", "review_note"])
    transaction.on_commit(lambda: _emit_webhooks("claim_verdict_approved", claim.pk), robust=True)
    return verdict


@transaction.atomic
def return_claim(*, claim: Claim, actor, reason: str) -> Claim:
    _require(roles.is_editor(actor), "only editors can return verdicts")
    reason = _require_reason(reason, "return a verdict")
    _lock(claim)
    _check_status(claim=claim, allowed_from=[S.IN_REVIEW], to=S.IN_PROGRESS)
    verdict = _pending_verdict(claim)
    claim = _move(claim=claim, allowed_from=[S.IN_REVIEW], to=S.IN_PROGRESS, actor=actor, reason=reason)
    verdict.state = Verdict.State.RETURNED
    verdict.review_note = reason
    verdict.save(update_fields=["state", "review_note"])
    return claim


@transaction.atomic
def dismiss_claim(*, claim: Claim, actor, reason: str) -> Claim:
    _require(roles.is_editor(actor), "only editors can dismiss claims")
    reason = _require_reason(reason, "dismiss a claim")
    transaction.on_commit(lambda: _emit_webhooks("claim_dismissed", claim.pk), robust=True)
    return _move(
        claim=claim,
        allowed_from=[S.NEW, S.ASSIGNED, S.IN_PROGRESS, S.IN_REVIEW],
        to=S.DISMISSED,
        actor=actor,
        reason=reason,
        lease_expires_at=None,
    )


@transaction.atomic
def reopen_claim(*, claim: Claim, actor, reason: str, assignee=None) -> Claim:
    """Reopen a published claim for a correction; its approved verdict stays in the history."""
    _require(roles.is_editor(actor), "only editors can reopen published claims")
    reason = _require_reason(reason, "reopen a claim")
    assignee = assignee or claim.assignee or actor
    transaction.on_commit(lambda: _emit_webhooks("claim_reopened", claim.pk), robust=True)
    return _move(
        claim=claim,
        allowed_from=[S.PUBLISHED],
        to=S.IN_PROGRESS,
        actor=actor,
        reason=reason,
        assignee=assignee,
        lease_expires_at=_lease_expiry(),
    )


@transaction.atomic
def release_expired_leases(*, now: datetime | None = None) -> int:
    """Return claims whose assignee has not touched them within the lease to the queue."""
    now = now or timezone.now()
    released = 0
    expired = Claim.objects.filter(status=S.ASSIGNED, lease_expires_at__lt=now).values_list("pk", "assignee_id")
    for pk, _assignee_id in list(expired):
        changed = Claim.objects.filter(pk=pk, status=S.ASSIGNED, lease_expires_at__lt=now).update(
            status=S.NEW, assignee=None, lease_expires_at=None, updated_at=now
        )
        if changed:
            claim = Claim.objects.get(pk=pk)
            _record(claim=claim, from_status=S.ASSIGNED, to_status=S.NEW, reason="assignment lease expired")
            released += 1
    return released


@transaction.atomic
def add_evidence(
    *, claim: Claim, actor, url: str = "", archive_url: str = "", note: str = "", stance: str = Evidence.Stance.CONTEXT
) -> Evidence:
    _require(
        claim.assignee_id == getattr(actor, "pk", None) or roles.is_editor(actor),
        "only the assigned fact-checker or an editor can add evidence",
    )
    if not (url or archive_url or note.strip()):
        raise WorkflowError("evidence needs a link, an archived copy or a note")
    if stance not in Evidence.Stance.values:
        raise WorkflowError(f"unknown stance {stance!r}")
    if claim.status in (S.PUBLISHED, S.DISMISSED):
        raise WorkflowError(f"the claim is {S(claim.status).label}; reopen it to add evidence")
    Claim.objects.filter(pk=claim.pk).update(updated_at=timezone.now())
    return Evidence.objects.create(
        claim=claim, url=url, archive_url=archive_url, note=note.strip(), stance=stance, added_by=actor
    )


@transaction.atomic
def add_note(*, claim: Claim, actor, body: str) -> ClaimNote:
    _require(
        claim.assignee_id == getattr(actor, "pk", None) or roles.is_editor(actor),
        "only the assigned fact-checker or an editor can add notes",
    )
    body = (body or "").strip()
    if not body:
        raise WorkflowError("a note cannot be empty")
    return ClaimNote.objects.create(claim=claim, author=actor, body=body)


# --------------------------------------------------------------------------- routing


def route_new_claims(*, article_id: int) -> int:
    """Assign an article's new claims to the least-loaded fact-checkers who read its language.

    One transaction whatever the number of claims: the claims are locked, assigned in one bulk
    update and their transitions recorded in one insert (was a transaction per claim).
    """
    if not settings.VERIFY_AUTO_ASSIGN:
        return 0
    with transaction.atomic():
        # Locked, so that nobody takes or assigns them between the choice and the update.
        claims = list(
            Claim.objects.select_for_update()
            .filter(article_id=article_id, status=S.NEW, assignee__isnull=True)
            .order_by("-checkworthiness", "id")
        )
        if not claims:
            return 0
        checkers = list(
            User.objects.filter(is_active=True, groups__name=roles.FACT_CHECKERS)
            .exclude(desk_profile__auto_assign=False)
            .annotate(
                load=Count(
                    "assigned_claims",
                    filter=Q(assigned_claims__status__in=[S.ASSIGNED, S.IN_PROGRESS]),
                    distinct=True,
                )
            )
            .select_related("desk_profile")
            .order_by("load", "id")
            .distinct()
        )
        if not checkers:
            return 0
        load = {u.pk: u.load for u in checkers}
        capacity = settings.VERIFY_ROUTING_CAPACITY
        now = timezone.now()
        lease, deadline = _lease_expiry(), now + timedelta(hours=settings.VERIFY_DEFAULT_DEADLINE_HOURS)
        routed = []
        for claim in claims:
            # Past their capacity people take work with "take next" instead of being buried in it.
            eligible = [u for u in checkers if _reads(u, claim.language) and load[u.pk] < capacity]
            if not eligible:
                continue
            person = min(eligible, key=lambda u: (load[u.pk], u.pk))
            claim.status, claim.assignee = S.ASSIGNED, person
            claim.lease_expires_at, claim.deadline, claim.updated_at = lease, deadline, now
            routed.append(claim)
            load[person.pk] += 1
        if not routed:
            return 0
        Claim.objects.bulk_update(routed, ["status", "assignee", "lease_expires_at", "deadline", "updated_at"])
        transitions = ClaimTransition.objects.bulk_create(
            ClaimTransition(claim=claim, from_status=S.NEW, to_status=S.ASSIGNED, reason="automatic routing")
            for claim in routed
        )
        from .notifications import notify_transition

        for transition in transitions:
            transaction.on_commit(
                lambda transition_id=transition.pk: notify_transition(transition_id=transition_id), robust=True
            )
    return len(routed)


def _reads(user, language: str) -> bool:
    profile = getattr(user, "desk_profile", None) if hasattr(user, "desk_profile") else None
    languages = [code.lower() for code in (profile.languages if profile else [])]
    return not languages or (language or "en").lower() in languages


def ensure_profile(*, user) -> DeskProfile:
    profile, _ = DeskProfile.objects.get_or_create(user=user)
    return profile


# --------------------------------------------------------------------------- desk helpers


@dataclass(frozen=True)
class BulkAssignResult:
    assigned: list[Claim]
    refused: list[tuple[Claim, str]]


def bulk_assign(*, claims: Iterable[Claim], assignee, actor, deadline: datetime | None = None) -> BulkAssignResult:
    """Assign several claims to one person; each claim succeeds or fails on its own, with a reason."""
    _require(roles.is_editor(actor), "only editors can assign claims to other people")
    assigned: list[Claim] = []
    refused: list[tuple[Claim, str]] = []
    for claim in claims:
        try:
            assigned.append(assign_claim(claim=claim, assignee=assignee, actor=actor, deadline=deadline))
        except WorkflowPermissionError:
            raise  # the same for every claim: the assignee is not on the desk
        except ServiceError as exc:
            refused.append((claim, str(exc)))
    return BulkAssignResult(assigned=assigned, refused=refused)


@transaction.atomic
def update_desk_profile(
    *, user, email_notifications: bool, languages: Iterable[str], auto_assign: bool | None = None
) -> DeskProfile:
    """A person's own desk settings: emails on or off, the languages they check, automatic routing."""
    profile = DeskProfile.objects.select_for_update().filter(user=user).first() or ensure_profile(user=user)
    profile.email_notifications = bool(email_notifications)
    profile.languages = sorted({code.strip().lower() for code in languages if code and code.strip()})
    if auto_assign is not None:
        profile.auto_assign = bool(auto_assign)
    profile.save()
    return profile


# --------------------------------------------------------------------------- API: webhooks and URL ingestion


def _emit_webhooks(hook: str, claim_id: int) -> None:
    """After a workflow commit: let webhooks.services queue deliveries for the claim's change."""
    from webhooks import services as webhook_services

    getattr(webhook_services, hook)(claim_id=claim_id)


def _url_placeholder_hash(url: str) -> str:
    # Stands in for the content hash until the page is fetched; cannot collide with a text's hash.
    import hashlib

    return hashlib.sha256(f"verify-url-placeholder\0{url}".encode()).hexdigest()


def is_awaiting_fetch(article: Article) -> bool:
    return article.extraction_status == Article.ExtractionStatus.FETCHING


def ingest_article_from_url(*, url: str, submitted_by=None, submitted_by_key: APIKey | None = None) -> Article:
    """Accept an article by URL: check the address now, store a row with no text yet, and fetch
    the page in the background (claims.tasks.fetch_article_url), after the row is committed.

    The row's text stays empty until the fetch stores it (store_fetched_article); a URL given
    twice raises DuplicateArticleError with the first article. `submitted_by_key` is the API key of
    the consumer who sent it, as for ingest_article.
    """
    from . import urlsafety

    try:
        target = urlsafety.check_url(url)
    except urlsafety.UnsafeURLError as exc:
        raise IngestError(f"{url}: {exc}") from None
    existing = Article.objects.filter(url=target.url).order_by("pk").first()
    if existing is not None:
        raise DuplicateArticleError(existing)
    try:
        with transaction.atomic():
            article = Article.objects.create(
                original_text="",
                content_hash=_url_placeholder_hash(target.url),
                origin=Article.Origin.URL,
                url=target.url,
                extraction_status=Article.ExtractionStatus.FETCHING,
                submitted_by=submitted_by if submitted_by is not None and submitted_by.is_authenticated else None,
                submitted_by_key=submitted_by_key,
            )
            transaction.on_commit(lambda: enqueue_fetch(article_id=article.pk), robust=True)
    except IntegrityError:
        existing = Article.objects.filter(content_hash=_url_placeholder_hash(target.url)).first()
        if existing is None:
            raise
        raise DuplicateArticleError(existing) from None
    logger.info("article %s: URL %s accepted; fetch queued", article.pk, target.url)
    return article


def enqueue_fetch(*, article_id: int) -> bool:
    from .tasks import fetch_article_url

    try:
        fetch_article_url.delay(article_id)
    except Exception as exc:  # the broker's errors are many and transport specific
        logger.warning("article %s: could not queue the URL fetch (%s)", article_id, exc)
        return False
    return True


def mark_fetch_failed(*, article_id: int, reason: str) -> None:
    Article.objects.filter(pk=article_id, extraction_status=Article.ExtractionStatus.FETCHING).update(
        extraction_status=Article.ExtractionStatus.FAILED,
        failure_reason=f"could not fetch the URL: {reason}"[:2000],
        updated_at=timezone.now(),
    )
    logger.warning("article %s: URL fetch failed: %s", article_id, reason)


def store_fetched_article(*, article_id: int, text: str) -> Article | None:
    """Store the text fetched for a URL article, once, and queue its extraction."""
    article = Article.objects.filter(pk=article_id).first()
    if article is None or not is_awaiting_fetch(article):
        return article
    validate_article_text(text=text, name=article.url)
    digest = content_hash(text)
    other = Article.objects.filter(content_hash=digest).exclude(pk=article_id).first()
    if other is not None:
        mark_fetch_failed(article_id=article_id, reason=f"the page's text is already on the desk as article {other.pk}")
        raise DuplicateArticleError(other)
    try:
        with transaction.atomic():
            changed = Article.objects.filter(pk=article_id, extraction_status=Article.ExtractionStatus.FETCHING).update(
                original_text=text,
                content_hash=digest,
                extraction_status=Article.ExtractionStatus.RECEIVED,
                failure_reason="",
                updated_at=timezone.now(),
            )
            if changed:
                transaction.on_commit(lambda: enqueue_extraction(article_id=article_id), robust=True)
    except IntegrityError:
        other = Article.objects.filter(content_hash=digest).first()
        mark_fetch_failed(article_id=article_id, reason="the page's text arrived on the desk meanwhile")
        if other is None:
            raise
        raise DuplicateArticleError(other) from None
    logger.info("article %s: fetched %d characters; extraction queued", article_id, len(text))
    return Article.objects.get(pk=article_id)
