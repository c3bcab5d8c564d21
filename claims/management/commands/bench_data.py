"""Fill the database with a large, realistic desk for benchmarks: `manage.py bench_data --claims N`.

Articles are assembled from sentence templates (numbers, places, names, organisations); each
claim is one sentence of its article with its exact span, most carry an attribution to a
registered source, published claims have an approved verdict, and every status change has its
transition row. Rows go in with COPY on PostgreSQL (bulk INSERTs elsewhere), a batch of
articles at a time, so a million claims take a few minutes. Nothing is extracted.

Bench articles are marked by a filename starting with "bench-", bench sources by their notes,
and bench people are named bench-checker-NN and bench-editor-N (auto-assignment and email off),
so `--reset` removes exactly what earlier runs added.
"""

from __future__ import annotations

import math
import random
import time
from datetime import datetime, timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, connection, models, transaction
from django.utils import timezone

from claims import roles
from claims.bootstrap import ensure_groups_and_scale
from claims.models import (
    Article,
    Attribution,
    Claim,
    ClaimTransition,
    DeskProfile,
    Evidence,
    Source,
    SourceAlias,
    Verdict,
    VerdictRating,
    content_hash,
    normalize_source_name,
)

BENCH_PREFIX = "bench-"
BENCH_SOURCE_NOTE = "bench data"
CHECKERS = 20
OPEN_PER_PERSON = 40
EDITORS = 3
S = Claim.Status

# --------------------------------------------------------------------------- vocabulary

# fmt: off

PLACES = [
    "Lagos", "Nairobi", "Accra", "Cairo", "Beirut", "Amman", "Istanbul", "Athens", "Lisbon", "Madrid",
    "Valencia", "Marseille", "Lyon", "Milan", "Naples", "Vienna", "Prague", "Krakow", "Warsaw", "Vilnius",
    "Riga", "Helsinki", "Oslo", "Bergen", "Glasgow", "Cardiff", "Belfast", "Dublin", "Leeds", "Bristol",
    "Toronto", "Winnipeg", "Denver", "Houston", "Phoenix", "Oaxaca", "Bogota", "Quito", "Lima", "Santiago",
    "Recife", "Manaus", "Dhaka", "Chennai", "Pune", "Colombo", "Kathmandu", "Hanoi", "Manila", "Cebu",
    "Jakarta", "Surabaya", "Perth", "Hobart", "Auckland", "Suva", "Tbilisi", "Yerevan", "Almaty", "Tashkent",
]
FIRST = [
    "Amina", "Daniel", "Sofia", "Kwame", "Lena", "Marco", "Priya", "Tomas", "Yusuf", "Elena", "Hiroshi",
    "Fatima", "Oliver", "Ines", "Rahul", "Grace", "Mateo", "Leila", "Jonas", "Chen", "Aisha", "Pedro",
    "Hannah", "Omar", "Clara", "Nikolai", "Zainab", "Lucas", "Mei", "Samuel", "Ana", "Farid", "Nora",
    "Tariq", "Julia", "Emeka", "Rosa", "Arjun", "Eva", "Kofi",
]
LAST = [
    "Okafor", "Schmidt", "Haddad", "Novak", "Costa", "Mensah", "Kowalski", "Rahman", "Silva", "Petrov",
    "Tanaka", "Moreau", "Baptiste", "Ivanova", "Nguyen", "Osei", "Larsen", "Rossi", "Khalil", "Fischer",
    "Mwangi", "Andersen", "Ortega", "Yilmaz", "Kaur", "Dubois", "Abebe", "Santos", "Lindqvist", "Park",
    "Adeyemi", "Morales", "Horvat", "Nakamura", "Bianchi", "Hussein", "Eriksen", "Gomez", "Sato", "Walsh",
]
TOPICS = [
    "Health", "Education", "Finance", "Transport", "Housing", "Energy", "Agriculture", "Labour", "Justice",
    "Environment", "Trade", "Water", "Migration", "Defence", "Tourism", "Culture",
]
ADJECTIVES = ["National", "Regional", "Independent", "Central", "Federal", "International", "Coastal", "Northern"]
INSTITUTES = ["Institute", "Council", "Foundation", "Observatory", "Centre", "Agency", "Association", "Commission"]
PAPERS = ["Times", "Herald", "Gazette", "Post", "Tribune", "Chronicle", "Courier", "Observer"]
ROLES = ["mayor", "health minister", "finance minister", "police chief", "governor", "spokesperson", "economist"]
CURRENCIES = ["dollars", "euros", "pounds", "rupees", "pesos"]
SECTORS = ["health", "education", "transport", "housing", "defence", "water", "energy"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
THINGS = ["schools", "clinics", "bridges", "bus routes", "police stations", "libraries", "factories", "hospital beds"]

# (template, cue, hedge) - {src} is replaced with a source's name and becomes an attribution.
CLAIM_TEMPLATES = [
    ("{src} said unemployment in {place} rose to {pct} percent in {year}.", "said", ""),
    ("According to {src}, the {sector} budget will grow by {n} million {currency} next year.", "according to", ""),
    ("Exports from {place} fell {pct} percent in the first quarter, {src} said.", "said", ""),
    ("{src} reported that {big:,} people were displaced in {place} last {month}.", "reported", ""),
    ("{src} estimated that {pct} percent of households in {place} lack clean water.", "estimated", ""),
    ("{src} claimed that crime in {place} had halved since {year}.", "claimed", ""),
    ("Turnout in the {place} local election was {pct} percent, the lowest since {year}, {src} said.", "said", ""),
    ("{src} said {n} {things} had closed in {place} since {month}.", "said", ""),
    ("{src} told reporters that the city spent {n} million {currency} on roads in {year}.", "told reporters", ""),
    ("Officials in {place} may have overstated the number of new homes by {big:,}, {src} said.", "said", "may"),
    ("Inflation in {place} could reach {pct} percent by {month}, {src} warned.", "warned", "could"),
    ("The number of measles cases in {place} reached {big:,} in {year}, up from {small:,} a year earlier.", "", ""),
    ("Police said {n} people were arrested after protests in {place} on {weekday}.", "", ""),
    ("The {sector} ministry spent {n} million {currency} on {things} in {place} last year.", "", ""),
    ("Reportedly, {big:,} tourists visited {place} in {month}, twice as many as in {year}.", "", "reportedly"),
    ("Average rents in {place} rose by {pct} percent between {year} and {year2}.", "", ""),
]
FILLER_TEMPLATES = [
    "Residents gathered in the main square on {weekday} evening.",
    "The meeting in {place} was held behind closed doors.",
    "{person} did not respond to a request for comment.",
    "Further talks are expected next month.",
    "The figures were published on the council's website.",
    "Opposition members left the chamber before the vote.",
    "It was raining heavily in {place} when the announcement came.",
]
HEADLINES = [
    "{place} braces for a difficult {month}", "Questions over {sector} spending in {place}",
    "What the new figures say about {place}", "{place} council under pressure over {things}",
    "Inside the {sector} debate in {place}", "Numbers behind the {place} election",
]
EXPLANATIONS = [
    "Official statistics from {place} show a different figure for the same period.",
    "The number matches the annual report published by the {sector} ministry.",
    "The claim mixes two different measures; only one of them supports it.",
    "No public record supports the figure, and the office that cited it did not provide a source.",
]
EVIDENCE_STANCES = ["supports", "refutes", "context"]
OUTLETS = ["Daily Ledger", "Evening Standard-Bearer", "Morning Wire", "Weekly Review", "Civic Post"]

# fmt: on


def _acronym(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[:1].isupper())


# --------------------------------------------------------------------------- writing rows

# The columns written for each table, in order; rows are plain tuples in this order (JSON as text).
# fmt: off
COLUMNS = {
    Article: (
        "id", "original_text", "content_hash", "origin", "filename", "url", "submitted_by_id", "title", "standfirst",
        "published", "byline", "outlet", "reading_time", "image_captions", "credits", "language",
        "extraction_warnings", "extraction_status", "failure_reason", "extraction_attempts", "extraction_queued_at",
        "extraction_started_at", "extracted_at", "created_at", "updated_at",
    ),
    Claim: (
        "id", "article_id", "ordinal", "text", "start", "end", "checkworthiness", "hedges", "unverifiable",
        "unverifiable_by", "language", "status", "assignee_id", "deadline", "lease_expires_at", "published_at",
        "created_at", "updated_at",
    ),
    Attribution: ("id", "claim_id", "source_id", "ordinal", "name_as_written", "cue", "descriptor", "via", "quote"),
    ClaimTransition: ("id", "claim_id", "from_status", "to_status", "actor_id", "reason", "created_at"),
    Verdict: (
        "id", "claim_id", "version", "rating_id", "explanation", "state", "proposed_by_id", "proposed_at",
        "approved_by_id", "approved_at", "review_note",
    ),
    Evidence: ("id", "claim_id", "url", "archive_url", "note", "stance", "added_by_id", "created_at"),
    Source: ("id", "name", "normalized_name", "kind", "notes", "created_at", "updated_at"),
    SourceAlias: ("id", "source_id", "name", "normalized_name"),
}
# fmt: on


def check_columns() -> None:
    """Fail loudly when a model gained a column this command cannot leave out, or lost one it writes."""
    for model, columns in COLUMNS.items():
        fields = {f.attname: f for f in model._meta.concrete_fields}
        gone = sorted(set(columns) - set(fields))
        needed = sorted(
            name
            for name, field in fields.items()
            if name not in columns and not field.null and not getattr(field, "has_db_default", lambda: False)()
        )
        if gone or needed:
            raise CommandError(
                f"bench_data is out of date for {model.__name__}: not written {needed}, no longer a field {gone}; "
                "update COLUMNS"
            )


class Writer:
    """Appends rows to tables: COPY on PostgreSQL, executemany INSERTs elsewhere."""

    def __init__(self):
        self.postgres = connection.vendor == "postgresql"

    def skip_foreign_key_checks(self) -> bool:
        """On PostgreSQL as a superuser, skip the per-row foreign-key triggers for this session: they
        double the load time, and every id this command writes comes from rows it wrote first."""
        if not self.postgres or connection.in_atomic_block:
            return False
        try:
            with connection.cursor() as cursor:
                cursor.execute("SET session_replication_role = replica")
        except DatabaseError:
            return False
        return True

    def restore_foreign_key_checks(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute("SET session_replication_role = DEFAULT")

    def reserve_ids(self, model, count: int) -> list[int]:
        if count == 0:
            return []
        table = model._meta.db_table
        with connection.cursor() as cursor:
            if self.postgres:
                cursor.execute(
                    "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)", [table, count]
                )
                return [row[0] for row in cursor.fetchall()]
            cursor.execute(f'SELECT COALESCE(MAX("id"), 0) FROM "{table}"')  # noqa: S608 - table name from _meta  # nosec B608
            start = cursor.fetchone()[0] + 1
        return list(range(start, start + count))

    def write(self, model, rows: list[tuple]) -> None:
        """Rows whose first value is their id."""
        if not rows:
            return
        quote = connection.ops.quote_name
        names = COLUMNS[model]
        table = quote(model._meta.db_table)
        by_attname = {f.attname: f for f in model._meta.concrete_fields}
        fields = [by_attname[name] for name in names]
        columns = ", ".join(quote(f.column) for f in fields)
        with connection.cursor() as cursor:
            if self.postgres:
                with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
            else:
                plain = [isinstance(f, models.JSONField) for f in fields]
                marks = ", ".join(["%s"] * len(fields))
                cursor.executemany(
                    f"INSERT INTO {table} ({columns}) VALUES ({marks})",  # noqa: S608 - identifiers from _meta  # nosec B608
                    [
                        [
                            v if p else f.get_db_prep_save(v, connection)
                            for v, f, p in zip(row, fields, plain, strict=True)
                        ]
                        for row in rows
                    ],
                )

    def write_new(self, model, rows: list[tuple]) -> None:
        """Rows without their id: ids are taken from the table's sequence."""
        ids = self.reserve_ids(model, len(rows))
        self.write(model, [(pk, *row) for pk, row in zip(ids, rows, strict=True)])


# --------------------------------------------------------------------------- deleting bench data


def _purge(model, where: str, params: list) -> int:
    """DELETE rows matching `where`, following the model's reverse relations (CASCADE / SET NULL) in SQL."""
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    pk = quote(model._meta.pk.column)
    subquery = f"SELECT {pk} FROM {table} WHERE {where}"  # noqa: S608 - identifiers from _meta  # nosec B608
    for rel in model._meta.related_objects:
        if rel.many_to_many:
            continue
        column = quote(rel.field.column)
        if rel.on_delete is models.CASCADE:
            _purge(rel.related_model, f"{column} IN ({subquery})", params)
        elif rel.on_delete is models.SET_NULL:
            with connection.cursor() as cursor:
                cursor.execute(
                    f"UPDATE {quote(rel.related_model._meta.db_table)} SET {column} = NULL "  # noqa: S608  # nosec B608
                    f"WHERE {column} IN ({subquery})",
                    params,
                )
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {table} WHERE {where}", params)  # noqa: S608 - values are params  # nosec B608
        return cursor.rowcount


def reset_bench_data() -> dict[str, int]:
    with transaction.atomic():
        articles = _purge(Article, f"{connection.ops.quote_name('filename')} LIKE %s", [BENCH_PREFIX + "%"])
        sources = Source.objects.filter(notes=BENCH_SOURCE_NOTE).exclude(pk__in=Attribution.objects.values("source_id"))
        SourceAlias.objects.filter(source__in=sources).delete()
        deleted_sources = sources.delete()[1].get("claims.Source", 0)
    return {"articles": articles, "sources": deleted_sources}


# --------------------------------------------------------------------------- the generator

NEW, ASSIGNED, IN_PROGRESS, IN_REVIEW, PUBLISHED, DISMISSED = (
    "new",
    "assigned",
    "in_progress",
    "in_review",
    "published",
    "dismissed",
)
NO_JSON = "[]"


class Generator:
    """Builds articles with their claims and workflow history, one batch of articles at a time."""

    def __init__(
        self,
        *,
        rng: random.Random,
        writer: Writer,
        sources: list[tuple[int, str, str]],
        checkers,
        editors,
        ratings: list[int],
        published_share: float,
        now: datetime,
        span: timedelta,
        total_claims: int,
    ):
        self.rng = rng
        self.writer = writer
        self.sources = sources  # (id, name, kind)
        self.checkers = checkers
        self.editors = editors
        self.ratings = ratings
        self.published_share = published_share
        # Work in hand is bounded by the people doing it: about OPEN_PER_PERSON open claims each
        # (assigned, in progress, in review), however large the desk; small runs get 15%.
        unpublished = max(1.0, total_claims * (1 - published_share) * 0.92)
        self.open_share = min(0.15, len(checkers) * OPEN_PER_PERSON / unpublished)
        self.now = now
        self.latest = now - timedelta(seconds=30)
        self.span = span
        self.hashes: set[str] = set()
        self.status_counts: dict[str, int] = {}
        # Template values come from a pool drawn once: far cheaper than a dozen draws per sentence.
        self.pool = [self._draw_values() for _ in range(8192)]

    def _draw_values(self) -> dict:
        r = self.rng
        year = r.randint(2005, 2024)
        return {
            "place": r.choice(PLACES),
            "pct": round(r.uniform(0.5, 60), 1),
            "year": year,
            "year2": year + r.randint(1, 6),
            "n": r.randint(2, 950),
            "big": r.randint(1_000, 2_500_000),
            "small": r.randint(100, 999),
            "currency": r.choice(CURRENCIES),
            "sector": r.choice(SECTORS),
            "month": r.choice(MONTHS),
            "weekday": r.choice(WEEKDAYS),
            "things": r.choice(THINGS),
            "person": f"{r.choice(FIRST)} {r.choice(LAST)}",
        }

    def _pick(self, seq):
        return seq[int(self.rng.random() * len(seq))]

    def _cited_source(self) -> tuple[int, str, str]:
        """A source for an attribution, heavy-tailed like a real desk's: the first of 3,000 is
        cited in ~1.8% of attributions (~10,000 at 1M claims), the first 30 in ~10%, the median
        one in a few dozen. A uniform pick hid the cost of a much-cited source's pages."""
        r = self.rng.random()
        return self.sources[int(r * r * len(self.sources))]

    def _status(self) -> str:
        r = self.rng.random()
        share = self.published_share
        if r < share:
            return PUBLISHED
        r = (r - share) / (1 - share)
        if r < 0.08:
            return DISMISSED
        r = (r - 0.08) / 0.92
        open_share = self.open_share
        if r >= open_share:
            return NEW
        r /= open_share
        if r < 0.4:
            return ASSIGNED
        if r < 0.75:
            return IN_PROGRESS
        return IN_REVIEW

    def article_text(self, n_claims: int) -> tuple[str, str, list[tuple[int, int, tuple, list]], str, str]:
        """Text, title, claim spans (start, end, template, cited sources), content hash and byline."""
        pick = self._pick
        while True:
            values = pick(self.pool)
            title = pick(HEADLINES).format(**values)
            title = title[:1].upper() + title[1:]
            byline = f"{pick(FIRST)} {pick(LAST)}"
            parts = [title, "\n\nBy ", byline, "\n\n", values["place"].upper(), " - "]
            offset = sum(len(p) for p in parts)
            spans = []
            kinds = [True] * n_claims + [False] * max(1, n_claims // 3)
            self.rng.shuffle(kinds)
            for position, is_claim in enumerate(kinds):
                values = pick(self.pool)
                if is_claim:
                    template = pick(CLAIM_TEMPLATES)
                    cited = []
                    if "{src}" in template[0]:
                        source = self._cited_source()
                        cited.append(source)
                        sentence = template[0].format(src=source[1], **values)
                    else:
                        sentence = template[0].format(**values)
                    sentence = sentence[:1].upper() + sentence[1:]
                    spans.append((offset, offset + len(sentence), template, cited))
                else:
                    sentence = pick(FILLER_TEMPLATES).format(**values)
                gap = "\n\n" if position % 3 == 2 else " "
                parts.append(sentence)
                parts.append(gap)
                offset += len(sentence) + len(gap)
            text = "".join(parts).rstrip() + "\n"
            digest = content_hash(text)
            if digest not in self.hashes:
                self.hashes.add(digest)
                return text, title, spans, digest, byline

    def batch(self, claim_counts: list[int], first_index: int, total_articles: int, batch_label: str) -> int:
        r, now, pick = self.rng.random, self.now, self._pick
        article_ids = self.writer.reserve_ids(Article, len(claim_counts))
        claim_ids = iter(self.writer.reserve_ids(Claim, sum(claim_counts)))
        articles, claims, attributions, transitions, verdicts, evidence = [], [], [], [], [], []
        counts = self.status_counts
        for position, (article_id, n_claims) in enumerate(zip(article_ids, claim_counts, strict=True)):
            index = first_index + position
            created = now - self.span + self.span * (index / max(1, total_articles)) + timedelta(seconds=r())
            created = min(created, now - timedelta(minutes=10))
            extracted = created + timedelta(seconds=0.2 + 1.8 * r())
            text, title, spans, digest, byline = self.article_text(n_claims)
            articles.append(
                (
                    article_id,
                    text,
                    digest,
                    "text",
                    f"{BENCH_PREFIX}{batch_label}-{index:07d}.txt",
                    "",
                    None,
                    title,
                    "",
                    created.date(),
                    byline,
                    pick(OUTLETS),
                    f"{max(1, len(text) // 1200)} min read",
                    NO_JSON,
                    NO_JSON,
                    "en",
                    NO_JSON,
                    "extracted",
                    "",
                    1,
                    created + timedelta(milliseconds=10),
                    created + timedelta(milliseconds=50),
                    extracted,
                    created,
                    extracted,
                )
            )
            for ordinal, (start, end, template, cited) in enumerate(spans, start=1):
                claim_id = next(claim_ids)
                status = self._status()
                counts[status] = counts.get(status, 0) + 1
                assignee, deadline, lease, published, updated = self._workflow(
                    claim_id, status, extracted, transitions, verdicts, evidence
                )
                hedges = f'["{template[2]}"]' if template[2] else NO_JSON
                worth = round((r() + r() + r() * r()) / 3, 4)
                claims.append(
                    (
                        claim_id,
                        article_id,
                        ordinal,
                        text[start:end],
                        start,
                        end,
                        worth,
                        hedges,
                        r() < 0.03,
                        "",
                        "en",
                        status,
                        assignee,
                        deadline,
                        lease,
                        published,
                        extracted,
                        updated,
                    )
                )
                for number, (source_id, name, kind) in enumerate(cited, start=1):
                    descriptor = f"the {pick(ROLES)}" if kind == "person" else ""
                    attributions.append((claim_id, source_id, number, name, template[1], descriptor, "", "indirect"))
        self.writer.write(Article, articles)
        self.writer.write(Claim, claims)
        for model, rows in (
            (Attribution, attributions),
            (ClaimTransition, transitions),
            (Verdict, verdicts),
            (Evidence, evidence),
        ):
            self.writer.write_new(model, rows)
        return len(claims)

    def _workflow(self, claim_id, status, extracted, transitions, verdicts, evidence) -> tuple:
        """Transition rows (and verdicts, evidence) that lead the claim to `status`.

        Returns the claim's (assignee, deadline, lease_expires_at, published_at, updated_at)."""
        r, pick, latest = self.rng.random, self._pick, self.latest
        transitions.append((claim_id, "", NEW, None, "extracted", extracted))
        if status == NEW:
            return None, None, None, None, extracted
        editor = pick(self.editors)
        if status == DISMISSED:
            at = extracted + timedelta(hours=1 + 47 * r())
            transitions.append((claim_id, NEW, DISMISSED, editor, "not check-worthy", at))
            return None, None, None, None, at
        checker = pick(self.checkers)
        if status == PUBLISHED:
            assigned = extracted + timedelta(hours=0.5 + 23 * r())
        else:  # open work is recent: assigned within the last few days
            assigned = max(extracted, self.now - timedelta(days=0.1 + 5 * r()))
        # Then: start work, propose a verdict, have it approved, as far as `status` goes. A chain
        # that would run past `latest` is compressed to end by then (same order, distinct times);
        # clamping each step gave thousands of claims several steps at one instant (0 s stays).
        steps = [timedelta(minutes=5 + 595 * r()), timedelta(hours=1 + 47 * r()), timedelta(hours=0.5 + 71.5 * r())]
        times = [assigned]
        for step in steps[: {ASSIGNED: 0, IN_PROGRESS: 1, IN_REVIEW: 2}.get(status, 3)]:
            times.append(times[-1] + step)
        if times[-1] > latest:
            factor = (latest - extracted) / (times[-1] - extracted)
            times = [extracted + (moment - extracted) * factor for moment in times]
        assigned = times[0]
        deadline = assigned + timedelta(hours=72)
        transitions.append((claim_id, NEW, ASSIGNED, checker, "took next claim", assigned))
        if status == ASSIGNED:
            return checker, deadline, assigned + timedelta(hours=48), None, assigned
        started = times[1]
        transitions.append((claim_id, ASSIGNED, IN_PROGRESS, checker, "", started))
        if status == IN_PROGRESS:
            return checker, deadline, started + timedelta(hours=48), None, started
        proposed = times[2]
        values = pick(self.pool)
        transitions.append((claim_id, IN_PROGRESS, IN_REVIEW, checker, "", proposed))
        explanation = pick(EXPLANATIONS).format(**values)
        rating = pick(self.ratings)
        if status == IN_REVIEW:
            verdicts.append((claim_id, 1, rating, explanation, "proposed", checker, proposed, None, None, ""))
            return checker, deadline, None, None, proposed
        published = times[3]
        verdicts.append((claim_id, 1, rating, explanation, "approved", checker, proposed, editor, published, ""))
        evidence.append(
            (
                claim_id,
                f"https://data.example.org/{values['place'].lower()}/{values['n']}",
                "",
                f"{values['sector'].title()} ministry figures for {values['year']}.",
                pick(EVIDENCE_STANCES),
                checker,
                started + timedelta(minutes=30),
            )
        )
        transitions.append((claim_id, IN_REVIEW, PUBLISHED, editor, "approved", published))
        return checker, deadline, None, published, published


# --------------------------------------------------------------------------- the command


class Command(BaseCommand):
    help = (
        "Fill the database with realistic bench data (articles, claims with valid spans, sources with aliases, "
        "attributions, verdicts, transitions) using bulk inserts (COPY on PostgreSQL). Runs no extraction. "
        "Bench rows are marked (article filenames start with 'bench-'); --reset removes them first."
    )

    def add_arguments(self, parser):
        parser.add_argument("--claims", type=int, required=True, help="how many claims to create")
        parser.add_argument("--articles", type=int, help="how many articles (default: one per 12 claims)")
        parser.add_argument("--published-share", type=float, default=0.3, help="share of claims published (0-1)")
        parser.add_argument("--sources", type=int, default=3000, help="size of the bench source registry")
        parser.add_argument("--seed", type=int, default=1, help="random seed")
        parser.add_argument("--batch", type=int, default=2000, help="articles written per batch")
        parser.add_argument("--reset", action="store_true", help="remove earlier bench data first")
        parser.add_argument("--dry-run", action="store_true", help="say what would be written, write nothing")

    def log(self, message: str, level: int = 1) -> None:
        if self.verbosity >= level:
            self.stdout.write(message)

    def handle(self, *args, claims, articles, published_share, sources, seed, batch, reset, dry_run, **options):
        self.verbosity = options["verbosity"]
        if claims < 0:
            raise CommandError("--claims must be zero or more")
        if not 0 <= published_share <= 1:
            raise CommandError("--published-share must be between 0 and 1")
        articles = articles if articles is not None else max(1, math.ceil(claims / 12)) if claims else 0
        if claims and articles < 1:
            raise CommandError("--articles must be at least 1 when there are claims")
        if articles > claims:
            raise CommandError("--articles cannot be more than --claims (every bench article has a claim)")
        if dry_run:
            self.log(
                f"would {'remove earlier bench data and ' if reset else ''}write {articles:,} articles, "
                f"{claims:,} claims ({published_share:.0%} published), {sources:,} sources"
            )
            return
        started = time.monotonic()
        if reset:
            removed = reset_bench_data()
            self.log(
                f"removed {removed['articles']:,} bench articles and {removed['sources']:,} bench sources "
                f"({time.monotonic() - started:.1f} s)"
            )
        if not claims:
            return
        check_columns()
        ensure_groups_and_scale()
        checkers, editors = self._people()
        ratings = list(VerdictRating.objects.filter(active=True).values_list("pk", flat=True))
        writer = Writer()
        rng = random.Random(f"{seed}:{Article.objects.filter(filename__startswith=BENCH_PREFIX).count()}")
        registry = self._sources(rng, writer, sources)
        counts = self._claim_counts(rng, claims, articles)
        generator = Generator(
            rng=rng,
            writer=writer,
            sources=registry,
            checkers=checkers,
            editors=editors,
            ratings=ratings,
            published_share=published_share,
            now=timezone.now(),
            span=timedelta(days=365),
            total_claims=claims,
        )
        label = f"{seed}-{rng.randrange(16**6):06x}"
        done = 0
        fast = writer.skip_foreign_key_checks()
        if fast:
            self.log("foreign-key triggers off for this session (every reference is built by this command)", 2)
        try:
            for first in range(0, articles, batch):
                with transaction.atomic():
                    done += generator.batch(counts[first : first + batch], first, articles, label)
                elapsed = time.monotonic() - started
                self.log(
                    f"  {min(first + batch, articles):,}/{articles:,} articles, {done:,} claims ({elapsed:.0f} s)", 2
                )
                if self.verbosity == 1 and (first // batch) % 10 == 9:
                    self.log(f"  {done:,}/{claims:,} claims ({elapsed:.0f} s)")
        finally:
            if fast:
                writer.restore_foreign_key_checks()
        if connection.vendor == "postgresql" and not connection.in_atomic_block:
            self.log("vacuuming and analysing the tables")
            with connection.cursor() as cursor:
                for model in (Article, Claim, Attribution, ClaimTransition, Verdict, Evidence, Source, SourceAlias):
                    cursor.execute(f"VACUUM ANALYZE {connection.ops.quote_name(model._meta.db_table)}")
        statuses = ", ".join(f"{k} {v:,}" for k, v in sorted(generator.status_counts.items()))
        self.log(
            self.style.SUCCESS(
                f"bench data: {articles:,} articles, {done:,} claims ({statuses}), {len(registry):,} sources, "
                f"in {time.monotonic() - started:.1f} s"
            )
        )

    @staticmethod
    def _claim_counts(rng: random.Random, claims: int, articles: int) -> list[int]:
        """Claims per article, varied (one to a few dozen) and summing to exactly `claims`."""
        base, extra = divmod(claims, articles)
        counts = [base + (1 if i < extra else 0) for i in range(articles)]
        rng.shuffle(counts)
        for _ in range(articles):
            i, j = rng.randrange(articles), rng.randrange(articles)
            move = rng.randint(0, min(6, counts[i] - 1))
            counts[i] -= move
            counts[j] += move
        return counts

    def _people(self) -> tuple[list[int], list[int]]:
        User = get_user_model()
        groups = {name: Group.objects.get(name=name) for name in (roles.FACT_CHECKERS, roles.EDITORS)}
        wanted = [(f"{BENCH_PREFIX}checker-{i:02d}", roles.FACT_CHECKERS) for i in range(1, CHECKERS + 1)]
        wanted += [(f"{BENCH_PREFIX}editor-{i}", roles.EDITORS) for i in range(1, EDITORS + 1)]
        ids: dict[str, list[int]] = {roles.FACT_CHECKERS: [], roles.EDITORS: []}
        for username, group in wanted:
            user, created = User.objects.get_or_create(username=username, defaults={"is_staff": True})
            if created:
                user.set_unusable_password()
                user.save(update_fields=["password"])
            user.groups.add(groups[group])
            # Bench people never receive real work or email.
            DeskProfile.objects.update_or_create(
                user=user, defaults={"auto_assign": False, "email_notifications": False}
            )
            ids[group].append(user.pk)
        return ids[roles.FACT_CHECKERS], ids[roles.EDITORS]

    def _sources(self, rng: random.Random, writer: Writer, wanted: int) -> list[tuple[int, str, str]]:
        """The bench registry: earlier bench sources, topped up to `wanted` with new names and aliases."""
        registry = list(Source.objects.filter(notes=BENCH_SOURCE_NOTE).values_list("pk", "name", "kind")[:wanted])
        taken = set(Source.objects.values_list("normalized_name", flat=True))
        taken |= set(SourceAlias.objects.values_list("normalized_name", flat=True))
        new_rows, alias_rows = [], []
        attempts = 0
        now = timezone.now()
        while len(registry) + len(new_rows) < max(1, wanted) and attempts < wanted * 50 + 100:
            attempts += 1
            name, kind = self._source_name(rng)
            key = normalize_source_name(name)
            if not key or key in taken:
                continue
            taken.add(key)
            new_rows.append((name, key, kind, BENCH_SOURCE_NOTE, now, now))
            acronym = _acronym(name)
            alias_key = normalize_source_name(acronym)
            if kind != "person" and len(acronym) >= 3 and alias_key not in taken:
                taken.add(alias_key)
                alias_rows.append((len(new_rows) - 1, acronym, alias_key))
        with transaction.atomic():
            sources = [(pk, *row) for pk, row in zip(writer.reserve_ids(Source, len(new_rows)), new_rows, strict=True)]
            writer.write(Source, sources)
            aliases = [(sources[i][0], name, key) for i, name, key in alias_rows]
            writer.write_new(SourceAlias, aliases)
        registry += [(row[0], row[1], row[3]) for row in sources]
        self.log(f"source registry: {len(registry):,} bench sources ({len(new_rows):,} new, {len(aliases):,} aliases)")
        return registry

    @staticmethod
    def _source_name(rng: random.Random) -> tuple[str, str]:
        place, topic = rng.choice(PLACES), rng.choice(TOPICS)
        choice = rng.random()
        if choice < 0.45:
            return f"{rng.choice(FIRST)} {rng.choice(LAST)}", "person"
        if choice < 0.65:
            return f"{place} Ministry of {topic}", "government"
        if choice < 0.75:
            return f"{rng.choice(ADJECTIVES)} {topic} {rng.choice(INSTITUTES)} of {place}", "organization"
        if choice < 0.85:
            return f"{rng.choice(ADJECTIVES)} {rng.choice(INSTITUTES)} for {topic}", "organization"
        if choice < 0.92:
            return f"University of {place} {topic} Department", "organization"
        return f"The {place} {rng.choice(PAPERS)}", "outlet"
